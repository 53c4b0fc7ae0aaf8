// compare_articles: the pipeline from read articles to a Report.
//
// Articles are sorted by (id, source) first and an id seen twice keeps its first article (a
// diagnostic names the other), so claim ids stay unique and the report is the same bytes for
// any input order. Then: the set's regions (sides below the country level) → casualty claims
// per article (on every core) → events → claimant normalization within each event →
// comparison keys → reconciliation.

#include "claimgraph/compare.hpp"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <functional>
#include <mutex>
#include <numeric>
#include <tuple>

#include "claimgraph/keys.hpp"
#include "compare_detail.hpp"

namespace claimgraph {

namespace detail {

ClaimOptions comparison_claim_options(const CompareOptions& options,
                                      std::vector<std::string> regions) {
  ClaimOptions claim_options = options.claims;
  claim_options.casualties_only = true;
  set_regions(claim_options, std::move(regions));
  return claim_options;
}

namespace {

// The spans of an article's body its claims quote or point into.
std::vector<Span> quoted_spans(const std::vector<Claim>& claims) {
  std::vector<Span> spans;
  spans.reserve(claims.size() * 5);
  for (const Claim& c : claims) {
    spans.insert(spans.end(),
                 {c.sentence, c.claim_span, c.when_span, c.quantity.span, c.quantity.number_span});
  }
  return spans;
}

}  // namespace

void claims_in_order(std::vector<Article>& articles, const ClaimOptions& claim_options,
                     const CompareOptions& options,
                     const std::function<void(std::vector<Claim>&)>& take) {
  // A block of articles at a time, on every core; each block's claims handed over in article
  // order, so the thread count never shows and only one block's claims wait at a time.
  constexpr std::size_t kBlock = 8192;
  const std::size_t n = articles.size();
  std::atomic<std::size_t> done{0};
  std::mutex progress_mutex;
  std::size_t reported = 0;  // the largest count passed to `progress`: it never goes back
  std::vector<std::vector<Claim>> block;
  tbb::task_arena arena(arena_threads(options));  // one for every block
  for (std::size_t first = 0; first < n; first += kBlock) {
    const std::size_t last = std::min(n, first + kBlock);
    block.assign(last - first, {});
    const auto extract_range = [&](const tbb::blocked_range<std::size_t>& range) {
      for (std::size_t i = range.begin(); i != range.end(); ++i) {
        block[i - first] = extract_claims(articles[i], claim_options);
        trim_text(articles[i], quoted_spans(block[i - first]));
        const std::size_t now = done.fetch_add(1) + 1;
        if (options.progress) {
          const std::lock_guard<std::mutex> lock(progress_mutex);
          if (now > reported) {
            reported = now;
            options.progress(now, n);
          }
        }
      }
    };
    arena.execute(
        [&] { tbb::parallel_for(tbb::blocked_range<std::size_t>(first, last, 8), extract_range); });
    for (std::vector<Claim>& claims : block) take(claims);
  }
}

std::vector<std::vector<Claim>> claims_of_articles(std::vector<Article>& articles,
                                                   const ClaimOptions& claim_options,
                                                   const CompareOptions& options) {
  std::vector<std::vector<Claim>> per_article;
  per_article.reserve(articles.size());
  claims_in_order(articles, claim_options, options,
                  [&](std::vector<Claim>& claims) { per_article.push_back(std::move(claims)); });
  return per_article;
}

void sort_articles(std::vector<Article>& articles, std::vector<std::vector<Claim>>& claims) {
  std::vector<std::size_t> order(articles.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(articles[a].id, articles[a].source) <
           std::tie(articles[b].id, articles[b].source);
  });
  std::vector<Article> sorted_articles;
  std::vector<std::vector<Claim>> sorted_claims;
  sorted_articles.reserve(order.size());
  sorted_claims.reserve(order.size());
  for (const std::size_t i : order) {
    sorted_articles.push_back(std::move(articles[i]));
    sorted_claims.push_back(std::move(claims[i]));
  }
  articles = std::move(sorted_articles);
  claims = std::move(sorted_claims);
}

void join_claims(Report& report, std::vector<std::vector<Claim>> parts) {
  std::size_t total = report.claims.size();
  for (const std::vector<Claim>& claims : parts) total += claims.size();
  report.claims.reserve(total);
  for (std::vector<Claim>& claims : parts) {
    for (Claim& c : claims) report.claims.push_back(std::move(c));
    std::vector<Claim>().swap(claims);  // `= {}` would clear, keeping the buffer
  }
}

void finish_report(Report& report, const CompareOptions& options) {
  const auto stage_done = [&](std::string_view stage) {
    if (options.stage_done) options.stage_done(stage);
  };
#ifdef __GLIBC__
  // The articles' texts, trimmed away, and the extractors' scratch lie freed all over the heap
  // of every thread; hand the whole free pages back before the stages that need every claim.
  malloc_trim(0);
#endif
  stage_done("claims");
  report.events = on_threads(
      options, [&] { return resolve_events(report.articles, report.claims, options.events); });
  // Claimants borrow names and sides only from claims of their own event.
  normalize_claimants(report.claims);
  stage_done("events");
  std::vector<ComparisonKey> keys = comparison_keys(report.claims, report.events);
  stage_done("keys");
  Reconciliation r = on_threads(options, [&] {
    return reconcile(report.claims, report.events, std::move(keys), options.reconcile);
  });
  report.keys = std::move(r.keys);
  report.flags = std::move(r.flags);
  report.relations = std::move(r.relations);
  report.sources = std::move(r.sources);
  stage_done("reconcile");
}

}  // namespace detail

Report compare_articles(IngestResult input, const CompareOptions& options) {
  Report report;
  report.diagnostics = std::move(input.diagnostics);
  std::vector<Article>& articles = input.articles;
  std::sort(articles.begin(), articles.end(), [](const Article& a, const Article& b) {
    return std::tie(a.id, a.source) < std::tie(b.id, b.source);
  });
  report.articles.reserve(articles.size());
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
  std::vector<Article>().swap(articles);  // the moved-from shells

  const ClaimOptions claim_options = detail::comparison_claim_options(
      options, detail::on_threads(options, [&] { return find_regions(report.articles); }));
  // Claims gather in chunks of a fixed size and are joined once their number is known: a
  // growing vector would hold its old and new buffers at once, doubling, at the peak. A chunk
  // is 64 MiB, above glibc's largest mmap threshold (32 MiB), so each is its own mapping and
  // goes back to the system as soon as it is joined; smaller ones stay in the heap, and the
  // join would hold every claim twice.
  constexpr std::size_t kChunk = (std::size_t{64} << 20) / sizeof(Claim);
  std::vector<std::vector<Claim>> chunks;
  detail::claims_in_order(report.articles, claim_options, options, [&](std::vector<Claim>& claims) {
    for (Claim& c : claims) {
      if (chunks.empty() || chunks.back().size() == kChunk) chunks.emplace_back().reserve(kChunk);
      chunks.back().push_back(std::move(c));
    }
  });
  detail::join_claims(report, std::move(chunks));
  detail::finish_report(report, options);
  return report;
}

}  // namespace claimgraph
