#pragma once
/// Stage "reconcile", the estimator: numeric truth discovery over many sources' figures for many
/// quantities (CRH-style: source weights from normalised losses, weighted medians). Rules in
/// docs/reconciliation.md.

#include <cstddef>
#include <vector>

namespace claimgraph {

/// One source's figure for one quantity (a comparison key). `value` is a count (>= 0; a
/// negative value is read as 0). Sources and objects are dense 0-based indices.
struct Observation {
  std::size_t source = 0;
  std::size_t object = 0;
  double value = 0;
};

/// Knobs of the estimator.
struct TruthDiscoveryOptions {
  int max_iterations = 50;    ///< stop after this many weight/truth rounds
  double tolerance = 1e-9;    ///< ... or when no truth (in log space) moves more than this
  double prior_strength = 1;  ///< pseudo-observations of average loss added to every source
};

/// The estimate: a truth per object (NaN when no source reports it) and a reliability weight
/// per source (higher is more reliable; 0 for a source with no observations).
struct TruthEstimate {
  std::vector<double> truths;
  std::vector<double> source_weights;
  int iterations = 0;  ///< rounds run (0 when the plain medians were already a fixed point)
};

/// Estimates the true value of `objects` quantities from `observations` by `sources` sources.
/// Deterministic: the result does not depend on the order of `observations`.
[[nodiscard]] TruthEstimate discover_truths(std::vector<Observation> observations,
                                            std::size_t sources, std::size_t objects,
                                            const TruthDiscoveryOptions& options = {});

}  // namespace claimgraph
