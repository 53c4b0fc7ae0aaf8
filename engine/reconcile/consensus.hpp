#pragma once
// Consensus per key (low / best / high) and source reliability, from truth discovery over the
// voices' latest figures. Rules in consensus.cpp and docs/reconciliation.md.

#include <vector>

#include "claimgraph/name.hpp"
#include "claimgraph/reconcile.hpp"
#include "reconcile/key_view.hpp"

namespace claimgraph::detail {

/// A source's figure for a key.
struct Candidate {
  Name source;
  Interval interval;
  double best = 0;
  int day = 0;
};

/// What consensus needs of one key, taken from its view so the view can go: the voices'
/// latest figures (the other side's parties left out when anyone else gives one), every
/// outlet's latest figure, and how many voices the key has.
struct KeyCandidates {
  std::vector<Candidate> voices;
  std::vector<Candidate> outlets;
  std::size_t voice_count = 0;
  bool only_earlier = false;  ///< the voices are those of earlier reports only (KeyView::earlier)
};

[[nodiscard]] KeyCandidates candidates_of(const KeyView& view);

/// One Consensus per key, in order; appends the voices' and outlets' reliability to `sources`.
[[nodiscard]] std::vector<Consensus> estimate_consensus(const std::vector<KeyCandidates>& keys,
                                                        const TruthDiscoveryOptions& options,
                                                        std::vector<SourceReliability>& sources);

}  // namespace claimgraph::detail
