// find_numbers: one left-to-right pass over the text. At each position that can start a number
// (a digit, a decimal point before a digit, a minus sign before a digit, a number word at a word
// boundary, a vulgar fraction) the parser reads a short list of "atoms" — number words and plain
// numerals separated by spaces or hyphens, at most kMaxAtoms — and evaluates the longest prefix
// that forms one number:
//
//   cardinal   := [digits | words] with hundred/scale/dozen multipliers and "and" joins
//                 ("one hundred and five", "4 thousand 3 hundred and 21", "2.3 million")
//   decimal    := cardinal "point" digit-words ("two hundred point zero three")
//   fraction   := numerator ordinal-denominator ("five eighths", "one hundred thirty-fifths")
//               | cardinal "and" fraction-part ("one and a half", "three million and a quarter")
//               | "a" ordinal | "half" | "half a dozen" | "half million" | a/b | ½
//   power      := 1e10 | 1.1^23 | 1.3x10^6
//   ratio      := number ("over" | "out of" | "in") number ("one in five")
//
// After a match the scan resumes at its end; after a failed start it resumes at the next word
// or character. The atom list is bounded and each evaluation is quadratic only in that bound, so
// the whole pass is linear in the text length. Buffers are reused across calls; no per-byte work
// allocates.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

#include "claimgraph/numbers.hpp"
#include "extract/digit_numeral.hpp"
#include "extract/number_words.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph {
namespace {

using detail::WordRole;

constexpr std::size_t kMaxAtoms = 40;

enum class AtomKind : std::uint8_t { word, digits, vulgar };

struct Atom {
  AtomKind kind = AtomKind::word;
  WordRole role = WordRole::none;
  double value = 0.0;
  bool plural = false;
  bool integer = true;        // digits: no decimal part
  bool grouped = false;       // digits: thousands separators
  bool hyphen_before = false;  // joined to the previous atom by a hyphen
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The longest cardinal starting at an atom.
struct Cardinal {
  std::size_t end = 0;        // one past the last atom used
  double value = 0.0;
  double and_tail = -1.0;     // value added after the last "and" (-1: no "and" used)
  double scale_before_and = 1.0;  // the scale the last "and" follows, 1 if none
  bool decimal = false;
  bool words = false;
  WordRole last_role = WordRole::none;
  AtomKind last_kind = AtomKind::word;
};

bool is_ordinal_denominator(const Atom& a) {
  return a.kind == AtomKind::word &&
         (a.role == WordRole::ordinal || a.role == WordRole::half || a.role == WordRole::quarter);
}

class Parser {
 public:
  Parser(std::string_view text, std::vector<std::size_t>* vague_words)
      : s_(text), vague_words_(vague_words) {}

