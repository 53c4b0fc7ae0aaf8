#pragma once
// What the kind rules of classify (quantity_kinds.cpp, quantity_ages.cpp) share: the words
// around a figure, read once, and small tests of the text.

#include <cstddef>
#include <string_view>

#include "claimgraph/numbers.hpp"
#include "claimgraph/quantity.hpp"
#include "extract/phrase_set.hpp"
#include "extract/quantity_lexicon.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {

inline char at(std::string_view s, std::size_t p) { return p < s.size() ? s[p] : '\0'; }

inline bool capitalised(std::string_view w) { return !w.empty() && is_upper(w[0]); }

inline void set(Quantity& q, QuantityKind kind, Unit unit) {
  q.kind = kind;
  q.unit = unit;
}

// The words right around a figure and what the lexicon says of them, read once per figure.
struct Around {
  Neighbours before;    // the word before (only spaces between it and the figure)
  Neighbours after;     // up to two words after
  bool spaced = false;  // a space separates the figure from the word after
  WordFacts before_facts;
  WordFacts after_facts;

  Around(std::string_view s, const NumberMention& n)
      : before(words_before(s, n.span.begin, 1)),
        after(words_after(s, n.span.end, 2)),
        spaced(skip_spaces(s, n.span.end) > n.span.end) {
    if (before.count > 0) before_facts = word_facts(before.words[0]);
    if (after.count > 0 && spaced && n.suffix.empty()) after_facts = word_facts(after.words[0]);
  }
};

// A figure of digits only: no words, no ordinal suffix, no fraction.
inline bool plain_digits(std::string_view s, const NumberMention& n) {
  if (n.words || n.ordinal || n.form != NumberForm::integer || !n.suffix.empty()) return false;
  for (std::size_t i = n.span.begin; i < n.span.end; ++i) {
    if (!is_digit(s[i])) return false;
  }
  return true;
}

/// "15-year-old", "15 years old", "26 yr old", "aged 15", "age 15", "Vincent Pizzolato, 44,":
/// sets `q` to an age (quantity_ages.cpp).
bool age(std::string_view s, const NumberMention& n, const Around& a, Quantity& q);

}  // namespace claimgraph::detail
