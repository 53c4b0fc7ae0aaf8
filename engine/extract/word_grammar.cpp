// The word grammar. A number in words is read in two steps: collect a bounded list of atoms
// (number words and plain numerals joined by spaces or one hyphen, at most kMaxAtoms), then
// evaluate the longest prefix that forms one number:
//
//   cardinal   := [digits | words] with hundred/scale/dozen multipliers and "and" joins
//                 ("one hundred and five", "4 thousand 3 hundred and 21", "2.3 million");
//                 "and" joins only a smaller, non-zero continuation, and falls back to the
//                 number before it when what follows cannot join ("3 hundred and 2 hundred")
//   decimal    := cardinal "point" digit-words ("two hundred point zero three")
//   fraction   := numerator ordinal-denominator ("five eighths", "one hundred thirty-fifths")
//               | cardinal "and" fraction-part ("one and a half", "three million and a quarter")
//               | "a" ordinal | "half" | "half a dozen" | "half (a) million"
//   ordinal    := ordinal word, or a cardinal completed by one ("twenty-first", "two hundredth")
//
// Where a numerator and an ordinal denominator can be split in several ways, the split follows
// docs/quantities.md ("one hundred thirty fifths" = 100/35, "one hundred and thirty fifths" =
// 130/5). Evaluation is quadratic only in the bounded atom count, so the cost per number is
// bounded and the scanner stays linear.

#include "extract/word_grammar.hpp"

#include <cmath>

#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

constexpr std::size_t kMaxAtoms = 40;

}  // namespace

bool can_start_number(const WordInfo& info) noexcept {
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

bool WordGrammar::is_ordinal_denominator(const Atom& a) noexcept {
  return a.kind == AtomKind::word &&
         (a.role == WordRole::ordinal || a.role == WordRole::half || a.role == WordRole::quarter);
}

bool WordGrammar::alnum_before(std::size_t p) const { return p > 0 && is_alnum(s_[p - 1]); }

bool WordGrammar::parse_words(std::size_t pos, NumberMention& m) {
  atoms_.clear();
  auto first = read_atom(pos);
  if (!first) return false;
  atoms_.push_back(*first);
  collect_after(first->end);
  m.words = true;
  return evaluate(0, m) > 0;
}

std::size_t WordGrammar::parse_after_numeral(std::size_t begin, std::size_t end, double value,
                                             bool integer, bool grouped, NumberMention& m) {
  atoms_.clear();
  Atom a;
  a.kind = AtomKind::digits;
  a.value = value;
  a.integer = integer;
  a.grouped = grouped;
  a.begin = begin;
  a.end = end;
  atoms_.push_back(a);
  collect_after(end);
  // A numeral no atom follows (most of them: "6 people") stands alone; evaluate would only
  // write back what the caller already knows.
  if (atoms_.size() == 1) return 0;
  return evaluate(0, m);
}

// ---- atoms -------------------------------------------------------------------------------

// Reads one atom at `pos` (no leading space). Digits are accepted only as a plain numeral.
std::optional<WordGrammar::Atom> WordGrammar::read_atom(std::size_t pos) {
  if (pos >= s_.size()) return std::nullopt;
  const char c = s_[pos];
  Atom a;
  a.begin = pos;
  if (is_alpha(c)) {
    if (alnum_before(pos)) return std::nullopt;
    const std::size_t we = word_end(s_, pos);
    if (is_digit(at(we))) return std::nullopt;
    const std::string_view w = s_.substr(pos, we - pos);
    a.end = we;
    const WordInfo info = lookup_number_word(w);
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
  if (is_digit(c)) {
    if (alnum_before(pos)) return std::nullopt;
    const Numeral n = read_numeral(s_, pos, scratch_);
    if (n.split) return std::nullopt;
    const char next = at(n.end);
    if (is_alnum(next) || next == '/' || next == '^') return std::nullopt;
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
void WordGrammar::collect_after(std::size_t pos) {
  while (atoms_.size() < kMaxAtoms) {
    std::size_t q = skip_spaces(s_, pos);
    bool hyphen = false;
    if (at(q) == '-' || (dash_len(s_, q) == 3 && static_cast<unsigned char>(at(q + 2)) == 0x90)) {
      hyphen = true;
      q = skip_spaces(s_, q + dash_len(s_, q));
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

bool WordGrammar::is_role(std::size_t i, WordRole r) const {
  return i < atoms_.size() && atoms_[i].kind == AtomKind::word && atoms_[i].role == r;
}

WordGrammar::Cardinal WordGrammar::cardinal(std::size_t i, std::size_t limit) const {
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
      if (last != Last::unit && last != Last::teen && last != Last::tens && last != Last::hundred) {
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

// ---- evaluation --------------------------------------------------------------------------------

// Evaluates atoms_ from `i`; fills `m` and returns the number of atoms used (0: none).
std::size_t WordGrammar::evaluate(std::size_t i, NumberMention& m) {
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
    if (next_is(b + 1, WordRole::article) && next_is(b + 2, WordRole::dozen) &&
        !atoms_[b + 2].plural) {
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
  } else if (a0.kind == AtomKind::word && a0.role == WordRole::article && b + 1 < n &&
             is_ordinal_denominator(atoms_[b + 1])) {
    // "a half", "a fifth", "a twenty-first" (compound), "a trillionth"
    std::size_t o = b + 1;
    double den = atoms_[o].value;
    if (atoms_[o].role == WordRole::ordinal && atoms_[o].plural) return 0;
    if (atoms_[o].kind == AtomKind::word && atoms_[o].role == WordRole::quarter && atoms_[o].plural)
      return 0;
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
        atoms_[used].role == WordRole::ordinal && atoms_[used].value < 10 && !atoms_[used].plural &&
        atoms_[used].kind == AtomKind::word) {
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
          value = mixed ? (sp.numerator - sp.and_tail) + sp.and_tail / sp.denominator * unit_scale
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
    } else if (const auto cd = compound_denominator(used);
               cd.den > 0 && c.words && !c.decimal &&
               (atoms_[cd.ordinal].plural ? value >= 1
                                          : (value == 1 && !noun_follows(cd.ordinal)))) {
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
          value =
              after_scale ? c.value + frac * atoms_[k].value : (c.value + frac) * atoms_[k].value;
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
    const auto w = word_before(s_, atoms_[b].begin);
    static constexpr std::string_view kDeterminers[] = {
        "the",  "this",    "that", "which",     "each",   "every", "any",
        "no",   "another", "what", "whichever", "little", "loved", "young",
        "last", "next",    "only", "someone",   "no-one"};
    if (iequals_any(w.word, kDeterminers)) return 0;
    if (iequals(word_after(s_, atoms_[b].end).word, "another")) return 0;
  }

  if (form == NumberForm::integer && value != std::floor(value)) form = NumberForm::decimal;
  m.span = {atoms_[i].begin, atoms_[used - 1].end};
  m.value = negative ? -value : value;
  m.form = form;
  m.ordinal = ordinal;
  return used;
}

}  // namespace claimgraph::detail
