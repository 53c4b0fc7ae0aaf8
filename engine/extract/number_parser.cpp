// find_numbers: one left-to-right pass over the text. At each position that can start a number
// — a digit, a decimal point before a digit, a minus sign before a digit, a number word at a
// word boundary, a vulgar fraction — it reads the longest number there:
//
//   digits     := a digit run with separators (digit_numeral.cpp), then optionally a power
//                 ("1e10", "1.1^23", "1.3x10^6"), a slash fraction ("3/4"), a vulgar fraction
//                 ("1½"), glued letters (ordinal "2nd", multiplier "10k", unit "180ml"), or
//                 number words ("2.3 million", "4 thousand 3 hundred and 21")
//   words      := the word grammar (word_grammar.cpp)
//   ratio      := number ("over" | "out of" | "in") number ("one in five"), when it reads as one
//
// URLs are skipped whole. After a match the scan resumes at its end; after a failed start, at
// the next word or character. Every step looks ahead a bounded distance, so the pass is linear
// in the text length. Buffers are reused; nothing allocates per byte.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

#include "claimgraph/numbers.hpp"
#include "extract/digit_numeral.hpp"
#include "extract/number_words.hpp"
#include "extract/text_scan.hpp"
#include "extract/word_grammar.hpp"

namespace claimgraph {
namespace {

using detail::WordRole;

class Parser {
 public:
  Parser(std::string_view text, std::vector<std::size_t>* vague_words)
      : s_(text), vague_words_(vague_words), words_(text) {}

  std::vector<NumberMention> run() {
    // News text has a number in every 100 to 125 bytes: room for most texts' at once.
    out_.reserve(s_.size() / 128 + 8);
    std::size_t pos = 0;
    const std::size_t n = s_.size();
    while (pos < n) {
      // Fast path: spaces and ASCII punctuation other than '-' and '.' never start a number.
      const auto c = static_cast<unsigned char>(s_[pos]);
      if (c < 0x80 && !detail::is_alnum(static_cast<char>(c)) && c != '-' && c != '.') {
        ++pos;
        continue;
      }
      pos = step(pos);
    }
    return std::move(out_);
  }

 private:
  std::string_view s_;
  std::vector<std::size_t>* vague_words_;  // where to note words that may head a vague amount
  std::vector<NumberMention> out_;
  detail::WordGrammar words_;
  detail::NumeralScratch scratch_;

  char at(std::size_t p) const { return p < s_.size() ? s_[p] : '\0'; }
  bool alnum_before(std::size_t p) const { return p > 0 && detail::is_alnum(s_[p - 1]); }

  // One scan step at `pos`; returns where to continue.
  std::size_t step(std::size_t pos) {
    const char c = s_[pos];
    if (detail::is_digit(c)) {
      if (pos > 0 && detail::is_alpha(s_[pos - 1])) {
        // Digits glued after letters ("A320", "mp3", "G7") belong to a name, not a number.
        return detail::digits_end(s_, pos);
      }
      return from_digits(pos, false, pos);
    }
    if (detail::is_alpha(c)) return from_letter(pos);
    // Spaces and ASCII punctuation other than '-' and '.' never start a number.
    if (static_cast<unsigned char>(c) < 0x80 && c != '-' && c != '.') return pos + 1;
    if (c == '.') {
      if (detail::is_digit(at(pos + 1)) && !alnum_before(pos) && !(pos > 0 && s_[pos - 1] == '.')) {
        return from_digits(pos, false, pos);
      }
      return pos + 1;
    }
    // A minus sign (U+2212) and the vulgar fractions start with one of these two bytes; every
    // other non-ASCII byte starts nothing.
    if (const auto b = static_cast<unsigned char>(c); b >= 0x80 && b != 0xC2 && b != 0xE2) {
      return pos + 1;
    }
    if (const std::size_t ml = detail::minus_len(s_, pos); ml > 0) {
      const std::size_t d = pos + ml;
      const bool digit_next =
          detail::is_digit(at(d)) || (at(d) == '.' && detail::is_digit(at(d + 1)));
      // A hyphen after a letter, digit or closing bracket joins ("SCP-173", "40-50"), it is
      // not a sign.
      const char prev = pos > 0 ? s_[pos - 1] : ' ';
      const bool sign_position = !detail::is_alnum(prev) && prev != ')' && prev != ']' &&
                                 prev != '-' && prev != '/' && prev != '%';
      if (digit_next && sign_position) return from_digits(d, true, pos);
      return pos + ml;
    }
    if (const auto vf = detail::vulgar_fraction_at(s_, pos); vf.len > 0) {
      NumberMention m;
      m.span = {pos, pos + vf.len};
      m.value = vf.value;
      m.form = NumberForm::fraction;
      m.numerator = vf.numerator;
      m.denominator = vf.denominator;
      out_.push_back(m);
      return pos + vf.len;
    }
    return pos + 1;
  }