  std::vector<NumberMention> run() {
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
  std::vector<Atom> atoms_;
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
    if (c == '.' && detail::is_digit(at(pos + 1)) && !alnum_before(pos) &&
        !(pos > 0 && s_[pos - 1] == '.')) {
      return from_digits(pos, false, pos);
    }
    if (const std::size_t ml = detail::minus_len(s_, pos); ml > 0) {
      const std::size_t d = pos + ml;
      const bool digit_next = detail::is_digit(at(d)) || (at(d) == '.' && detail::is_digit(at(d + 1)));
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
    if (alnum_before(pos) || detail::is_digit(at(we))) return we;
    if (const std::size_t ue = url_end(pos, we); ue > pos) return ue;
    const detail::WordInfo info = detail::lookup_number_word(s_.substr(pos, we - pos));
    if (vague_words_ != nullptr &&
        (info.role == WordRole::vague ||
         (info.plural && (info.role == WordRole::scale || info.role == WordRole::hundred ||
                          info.role == WordRole::dozen)))) {
      vague_words_->push_back(pos);
    }
    if (can_start(info)) {
      if (const std::size_t e = from_words(pos); e > pos) return e;
    }
    return we;
  }

  // A URL ("https://...", "www.example.com/2022/09/13") is skipped whole: its digits are not
  // figures. Returns its end, or `pos` if none starts here.
  std::size_t url_end(std::size_t pos, std::size_t word_end) const {
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

  static bool can_start(const detail::WordInfo& info) {
    switch (info.role) {
      case WordRole::unit:
      case WordRole::teen:
      case WordRole::tens:
      case WordRole::ordinal:
      case WordRole::half:
      case WordRole::quarter:
      case WordRole::article:
      case WordRole::minus:
        return true;
      case WordRole::hundred:
      case WordRole::scale:
        return !info.plural;
      default:
        return false;
    }
  }

  // ---- atoms -------------------------------------------------------------------------------

  // Reads one atom at `pos` (no leading space). Digits are accepted only as a plain numeral.
  std::optional<Atom> read_atom(std::size_t pos) {
    if (pos >= s_.size()) return std::nullopt;
    const char c = s_[pos];
    Atom a;
    a.begin = pos;
    if (detail::is_alpha(c)) {
      if (alnum_before(pos)) return std::nullopt;
      const std::size_t we = detail::word_end(s_, pos);
      if (detail::is_digit(at(we))) return std::nullopt;
      const std::string_view w = s_.substr(pos, we - pos);
      a.end = we;
      const detail::WordInfo info = detail::lookup_number_word(w);
      if (info.role != WordRole::none) {
        a.role = info.role;
        a.value = info.value;
        a.plural = info.plural;
        return a;
      }
      // A lone multiplier letter after a numeral: "2.33 k", "1,674.5 G", "1,674,200.5 M".
      if (w.size() == 1 && (w[0] == 'k' || w[0] == 'K' || w[0] == 'M' || w[0] == 'G')) {
        a.role = WordRole::scale;
        a.value = w[0] == 'M' ? 1e6 : w[0] == 'G' ? 1e9 : 1e3;
        a.integer = false;  // marks a letter multiplier: only valid right after digits
        return a;
      }
      return std::nullopt;
    }
    if (detail::is_digit(c)) {
      if (alnum_before(pos)) return std::nullopt;
      const detail::Numeral n = detail::read_numeral(s_, pos, scratch_);
      if (n.split) return std::nullopt;
      const char next = at(n.end);
      if (detail::is_alnum(next) || next == '/' || next == '^') return std::nullopt;
      a.kind = AtomKind::digits;
      a.value = n.value;
      a.integer = n.integer;
      a.grouped = n.grouped;
      a.end = n.end;
      return a;
    }
    return std::nullopt;
  }

  // Collects atoms after `first` (already read) into atoms_, joined by spaces or one hyphen.
  void collect_after(std::size_t pos) {
    while (atoms_.size() < kMaxAtoms) {
      std::size_t q = detail::skip_spaces(s_, pos);
      bool hyphen = false;
      if (at(q) == '-' || (detail::dash_len(s_, q) == 3 && static_cast<unsigned char>(at(q + 2)) == 0x90)) {
        hyphen = true;
        q = detail::skip_spaces(s_, q + detail::dash_len(s_, q));
      }
      if (q == pos) return;  // atoms need a space or hyphen between them
      auto a = read_atom(q);
      if (!a) return;
      a->hyphen_before = hyphen;
      atoms_.push_back(*a);
      pos = a->end;
    }
  }

  // ---- cardinal evaluation ----------------------------------------------------------------

  bool is_role(std::size_t i, WordRole r) const {
    return i < atoms_.size() && atoms_[i].kind == AtomKind::word && atoms_[i].role == r;
  }

  Cardinal cardinal(std::size_t i, std::size_t limit) const {
    Cardinal best;
    best.end = i;
    double total = 0.0;  // finished scale groups
    double group = 0.0;  // the current group below the last scale
    double tail = 0.0;   // part of the group below its hundred
    bool has_hundred = false;
    double last_scale = INFINITY;
    enum class Last { start, unit, teen, tens, hundred, scale, digits, dozen, article, and_, point };
    Last last = Last::start;
    double and_tail = -1.0;
    bool after_and = false;
    bool words = false;
    bool decimal = false;
    double multiplier_before_and = 0.0;  // the scale or hundred an "and" continues from
    double scale_before_and = 1.0;       // the scale an "and" follows ("three million and ...")
    Cardinal checkpoint;                 // state to return to if an "and" leads nowhere
    bool have_checkpoint = false;

    auto commit = [&](std::size_t end, WordRole role, AtomKind kind) {
      best.end = end;
      best.value = total + group;
      best.and_tail = and_tail;
      best.decimal = decimal;
      best.words = words;
      best.last_role = role;
      best.last_kind = kind;
      best.scale_before_and = scale_before_and;
    };

    std::size_t j = i;
    for (; j < limit; ++j) {
      const Atom& a = atoms_[j];
      if (a.kind == AtomKind::vulgar) break;
      if (a.kind == AtomKind::digits) {
        if (a.hyphen_before) break;
        if (last == Last::start) {
          group = tail = a.value;
          decimal = !a.integer;
        } else if ((last == Last::scale && last_scale >= 1000) || last == Last::and_) {
          const double cap = last == Last::and_ ? multiplier_before_and : last_scale;
          if (!a.integer || a.value <= 0 || a.value >= cap || a.grouped) break;
          group += a.value;
          tail = a.value;
          if (after_and) and_tail += a.value;
        } else {
          break;
        }
        last = Last::digits;
        commit(j + 1, WordRole::none, AtomKind::digits);
        continue;
      }
      const WordRole r = a.role;
      if (r == WordRole::unit) {
        if (a.value == 0 && last != Last::start) break;
        if (last == Last::tens) {
          if (!after_and && a.hyphen_before == false && false) break;
        } else if (last != Last::start && last != Last::hundred && last != Last::scale &&
                   last != Last::and_) {
          break;
        }
        if (last == Last::scale) tail = 0;
        group += a.value;
        tail += a.value;
        if (after_and) and_tail += a.value;
        last = Last::unit;
        words = true;
        commit(j + 1, r, a.kind);
        if (a.value == 0 && !is_role(j + 1, WordRole::point)) break;  // "zero" stands alone
        continue;
      }
      if (r == WordRole::teen || r == WordRole::tens) {
        if (a.hyphen_before && last != Last::start) break;
        if (last != Last::start && last != Last::hundred && last != Last::scale &&
            last != Last::and_) {
          break;
        }
        if (last == Last::and_ && tail != 0 && !has_hundred) break;
        if (last == Last::scale) tail = 0;
        group += a.value;
        tail += a.value;
        if (after_and) and_tail += a.value;
        last = r == WordRole::teen ? Last::teen : Last::tens;
        words = true;
        commit(j + 1, r, a.kind);
        continue;
      }
      if (r == WordRole::hundred) {
        const bool after_number = last == Last::unit || last == Last::teen || last == Last::tens ||
                                  last == Last::digits || last == Last::article ||
                                  (last == Last::start && !a.plural);
        if (!after_number || has_hundred) {
          if (have_checkpoint) return checkpoint;
          break;
        }
        if (a.plural && last == Last::digits) break;  // "5 hundreds" is not news style
        if (last == Last::digits && has_hundred) break;
        const double base = (last == Last::article || last == Last::start) ? 1.0 : tail;
        group = group - tail + base * 100.0;
        tail = 0;
        has_hundred = true;
        last = Last::hundred;
        after_and = false;
        and_tail = -1.0;
        have_checkpoint = false;
        words = true;
        commit(j + 1, r, a.kind);
        if (a.plural) break;
        continue;
      }
      if (r == WordRole::scale) {
        const bool letter = !a.integer;  // k, K, M, G
        if (letter && last != Last::digits) break;
        if (letter && a.hyphen_before) break;
        const bool after_number = last == Last::unit || last == Last::teen || last == Last::tens ||
                                  last == Last::hundred || last == Last::digits ||
                                  last == Last::article;
        if (last == Last::scale && group == 0 && a.value > last_scale) {
          total *= a.value;  // "three lakh crore"
          last_scale = a.value;
          commit(j + 1, r, a.kind);
          continue;
        }
        if (!after_number || a.value >= last_scale) {
          if (have_checkpoint) return checkpoint;
          break;
        }
        if (a.plural && last == Last::digits) break;  // "2020 thousands" is two mentions
        const double base = last == Last::article ? 1.0 : group;
        total += base * a.value;
        group = tail = 0;
        has_hundred = false;
        last_scale = a.value;
        last = Last::scale;
        after_and = false;
        and_tail = -1.0;
        have_checkpoint = false;
        words = words || !letter;
        commit(j + 1, r, a.kind);
        if (a.plural) break;
        continue;
      }
      if (r == WordRole::dozen) {
        const bool after_number = last == Last::unit || last == Last::teen || last == Last::tens ||
                                  last == Last::article || (last == Last::digits && !decimal);
        if (!after_number) {
          if (have_checkpoint) return checkpoint;
          break;
        }
        const double base = last == Last::article ? 1.0 : tail;
        group = group - tail + base * 12.0;
        tail = 0;
        last = Last::dozen;
        words = true;
        commit(j + 1, r, a.kind);
        break;
      }
      if (r == WordRole::article) {
        if (last != Last::start) break;
        // Only "a hundred", "a thousand", "a dozen": an implied one.
        if (j + 1 >= limit) break;
        const Atom& n = atoms_[j + 1];
        if (n.kind != AtomKind::word || n.plural ||
            (n.role != WordRole::hundred && n.role != WordRole::scale && n.role != WordRole::dozen) ||
            n.integer == false) {
          break;
        }
        last = Last::article;
        words = true;
        continue;
      }
      if (r == WordRole::and_) {
        // "and" joins only after a hundred or scale, or tens followed by a unit ("twenty and
        // three"); and only to a smaller, non-zero continuation.
        if (j + 1 >= limit) break;
        const Atom& n = atoms_[j + 1];
        const bool next_small =
            (n.kind == AtomKind::word &&
             (n.role == WordRole::unit || n.role == WordRole::teen || n.role == WordRole::tens) &&
             n.value > 0) ||
            (n.kind == AtomKind::digits && n.integer && n.value > 0);
        bool ok = false;
        if (last == Last::hundred) {
          ok = next_small;
          multiplier_before_and = 100.0;
        } else if (last == Last::scale) {
          ok = next_small;
          multiplier_before_and = last_scale;
        } else if (last == Last::tens) {
          ok = n.kind == AtomKind::word && n.role == WordRole::unit && n.value > 0;
          multiplier_before_and = 10.0;
        } else if (last == Last::digits && total > 0) {
          ok = false;
        }
        if (!ok) break;
        if (n.kind == AtomKind::digits && n.value >= multiplier_before_and) break;
        checkpoint = best;
        have_checkpoint = true;
        scale_before_and = last == Last::scale ? last_scale : 1.0;
        last = Last::and_;
        after_and = true;
        and_tail = 0;
        if (last_scale != INFINITY && multiplier_before_and == last_scale) tail = 0;
        continue;
      }
      if (r == WordRole::point) {
        if (last != Last::unit && last != Last::teen && last != Last::tens &&
            last != Last::hundred) {
          break;
        }
        // Digits after "point": each unit word is one digit; a teen or tens(-unit) is two.
        double frac = 0.0;
        double scale = 1.0;
        std::size_t k = j + 1;
        while (k < limit && atoms_[k].kind == AtomKind::word) {
          const Atom& d = atoms_[k];
          if (d.role == WordRole::unit) {
            scale /= 10.0;
            frac += d.value * scale;
            ++k;
          } else if (d.role == WordRole::teen) {
            scale /= 100.0;
            frac += d.value * scale;
            ++k;
          } else if (d.role == WordRole::tens) {
            double v = d.value;
            ++k;
            if (k < limit && atoms_[k].kind == AtomKind::word && atoms_[k].role == WordRole::unit &&
                atoms_[k].value > 0) {
              v += atoms_[k].value;
              ++k;
            }
            scale /= 100.0;
            frac += v * scale;
          } else {
            break;
          }
        }
        if (k == j + 1) break;
        group += frac;
        decimal = true;
        last = Last::point;
        commit(k, WordRole::point, AtomKind::word);
        j = k - 1;
        // "five point five million"
        if (k < limit && atoms_[k].kind == AtomKind::word && atoms_[k].role == WordRole::scale &&
            !atoms_[k].plural && atoms_[k].integer) {
          total += group * atoms_[k].value;
          group = 0;
          commit(k + 1, WordRole::scale, AtomKind::word);
        }
        break;
      }
      break;
    }
    if (last == Last::article && best.end == i) best.end = i;
    return best;
  }

  // ---- fractions ---------------------------------------------------------------------------

  // The ordinal value of atoms [b, e] where e is an ordinal word ("thirty fifth" = 35,
  // "one thousand fifth" = 1005, "hundred and fifth" = 105), or 0 if they do not form one.
  double ordinal_value(std::size_t b, std::size_t e) const {
    const Atom& o = atoms_[e];
    if (b == e) return o.value;
    double prefix = 0.0;
    if (b == e - 1 && atoms_[b].kind == AtomKind::word && atoms_[b].role == WordRole::tens &&
        o.value < 10) {
      return atoms_[b].value + o.value;
    }
    std::size_t end = e;
    if (is_role(e - 1, WordRole::and_)) end = e - 1;
    if (end <= b) return 0.0;
    if (atoms_[b].kind == AtomKind::word && atoms_[b].role == WordRole::hundred) {
      // "hundred fifth": an implied one
      const Cardinal c = cardinal(b + 1, end);
      if (b + 1 < end && c.end != end) return 0.0;
      prefix = 100.0 + (b + 1 < end ? c.value : 0.0);
      return prefix + o.value;
    }
    const Cardinal c = cardinal(b, end);
    if (c.end != end || c.words == false) return 0.0;
    return c.value + o.value;
  }

  // A fraction whose ordinal denominator is atom `o`, with numerator atoms starting at `b`.
  // Returns the numerator and denominator, choosing the split documented in docs/quantities.md.
  struct Split {
    bool ok = false;
    double numerator = 0.0;
    double denominator = 0.0;
    double and_tail = -1.0;
    double scale_before_and = 1.0;
  };

  Split split_fraction(std::size_t b, std::size_t o) const {
    Split out;
    std::size_t den_begin = o;
    const Atom& ord = atoms_[o];
    const bool scale_ordinal = ord.value >= 100 && ord.role == WordRole::ordinal;
    if (!scale_ordinal && ord.role == WordRole::ordinal && o >= 1) {
      const Atom& p = atoms_[o - 1];
      if (p.kind == AtomKind::word && p.role == WordRole::tens && ord.value < 10 &&
          (p.hyphen_before == false) && o - 1 > b && !is_role(o - 2, WordRole::and_)) {
        den_begin = o - 1;  // "one hundred thirty fifths" = 100/35
      } else if (p.kind == AtomKind::word && p.role == WordRole::tens && ord.hyphen_before &&
                 ord.value < 10 && o - 1 > b) {
        den_begin = o - 1;  // "one hundred thirty-fifths"
      } else if (p.kind == AtomKind::word && p.role == WordRole::scale && p.value >= 1000 &&
                 o >= 2 && o - 2 > b) {
        den_begin = o - 2;  // "one hundred one thousand fifths" = 100/1005
      }
    }
    // Widen the denominator until the numerator is one cardinal (at most 4 atoms).
    for (int tries = 0; tries < 5 && den_begin > b; ++tries) {
      const Cardinal num = cardinal(b, den_begin);
      if (num.end == den_begin && num.end > b) {
        const double den = ordinal_value(den_begin, o);
        if (den > 0) {
          out.ok = true;
          out.numerator = num.value;
          out.denominator = den;
          out.and_tail = num.and_tail;
          out.scale_before_and = num.scale_before_and;
          return out;
        }
      }
      --den_begin;
    }
    return out;
  }

  // An ordinal denominator made of several atoms right after a numerator ending at `b`
  // ("twenty-fifth", "twenty firsts", "one hundred fifth"): its value and the ordinal atom.
  struct Compound {
    double den = 0.0;
    std::size_t ordinal = 0;
  };
  Compound compound_denominator(std::size_t b) const {
    for (std::size_t o = b + 1; o < atoms_.size() && o <= b + 4; ++o) {
      const Atom& a = atoms_[o];
      if (a.kind != AtomKind::word) return {};
      if (a.role == WordRole::ordinal) {
        const double den = ordinal_value(b, o);
        return den > 0 ? Compound{den, o} : Compound{};
      }
    }
    return {};
  }

  // The rank of a cardinal followed by an ordinal word, or 0: "one hundred twenty" + "fifth"
  // = 125 (the ordinal fills the empty low digits); "two" + "hundredth" = 200 (a scale ordinal
  // multiplies; millionth and above do not compound).
  static double compound_rank(double cardinal_value, double ordinal_value) {
    if (ordinal_value >= 1e6) return 0;  // "two millionth" is too rare to read as 2,000,000th
    if (ordinal_value >= 100 && std::fmod(ordinal_value, 10) == 0) {
      return cardinal_value < ordinal_value ? cardinal_value * ordinal_value : 0;
    }
    const double room = ordinal_value < 10 ? 10 : 100;
    if (cardinal_value >= room && std::fmod(cardinal_value, room) == 0) {
      return cardinal_value + ordinal_value;
    }
    return 0;
  }

  // ---- words --------------------------------------------------------------------------------

  std::size_t from_words(std::size_t pos) {
    atoms_.clear();
    auto first = read_atom(pos);
    if (!first) return pos;
    atoms_.push_back(*first);
    collect_after(first->end);
    NumberMention m;
    m.words = true;
    const std::size_t end = evaluate(0, m);
    if (end == 0) return pos;
    return emit(m);
  }

  // Whether the word after atom `i` makes a singular fraction an ordinal instead ("a third
  // term", "one fifth grader"): a following word that is not "of", "and", "or".
  bool noun_follows(std::size_t i) const {
    const auto w = detail::word_after(s_, atoms_[i].end);
    if (w.word.empty() || w.begin == atoms_[i].end) return false;
    return !(detail::iequals(w.word, "of") || detail::iequals(w.word, "and") ||
             detail::iequals(w.word, "or"));
  }

  // "of a million" after a fraction: the multiplier, or 0.
  double of_a_scale(std::size_t pos, std::size_t& end) const {
    auto w1 = detail::word_after(s_, pos);
    if (w1.begin == pos || !detail::iequals(w1.word, "of")) return 0;
    auto w2 = detail::word_after(s_, w1.end);
    if (w2.begin == w1.end || !(detail::iequals(w2.word, "a") || detail::iequals(w2.word, "an"))) return 0;
    auto w3 = detail::word_after(s_, w2.end);
    if (w3.begin == w2.end) return 0;
    const auto info = detail::lookup_number_word(w3.word);
    if (info.role != WordRole::scale || info.plural) return 0;
    end = w3.end;
    return info.value;
  }

  // Evaluates atoms_ from `i`; fills `m` and returns the number of atoms used (0: none).
  std::size_t evaluate(std::size_t i, NumberMention& m) {
    const std::size_t n = atoms_.size();
    bool negative = false;
    std::size_t b = i;
    if (is_role(b, WordRole::minus)) {
      negative = true;
      ++b;
      if (b >= n) return 0;
    }
    std::size_t used = 0;
    double value = 0.0;
    NumberForm form = NumberForm::integer;
    bool ordinal = false;

    const Atom& a0 = atoms_[b];
    const auto next_is = [&](std::size_t k, WordRole r) { return is_role(k, r); };

    if (a0.kind == AtomKind::word && a0.role == WordRole::half) {
      if (a0.plural) return 0;
      if (next_is(b + 1, WordRole::article) && next_is(b + 2, WordRole::dozen) && !atoms_[b + 2].plural) {
        value = 6;  // "half a dozen"
        used = b + 3;
      } else if (next_is(b + 1, WordRole::article) && next_is(b + 2, WordRole::scale) &&
                 !atoms_[b + 2].plural && atoms_[b + 2].integer) {
        value = 0.5 * atoms_[b + 2].value;  // "half a million"
        form = NumberForm::fraction;
        used = b + 3;
      } else if (next_is(b + 1, WordRole::scale) && !atoms_[b + 1].plural && atoms_[b + 1].integer) {
        value = 0.5 * atoms_[b + 1].value;  // "half million"
        form = NumberForm::fraction;
        used = b + 2;
      } else {
        std::size_t e = 0;
        const double sc = of_a_scale(a0.end, e);
        value = 0.5;
        form = NumberForm::fraction;
        used = b + 1;
        m.numerator = 1;
        m.denominator = 2;
        if (sc > 0) {
          m.span = {atoms_[i].begin, e};
          m.value = negative ? -0.5 * sc : 0.5 * sc;
          m.form = NumberForm::fraction;
          return used;
        }
      }
    } else if (a0.kind == AtomKind::word && a0.role == WordRole::quarter) {
      if (a0.plural || !next_is(b + 1, WordRole::scale) || atoms_[b + 1].plural) return 0;
      value = 0.25 * atoms_[b + 1].value;
      form = NumberForm::fraction;
      used = b + 2;
    } else if (a0.kind == AtomKind::word && a0.role == WordRole::article &&
               b + 1 < n && is_ordinal_denominator(atoms_[b + 1])) {
      // "a half", "a fifth", "a twenty-first" (compound), "a trillionth"
      std::size_t o = b + 1;
      double den = atoms_[o].value;
      if (atoms_[o].role == WordRole::ordinal && atoms_[o].plural) return 0;
      if (atoms_[o].kind == AtomKind::word && atoms_[o].role == WordRole::quarter && atoms_[o].plural) return 0;
      if (atoms_[o].role == WordRole::ordinal && (den == 1 || den == 2)) return 0;
      if (noun_follows(o)) return 0;
      value = 1.0 / den;
      form = NumberForm::fraction;
      m.numerator = 1;
      m.denominator = den;
      used = o + 1;
    } else if (a0.kind == AtomKind::word && a0.role == WordRole::article && b + 2 < n &&
               atoms_[b + 1].kind == AtomKind::word && atoms_[b + 1].role == WordRole::tens &&
               atoms_[b + 2].role == WordRole::ordinal && atoms_[b + 2].hyphen_before &&
               atoms_[b + 2].value < 10 && !atoms_[b + 2].plural) {
      const double den = atoms_[b + 1].value + atoms_[b + 2].value;  // "a twenty-first"
      value = 1.0 / den;
      form = NumberForm::fraction;
      m.numerator = 1;
      m.denominator = den;
      used = b + 3;
    } else if (a0.kind == AtomKind::word && a0.role == WordRole::ordinal) {
      if (a0.plural) return 0;
      value = a0.value;  // "first", "tenth", "hundredth"
      ordinal = true;
      used = b + 1;
    } else {
      const Cardinal c = cardinal(b, n);
      if (c.end == b) return 0;
      value = c.value;
      used = c.end;
      m.words = c.words;
      // Tens followed by a unit ordinal: "twenty-first", "thirty fifth" as an ordinal mention.
      if (used < n && c.last_role == WordRole::tens && used == b + 1 &&
          atoms_[used].role == WordRole::ordinal && atoms_[used].value < 10 &&
          !atoms_[used].plural && atoms_[used].kind == AtomKind::word) {
        value = c.value + atoms_[used].value;
        ordinal = true;
        used += 1;
      } else if (used < n && is_ordinal_denominator(atoms_[used]) && !c.decimal && c.words) {
        const Atom& o = atoms_[used];
        const bool ambiguous_second = o.role == WordRole::ordinal && o.value == 2;
        const Split sp = split_fraction(b, used);
        const bool fraction_ok =
            sp.ok && !ambiguous_second &&
            (o.plural ? true
                      : ((sp.and_tail > 0 && sp.and_tail < sp.denominator ? sp.and_tail
                                                                           : sp.numerator) == 1 &&
                         !noun_follows(used)));
        if (!fraction_ok && !o.plural && o.role == WordRole::ordinal) {
          // A compound ordinal: "one hundred twenty fifth" = 125, "two hundredth" = 200.
          const double rank = compound_rank(c.value, o.value);
          if (rank > 0) {
            value = rank;
            ordinal = true;
            used += 1;
          }
        }
        if (sp.ok && !ambiguous_second && fraction_ok) {
          const bool mixed = sp.and_tail > 0 && sp.and_tail < sp.denominator;
          const double top = mixed ? sp.and_tail : sp.numerator;
          if (o.plural ? top >= 1 : (top == 1 && !noun_follows(used))) {
            std::size_t k = used + 1;
            double unit_scale = sp.scale_before_and;
            const bool scale_after = k < n && atoms_[k].kind == AtomKind::word &&
                                     atoms_[k].role == WordRole::scale && !atoms_[k].plural &&
                                     atoms_[k].integer && mixed;
            if (scale_after) {
              unit_scale = atoms_[k].value;  // "one billion and three quarters million"
              ++k;
            }
            value = mixed ? (sp.numerator - sp.and_tail) +
                                sp.and_tail / sp.denominator * unit_scale
                          : sp.numerator / sp.denominator;
            m.numerator = top;
            m.denominator = sp.denominator;
            form = NumberForm::fraction;
            used = k;
            std::size_t e = 0;
            if (const double sc = of_a_scale(atoms_[used - 1].end, e); sc > 0) {
              m.span = {atoms_[i].begin, e};
              m.value = negative ? -value * sc : value * sc;
              m.form = form;
              return used;
            }
          }
        }
      } else if (const auto cd = compound_denominator(used); cd.den > 0 && c.words && !c.decimal &&
                 (atoms_[cd.ordinal].plural ? value >= 1 : (value == 1 && !noun_follows(cd.ordinal)))) {
        // "one twenty-fifth", "three twenty firsts", "one one hundred fifth"
        m.numerator = value;
        m.denominator = cd.den;
        value = value / cd.den;
        form = NumberForm::fraction;
        used = cd.ordinal + 1;
      } else if (used + 1 < n && is_role(used, WordRole::and_)) {
        // Mixed numbers: "one and a half", "3 million and a quarter", "five and a half million"
        double frac = 0.0;
        std::size_t k = used + 1;
        const Atom& f0 = atoms_[k];
        if (f0.kind == AtomKind::word && f0.role == WordRole::article && k + 1 < n &&
            is_ordinal_denominator(atoms_[k + 1]) && !atoms_[k + 1].plural) {
          const double den = atoms_[k + 1].value;
          if (!(atoms_[k + 1].role == WordRole::ordinal && (den == 1 || den == 2))) {
            frac = 1.0 / den;
            k += 2;
          }
        } else {
          const Cardinal top = cardinal(k, n);
          if (top.end > k && top.end < n && top.words && !top.decimal &&
              is_ordinal_denominator(atoms_[top.end])) {
            const Atom& o = atoms_[top.end];
            const double den = o.value;
            const bool plural_ok = o.plural ? top.value > 1 : top.value == 1;
            if (plural_ok && top.value < den && !(o.role == WordRole::ordinal && den == 2)) {
              frac = top.value / den;
              k = top.end + 1;
            }
          }
        }
        if (frac > 0) {
          const bool after_scale = c.last_role == WordRole::scale;
          const double last_scale = after_scale ? atoms_[used - 1].value : 1.0;
          value = c.value + frac * last_scale;
          if (k < n && atoms_[k].kind == AtomKind::word && atoms_[k].role == WordRole::scale &&
              !atoms_[k].plural && atoms_[k].integer) {
            value = after_scale ? c.value + frac * atoms_[k].value : (c.value + frac) * atoms_[k].value;
            ++k;
          }
          form = NumberForm::fraction;
          used = k;
        }
      }
    }
    if (used == 0) return 0;

    // "one" as a pronoun: "the one you mentioned", "which one".
    if (!ordinal && used == b + 1 && atoms_[b].kind == AtomKind::word &&
        atoms_[b].role == WordRole::unit && atoms_[b].value == 1 && !negative) {
      const auto w = detail::word_before(s_, atoms_[b].begin);
      static constexpr std::string_view kDeterminers[] = {
          "the", "this", "that", "which", "each", "every", "any", "no", "another", "what",
          "whichever", "little", "loved", "young", "last", "next", "only", "someone", "no-one"};
      for (const auto d : kDeterminers) {
        if (detail::iequals(w.word, d)) return 0;
      }
      if (detail::iequals(detail::word_after(s_, atoms_[b].end).word, "another")) return 0;
    }

    if (form == NumberForm::integer && value != std::floor(value)) form = NumberForm::decimal;
    m.span = {atoms_[i].begin, atoms_[used - 1].end};
    m.value = negative ? -value : value;
    m.form = form;
    m.ordinal = ordinal;
    return used;
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
    atoms_.clear();
    Atom a;
    a.kind = AtomKind::digits;
    a.value = num.value;
    a.integer = num.integer;
    a.grouped = num.grouped;
    a.begin = pos;
    a.end = e;
    atoms_.push_back(a);
    collect_after(e);
    const std::size_t used = evaluate(0, m);
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
    static constexpr Suffix kSuffixes[] = {
        {"k", 1e3},   {"K", 1e3},   {"M", 1e6},   {"MM", 1e6},  {"mn", 1e6},  {"mil", 1e6},
        {"G", 1e9},   {"g", 1e9},   {"b", 1e9},   {"B", 1e9},   {"bn", 1e9},  {"bln", 1e9},
        {"T", 1e12},  {"tn", 1e12}, {"tln", 1e12}, {"dz", 12},  {"dzs", 12},  {"doz", 12},
        {"dozs", 12}};
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
      if (!can_start(detail::lookup_number_word(s_.substr(q, we - q)))) return 0;
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

std::vector<NumberMention> scan_numbers(std::string_view text, std::vector<std::size_t>& vague_words) {
  return Parser(text, &vague_words).run();
}

}  // namespace detail

}  // namespace claimgraph
