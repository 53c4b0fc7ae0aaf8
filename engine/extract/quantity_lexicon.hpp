#pragma once
// The context vocabulary of quantities: qualifier phrases, currencies, measure units, months,
// time units, identifier nouns, year prepositions and vague amounts. Compiled tables (listed in
// docs/quantities.md), built into look-up structures once on first use; the extractor holds no
// word lists of its own.

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "claimgraph/quantity.hpp"
#include "extract/phrase_set.hpp"

namespace claimgraph::detail {

/// Qualifier phrases written before a figure ("at least"); payload: Qualifier.
[[nodiscard]] const PhraseSet& qualifier_prefixes();
/// Qualifier phrases written after a figure ("or more"); payload: Qualifier.
[[nodiscard]] const PhraseSet& qualifier_suffixes();

/// A currency written before the figure ("$", "US$", "€") as text and ISO 4217 code.
struct Currency {
  std::string_view text;
  std::string_view iso;
};
/// Currency signs and codes written before a figure, longest first.
[[nodiscard]] std::span<const Currency> currency_symbols() noexcept;
/// A unit of measure written at `pos` (glued to the figure or after one space): where it ends
/// and its normalized name ("km2", "km", "kg").
struct UnitMatch {
  std::size_t end = 0;
  std::string_view name;
};
[[nodiscard]] std::optional<UnitMatch> measure_unit_at(std::string_view s, std::size_t pos);

/// What the single-word tables say about one word next to a figure, from one look-up.
struct WordFacts {
  unsigned month = 0;                ///< 1..12 for month names and abbreviations, else 0
  bool month_needs_capital = false;  ///< "May", "March", "Mar" are months only capitalised
  bool time_unit = false;            ///< "weeks", "hours": the figure is a duration
  bool identifier_noun = false;      ///< "Resolution", "Flight": (capitalised) a name follows
  bool year_preposition = false;     ///< "in", "since": a four-digit figure after it is a year
  std::string_view currency;         ///< ISO code of a currency word ("dollars" → "USD"), or ""
};
[[nodiscard]] WordFacts word_facts(std::string_view word);

/// The month of `word` if it is a month name written as months are (capitalised where
/// ambiguous), else 0.
[[nodiscard]] unsigned month_of(std::string_view word, const WordFacts& facts);

/// Street-name endings ("Street", "Road", "Ave") that make a figure before a capitalised name
/// an address ("1234 Main Street").
[[nodiscard]] bool is_street_suffix(std::string_view word);

/// A vague amount ("dozens", "hundreds of thousands"): its interval [lo, hi).
struct VagueAmount {
  std::string_view words;  ///< lower-case words separated by single spaces
  double lo;
  double hi;
};
[[nodiscard]] std::span<const VagueAmount> vague_amount_table() noexcept;
/// Vague-amount phrases; payload: index into vague_amount_table().
[[nodiscard]] const PhraseSet& vague_amounts();

}  // namespace claimgraph::detail
