#pragma once
/// Stage "events", part 1: time expressions in an article, resolved against its publication
/// date to calendar day ranges ("on Tuesday", "last week", "in August", "in 2020", "two years
/// ago", "the early 1990s"). Rules in docs/events.md.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/quantity.hpp"
#include "claimgraph/span.hpp"

namespace claimgraph {

/// An inclusive range of calendar days.
struct DayRange {
  std::chrono::year_month_day first{};
  std::chrono::year_month_day last{};
  friend bool operator==(const DayRange&, const DayRange&) = default;
};

/// How precise a time mention is.
enum class TimeGrain { day, week, month, year, decade, era };

/// One time expression and the days it means.
struct TimeMention {
  Span span;      ///< bytes of the expression in the text
  DayRange days;  ///< the days it covers
  TimeGrain grain = TimeGrain::day;
  bool relative = false;  ///< resolved against the publication date ("Tuesday", "last week")
};

/// "2022-09-13"; "" for a day that is not valid or lies outside years 1–9999.
[[nodiscard]] std::string iso_date(const std::chrono::year_month_day& d);

/// The time expressions of `text`, in order. Relative ones ("on Tuesday", "last week",
/// "yesterday", "two years ago", "in August" without a year) need `published`; without it they
/// are left out. Linear in the text length.
[[nodiscard]] std::vector<TimeMention> find_time_mentions(
    std::string_view text, std::optional<std::chrono::year_month_day> published);
/// The same, from `quantities`: what extract_quantities(text) with the default options found,
/// so a caller that has them (the claim extractor) does not scan the text for numbers twice.
/// The expressions without a figure ("on Tuesday", "last week") are looked for only in the
/// words that start before `words_end` (a caller that reads no time past it); those that do are
/// read whole, with the text around them, as without the limit.
[[nodiscard]] std::vector<TimeMention> find_time_mentions(
    std::string_view text, std::optional<std::chrono::year_month_day> published,
    const std::vector<Quantity>& quantities, std::size_t words_end = std::string_view::npos);

}  // namespace claimgraph
