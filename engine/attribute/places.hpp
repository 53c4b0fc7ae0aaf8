#pragma once
// Sides: countries (names, aliases, demonyms, capitals as metonyms) and armed groups, read from
// engine/data/countries.tsv and engine/data/armed_groups.tsv (compiled in). "Armenian",
// "Yerevan", "Armenia" and "Republic of Armenia" all name the side "Armenia".

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "attribute/tokens.hpp"
#include "text_hash.hpp"

namespace claimgraph::detail {

/// How a side was named.
enum class PlaceHow : unsigned char { name, demonym, capital, group, region };

/// A side named at a token: how many tokens the name covers and the canonical side.
struct PlaceMatch {
  std::size_t tokens = 0;
  std::string_view side;
  std::string_view entity;  ///< the row's canonical name: the country, or the armed group
  PlaceHow how = PlaceHow::name;
};

/// The side lexicon, built once from the embedded data files.
class Places {
 public:
  /// The lexicon (built on first use, then shared read-only).
  [[nodiscard]] static const Places& get();

  /// The built-in lexicon plus `regions`, each a side of its own ("Castrel" names the side
  /// "Castrel"); a region the lexicon already knows keeps its lexicon meaning. The result refers
  /// to the built-in lexicon, which lives for the whole program.
  [[nodiscard]] static Places with_regions(const std::vector<std::string>& regions);

  /// True when `name` (as written) is a key of the built-in lexicon.
  [[nodiscard]] bool knows(std::string_view name) const;

  /// The longest side name starting at token `i` of `tokens` (text as written, case-sensitive).
  [[nodiscard]] std::optional<PlaceMatch> match(std::string_view text,
                                                std::span<const Token> tokens,
                                                std::size_t i) const {
    // Inline: most tokens are lower-case words or capitalised words no key starts as.
    const Token& t = tokens[i];
    if (t.type != TokenType::word || !t.capitalised || !may_start_key(t.span.in(text))) {
      return std::nullopt;
    }
    return match_any(text, tokens, i);
  }

  /// True when some side is a region (with_regions): the built-in lexicon names none.
  [[nodiscard]] bool has_regions() const noexcept { return has_regions_; }

  /// Number of entries read (for tests).
  [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }

 private:
  Places();
  explicit Places(const Places* base) : base_(base) {}
  void index();
  [[nodiscard]] std::optional<PlaceMatch> match_any(std::string_view text,
                                                    std::span<const Token> tokens,
                                                    std::size_t i) const;
  [[nodiscard]] std::optional<PlaceMatch> match_own(std::string_view text,
                                                    std::span<const Token> tokens,
                                                    std::size_t i) const;
  void add_table(std::string_view tsv, bool groups);
  void add(std::string_view key, std::string_view side, std::string_view entity, PlaceHow how);

  struct Entry {
    std::string key;     // as written in the data file
    std::string side;    // canonical side
    std::string entity;  // the row's canonical name
    PlaceHow how;
  };
  std::vector<Entry> entries_;
  // First word of each key (as the tokenizer would cut it) → entries, longest key first; looked
  // up by a view of the token, after a test of its first two bytes (most capitalised words of a
  // text start as no key does).
  struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return text_hash(s); }
  };
  std::unordered_map<std::string, std::vector<std::size_t>, ViewHash, std::equal_to<>>
      by_first_word_;
  // Bits: the first two bytes and the length of every first word, here and in the base.
  std::vector<std::uint64_t> first_bytes_ = std::vector<std::uint64_t>((1 << 16) / 64);
  [[nodiscard]] static std::size_t first_bytes(std::string_view word) noexcept {
    const std::size_t two =
        std::size_t{static_cast<unsigned char>(word[0])} << 8 |
        (word.size() > 1 ? std::size_t{static_cast<unsigned char>(word[1])} : std::size_t{0});
    return (two ^ (word.size() * 0x9E5u)) & 0xFFFFu;
  }
  [[nodiscard]] bool may_start_key(std::string_view word) const noexcept {
    if (word.empty()) return false;
    const std::size_t b = first_bytes(word);
    return (first_bytes_[b / 64] >> (b % 64)) & 1;
  }
  const Places* base_ = nullptr;  // the built-in lexicon under an overlay of regions
  bool has_regions_ = false;
};

}  // namespace claimgraph::detail
