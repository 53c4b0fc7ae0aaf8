// Formatting shared by the CLI commands.

#include "cli/cli_common.hpp"

#include <cmath>
#include <cstdio>
#include <iostream>

namespace claimgraph::cli {

std::string number_text(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

std::string interval_text(const Interval& iv) {
  std::string s = iv.lo.open ? "(" : "[";
  s += iv.lo.unbounded() ? "" : number_text(iv.lo.value);
  s += ", ";
  s += iv.hi.unbounded() ? "" : number_text(iv.hi.value);
  s += iv.hi.open ? ")" : "]";
  return s;
}

std::string date_text(const std::optional<std::chrono::year_month_day>& d) {
  if (!d || !d->ok()) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d->year()),
                static_cast<unsigned>(d->month()), static_cast<unsigned>(d->day()));
  return buf;
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
