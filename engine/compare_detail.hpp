#pragma once
// The pieces of compare_articles, shared with the MPI comparison (distributed/mpi_compare.cpp):
// both run the same code on the same data, so their reports are the same bytes.

#include <oneapi/tbb/task_arena.h>

#include <functional>
#include <utility>
#include <vector>

#include "claimgraph/compare.hpp"

namespace claimgraph::detail {

/// The concurrency of a tbb::task_arena for options.threads (every core when 0).
[[nodiscard]] inline int arena_threads(const CompareOptions& options) {
  return options.threads == 0 ? tbb::task_arena::automatic : static_cast<int>(options.threads);
}

/// Runs `f` in an arena of options.threads threads: the oneTBB algorithms `f` calls use no
/// more.
template <typename F>
decltype(auto) on_threads(const CompareOptions& options, F&& f) {
  tbb::task_arena arena(arena_threads(options));
  return arena.execute(std::forward<F>(f));
}

/// The claim options of a comparison, with the set's regions.
[[nodiscard]] ClaimOptions comparison_claim_options(const CompareOptions& options,
                                                    std::vector<std::string> regions);

/// The casualty claims of each article, found on every core (options.threads) a block of
/// articles at a time and handed to `take` in article order (one call per article; `take` may
/// move them away). Only one block's claims are held here at a time. Each article is then
/// trimmed to what its claims quote (trim_text): its lead and the sentences of its claims.
void claims_in_order(std::vector<Article>& articles, const ClaimOptions& claim_options,
                     const CompareOptions& options,
                     const std::function<void(std::vector<Claim>&)>& take);

/// The casualty claims of each article, on every core (options.threads), in article order.
[[nodiscard]] std::vector<std::vector<Claim>> claims_of_articles(std::vector<Article>& articles,
                                                                 const ClaimOptions& claim_options,
                                                                 const CompareOptions& options);

/// Sorts `articles` by (id, source), carrying `claims` (one vector per article) along.
void sort_articles(std::vector<Article>& articles, std::vector<std::vector<Claim>>& claims);

/// Appends the claims of `parts` (in order: one part per article, or chunks of many) to
/// report.claims, letting go of each part once moved.
void join_claims(Report& report, std::vector<std::vector<Claim>> parts);

/// Completes a report that holds its articles (sorted by id, ids unique), their claims in
/// article order and the input's diagnostics: events, claimant normalization within each event,
/// comparison keys, reconciliation.
void finish_report(Report& report, const CompareOptions& options);

}  // namespace claimgraph::detail
