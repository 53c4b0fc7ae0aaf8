#pragma once
// The English number vocabulary: cardinal, scale, ordinal and connector words with their values.

#include <cstdint>
#include <string_view>

namespace claimgraph::detail {

/// The grammatical role of a number word.
enum class WordRole : std::uint8_t {
  none,     // not a number word
  unit,     // zero .. nine (and nought, naught)
  teen,     // ten .. nineteen
  tens,     // twenty .. ninety
  hundred,  // hundred
  scale,    // thousand, million, billion, trillion, lakh, crore, bn, mn, ...
  dozen,    // dozen, dozens, doz, dz
  ordinal,  // first .. ninth, tenth, twentieth, hundredth, millionth, ...; also plurals (fifths)
  half,     // half, halves
  quarter,  // quarter, quarters (a fraction word of value 1/4)
  article,  // a, an
  and_,     // and
  point,    // point (decimal point in words)
  minus,    // minus, negative
  vague,    // tens, scores: words that only head a vague amount ("tens of thousands")
};

/// What the vocabulary knows about a word.
struct WordInfo {
  WordRole role = WordRole::none;
  double value = 0.0;   // the cardinal value (ordinals: the rank; fractions: the denominator)
  bool plural = false;  // "fifths", "dozens", "thousands", "quarters"
};

/// Looks up `word` case-insensitively (ASCII letters only). Unknown words give role none.
[[nodiscard]] WordInfo lookup_number_word(std::string_view word) noexcept;

}  // namespace claimgraph::detail
