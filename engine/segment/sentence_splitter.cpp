// Sentence splitting for news copy (docs/segmentation.md). A first pass over the whole text and
// one over each paragraph (lines between blank lines) look only at line breaks, to learn whether
// the text is hard-wrapped — most breaks fall surely inside a sentence: the next line opens in
// lower case, or the line ends with a comma or a function word — and how wide its wrapped lines
// are. A last pass over each paragraph cuts sentences at two kinds of place: after a run of
// terminal punctuation (. ! ? …) and its closing quotes or brackets, when whitespace and a likely
// sentence start follow and the word before a period is not an abbreviation, initial or list
// number; and at a line break before a list item, or after a line that reads as a headline or a
// dateline rather than as a wrapped line (one whose next word would not have fitted on it).
//
// Invariants: every cut lies at a paragraph edge, a line break or right after an ASCII or whole
// multi-byte punctuation mark, so no span starts or ends inside a UTF-8 character; spans are
// trimmed with whole whitespace characters, so every other byte is in exactly one span. Each byte
// is visited a bounded number of times: a punctuation run is consumed once, look-behind reads at
// most kLookBehind bytes, look-ahead reads the whitespace after a mark and at most six words of
// bounded length, and each line is measured a fixed number of times.

#include <cstddef>
#include <string_view>
#include <vector>

#include "claimgraph/segment.hpp"
#include "extract/text_scan.hpp"
#include "segment/segment_lexicon.hpp"

