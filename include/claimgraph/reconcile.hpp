#pragma once
/// Stage "reconcile": the claims of each comparison key compared, voice by voice and over time;
/// verdicts, flags, a low / best / high consensus per key and each source's reliability. Rules in
/// docs/reconciliation.md.

#include <cstddef>
#include <string>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/discrepancy.hpp"
#include "claimgraph/event.hpp"
#include "claimgraph/keys.hpp"
#include "claimgraph/truth_discovery.hpp"

namespace claimgraph {

/// How two claims relate (the claim↔claim edges of the graph).
enum class Relation { agrees, differs, contradicts, revises };

/// One claim↔claim relation, between claim ids. For `revises`, `from` is the later figure.
struct ClaimRelation {
  std::string from;
  std::string to;
  Relation relation = Relation::agrees;
};

/// A UCDP-style estimate of one key: the lowest and highest credible figures around a best one.
struct Consensus {
  double low = 0;
  double best = 0;
  double high = 0;
  std::size_t sources = 0;  ///< voices whose latest figures were used
  std::string rule;         ///< how it was made, in words
};

/// The verdict on one key.
struct KeyVerdict {
  ComparisonKey key;
  Verdict verdict = Verdict::consistent;
  Severity severity = Severity::info;
  Consensus consensus;
};

/// How reliable a source proved across the corpus (truth discovery weight; higher is better).
struct SourceReliability {
  std::string name;  ///< a voice ("Armenia", an outlet) or an outlet name
  std::string type;  ///< "claimant" (a voice) or "outlet"
  double weight = 0;
  std::size_t keys = 0;  ///< keys it gave a figure for
};

/// Knobs of the reconciler.
struct ReconcileOptions {
  double tolerance = 0.01;  ///< best figures within this relative distance are the same figure
  TruthDiscoveryOptions estimator;
};

/// Everything the reconciler found. Flags are ordered most severe first; keys by id.
struct Reconciliation {
  std::vector<KeyVerdict> keys;
  std::vector<Discrepancy> flags;
  std::vector<ClaimRelation> relations;    ///< ordered by (from, to, relation)
  std::vector<SourceReliability> sources;  ///< ordered by type, then weight (highest first)
};

/// Reconciles the claims of `keys` (built by comparison_keys from `claims` and `events`; the
/// keys end up in Reconciliation::keys, so pass them with std::move when done with them).
/// Deterministic: depends only on the claims' contents, never on their order nor on the number
/// of threads. Consensus over voices and over outlets, and the sort of the relations, use the
/// current oneTBB arena's threads (all cores unless the caller runs it in a smaller
/// tbb::task_arena).
[[nodiscard]] Reconciliation reconcile(const std::vector<Claim>& claims,
                                       const std::vector<Event>& events,
                                       std::vector<ComparisonKey> keys,
                                       const ReconcileOptions& options = {});

/// Stable lower-case names, as used in reports ("contradictory", "high", "revises").
[[nodiscard]] const char* to_string(Verdict v) noexcept;
[[nodiscard]] const char* to_string(Severity s) noexcept;
[[nodiscard]] const char* to_string(Relation r) noexcept;

}  // namespace claimgraph
