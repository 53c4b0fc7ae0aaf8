#pragma once
// The kind of a single figure from the words around it: date, time, percent, money, measure,
// age, duration, identifier, year, ordinal, ratio or count.

#include <string_view>

#include "claimgraph/numbers.hpp"
#include "claimgraph/quantity.hpp"

namespace claimgraph::detail {

/// Whether the classified quantity still takes qualifiers ("at least 5%") or is final (a date,
/// a year, an identifier).
enum class Classified { qualify, final };

/// Sets `q`'s kind, unit, unit name and span (widened over a currency sign, a unit, "aged", a
/// month name) for the number `n` of text `s`. `q` starts as the bare figure.
[[nodiscard]] Classified classify(std::string_view s, const NumberMention& n, Quantity& q);

}  // namespace claimgraph::detail
