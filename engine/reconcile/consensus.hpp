#pragma once
// Consensus per key (low / best / high) and source reliability, from truth discovery over the
// voices' latest figures. Rules in consensus.cpp and docs/reconciliation.md.

#include <vector>

#include "claimgraph/reconcile.hpp"
#include "reconcile/key_view.hpp"

namespace claimgraph::detail {

/// One Consensus per view, in order; appends the voices' and outlets' reliability to `sources`.
[[nodiscard]] std::vector<Consensus> estimate_consensus(const std::vector<KeyView>& views,
                                                        const TruthDiscoveryOptions& options,
                                                        std::vector<SourceReliability>& sources);

}  // namespace claimgraph::detail
