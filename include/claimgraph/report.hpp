#pragma once
/// Report: everything a run found — articles, events, claims, keys, flags, sources — and what
/// it skipped.

#include <cstddef>
#include <vector>

#include "claimgraph/article.hpp"
#include "claimgraph/claim.hpp"
#include "claimgraph/discrepancy.hpp"
#include "claimgraph/event.hpp"
#include "claimgraph/reconcile.hpp"
#include "claimgraph/result.hpp"

namespace claimgraph {

/// The output of a run. Every input is counted: articles read, or diagnostics saying what was
/// skipped and why.
struct Report {
  std::vector<Article> articles;  ///< sorted by id; trimmed to what the claims quote (text_at)
  std::vector<Event> events;
  std::vector<Claim> claims;       ///< casualty claims, sorted by (article, offset)
  std::vector<KeyVerdict> keys;    ///< sorted by key id
  std::vector<Discrepancy> flags;  ///< most severe first
  std::vector<ClaimRelation> relations;
  std::vector<SourceReliability> sources;
  std::vector<Diagnostic> diagnostics;  ///< what was skipped and why
};

}  // namespace claimgraph
