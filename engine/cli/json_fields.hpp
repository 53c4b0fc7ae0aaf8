#pragma once
// JSON fields shared by the commands that print quantities (numbers, extract).

#include <cmath>
#include <nlohmann/json.hpp>

#include "claimgraph/quantity.hpp"

namespace claimgraph::cli {

/// A bound's value, or null when unbounded.
inline nlohmann::json bound_json(const Bound& b) {
  if (b.unbounded()) return nullptr;
  return b.value;
}

/// A number, or null for ±infinity (a figure beyond double range).
inline nlohmann::json finite_json(double v) {
  if (std::isinf(v)) return nullptr;
  return v;
}

/// The fields of a quantity every JSON output carries: text, value, best, lo, hi, lo_open,
/// hi_open, qualifier, start, end, number_start, number_end.
inline void add_quantity_fields(nlohmann::json& j, const Quantity& q) {
  j["text"] = q.text;
  j["value"] = finite_json(q.value);
  j["best"] = finite_json(q.best);
  j["lo"] = bound_json(q.interval.lo);
  j["hi"] = bound_json(q.interval.hi);
  j["lo_open"] = q.interval.lo.open;
  j["hi_open"] = q.interval.hi.open;
  j["qualifier"] = to_string(q.qualifier);
  j["start"] = q.span.begin;
  j["end"] = q.span.end;
  j["number_start"] = q.number_span.begin;
  j["number_end"] = q.number_span.end;
}

}  // namespace claimgraph::cli
