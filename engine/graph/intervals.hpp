#pragma once
// Comparing figures: do two intervals share a value, and are two best values the same figure
// within a relative tolerance. Used by the keys (restatements) and the reconciler (verdicts).

#include <algorithm>
#include <cmath>

#include "claimgraph/quantity.hpp"

namespace claimgraph::detail {

/// True when some value lies in both intervals (open ends honoured: (50, ∞) and [0, 50] do not
/// meet).
[[nodiscard]] inline bool overlaps(const Interval& a, const Interval& b) noexcept {
  const auto below = [](const Bound& hi, const Bound& lo) {  // hi ends before lo starts
    return hi.value < lo.value || (hi.value == lo.value && (hi.open || lo.open));
  };
  return !below(a.hi, b.lo) && !below(b.hi, a.lo);
}

/// True when `a` and `b` are the same figure within `tolerance` (relative to the larger).
[[nodiscard]] inline bool same_figure(double a, double b, double tolerance) noexcept {
  const double scale = std::max(std::fabs(a), std::fabs(b));
  return std::fabs(a - b) <= tolerance * scale;
}

/// The sum of two intervals: [a.lo + b.lo, a.hi + b.hi], an end open when either is.
[[nodiscard]] inline Interval sum(const Interval& a, const Interval& b) noexcept {
  return {{a.lo.value + b.lo.value, a.lo.open || b.lo.open},
          {a.hi.value + b.hi.value, a.hi.open || b.hi.open}};
}

}  // namespace claimgraph::detail
