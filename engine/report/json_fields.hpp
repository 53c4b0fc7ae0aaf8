#pragma once
// JSON fields of a quantity and a claim, shared by the JSON report and the CLI commands that
// print them.

#include <chrono>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "claimgraph/article.hpp"
#include "claimgraph/claim.hpp"
#include "claimgraph/quantity.hpp"
#include "claimgraph/time_anchor.hpp"

namespace claimgraph::detail {

/// A bound's value, or none when unbounded.
inline std::optional<double> bound_value(const Bound& b) {
  if (b.unbounded()) return std::nullopt;
  return b.value;
}

/// "2022-09-13", or none when unknown or a day JSON's "YYYY-MM-DD" cannot write.
inline std::optional<std::string> date_value(const std::optional<std::chrono::year_month_day>& d) {
  std::string text = d ? iso_date(*d) : std::string();
  if (text.empty()) return std::nullopt;
  return text;
}

/// The fields of a quantity every JSON output carries: text, value, best, lo, hi, lo_open,
/// hi_open, qualifier, start, end, number_start, number_end. `Out` has
/// `member(name, value)`: PrettyJson, or JsonMembers below. ±infinity is written as null.
template <typename Out>
void quantity_fields(Out& out, const Quantity& q) {
  out.member("text", q.text);
  out.member("value", q.value);
  out.member("best", q.best);
  out.member("lo", bound_value(q.interval.lo));
  out.member("hi", bound_value(q.interval.hi));
  out.member("lo_open", q.interval.lo.open);
  out.member("hi_open", q.interval.hi.open);
  out.member("qualifier", to_string(q.qualifier));
  out.member("start", q.span.begin);
  out.member("end", q.span.end);
  out.member("number_start", q.number_span.begin);
  out.member("number_end", q.number_span.end);
}

/// A claim as every JSON output carries it: who, what, whose, when, the figure and the exact
/// sentence it was read from (`a` is the claim's article).
template <typename Out>
void claim_fields(Out& out, const Article& a, const Claim& c) {
  out.member("id", c.id);
  out.member("article", c.article);
  out.member("outlet", c.outlet);
  out.member("published", date_value(c.published));
  out.member("kind", c.kind);
  out.member("population", c.population);
  out.member("side", c.side);
  out.member("claimant", c.claimant);
  out.member("claimant_side", c.claimant_side);
  out.member("outlet_voice", c.outlet_voice);
  out.member("sentence", text_at(a, c.sentence));
  out.member("sentence_start", c.sentence.begin);
  out.member("sentence_end", c.sentence.end);
  out.member("claim_start", c.claim_span.begin);
  out.member("claim_end", c.claim_span.end);
  quantity_fields(out, c.quantity);
  out.member("when_first", c.when ? date_value(c.when->first) : std::nullopt);
  out.member("when_last", c.when ? date_value(c.when->last) : std::nullopt);
  out.member("when_text", text_at(a, c.when_span));
  out.member("stated", date_value(c.stated));
  out.member("tally", c.tally);
  out.member("earlier", c.earlier);
}

/// `member(name, value)` into a nlohmann object (nlohmann::json or nlohmann::ordered_json).
template <typename Json>
struct JsonMembers {
  Json& json;

  template <typename T>
  void member(std::string_view name, const T& v) {
    json[std::string(name)] = v;
  }
  template <typename T>
  void member(std::string_view name, const std::optional<T>& v) {
    if (v) {
      member(name, *v);
    } else {
      json[std::string(name)] = nullptr;
    }
  }
  void member(std::string_view name, double v) {
    if (std::isinf(v)) {
      json[std::string(name)] = nullptr;
    } else {
      json[std::string(name)] = v;
    }
  }
};

/// claim_fields as a nlohmann object.
template <typename Json = nlohmann::json>
Json claim_json(const Article& a, const Claim& c) {
  Json j = Json::object();
  JsonMembers<Json> out{j};
  claim_fields(out, a, c);
  return j;
}

}  // namespace claimgraph::detail
