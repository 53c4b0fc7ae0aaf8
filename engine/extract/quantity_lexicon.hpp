#pragma once
// The context vocabulary of quantities: qualifier phrases, currencies, measure units, months,
// time units, identifier nouns and vague amounts. Compiled tables, documented in
// docs/quantities.md; the extractor holds no word lists of its own.

#include <span>
#include <string_view>

#include "claimgraph/quantity.hpp"

namespace claimgraph::detail {

/// A qualifier phrase written before a figure ("at least") or after it ("or more").
struct QualifierPhrase {
  std::string_view words;  ///< lower-case words separated by single spaces
  Qualifier qualifier;
};
[[nodiscard]] std::span<const QualifierPhrase> qualifier_prefixes() noexcept;
[[nodiscard]] std::span<const QualifierPhrase> qualifier_suffixes() noexcept;

/// A currency written before the figure ("$", "US$", "€") or as a word after it ("dollars").
struct Currency {
  std::string_view text;  ///< as written (symbols exact, words lower-case)
  std::string_view iso;   ///< ISO 4217 code
};
[[nodiscard]] std::span<const Currency> currency_symbols() noexcept;
[[nodiscard]] std::span<const Currency> currency_words() noexcept;

/// A unit of measure written after the figure, and its normalized name.
struct MeasureUnit {
  std::string_view text;  ///< as written; matched case-sensitively for abbreviations
  std::string_view name;  ///< "km2", "km", "kg", ...
};
[[nodiscard]] std::span<const MeasureUnit> measure_units() noexcept;

/// Month names and abbreviations → 1..12 (0 if `word` is not one). Case-insensitive; "May"
/// and "March" must be capitalised to count.
[[nodiscard]] unsigned month_number(std::string_view word) noexcept;

/// Time units that make a figure a duration ("six weeks"); true if `word` is one.
[[nodiscard]] bool is_time_unit(std::string_view word) noexcept;

/// Capitalised nouns that make the following figure a name ("Resolution 2334", "Flight 17").
[[nodiscard]] bool is_identifier_noun(std::string_view word) noexcept;

/// Words before a four-digit figure that make it a year ("in 2020", "since 1994").
[[nodiscard]] bool is_year_preposition(std::string_view word) noexcept;

/// A vague amount: "dozens", "hundreds of thousands" and its interval and best value.
struct VagueAmount {
  std::string_view words;  ///< lower-case words separated by single spaces
  double lo;
  double hi;               ///< exclusive
};
[[nodiscard]] std::span<const VagueAmount> vague_amounts() noexcept;

}  // namespace claimgraph::detail
