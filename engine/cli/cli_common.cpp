// Formatting shared by the CLI commands.

#include "cli/cli_common.hpp"

#include <iostream>

#include "claimgraph/time_anchor.hpp"

namespace claimgraph::cli {

std::string date_text(const std::optional<std::chrono::year_month_day>& d) {
  return d ? iso_date(*d) : std::string();
}

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    std::cerr << "claimgraph: " << d.error.where.file;
    if (d.error.where.line > 0) std::cerr << ':' << d.error.where.line;
    std::cerr << ": " << d.error.message;
    if (!d.skipped.empty()) std::cerr << " (skipped: " << d.skipped << ')';
    std::cerr << '\n';
  }
}

}  // namespace claimgraph::cli