  // A word at `pos`: a number word may start a number here.
  std::size_t from_letter(std::size_t pos) {
    const std::size_t we = detail::word_end(s_, pos);
    const detail::WordInfo info = detail::lookup_number_word(detail::slice(s_, pos, we));
    // Most words: no number word and no URL, so whatever touches them, the scan goes on after
    // (and after the space that follows, which starts nothing).
    if (info.role == WordRole::none && !url_start(pos)) return we + (at(we) == ' ' ? 1 : 0);
    if (alnum_before(pos) || detail::is_digit(at(we))) return we;
    if (const std::size_t ue = url_end(pos, we); ue > pos) return ue;
    if (info.role == WordRole::none) return we;
    if (info.role == WordRole::article && at(we) == ' ' && detail::is_alpha(at(we + 1))) {
      // "a man", "an hour": an article before a longer word that is no number word starts no
      // number (one look-up instead of the word grammar's).
      const std::size_t ne = detail::word_end(s_, we + 1);
      if (ne - we > 2 && !detail::is_digit(at(ne)) &&
          detail::lookup_number_word(s_.substr(we + 1, ne - we - 1)).role == WordRole::none) {
        return we;
      }
    }
    if (vague_words_ != nullptr &&
        (info.role == WordRole::vague ||
         (info.plural && (info.role == WordRole::scale || info.role == WordRole::hundred ||
                          info.role == WordRole::dozen)))) {
      vague_words_->push_back(pos);
    }
    if (detail::can_start_number(info)) {
      if (const std::size_t e = from_words(pos); e > pos) return e;
    }
    return we;
  }

  // Whether a URL may start at the letter at `pos`: "http", "https" and "www" start with h or w
  // (`| 0x20` lower-cases a letter).
  bool url_start(std::size_t pos) const {
    const char first = static_cast<char>(s_[pos] | 0x20);
    return first == 'h' || first == 'w';
  }

  // A URL ("https://...", "www.example.com/2022/09/13") is skipped whole: its digits are not
  // figures. Returns its end, or `pos` if none starts here.
  std::size_t url_end(std::size_t pos, std::size_t word_end) const {
    if (!url_start(pos)) return pos;  // most words
    const std::string_view w = s_.substr(pos, word_end - pos);
    const bool scheme = (detail::iequals(w, "http") || detail::iequals(w, "https")) &&
                        s_.substr(word_end, 3) == "://";
    const bool www = detail::iequals(w, "www") && at(word_end) == '.';
    if (!scheme && !www) return pos;
    std::size_t e = word_end;
    while (e < s_.size() && !detail::space_len(s_, e) && s_[e] != '\n' && s_[e] != '\r' &&
           s_[e] != '"' && s_[e] != '<' && s_[e] != '>') {
      ++e;
    }
    return e;
  }

  // A number in words at `pos`; returns where scanning continues (`pos` if none).
  std::size_t from_words(std::size_t pos) {
    NumberMention m;
    if (!words_.parse_words(pos, m)) return pos;
    return emit(m);
  }

