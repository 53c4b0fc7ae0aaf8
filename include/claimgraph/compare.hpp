#pragma once
/// The whole pipeline on an article set: claims → events → keys → reconciliation → Report.

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "claimgraph/claims.hpp"
#include "claimgraph/events.hpp"
#include "claimgraph/ingest.hpp"
#include "claimgraph/reconcile.hpp"
#include "claimgraph/report.hpp"

namespace claimgraph {

/// Options of every stage of a comparison.
struct CompareOptions {
  ClaimOptions claims;
  EventOptions events;
  ReconcileOptions reconcile;
  /// Threads reading articles' claims: 0 for every core. The report is the same bytes for any
  /// number.
  unsigned threads = 0;
  /// Called as articles' claims are read with (articles done, articles in all), from one thread
  /// at a time; empty for none. For progress displays: it does not change the report.
  std::function<void(std::size_t, std::size_t)> progress;
  /// Called as each stage ends with its name ("claims", "events", "keys", "reconcile"); empty
  /// for none. For timings: it does not change the report.
  std::function<void(std::string_view)> stage_done;
};

/// Compares the articles `input` holds and carries its diagnostics into the report. Articles
/// are processed in id order and only casualty claims are kept, so the report is the same for
/// any order of the input. An article id seen twice keeps its first article (by source) and
/// adds a diagnostic.
[[nodiscard]] Report compare_articles(IngestResult input, const CompareOptions& options = {});

}  // namespace claimgraph
