#pragma once
// The English number vocabulary: cardinal, scale, ordinal and connector words with their values.

#include <array>
#include <cstddef>
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

/// The first three letters of the number words (the two of a two-letter word), as bits, and
/// for each first letter the lengths of its words: most words of a text fail these tests,
/// inline, before any hashing (most on the length, which reads one letter).
struct NumberWordStarts {
  static constexpr std::size_t kLongest = 12;  // "seventeenths"
  std::array<std::uint64_t, (26 * 26 * 26 + 63) / 64> three{};
  std::array<std::uint64_t, (26 * 26 + 63) / 64> two{};
  std::array<std::uint16_t, 26> lengths{};  // bit n: a number word of n letters starts so
};
extern const NumberWordStarts kNumberWordStarts;

/// The hashed look-up behind lookup_number_word, for a word that passed kNumberWordStarts.
[[nodiscard]] WordInfo probe_number_word(std::string_view word) noexcept;

/// Looks up `word` case-insensitively (ASCII letters only). Unknown words give role none.
[[nodiscard]] inline WordInfo lookup_number_word(std::string_view word) noexcept {
  const std::size_t n = word.size();
  if (n == 0 || n > NumberWordStarts::kLongest) return {};
  // `| 0x20` lower-cases A-Z and sends every other byte outside a-z.
  const auto letter = [](char c) {
    return static_cast<unsigned>(static_cast<unsigned char>(c) | 0x20u) - unsigned{'a'};
  };
  const unsigned a = letter(word[0]);
  if (n == 1) return a == 0 ? WordInfo{WordRole::article, 1, false} : WordInfo{};
  if (a > 25 || ((kNumberWordStarts.lengths[a] >> n) & 1) == 0) return {};
  const unsigned b = letter(word[1]);
  const unsigned c = n > 2 ? letter(word[2]) : 0u;
  if (a > 25 || b > 25 || c > 25) return {};
  const bool known = n == 2 ? (kNumberWordStarts.two[(a * 26 + b) / 64] >> ((a * 26 + b) % 64)) & 1
                            : (kNumberWordStarts.three[((a * 26 + b) * 26 + c) / 64] >>
                               (((a * 26 + b) * 26 + c) % 64)) &
                                  1;
  return known ? probe_number_word(word) : WordInfo{};
}

}  // namespace claimgraph::detail
