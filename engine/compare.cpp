// compare_articles: the pipeline from read articles to a Report.
//
// Articles are sorted by (id, source) first and an id seen twice keeps its first article (a
// diagnostic names the other), so claim ids stay unique and the report is the same bytes for
// any input order. Then: the set's regions (sides below the country level) → casualty claims
// per article → claimant normalization → events →
// comparison keys → reconciliation.

#include "claimgraph/compare.hpp"

#include <algorithm>
#include <tuple>

#include "claimgraph/keys.hpp"

namespace claimgraph {

Report compare_articles(IngestResult input, const CompareOptions& options) {
  Report report;
  report.diagnostics = std::move(input.diagnostics);
  std::vector<Article>& articles = input.articles;
  std::sort(articles.begin(), articles.end(), [](const Article& a, const Article& b) {
    return std::tie(a.id, a.source) < std::tie(b.id, b.source);
  });
  for (Article& a : articles) {
    if (!report.articles.empty() && report.articles.back().id == a.id) {
      report.diagnostics.push_back(
          {{ErrorCode::malformed,
            "article id '" + a.id + "' already read from " + report.articles.back().source,
            {a.source, 0, 0}},
           "article"});
      continue;
    }
    report.articles.push_back(std::move(a));
  }

  ClaimOptions claim_options = options.claims;
  claim_options.casualties_only = true;
  claim_options.regions = find_regions(report.articles);
  for (std::size_t i = 0; i < report.articles.size(); ++i) {
    for (Claim& c : extract_claims(report.articles[i], claim_options)) {
      report.claims.push_back(std::move(c));
    }
    if (options.progress) options.progress(i + 1, report.articles.size());
  }
  normalize_claimants(report.claims);
  report.events = resolve_events(report.articles, report.claims, options.events);
  const std::vector<ComparisonKey> keys = comparison_keys(report.claims, report.events);
  Reconciliation r = reconcile(report.claims, report.events, keys, options.reconcile);
  report.keys = std::move(r.keys);
  report.flags = std::move(r.flags);
  report.relations = std::move(r.relations);
  report.sources = std::move(r.sources);
  return report;
}

}  // namespace claimgraph
