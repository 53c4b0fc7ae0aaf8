#pragma once
// Fast look-up of words and short word sequences next to a position in text: the qualifier
// phrases before a figure ("no fewer than"), after it ("or more"), vague amounts, and single-word
// sets (time units, months, year prepositions). Phrases are split into words once, at
// construction; a look-up reads the word nearest the figure, tests it against a hash set of the
// phrases' nearest words, and only then reads further words and compares whole phrases.

#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace claimgraph::detail {

/// Up to kMaxWords ASCII words next to a position, nearest first, each separated from the next
/// by spaces only (a punctuation mark ends the run).
struct Neighbours {
  static constexpr std::size_t kMaxWords = 5;
  std::array<std::string_view, kMaxWords> words{};
  std::array<std::size_t, kMaxWords> edge{};  ///< before: word begin; after: word end
  std::size_t count = 0;
};

/// The words before `pos` (only spaces between `pos` and the first word), at most `max`.
[[nodiscard]] Neighbours words_before(std::string_view s, std::size_t pos,
                                      std::size_t max = Neighbours::kMaxWords) noexcept;
/// The words after `pos` (only spaces between `pos` and the first word; `pos` may be the
/// first letter), at most `max`.
[[nodiscard]] Neighbours words_after(std::string_view s, std::size_t pos,
                                     std::size_t max = Neighbours::kMaxWords) noexcept;

/// A lower-case word or phrase (words separated by single spaces) with a small payload: an enum
/// value or a table index.
struct LexiconEntry {
  std::string_view text;
  std::uint16_t payload = 0;
};

/// A case-insensitive set of single words with payloads: an open-addressing hash table of the
/// lower-case words, so a look-up hashes the word once and usually probes one slot.
class WordMap {
 public:
  explicit WordMap(std::span<const LexiconEntry> words);
  /// The payload of `word` (compared case-insensitively), or none. The first of duplicate
  /// words wins.
  [[nodiscard]] std::optional<std::uint16_t> find(std::string_view word) const noexcept {
    if (word.empty()) return std::nullopt;
    if (filtered_) {
      const int p = prefix_index(word);
      if (p < 0 || !prefixes_.test(static_cast<std::size_t>(p))) return std::nullopt;
    }
    return probe(word);
  }

  /// The bit of a word's first three letters, case-insensitively, or a negative number: for a
  /// word shorter than three letters or one whose first three are not all ASCII letters (a map
  /// holding such a word is not filtered). Inline: it is the whole cost of most look-ups.
  [[nodiscard]] static constexpr int prefix_index(std::string_view w) noexcept {
    if (w.size() < 2) return -1;
    // `| 0x20` lower-cases A-Z and sends every other byte outside a-z.
    const auto letter = [](char c) {
      return static_cast<unsigned>(static_cast<unsigned char>(c) | 0x20u) - unsigned{'a'};
    };
    const unsigned a = letter(w[0]);
    const unsigned b = letter(w[1]);
    const unsigned c = w.size() > 2 ? letter(w[2]) : 0u;
    if (a > 25 || b > 25 || c > 25) return -1;
    const int index = static_cast<int>((a * 26 + b) * 26 + c);
    return w.size() == 2 ? -2 - index : index;
  }

 private:
  [[nodiscard]] std::optional<std::uint16_t> probe(std::string_view word) const noexcept;

  std::vector<LexiconEntry> entries_;
  std::vector<std::int32_t> slots_;  // index into entries_, -1 if empty; size a power of two
  // The first three letters (two for two-letter words) of every entry, when all are ASCII
  // letters: most look-ups are misses and end on this bit test, before hashing.
  std::bitset<26 * 26 * 26> prefixes_;
  bool filtered_ = true;
};

/// The first three letters (two of a two-letter word) of a fixed list of lower-case words, as
/// bits built at compile time: an inline test, before any call, that most words of a text fail.
/// A list holding a word shorter than two letters, or not starting with three ASCII letters
/// (two for a two-letter word), passes every word.
struct PrefixFilter {
  std::array<std::uint64_t, (26 * 26 * 26 + 63) / 64> bits{};
  bool all = false;

