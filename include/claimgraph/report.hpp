#pragma once
/// Report: everything a run found — events, claims, flags — and what it skipped.

#include <cstddef>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/discrepancy.hpp"
#include "claimgraph/event.hpp"
#include "claimgraph/result.hpp"

namespace claimgraph {

/// The output of a run. Every article read is counted as processed or skipped.
struct Report {
  std::size_t articles_processed = 0;
  std::size_t articles_skipped = 0;
  std::vector<Event> events;
  std::vector<Claim> claims;
  std::vector<Discrepancy> flags;
  std::vector<Diagnostic> diagnostics;  ///< what was skipped and why
};

}  // namespace claimgraph
