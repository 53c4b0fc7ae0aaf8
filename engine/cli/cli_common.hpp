#pragma once
// Helpers shared by the CLI commands: number and interval formatting, dates, diagnostics.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "claimgraph/quantity.hpp"
#include "claimgraph/result.hpp"

namespace claimgraph::cli {

/// "2022-09-13", or "" when unknown.
[[nodiscard]] std::string date_text(const std::optional<std::chrono::year_month_day>& d);

/// Prints diagnostics to standard error as "claimgraph: file:line: message (skipped: ...)".
void print_diagnostics(const std::vector<Diagnostic>& diagnostics);

}  // namespace claimgraph::cli
