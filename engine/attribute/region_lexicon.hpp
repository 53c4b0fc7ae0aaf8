#pragma once
// The side lexicon extract_claims reads: the shared one, or one with an article set's regions
// compiled in (find_regions, set_regions in claimgraph/claims.hpp).

#include <optional>

#include "attribute/places.hpp"
#include "claimgraph/claims.hpp"

namespace claimgraph::detail {

/// The lexicon for `options`: its compiled regions (set_regions), else its regions compiled
/// into `storage` for this call, else the shared lexicon.
[[nodiscard]] const Places& places_for(const ClaimOptions& options, std::optional<Places>& storage);

}  // namespace claimgraph::detail
