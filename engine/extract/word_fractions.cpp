// The fraction and ordinal helpers of the word grammar: the value of a compound ordinal
// ("thirty fifth" = 35, "one thousand fifth" = 1005), where a numerator ends and its ordinal
// denominator begins, and the small look-arounds that decide between a fraction and an ordinal.
//
// Split rules (docs/quantities.md): a tens word right before a unit ordinal joins the
// denominator unless "and" precedes it or it stands first ("one hundred thirty fifths" =
// 100/35, "one hundred and thirty fifths" = 130/5, "twenty fifths" = 20/5); a scale word
// (thousand and above) right before the ordinal joins it with its multiplier ("one hundred one
// thousand fifths" = 100/1005); otherwise the denominator widens only as far as needed for the
// numerator to be one cardinal ("one one hundred fifth" = 1/105).

#include <cmath>

#include "extract/text_scan.hpp"
#include "extract/word_grammar.hpp"

namespace claimgraph::detail {

// The ordinal value of atoms [b, e] where e is an ordinal word ("thirty fifth" = 35,
// "one thousand fifth" = 1005, "hundred and fifth" = 105), or 0 if they do not form one.
double WordGrammar::ordinal_value(std::size_t b, std::size_t e) const {
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

WordGrammar::Split WordGrammar::split_fraction(std::size_t b, std::size_t o) const {
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
    } else if (p.kind == AtomKind::word && p.role == WordRole::scale && p.value >= 1000 && o >= 2 &&
               o - 2 > b) {
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
WordGrammar::Compound WordGrammar::compound_denominator(std::size_t b) const {
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
double WordGrammar::compound_rank(double cardinal_value, double ordinal_value) {
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

bool WordGrammar::noun_follows(std::size_t i) const {
  const auto w = word_after(s_, atoms_[i].end);
  if (w.word.empty() || w.begin == atoms_[i].end) return false;
  return !(iequals(w.word, "of") || iequals(w.word, "and") || iequals(w.word, "or"));
}

// "of a million" after a fraction: the multiplier, or 0.
double WordGrammar::of_a_scale(std::size_t pos, std::size_t& end) const {
  auto w1 = word_after(s_, pos);
  if (w1.begin == pos || !iequals(w1.word, "of")) return 0;
  auto w2 = word_after(s_, w1.end);
  if (w2.begin == w1.end || !(iequals(w2.word, "a") || iequals(w2.word, "an"))) return 0;
  auto w3 = word_after(s_, w2.end);
  if (w3.begin == w2.end) return 0;
  const auto info = lookup_number_word(w3.word);
  if (info.role != WordRole::scale || info.plural) return 0;
  end = w3.end;
  return info.value;
}

}  // namespace claimgraph::detail