  // ---- digits -------------------------------------------------------------------------------

  // A number starting with a numeral at `pos`; `start` is where its sign starts.
  std::size_t from_digits(std::size_t pos, bool negative, std::size_t start) {
    const detail::Numeral num = detail::read_numeral(s_, pos, scratch_);
    if (num.split) {
      // A list: each group is its own integer.
      std::size_t p = pos;
      bool first = true;
      while (p < num.run_end) {
        const std::size_t e = detail::digits_end(s_, p);
        NumberMention m;
        m.span = {first ? start : p, e};
        m.value = detail::parse_decimal(s_.substr(p, e - p));
        if (first && negative) m.value = -m.value;
        out_.push_back(m);
        first = false;
        p = e + 1;
      }
      return num.run_end;
    }
    const double sign = negative ? -1.0 : 1.0;
    NumberMention m;
    m.grouped = num.grouped;
    std::size_t e = num.end;

    if (const std::size_t pe = power_end(e); pe > 0) {
      m.span = {start, pe};
      m.value = sign * power_value(num.value, e, pe);
      m.form = NumberForm::power;
      return emit(m);
    }
    // a/b fraction: "3/4", "-4/5"; never in a chain like "5/17/2018" or "2222/2222".
    if (at(e) == '/' && detail::is_digit(at(e + 1)) && num.integer && !num.grouped &&
        !(pos > 0 && s_[pos - 1] == '/')) {
      const std::size_t de = detail::digits_end(s_, e + 1);
      const double den = detail::parse_decimal(s_.substr(e + 1, de - e - 1));
      if (at(de) != '/' && !detail::is_alnum(at(de)) && den > num.value && den > 0) {
        m.span = {start, de};
        m.value = sign * num.value / den;
        m.form = NumberForm::fraction;
        m.numerator = num.value;
        m.denominator = den;
        return emit(m);
      }
      m.span = {start, e};
      m.value = sign * num.value;
      out_.push_back(m);
      return e;
    }
    if (const auto vf = detail::vulgar_fraction_at(s_, e); vf.len > 0 && num.integer) {
      m.span = {start, e + vf.len};  // "1½"
      m.value = sign * (num.value + vf.value);
      m.form = NumberForm::fraction;
      m.numerator = vf.numerator;
      m.denominator = vf.denominator;
      return emit(m);
    }
    if (detail::is_alpha(at(e))) return glued_letters(m, num, start, e, sign);

    // A plain numeral: continue into words ("2 million", "4 thousand 3 hundred and 21").
    const std::size_t used =
        words_.parse_after_numeral(pos, e, num.value, num.integer, num.grouped, m);
    if (used == 0) {
      m.span = {start, e};
      m.value = sign * num.value;
      m.form = num.value == std::floor(num.value) ? NumberForm::integer : NumberForm::decimal;
    } else {
      m.span.begin = start;
      m.value *= sign;
      m.words = m.words && used > 1;
    }
    // Mixed number with a digit fraction: "2  1/4", "- 1 4/5".
    if (used <= 1 && num.integer && !num.grouped) {
      const std::size_t q = detail::skip_spaces(s_, e);
      if (q > e && detail::is_digit(at(q))) {
        const std::size_t ne = detail::digits_end(s_, q);
        if (at(ne) == '/' && detail::is_digit(at(ne + 1))) {
          const std::size_t de = detail::digits_end(s_, ne + 1);
          const double nu = detail::parse_decimal(s_.substr(q, ne - q));
          const double den = detail::parse_decimal(s_.substr(ne + 1, de - ne - 1));
          if (den > nu && nu > 0 && at(de) != '/' && !detail::is_alnum(at(de))) {
            m.span = {start, de};
            m.value = sign * (num.value + nu / den);
            m.form = NumberForm::fraction;
            m.numerator = nu;
            m.denominator = den;
          }
        }
      }
    }
    return emit(m);
  }

