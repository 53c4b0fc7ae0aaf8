// The English number vocabulary as one compiled, sorted table searched by binary search on the
// lower-cased word. Words longer than the longest entry are rejected before any copying, so a
// lookup costs O(log n) comparisons of short strings and never allocates.

#include "extract/number_words.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

namespace claimgraph::detail {
namespace {

struct Entry {
  std::string_view word;
  WordInfo info;
};

constexpr WordInfo unit(double v) { return {WordRole::unit, v, false}; }
constexpr WordInfo teen(double v) { return {WordRole::teen, v, false}; }
constexpr WordInfo tens(double v) { return {WordRole::tens, v, false}; }
constexpr WordInfo scale(double v, bool plural = false) { return {WordRole::scale, v, plural}; }
constexpr WordInfo ord(double v, bool plural = false) { return {WordRole::ordinal, v, plural}; }

// Kept sorted by word (checked by a static_assert below).
constexpr std::array kWords = std::to_array<Entry>({
    {"a", {WordRole::article, 1, false}},
    {"an", {WordRole::article, 1, false}},
    {"and", {WordRole::and_, 0, false}},
    {"billion", scale(1e9)},
    {"billions", scale(1e9, true)},
    {"billionth", ord(1e9)},
    {"billionths", ord(1e9, true)},
    {"bln", scale(1e9)},
    {"bn", scale(1e9)},
    {"crore", scale(1e7)},
    {"crores", scale(1e7, true)},
    {"doz", {WordRole::dozen, 12, false}},
    {"dozen", {WordRole::dozen, 12, false}},
    {"dozens", {WordRole::dozen, 12, true}},
    {"dozs", {WordRole::dozen, 12, true}},
    {"dz", {WordRole::dozen, 12, false}},
    {"dzs", {WordRole::dozen, 12, true}},
    {"eight", unit(8)},
    {"eighteen", teen(18)},
    {"eighteenth", ord(18)},
    {"eighteenths", ord(18, true)},
    {"eighth", ord(8)},
    {"eighths", ord(8, true)},
    {"eightieth", ord(80)},
    {"eightieths", ord(80, true)},
    {"eighty", tens(80)},
    {"eleven", teen(11)},
    {"eleventh", ord(11)},
    {"elevenths", ord(11, true)},
    {"fifteen", teen(15)},
    {"fifteenth", ord(15)},
    {"fifteenths", ord(15, true)},
    {"fifth", ord(5)},
    {"fifths", ord(5, true)},
    {"fiftieth", ord(50)},
    {"fiftieths", ord(50, true)},
    {"fifty", tens(50)},
    {"first", ord(1)},
    {"firsts", ord(1, true)},
    {"five", unit(5)},
    {"fortieth", ord(40)},
    {"fortieths", ord(40, true)},
    {"forty", tens(40)},
    {"four", unit(4)},
    {"fourteen", teen(14)},
    {"fourteenth", ord(14)},
    {"fourteenths", ord(14, true)},
    {"fourth", ord(4)},
    {"fourths", ord(4, true)},
    {"half", {WordRole::half, 2, false}},
    {"halves", {WordRole::half, 2, true}},
    {"hundred", {WordRole::hundred, 100, false}},
    {"hundreds", {WordRole::hundred, 100, true}},
    {"hundredth", ord(100)},
    {"hundredths", ord(100, true)},
    {"lakh", scale(1e5)},
    {"lakhs", scale(1e5, true)},
    {"million", scale(1e6)},
    {"millions", scale(1e6, true)},
    {"millionth", ord(1e6)},
    {"millionths", ord(1e6, true)},
    {"minus", {WordRole::minus, 0, false}},
    {"mn", scale(1e6)},
    {"naught", unit(0)},
    {"negative", {WordRole::minus, 0, false}},
    {"nine", unit(9)},
    {"nineteen", teen(19)},
    {"nineteenth", ord(19)},
    {"nineteenths", ord(19, true)},
    {"nineth", ord(9)},
    {"ninetieth", ord(90)},
    {"ninetieths", ord(90, true)},
    {"ninety", tens(90)},
    {"ninth", ord(9)},
    {"ninths", ord(9, true)},
    {"nought", unit(0)},
    {"one", unit(1)},
    {"point", {WordRole::point, 0, false}},
    {"quarter", {WordRole::quarter, 4, false}},
    {"quarters", {WordRole::quarter, 4, true}},
    {"second", ord(2)},
    {"seconds", ord(2, true)},
    {"seven", unit(7)},
    {"seventeen", teen(17)},
    {"seventeenth", ord(17)},
    {"seventeenths", ord(17, true)},
    {"seventh", ord(7)},
    {"sevenths", ord(7, true)},
    {"seventieth", ord(70)},
    {"seventieths", ord(70, true)},
    {"seventy", tens(70)},
    {"six", unit(6)},
    {"sixteen", teen(16)},
    {"sixteenth", ord(16)},
    {"sixteenths", ord(16, true)},
    {"sixth", ord(6)},
    {"sixths", ord(6, true)},
    {"sixtieth", ord(60)},
    {"sixtieths", ord(60, true)},
    {"sixty", tens(60)},
    {"ten", teen(10)},
    {"tenth", ord(10)},
    {"tenths", ord(10, true)},
    {"third", ord(3)},
    {"thirds", ord(3, true)},
    {"thirteen", teen(13)},
    {"thirteenth", ord(13)},
    {"thirteenths", ord(13, true)},
    {"thirtieth", ord(30)},
    {"thirtieths", ord(30, true)},
    {"thirty", tens(30)},
    {"thousand", scale(1e3)},
    {"thousands", scale(1e3, true)},
    {"thousandth", ord(1e3)},
    {"thousandths", ord(1e3, true)},
    {"three", unit(3)},
    {"tln", scale(1e12)},
    {"tn", scale(1e12)},
    {"trillion", scale(1e12)},
    {"trillions", scale(1e12, true)},
    {"trillionth", ord(1e12)},
    {"trillionths", ord(1e12, true)},
    {"twelfth", ord(12)},
    {"twelfths", ord(12, true)},
    {"twelve", teen(12)},
    {"twentieth", ord(20)},
    {"twentieths", ord(20, true)},
    {"twenty", tens(20)},
    {"two", unit(2)},
    {"zero", unit(0)},
});

constexpr bool sorted_unique() {
  for (std::size_t i = 1; i < kWords.size(); ++i) {
    if (!(kWords[i - 1].word < kWords[i].word)) return false;
  }
  return true;
}
static_assert(sorted_unique(), "kWords must be sorted and unique");

constexpr std::size_t kLongest = 12;  // "seventeenths"

}  // namespace

WordInfo lookup_number_word(std::string_view word) noexcept {
  if (word.empty() || word.size() > kLongest) return {};
  std::array<char, kLongest> buf{};
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    buf[i] = c;
  }
  const std::string_view lower(buf.data(), word.size());
  const auto it = std::lower_bound(kWords.begin(), kWords.end(), lower,
                                   [](const Entry& e, std::string_view w) { return e.word < w; });
  if (it == kWords.end() || it->word != lower) return {};
  return it->info;
}

}  // namespace claimgraph::detail
