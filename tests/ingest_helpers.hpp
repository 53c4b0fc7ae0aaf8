#pragma once
// Small helpers the ingest tests share: a calendar date, and the ids and diagnostic lines of what
// an ingest function read.

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "claimgraph/ingest.hpp"

namespace claimgraph::testing {

/// The calendar date y-m-d.
inline std::chrono::year_month_day ymd(int y, unsigned m, unsigned d) {
  return {std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

/// The id of each article, in order.
inline std::vector<std::string> ids_of(const std::vector<Article>& articles) {
  std::vector<std::string> ids;
  for (const Article& a : articles) ids.push_back(a.id);
  return ids;
}

/// The line each diagnostic points at, in order.
inline std::vector<std::size_t> lines_of(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::size_t> lines;
  for (const Diagnostic& d : diagnostics) lines.push_back(d.error.where.line);
  return lines;
}

}  // namespace claimgraph::testing