namespace claimgraph {
namespace {

using detail::Abbreviation;
using detail::is_alnum;
using detail::is_alpha;
using detail::is_digit;
using detail::is_upper;

// How far back any rule reads: the word before a period or at the end of a line.
constexpr std::size_t kLookBehind = 32;
// The longest word is_sentence_starter knows ("Meanwhile", "According").
constexpr std::size_t kLongestStarter = 9;

constexpr unsigned char byte_at(std::string_view s, std::size_t i) noexcept {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

// The three-byte character E2 80 `last` (general punctuation: quotes, dashes, bullet, ellipsis).
constexpr bool punct3_at(std::string_view s, std::size_t i, unsigned char last) noexcept {
  return byte_at(s, i) == 0xE2 && byte_at(s, i + 1) == 0x80 && byte_at(s, i + 2) == last;
}
constexpr bool punct3_before(std::string_view s, std::size_t i, unsigned char last) noexcept {
  return i >= 3 && punct3_at(s, i - 3, last);
}

constexpr bool is_lower(unsigned char c) noexcept { return c >= 'a' && c <= 'z'; }

// ---- Character classes ------------------------------------------------------------------------

// . ! ? or … (U+2026).
std::size_t terminal_len(std::string_view s, std::size_t i) noexcept {
  const unsigned char c = byte_at(s, i);
  if (c == '.' || c == '!' || c == '?') return 1;
  return punct3_at(s, i, 0xA6) ? 3 : 0;
}
std::size_t terminal_len_before(std::string_view s, std::size_t i) noexcept {
  if (i == 0) return 0;
  const unsigned char c = byte_at(s, i - 1);
  if (c == '.' || c == '!' || c == '?') return 1;
  return punct3_before(s, i, 0xA6) ? 3 : 0;
}

// What may close a sentence after its punctuation: " ' ) ] ” ’ ».
std::size_t closer_len(std::string_view s, std::size_t i) noexcept {
  const unsigned char c = byte_at(s, i);
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (c == 0xC2 && byte_at(s, i + 1) == 0xBB) return 2;
  return punct3_at(s, i, 0x9D) || punct3_at(s, i, 0x99) ? 3 : 0;
}
std::size_t closer_len_before(std::string_view s, std::size_t i) noexcept {
  if (i == 0) return 0;
  const unsigned char c = byte_at(s, i - 1);
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (i >= 2 && c == 0xBB && byte_at(s, i - 2) == 0xC2) return 2;
  return punct3_before(s, i, 0x9D) || punct3_before(s, i, 0x99) ? 3 : 0;
}

// What may open a sentence before its first word: " ' ( [ “ ‘ „ «.
std::size_t opener_len(std::string_view s, std::size_t i) noexcept {
  const unsigned char c = byte_at(s, i);
  if (c == '"' || c == '\'' || c == '(' || c == '[') return 1;
  if (c == 0xC2 && byte_at(s, i + 1) == 0xAB) return 2;
  return punct3_at(s, i, 0x9C) || punct3_at(s, i, 0x98) || punct3_at(s, i, 0x9E) ? 3 : 0;
}

// Bullets and dashes that open a list item or a line: - * – — and • ● ▪ (which need no space).
struct Bullet {
  std::size_t len = 0;
  bool needs_space = true;
  bool prose_dash = false;  // – and —, which wrapped prose can also put at a line start
};
Bullet bullet_at(std::string_view s, std::size_t i) noexcept {
  const unsigned char c = byte_at(s, i);
  if (c == '-' || c == '*') return {1, true};
  if (punct3_at(s, i, 0x93) || punct3_at(s, i, 0x94)) return {3, true, true};     // – —
  if (punct3_at(s, i, 0xA2)) return {3, false};                                   // •
  if (c == 0xE2 && ((byte_at(s, i + 1) == 0x97 && byte_at(s, i + 2) == 0x8F) ||   // ●
                    (byte_at(s, i + 1) == 0x96 && byte_at(s, i + 2) == 0xAA))) {  // ▪
    return {3, false};
  }
  return {};
}

// $ £ €: a sentence may open with an amount.
bool currency_at(std::string_view s, std::size_t i) noexcept {
  const unsigned char c = byte_at(s, i);
  if (c == '$') return true;
  if (c == 0xC2 && byte_at(s, i + 1) == 0xA3) return true;
  return c == 0xE2 && byte_at(s, i + 1) == 0x82 && byte_at(s, i + 2) == 0xAC;
}

// An upper-case letter: ASCII, Latin-1 (À..Þ but not ×) or Cyrillic (Ѐ..Я).
bool upper_at(std::string_view s, std::size_t i) noexcept {
  const unsigned char c = byte_at(s, i);
  if (is_upper(static_cast<char>(c))) return true;
  const unsigned char d = byte_at(s, i + 1);
  if (c == 0xC3) return d >= 0x80 && d <= 0x9E && d != 0x97;
  if (c == 0xD0) return d >= 0x80 && d <= 0xAF;
  return false;
}

// Horizontal whitespace: what text_scan calls a space (space, tab, NBSP, narrow NBSP, thin,
// figure and hair spaces) plus vertical tab, form feed and the byte-order mark.
std::size_t hspace_len(std::string_view s, std::size_t i) noexcept {
  const unsigned char c = byte_at(s, i);
  if (c == ' ' || c == '\t' || c == '\v' || c == '\f') return 1;
  if (c < 0x80) return 0;
  if (c == 0xEF && byte_at(s, i + 1) == 0xBB && byte_at(s, i + 2) == 0xBF) return 3;
  return detail::space_len(s, i);
}
bool is_newline(unsigned char c) noexcept { return c == '\n' || c == '\r'; }
std::size_t blank_len(std::string_view s, std::size_t i) noexcept {
  return is_newline(byte_at(s, i)) ? 1 : hspace_len(s, i);
}
std::size_t blank_len_before(std::string_view s, std::size_t i) noexcept {
  if (i == 0) return 0;
  const unsigned char c = byte_at(s, i - 1);
  if (c == ' ' || c == '\t' || c == '\v' || c == '\f' || is_newline(c)) return 1;
  if (c < 0x80) return 0;
  if (i >= 2 && byte_at(s, i - 2) == 0xC2 && c == 0xA0) return 2;  // NBSP
  if (i >= 3 && byte_at(s, i - 3) == 0xE2 && byte_at(s, i - 2) == 0x80 &&
      (c == 0xAF || c == 0x89 || c == 0x87 || c == 0x8A)) {
    return 3;  // narrow NBSP, thin, figure, hair
  }
  if (i >= 3 && byte_at(s, i - 3) == 0xEF && byte_at(s, i - 2) == 0xBB && c == 0xBF) return 3;
  return 0;
}

std::size_t skip_hspace(std::string_view s, std::size_t i, std::size_t end) noexcept {
  while (i < end) {
    const std::size_t n = hspace_len(s, i);
    if (n == 0) break;
    i += n;
  }
  return i;
}
std::size_t skip_blank(std::string_view s, std::size_t i, std::size_t end) noexcept {
  while (i < end) {
    const std::size_t n = blank_len(s, i);
    if (n == 0) break;
    i += n;
  }
  return i;
}

// [begin, end) without whitespace at either edge.
Span trim(std::string_view s, std::size_t begin, std::size_t end) noexcept {
  while (begin < end) {
    const std::size_t n = blank_len(s, begin);
    if (n == 0 || n > end - begin) break;
    begin += n;
  }
  while (end > begin) {
    const std::size_t n = blank_len_before(s, end);
    if (n == 0 || n > end - begin) break;
    end -= n;
  }
  return {begin, end};
}

// The length of a piece of text, in bytes and in characters (UTF-8 lead bytes): wrapping
// programs count one or the other.
struct Width {
  std::size_t bytes = 0;
  std::size_t chars = 0;
};
Width width_of(std::string_view s, std::size_t begin, std::size_t end) noexcept {
  Width w{end - begin, 0};
  for (std::size_t i = begin; i < end; ++i) {
    if ((byte_at(s, i) & 0xC0) != 0x80) ++w.chars;
  }
  return w;
}

// The ASCII letters ending right before `end` (not before `floor`), if at most kLookBehind of
// them and not glued to a digit or letter further back; else empty.
std::string_view word_before(std::string_view s, std::size_t end, std::size_t floor) noexcept {
  std::size_t b = end;
  while (b > floor && end - b < kLookBehind && is_alpha(s[b - 1])) --b;
  if (b > floor && is_alnum(s[b - 1])) return {};
  return s.substr(b, end - b);
}

// ---- Sentence starts and line shapes ----------------------------------------------------------

// A list item opens at `i`: a bullet or dash and a space ("- ", "• "), or a number of one to
// three digits with "." or ")" and a space ("1. ", "2) ").
bool list_item_at(std::string_view s, std::size_t i, std::size_t end) noexcept {
  const Bullet b = bullet_at(s, i);
  if (b.len > 0) return i + b.len < end && (!b.needs_space || hspace_len(s, i + b.len) > 0);
  std::size_t d = i;
  while (d < end && d - i < 4 && is_digit(s[d])) ++d;
  if (d == i || d - i > 3 || d >= end || (s[d] != '.' && s[d] != ')')) return false;
  return d + 1 < end && hspace_len(s, d + 1) > 0;
}

// A sentence may open at `i`: an upper-case letter, a digit, a currency sign, a bullet or
// dash before a space, digit or capital, or opening quotes and brackets not followed by a
// lower-case letter.
bool sentence_start_at(std::string_view s, std::size_t i, std::size_t end) noexcept {
  if (i >= end) return false;
  const unsigned char c = byte_at(s, i);
  if (is_digit(static_cast<char>(c)) || upper_at(s, i) || currency_at(s, i)) return true;
  if (const Bullet b = bullet_at(s, i); b.len > 0) {
    // "- item", "-5 degrees", "—Reuters", but not a rule of dashes ("---").
    const std::size_t j = i + b.len;
    if (j >= end) return false;
    return !b.needs_space || hspace_len(s, j) > 0 || is_digit(s[j]) || upper_at(s, j);
  }
  std::size_t j = i;
  for (int k = 0; k < 4 && j < end; ++k) {
    const std::size_t n = opener_len(s, j);
    if (n == 0) break;
    j += n;
  }
  return j > i && j < end && !is_lower(byte_at(s, j)) && blank_len(s, j) == 0;
}

// The word at `i` is a common sentence starter ("The", "But"), not an initial ("A. Smith").
bool starter_word_at(std::string_view s, std::size_t i, std::size_t end) noexcept {
  std::size_t e = i;
  while (e < end && e - i <= kLongestStarter && is_alpha(s[e])) ++e;
  if (e == i || e - i > kLongestStarter || byte_at(s, e) >= 0x80) return false;
  if (e - i == 1 && byte_at(s, e) == '.') return false;
  return detail::is_sentence_starter(s.substr(i, e - i));
}

// An attribution opens at `i`: one to five capitalised words that are not a common sentence
// starter (a title such as "Mr." may keep its period), then a reporting verb:
// "Pashinyan asked", "Prime Minister Pashinyan said", "Mr. Pashinyan told".
bool attribution_at(std::string_view s, std::size_t i, std::size_t end) noexcept {
  constexpr std::size_t kLongestWord = 24;
  constexpr int kMostNames = 5;  // "Armenian Prime Minister Nikol Pashinyan said"
  for (int words = 0; words <= kMostNames; ++words) {
    std::size_t e = i;
    while (e < end && e - i <= kLongestWord && is_alpha(s[e])) ++e;
    if (e == i || e - i > kLongestWord || byte_at(s, e) >= 0x80) return false;
    const std::string_view word = s.substr(i, e - i);
    if (!is_upper(word[0])) return words > 0 && detail::is_reporting_verb(word);
    if (words == kMostNames || (words == 0 && detail::is_sentence_starter(word))) return false;
    if (byte_at(s, e) == '.' && detail::abbreviation_kind(word, {}) == Abbreviation::never_end) {
      ++e;
    }
    i = skip_hspace(s, e, end);
    if (i == e) return false;
  }
  return false;
}

// The trimmed line [b, e) ends with terminal punctuation and perhaps closing quotes.
bool ends_with_terminal(std::string_view s, std::size_t b, std::size_t e) noexcept {
  for (int k = 0; k < 8 && e > b; ++k) {
    const std::size_t n = closer_len_before(s, e);
    if (n == 0) break;
    e -= n;
  }
  return e > b && terminal_len_before(s, e) > 0;
}

// The trimmed line [b, e) leaves a phrase open: it ends with a comma, an opening bracket or
// quote, a slash or ampersand, a hyphen glued to a word ("ex-"), or a function word ("of").
bool ends_open(std::string_view s, std::size_t b, std::size_t e) noexcept {
  const unsigned char c = byte_at(s, e - 1);
  if (c == ',' || c == '(' || c == '[' || c == '/' || c == '&') return true;
  if (punct3_before(s, e, 0x9C) || punct3_before(s, e, 0x98)) return true;  // “ ‘
  if (c == '-') return e - 1 > b && is_alpha(s[e - 2]);
  return detail::is_continuation_word(word_before(s, e, b));
}

// The trimmed line [b, e) is a dateline or a metadata line: it ends with a dash after a space
// ("YEREVAN —", "MOSCOW, Sept. 14 (Wire) --") or holds a '|' ("Bishkek | Updated: ...").
bool is_dateline_line(std::string_view s, std::size_t b, std::size_t e) noexcept {
  std::size_t d = e;
  if (byte_at(s, d - 1) == '-') {
    --d;
    if (d > b && byte_at(s, d - 1) == '-') --d;
  } else if (punct3_before(s, d, 0x93) || punct3_before(s, d, 0x94)) {
    d -= 3;
  }
  if (d < e && d > b && blank_len_before(s, d) > 0) return true;
  for (std::size_t i = b; i < e; ++i) {
    if (s[i] == '|') return true;
  }
  return false;
}

// One line break inside a paragraph: the text of the line before it, trimmed, and the first
// byte of the line after it.
struct LineBreak {
  Span line;
  std::size_t next = 0;
};

// The end of the line starting at `i` (before its '\n', "\r\n" or '\r') and the start of the next.
struct LineEnd {
  std::size_t end = 0;
  std::size_t next = 0;
};
LineEnd line_end(std::string_view s, std::size_t i, std::size_t end) noexcept {
  i = detail::find_byte_of(s, i, end, '\n', '\r');
  if (i >= end) return {i, i};
  return {i, i + (byte_at(s, i) == '\r' && byte_at(s, i + 1) == '\n' ? 2 : 1)};
}

// What the line breaks of a text or paragraph say about hard wrapping: how many there are
// (between two non-blank lines, not before a list item), how many surely fall inside a sentence
// (the next line opens in lower case, or the line ends open), and the widest such line — a lower
// bound of the wrap width.
struct WrapEvidence {
  std::size_t breaks = 0;
  std::size_t inside = 0;
  Width width;

  // Most breaks of wrapped prose fall inside sentences; a stray lower-case line among headlines
  // ("iPhone ...") is not enough.
  [[nodiscard]] bool wrapped(std::size_t at_least) const noexcept {
    return inside >= at_least && 2 * inside >= breaks;
  }
};

// A paragraph: from the start of its first line to the end of its last (before the line break).
struct Paragraph {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t lines = 0;
};

// With `paragraphs`, also the paragraphs of [begin, end), read on the same pass over its lines.
WrapEvidence wrap_evidence(std::string_view s, std::size_t begin, std::size_t end,
                           std::vector<Paragraph>* paragraphs = nullptr) {
  WrapEvidence ev;
  Span previous;  // the last non-blank line, or empty after a blank line
  for (std::size_t i = begin; i < end;) {
    const LineEnd le = line_end(s, i, end);
    const Span line = trim(s, i, le.end);
    if (!line.empty() && !previous.empty() && !list_item_at(s, line.begin, end)) {
      ++ev.breaks;
      if (is_lower(byte_at(s, line.begin)) || ends_open(s, previous.begin, previous.end)) {
        ++ev.inside;
        const Width w = width_of(s, previous.begin, previous.end);
        if (w.bytes > ev.width.bytes) ev.width.bytes = w.bytes;
        if (w.chars > ev.width.chars) ev.width.chars = w.chars;
      }
    }
    if (paragraphs != nullptr && !line.empty()) {
      if (previous.empty()) {
        paragraphs->push_back({i, le.end, 1});
      } else {
        paragraphs->back().end = le.end;
        ++paragraphs->back().lines;
      }
    }
    previous = line;
    if (le.next == le.end) break;
    i = le.next;
  }
  return ev;
}

// How a paragraph's ambiguous line breaks are read: as wrapping when the paragraph, or the whole
// text, looks hard-wrapped, with the widest line known to be wrapped as the width.
struct Shape {
  bool wrapped = false;
  Width width;
};

// `one_line`: the paragraph has no line break, so nothing of its own to read.
Shape paragraph_shape(std::string_view s, std::size_t begin, std::size_t end,
                      const WrapEvidence& text, bool one_line) noexcept {
  const WrapEvidence own = one_line ? WrapEvidence{} : wrap_evidence(s, begin, end);
  const bool text_wrapped = text.wrapped(2);
  Shape shape{own.wrapped(1) || text_wrapped, own.width};
  if (text_wrapped) {
    if (text.width.bytes > shape.width.bytes) shape.width.bytes = text.width.bytes;
    if (text.width.chars > shape.width.chars) shape.width.chars = text.width.chars;
  }
  return shape;
}

// A wrapper's width may be a little wider than the widest wrapped line seen: a line within this
// many characters of it is full.
constexpr std::size_t kWidthSlack = 2;

// In a wrapped paragraph, the line before `br` is full: the next line's first word would not
// have fitted on it, counting in bytes or in characters.
bool full_line(std::string_view s, const LineBreak& br, std::size_t end,
               const Shape& shape) noexcept {
  if (!shape.wrapped) return false;
  std::size_t word_end = br.next;
  while (word_end < end && blank_len(s, word_end) == 0) ++word_end;
  const Width line = width_of(s, br.line.begin, br.line.end);
  const Width word = width_of(s, br.next, word_end);
  return line.bytes + 1 + word.bytes + kWidthSlack > shape.width.bytes ||
         line.chars + 1 + word.chars + kWidthSlack > shape.width.chars;
}

// A list item opens the line after `br`. A number ("135. ") does not when the line before ends
// open ("... at least\n135. As of ..."), nor a dash when the line before is full: both are
// wrapped prose.
bool list_item_after(std::string_view s, const LineBreak& br, std::size_t end,
                     const Shape& shape) noexcept {
  if (!list_item_at(s, br.next, end)) return false;
  const Bullet bullet = bullet_at(s, br.next);
  if (bullet.len == 0) return !ends_open(s, br.line.begin, br.line.end);
  return !bullet.prose_dash || !full_line(s, br, end, shape);
}

// Whether the break after a paragraph line ends a sentence (docs/segmentation.md, "Lines").
// `sentence` is the first non-blank byte of the sentence read so far.
bool line_break_ends_sentence(std::string_view s, const LineBreak& br, std::size_t end,
                              const Shape& shape, std::size_t sentence) noexcept {
  const auto [b, e] = br.line;
  if (list_item_after(s, br, end, shape)) return true;
  if (ends_with_terminal(s, b, e)) return false;  // the punctuation rule has decided
  if (!sentence_start_at(s, br.next, end)) return false;
  if (ends_open(s, b, e)) return false;
  if (full_line(s, br, end, shape)) return false;
  if (is_dateline_line(s, b, e)) return true;
  // A line that is not full ends its sentence (a headline, a caption, the last line of a wrapped
  // block), unless the sentence began after a sentence end on this very line.
  return sentence <= b;
}

// The period of the list number ("12. ") that opens the list item at `i`, or npos.
std::size_t list_number_period(std::string_view s, std::size_t i, std::size_t end) noexcept {
  if (bullet_at(s, i).len > 0 || !list_item_at(s, i, end)) return std::string_view::npos;
  const std::size_t d = detail::digits_end(s.substr(0, end), i);
  return s[d] == '.' ? d : std::string_view::npos;
}

// ---- Terminal punctuation ---------------------------------------------------------------------

struct PunctuationRun {
  std::size_t end = 0;  // after the terminal marks and their closers
  bool ends_sentence = false;
};

// The run of terminal punctuation at `i` (inside the paragraph [begin, end); `list_number` is
// the period of a list number opening the line, if any), its closers, and whether it ends a
// sentence.
PunctuationRun read_punctuation(std::string_view s, std::size_t i, std::size_t begin,
                                std::size_t end, std::size_t list_number) noexcept {
  PunctuationRun run;
  std::size_t j = i;
  bool single_period = true;
  while (j < end) {
    const std::size_t n = terminal_len(s, j);
    if (n == 0) break;
    if (j > i || s[j] != '.') single_period = false;
    j += n;
  }
  bool quoted = false;
  while (j < end) {
    const std::size_t n = closer_len(s, j);
    if (n == 0) break;
    quoted = quoted || (s[j] != ')' && s[j] != ']');
    j += n;
  }
  run.end = j;
  if (j < end && blank_len(s, j) == 0 && single_period && j == i + 1) {
    // "an older sister.Raheam left": scraped copy that lost the space after a period. A word of
    // two letters or more ending in lower case, no abbreviation, then a capitalised word.
    const std::string_view word = word_before(s, i, begin);
    run.ends_sentence = word.size() >= 2 && word.back() >= 'a' && word.back() <= 'z' &&
                        j + 1 < end && is_upper(s[j]) && s[j + 1] >= 'a' && s[j + 1] <= 'z' &&
                        detail::abbreviation_kind(word, {}) == Abbreviation::none;
    return run;
  }
  if (j >= end || blank_len(s, j) == 0) return run;  // "2.3", "U.S.-led", paragraph end
  const std::size_t next = skip_blank(s, j, end);
  if (!sentence_start_at(s, next, end)) return run;  // "...and", "!" he said
  if (!single_period && quoted && attribution_at(s, next, end)) return run;
  if (single_period) {
    if (i == list_number) return run;  // "1. " opening a list item
    const std::string_view word = word_before(s, i, begin);
    std::string_view previous;
    if (word.size() == 1) {
      const std::size_t w = i - 1;  // "U.S", "e.g": the letters before the last dot
      if (w >= begin + 2 && s[w - 1] == '.') previous = word_before(s, w - 1, begin);
    }
    switch (detail::abbreviation_kind(word, previous)) {
      case Abbreviation::never_end:
        return run;
      case Abbreviation::may_end:
        run.ends_sentence = starter_word_at(s, next, end);
        return run;
      case Abbreviation::none:
        break;
    }
  }
  run.ends_sentence = true;
  return run;
}

// ---- Paragraphs -------------------------------------------------------------------------------

void emit(std::string_view s, std::size_t begin, std::size_t end, std::vector<Span>& out) {
  const Span span = trim(s, begin, end);
  if (!span.empty()) out.push_back(span);
}

void split_paragraph(std::string_view s, std::size_t begin, std::size_t end,
                     const WrapEvidence& text, bool one_line, std::vector<Span>& out) {
  const Shape shape = paragraph_shape(s, begin, end, text, one_line);
  std::size_t sentence = begin;
  std::size_t sentence_first = skip_blank(s, begin, end);
  std::size_t line_first = sentence_first;
  std::size_t list_number = list_number_period(s, line_first, end);
  std::size_t i = begin;
  while (i < end) {
    // Only line breaks and terminal punctuation (. ! ? and the lead byte of …) matter here.
    i = detail::find_byte_of(s, i, end, '\n', '\r', '.', '!', '?', '\xE2');
    if (i >= end) break;
    const unsigned char c = byte_at(s, i);
    if (is_newline(c)) {
      const std::size_t next_line = i + (c == '\r' && byte_at(s, i + 1) == '\n' ? 2 : 1);
      const LineBreak br{trim(s, line_first, i), skip_hspace(s, next_line, end)};
      if (line_break_ends_sentence(s, br, end, shape, sentence_first)) {
        emit(s, sentence, i, out);
        sentence = next_line;
        sentence_first = br.next;
      }
      line_first = br.next;
      list_number = list_item_after(s, br, end, shape) ? list_number_period(s, line_first, end)
                                                       : std::string_view::npos;
      i = next_line;
      continue;
    }
    if (c == '.' || c == '!' || c == '?' || c == 0xE2) {
      if (terminal_len(s, i) > 0) {
        const PunctuationRun run = read_punctuation(s, i, begin, end, list_number);
        if (run.ends_sentence) {
          emit(s, sentence, run.end, out);
          sentence = run.end;
          sentence_first = skip_blank(s, run.end, end);
        }
        i = run.end;
        continue;
      }
    }
    ++i;
  }
  emit(s, sentence, end, out);
}

// A "sentence" longer than kMaxSentence bytes (text with no sentence end: a table dump, a list
// of figures, a binary-ish page) is cut into pieces at the last space before the limit (or at
// the limit, on a UTF-8 character boundary, when there is none). A reader quotes a sentence per
// figure, so an unbounded sentence would make every output quadratic in its length.
constexpr std::size_t kMaxSentence = 4096;

std::vector<Span> cap_length(std::string_view text, std::vector<Span> sentences) {
  bool any = false;
  for (const Span& s : sentences) any = any || s.size() > kMaxSentence;
  if (!any) return sentences;
  std::vector<Span> out;
  for (const Span& s : sentences) {
    std::size_t b = s.begin;
    while (s.end - b > kMaxSentence) {
      std::size_t cut = b + kMaxSentence;
      std::size_t space = cut;
      while (space > b && text[space - 1] != ' ') --space;
      if (space > b + kMaxSentence / 2) {
        cut = space;
      } else {
        while (cut > b + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      }
      std::size_t e = cut;
      while (e > b && text[e - 1] == ' ') --e;  // no trailing space in a piece
      if (e > b) out.push_back({b, e});
      b = cut;
      while (b < s.end && text[b] == ' ') ++b;
    }
    if (b < s.end) out.push_back({b, s.end});
  }
  return out;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text) {
  // Room for the sentences and paragraphs of most news text at once (a sentence of it is 80 to
  // 100 bytes, a paragraph about 160), instead of the vectors' growth by doubling.
  std::vector<Span> out;
  out.reserve(text.size() / 64 + 4);
  std::vector<Paragraph> paragraphs;  // lines between blank lines
  paragraphs.reserve(text.size() / 128 + 4);
  const WrapEvidence evidence = wrap_evidence(text, 0, text.size(), &paragraphs);
  for (const Paragraph& p : paragraphs) {
    split_paragraph(text, p.begin, p.end, evidence, p.lines == 1, out);
  }
  return cap_length(text, std::move(out));
}

}  // namespace claimgraph
