#pragma once
// Helpers shared by the CLI commands: number and interval formatting, dates, diagnostics.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "claimgraph/quantity.hpp"
#include "claimgraph/result.hpp"

namespace claimgraph::cli {

/// A number as the reports print it: up to 15 significant digits, "inf" for infinity.
[[nodiscard]] std::string number_text(double v);

/// "[105, )", "(6500, )", "[1800, 2200]".
[[nodiscard]] std::string interval_text(const Interval& iv);

/// "2022-09-13", or "" when unknown.
[[nodiscard]] std::string date_text(const std::optional<std::chrono::year_month_day>& d);

/// Prints diagnostics to standard error as "claimgraph: file:line: message (skipped: ...)".
void print_diagnostics(const std::vector<Diagnostic>& diagnostics);

}  // namespace claimgraph::cli
