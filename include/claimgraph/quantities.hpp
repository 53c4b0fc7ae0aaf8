#pragma once
/// Stage "extract", part 2: turn the numbers of a text into Quantities — qualifier, interval,
/// unit and kind (count, year, date, time, ordinal, money, ...), per docs/quantities.md.

#include <string_view>
#include <vector>

#include "claimgraph/quantity.hpp"

namespace claimgraph {

/// Tunable parts of the qualifier table (docs/quantities.md).
struct QuantityOptions {
  double approx_tolerance =
      0.1;  ///< t for "about N" → [N(1−t), N(1+t)] and "nearly N" → [N(1−t), N)
};

/// All numeric mentions of `text`, in order, non-overlapping. Linear time in text.size().
[[nodiscard]] std::vector<Quantity> extract_quantities(std::string_view text,
                                                       const QuantityOptions& options = {});

}  // namespace claimgraph
