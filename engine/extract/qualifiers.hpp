#pragma once
// Qualifiers: the words around a figure that make it a bound or an estimate ("at least 105",
// "500 or more", "about 2,000"), and the interval each one gives (docs/quantities.md).

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "claimgraph/quantities.hpp"
#include "claimgraph/quantity.hpp"

namespace claimgraph::detail {

/// A qualifier found before a figure, and where its words begin.
struct QualifierAt {
  Qualifier qualifier = Qualifier::exact;
  std::size_t begin = 0;
};

/// The qualifier phrase or sign (">", "<=", "~") written right before `begin`, if any.
[[nodiscard]] std::optional<QualifierAt> qualifier_before(std::string_view s, std::size_t begin);

/// Reads the qualifiers around `q` (whose span is the figure with its unit), widens its span
/// over them, and sets its qualifier and interval. `t` is the approximation tolerance.
void apply_qualifiers(std::string_view s, Quantity& q, const QuantityOptions& options);

/// Joins a lower and an upper bound written together ("more than 10 but fewer than 20",
/// "at most 100 and at least 20") into one range.
void join_bounds(std::string_view s, std::vector<Quantity>& qs);

}  // namespace claimgraph::detail
