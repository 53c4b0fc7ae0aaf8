#pragma once
// JSON fields of a quantity, shared by the JSON report and the CLI commands that print them.

#include <chrono>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "claimgraph/article.hpp"
#include "claimgraph/claim.hpp"
#include "claimgraph/quantity.hpp"
#include "claimgraph/time_anchor.hpp"

namespace claimgraph::detail {

/// A bound's value, or null when unbounded.
template <typename Json = nlohmann::json>
Json bound_json(const Bound& b) {
  if (b.unbounded()) return nullptr;
  return b.value;
}

/// A number, or null for ±infinity (a figure beyond double range).
template <typename Json = nlohmann::json>
Json finite_json(double v) {
  if (std::isinf(v)) return nullptr;
  return v;
}

/// The fields of a quantity every JSON output carries: text, value, best, lo, hi, lo_open,
/// hi_open, qualifier, start, end, number_start, number_end.
template <typename Json>
void add_quantity_fields(Json& j, const Quantity& q) {
  j["text"] = q.text;
  j["value"] = finite_json<Json>(q.value);
  j["best"] = finite_json<Json>(q.best);
  j["lo"] = bound_json<Json>(q.interval.lo);
  j["hi"] = bound_json<Json>(q.interval.hi);
  j["lo_open"] = q.interval.lo.open;
  j["hi_open"] = q.interval.hi.open;
  j["qualifier"] = to_string(q.qualifier);
  j["start"] = q.span.begin;
  j["end"] = q.span.end;
  j["number_start"] = q.number_span.begin;
  j["number_end"] = q.number_span.end;
}

/// "2022-09-13", or null when unknown.
template <typename Json = nlohmann::json>
Json date_json(const std::optional<std::chrono::year_month_day>& d) {
  const std::string text = d ? iso_date(*d) : std::string();
  if (text.empty()) return nullptr;  // unknown, or a day JSON's "YYYY-MM-DD" cannot write
  return text;
}

/// A claim as every JSON output carries it: who, what, whose, when, the figure and the exact
/// sentence it was read from (`a` is the claim's article). `Json` is nlohmann::json or
/// nlohmann::ordered_json.
template <typename Json = nlohmann::json>
Json claim_json(const Article& a, const Claim& c) {
  const std::string_view text = a.text;
  Json j = {
      {"id", c.id},
      {"article", c.article},
      {"outlet", c.outlet},
      {"published", date_json<Json>(c.published)},
      {"kind", c.kind},
      {"population", c.population},
      {"side", c.side},
      {"claimant", c.claimant},
      {"claimant_side", c.claimant_side},
      {"outlet_voice", c.outlet_voice},
      {"sentence", text.substr(c.sentence.begin, c.sentence.size())},
      {"sentence_start", c.sentence.begin},
      {"sentence_end", c.sentence.end},
      {"claim_start", c.claim_span.begin},
      {"claim_end", c.claim_span.end},
  };
  add_quantity_fields(j, c.quantity);
  j["when_first"] = c.when ? date_json<Json>(c.when->first) : Json(nullptr);
  j["when_last"] = c.when ? date_json<Json>(c.when->last) : Json(nullptr);
  j["when_text"] = text.substr(c.when_span.begin, c.when_span.size());
  j["stated"] = c.stated ? date_json<Json>(c.stated) : Json(nullptr);
  j["tally"] = c.tally;
  return j;
}

}  // namespace claimgraph::detail