  // Letters glued after digits: ordinal suffixes, multipliers, or a unit suffix.
  std::size_t glued_letters(NumberMention& m, const detail::Numeral& num, std::size_t start,
                            std::size_t e, double sign) {
    const std::size_t we = detail::word_end(s_, e);
    const std::string_view w = s_.substr(e, we - e);
    m.span = {start, we};
    m.value = sign * num.value;
    m.form = m.value == std::floor(m.value) ? NumberForm::integer : NumberForm::decimal;
    if (detail::is_digit(at(we))) {  // "3x4", "1a2": not a number we read
      m.span = {start, e};
      m.suffix = {e, we};
      out_.push_back(m);
      return we;
    }
    if (num.integer && is_ordinal_suffix(w, s_.substr(num.begin, num.end - num.begin))) {
      m.ordinal = true;
      out_.push_back(m);
      return we;
    }
    if (const double mult = multiplier_suffix(w); mult > 0) {
      m.value = sign * num.value * mult;
      m.form = m.value == std::floor(m.value) ? NumberForm::integer : NumberForm::decimal;
      return emit(m);
    }
    m.span = {start, e};
    m.suffix = {e, we};
    out_.push_back(m);
    return we;
  }

  static bool is_ordinal_suffix(std::string_view w, std::string_view digits) {
    if (w.size() != 2) return false;
    const char last = digits.back();
    const bool teen = digits.size() >= 2 && digits[digits.size() - 2] == '1';
    if (detail::iequals(w, "th")) return teen || (last != '1' && last != '2' && last != '3');
    if (teen) return false;
    if (detail::iequals(w, "st")) return last == '1';
    if (detail::iequals(w, "nd")) return last == '2';
    if (detail::iequals(w, "rd")) return last == '3';
    return false;
  }

  // Multiplier letters glued to digits. Lower-case "m" is left out: "1m" may be a metre.
  static double multiplier_suffix(std::string_view w) {
    struct Suffix {
      std::string_view text;
      double value;
    };
    static constexpr Suffix kSuffixes[] = {{"k", 1e3},  {"K", 1e3},   {"M", 1e6},    {"MM", 1e6},
                                           {"mn", 1e6}, {"mil", 1e6}, {"G", 1e9},    {"g", 1e9},
                                           {"b", 1e9},  {"B", 1e9},   {"bn", 1e9},   {"bln", 1e9},
                                           {"T", 1e12}, {"tn", 1e12}, {"tln", 1e12}, {"dz", 12},
                                           {"dzs", 12}, {"doz", 12},  {"dozs", 12}};
    for (const auto& s : kSuffixes) {
      if (s.text == w) return s.value;
    }
    return 0;
  }

  // End of an exponent after a mantissa ending at `e` ("e10", "e+14", "^-1", "^--23",
  // "x10^6"), or 0.
  std::size_t power_end(std::size_t e) const {
    std::size_t p = e;
    if (at(p) == 'e' || at(p) == 'E') {
      ++p;
      if (at(p) == '+' || at(p) == '-') ++p;
      if (!detail::is_digit(at(p))) return 0;
      p = detail::digits_end(s_, p);
      return detail::is_alpha(at(p)) ? 0 : p;
    }
    if (at(p) == 'x' && at(p + 1) == '1' && at(p + 2) == '0' && at(p + 3) == '^') p += 3;
    if (at(p) == '^') {
      ++p;
      while (at(p) == '+' || at(p) == '-') ++p;
      if (!detail::is_digit(at(p))) return 0;
      p = detail::digits_end(s_, p);
      return detail::is_alpha(at(p)) ? 0 : p;
    }
    return 0;
  }

  double power_value(double mantissa, std::size_t e, std::size_t pe) const {
    std::size_t p = e;
    double base = 0.0;
    if (at(p) == 'e' || at(p) == 'E') {
      base = 10.0;
      ++p;
    } else if (at(p) == 'x') {
      base = 10.0;
      p += 4;
    } else {
      ++p;  // '^'
    }
    int negs = 0;
    while (at(p) == '+' || at(p) == '-') negs += at(p++) == '-';
    double exponent = detail::parse_decimal(s_.substr(p, pe - p));
    if (negs % 2 == 1) exponent = -exponent;
    if (base == 0.0) return std::pow(mantissa, exponent);
    return mantissa * std::pow(base, exponent);
  }

