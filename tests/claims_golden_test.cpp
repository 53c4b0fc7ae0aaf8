// Golden test: the claims of every fixture article set, as a sorted, stable TSV dump compared
// with fixtures/<set>/expected/claims.tsv, so a diff shows exactly what changed. To accept a
// deliberate change, run the test with CLAIMGRAPH_UPDATE_GOLDEN=1 and review the diff in git.

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimgraph/claims.hpp"
#include "claimgraph/events.hpp"
#include "claimgraph/ingest.hpp"
#include "test_files.hpp"

namespace {

std::string number(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

std::string day(const std::chrono::year_month_day& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

std::string one_line(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  std::replace(s.begin(), s.end(), '\t', ' ');
  return s;
}

std::string dump(const std::string& dir) {
  const claimgraph::IngestResult in = claimgraph::read_articles({dir});
  std::vector<claimgraph::Claim> claims;
  claimgraph::ClaimOptions options;  // as the CLI reads a set: its regions are sides
  claimgraph::set_regions(options, claimgraph::find_regions(in.articles));
  for (const auto& a : in.articles) {
    for (auto& c : claimgraph::extract_claims(a, options)) claims.push_back(std::move(c));
  }
  // As compare does: claimants are normalized within each event.
  (void)claimgraph::resolve_events(in.articles, claims);
  claimgraph::normalize_claimants(claims);
  std::vector<std::string> lines;
  for (const auto& c : claims) {
    const auto& q = c.quantity;
    std::ostringstream line;
    char offset[16];
    std::snprintf(offset, sizeof offset, "%07zu", q.number_span.begin);  // sorts in text order
    line << c.article << '\t' << offset << '\t' << one_line(q.text) << '\t' << c.kind << '\t'
         << c.population << '\t' << c.side << '\t'
         << (c.outlet_voice ? std::string("(outlet)") : c.claimant.str()) << '\t' << c.claimant_side
         << '\t' << (q.interval.lo.open ? "(" : "[") << number(q.interval.lo.value) << ','
         << number(q.interval.hi.value) << (q.interval.hi.open ? ")" : "]") << '\t'
         << (c.when ? day(c.when->first) + ".." + day(c.when->last) : std::string());
    lines.push_back(line.str());
  }
  std::sort(lines.begin(), lines.end());
  std::string out =
      "# article\toffset\tfigure\tkind\tpopulation\tside\tclaimant\tclaimant_side\tinterval\t"
      "when\n";
  for (const auto& l : lines) out += l + "\n";
  return out;
}

void check_golden(const std::string& set) {
  const std::string dir = std::string(CLAIMGRAPH_SOURCE_DIR) + "/fixtures/" + set;
  claimgraph::testing::check_golden_text(std::filesystem::path(dir) / "expected" / "claims.tsv",
                                         dump(dir));
}

}  // namespace

TEST_SUITE("claims_golden") {
  TEST_CASE("armenia-azerbaijan-2022: the claims match the golden dump") {
    check_golden("armenia-azerbaijan-2022");
  }
  TEST_CASE("valdoria-earthquake-2024: the claims match the golden dump") {
    check_golden("valdoria-earthquake-2024");
  }
}