  template <std::size_t N>
  [[nodiscard]] static constexpr PrefixFilter of(const std::array<std::string_view, N>& words) {
    PrefixFilter f;
    for (const std::string_view w : words) {
      const int p = index(w);
      if (p < 0) {
        f.all = true;
      } else {
        f.bits[static_cast<std::size_t>(p) / 64] |= std::uint64_t{1} << (p % 64);
      }
    }
    return f;
  }
  [[nodiscard]] constexpr bool may_contain(std::string_view w) const noexcept {
    if (all) return true;
    const int p = index(w);
    return p >= 0 && ((bits[static_cast<std::size_t>(p) / 64] >> (p % 64)) & 1) != 0;
  }

 private:
  // As WordMap::prefix_index, a two-letter word sharing the bit of its letters followed by 'a'.
  [[nodiscard]] static constexpr int index(std::string_view w) noexcept {
    const int p = WordMap::prefix_index(w);
    return p >= -1 ? p : -2 - p;
  }
};

/// A PrefixFilter, and for each first letter the lengths of its words: most words of a text fail
/// on their length, a test of two bytes, before their first three letters are read. A list
/// holding a word longer than fifteen letters, or not starting with an ASCII letter, is tested
/// on its prefixes alone.
struct WordFilter {
  static constexpr std::size_t kLongest = 15;
  PrefixFilter prefixes;
  std::array<std::uint16_t, 26> lengths{};  // bit n: a word of n letters starts with the letter
  bool any_length = false;

  template <std::size_t N>
  [[nodiscard]] static constexpr WordFilter of(const std::array<std::string_view, N>& words) {
    WordFilter f;
    f.prefixes = PrefixFilter::of(words);
    for (const std::string_view w : words) {
      const unsigned first = w.empty() ? 26u : first_letter(w);
      if (first > 25 || w.size() > kLongest) {
        f.any_length = true;
      } else {
        f.lengths[first] |= static_cast<std::uint16_t>(1u << w.size());
      }
    }
    return f;
  }
  [[nodiscard]] constexpr bool may_contain(std::string_view w) const noexcept {
    if (!any_length) {
      if (w.empty() || w.size() > kLongest) return false;
      const unsigned first = first_letter(w);
      if (first > 25 || ((lengths[first] >> w.size()) & 1) == 0) return false;
    }
    return prefixes.may_contain(w);
  }

 private:
  // 0 for 'a' or 'A' ... 25 for 'z' or 'Z'; above 25 for any other byte.
  [[nodiscard]] static constexpr unsigned first_letter(std::string_view w) noexcept {
    return static_cast<unsigned>(static_cast<unsigned char>(w[0]) | 0x20u) - unsigned{'a'};
  }
};

/// A set of lower-case phrases with payloads, matched next to a position in text.
class PhraseSet {
 public:
  explicit PhraseSet(std::span<const LexiconEntry> phrases);
  /// The number of words of the longest phrase.
  [[nodiscard]] std::size_t max_words() const noexcept { return max_words_; }

  struct Match {
    std::size_t edge = 0;  ///< before: where the phrase begins; after: where it ends
    std::uint16_t payload = 0;
    std::size_t words = 0;  ///< how many words it has
  };
  /// The longest phrase ending right before `pos` (only spaces between), if any.
  [[nodiscard]] std::optional<Match> longest_before(std::string_view s,
                                                    std::size_t pos) const noexcept;
  /// The longest phrase starting right after `pos` (only spaces between), if any.
  [[nodiscard]] std::optional<Match> longest_after(std::string_view s,
                                                   std::size_t pos) const noexcept;

 private:
  struct Entry {
    std::array<std::string_view, Neighbours::kMaxWords> words{};  // in text order
    std::size_t count = 0;
    std::uint16_t payload = 0;
  };
  // Phrases grouped by their word nearest the figure: the WordMap of those words gives the
  // group, so only the phrases sharing that word are compared.
  struct Side {
    std::vector<Entry> entries;            // sorted by key word
    std::vector<LexiconEntry> keys;        // one per group: the key word, payload = group
    std::vector<std::size_t> group_begin;  // group g is entries[group_begin[g], group_begin[g+1])
    std::optional<WordMap> map;
  };
  static void build(Side& side, std::vector<Entry> entries, bool by_last);
  static std::optional<Match> longest(const Side& side, const Neighbours& n, bool before) noexcept;
  Side before_;
  Side after_;
  std::size_t max_words_ = 0;
};

}  // namespace claimgraph::detail