  // ---- ratios and output --------------------------------------------------------------------

  // Pushes `m`, first joining "A over B", "A out of B", "A in B" into a ratio where it reads as
  // one; returns where scanning continues.
  std::size_t emit(NumberMention m) {
    if (!m.ordinal && m.form != NumberForm::fraction && m.form != NumberForm::power) {
      if (const std::size_t e = join_ratio(m); e > 0) return e;
    }
    out_.push_back(m);
    return m.span.end;
  }

  std::size_t join_ratio(NumberMention& m) {
    const auto w1 = detail::word_after(s_, m.span.end);
    if (w1.begin == m.span.end) return 0;
    std::size_t after = w1.end;
    enum class Link { over, out_of, in } link;
    if (detail::iequals(w1.word, "over")) {
      link = Link::over;
    } else if (detail::iequals(w1.word, "in")) {
      link = Link::in;
    } else if (detail::iequals(w1.word, "out")) {
      const auto w2 = detail::word_after(s_, w1.end);
      if (w2.begin == w1.end || !detail::iequals(w2.word, "of")) return 0;
      link = Link::out_of;
      after = w2.end;
    } else {
      return 0;
    }
    const std::size_t q = detail::skip_spaces(s_, after);
    if (q == after) return 0;
    // Parse the denominator with a nested parser on the rest of the text (bounded: it stops at
    // the first number).
    const std::size_t limit = std::min(s_.size(), q + 128);
    Parser sub(s_.substr(0, limit), nullptr);
    std::size_t e = q;
    if (detail::is_digit(at(q))) {
      if (q > 0 && detail::is_alpha(s_[q - 1])) return 0;
      e = sub.from_digits(q, false, q);
    } else if (detail::is_alpha(at(q))) {
      const std::size_t we = detail::word_end(s_, q);
      if (!detail::can_start_number(detail::lookup_number_word(s_.substr(q, we - q)))) return 0;
      e = sub.from_words(q);
    }
    if (sub.out_.size() != 1 || sub.out_[0].span.begin != q) return 0;
    const NumberMention& d = sub.out_[0];
    if (d.ordinal || d.form == NumberForm::fraction || d.value <= 0 || d.span.end != e) return 0;
    const double top = std::fabs(m.value);
    const auto next = detail::word_after(s_, d.span.end);
    const bool ends_clause = next.begin == d.span.end || next.word.empty();
    const bool year_like = !d.words && d.value >= 1000 && d.value <= 2999 && !d.grouped;
    switch (link) {
      case Link::over:
        // "2000 over 3" at the end of a clause; "over 3 years" is a duration.
        if (!ends_clause) return 0;
        if (m.span.begin > 0 && (s_[m.span.begin - 1] == '$')) return 0;
        break;
      case Link::out_of:
        if (top >= d.value) return 0;
        break;
      case Link::in: {
        if (top >= d.value || year_like) return 0;
        const bool or_more = detail::iequals(next.word, "or");
        if (!(top == 1 || ends_clause || or_more)) return 0;
        break;
      }
    }
    m.numerator = m.value;
    m.denominator = d.value;
    m.value = m.value / d.value;
    m.form = NumberForm::fraction;
    m.words = m.words || d.words;
    m.span.end = d.span.end;
    out_.push_back(m);
    return m.span.end;
  }
};

}  // namespace

std::vector<NumberMention> find_numbers(std::string_view text) {
  return Parser(text, nullptr).run();
}

namespace detail {

std::vector<NumberMention> scan_numbers(std::string_view text,
                                        std::vector<std::size_t>& vague_words) {
  return Parser(text, &vague_words).run();
}

}  // namespace detail

}  // namespace claimgraph
