// The English number vocabulary as one compiled, sorted table, indexed by a small hash table of
// the lower-cased words. Words longer than the longest entry are rejected before any copying;
// a look-up hashes the word once and usually settles on the first probe. It never allocates.

#include "extract/number_words.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

#include "extract/text_scan.hpp"

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
    {"scores", {WordRole::vague, 20, true}},
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
    {"tens", {WordRole::vague, 10, true}},
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

static_assert(std::ranges::all_of(kWords, [](const Entry& e) {
  return e.word.size() <= NumberWordStarts::kLongest;
}));

// Open-addressing hash table over kWords, built once: most words of a text are not number words
// and miss on their first probe, without the string comparisons of a binary search.
constexpr std::size_t kSlots = 1024;  // a power of two, over 4x the number of words
static_assert(kSlots > 4 * kWords.size());

constexpr std::uint32_t hash_step(std::uint32_t h, char c) {
  return (h ^ static_cast<unsigned char>(c)) * 16777619u;
}

struct Table {
  std::array<std::int16_t, kSlots> slot{};
  Table() {
    slot.fill(-1);
    for (std::size_t i = 0; i < kWords.size(); ++i) {
      std::uint32_t h = 2166136261u;
      for (const char c : kWords[i].word) h = hash_step(h, c);
      std::size_t k = h & (kSlots - 1);
      while (slot[k] >= 0) k = (k + 1) & (kSlots - 1);
      slot[k] = static_cast<std::int16_t>(i);
    }
  }
};

constexpr NumberWordStarts make_starts() {
  NumberWordStarts t;
  for (const Entry& e : kWords) {
    const auto a = static_cast<std::size_t>(e.word[0] - 'a');
    if (e.word.size() == 1) continue;  // "a": lookup_number_word answers it itself
    t.lengths[a] |= static_cast<std::uint16_t>(1u << e.word.size());
    const auto b = static_cast<std::size_t>(e.word[1] - 'a');
    if (e.word.size() == 2) {
      t.two[(a * 26 + b) / 64] |= std::uint64_t{1} << ((a * 26 + b) % 64);
    } else {
      const std::size_t i = (a * 26 + b) * 26 + static_cast<std::size_t>(e.word[2] - 'a');
      t.three[i / 64] |= std::uint64_t{1} << (i % 64);
    }
  }
  return t;
}

}  // namespace

constinit const NumberWordStarts kNumberWordStarts = make_starts();

WordInfo probe_number_word(std::string_view word) noexcept {
  if (word.empty() || word.size() > NumberWordStarts::kLongest) return {};  // fits `buf`
  static const Table table;
  std::array<char, NumberWordStarts::kLongest> buf{};
  std::uint32_t h = 2166136261u;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = to_lower(word[i]);
    buf[i] = c;
    h = hash_step(h, c);
  }
  const std::string_view lower(buf.data(), word.size());
  for (std::size_t k = h & (kSlots - 1);; k = (k + 1) & (kSlots - 1)) {
    const std::int16_t i = table.slot[k];
    if (i < 0) return {};
    const Entry& e = kWords[static_cast<std::size_t>(i)];
    if (e.word == lower) return e.info;
  }
}

}  // namespace claimgraph::detail
