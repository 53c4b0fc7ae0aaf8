#pragma once
// Local events matched across articles and merged into components (step 3 of resolve_events;
// docs/events.md, "Resolving events", 3).

#include <cstddef>
#include <vector>

#include "claimgraph/events.hpp"
#include "events/event_building.hpp"

namespace claimgraph::detail {

/// The component of each local event (an index of `locals`, the same for one event): candidates
/// found by shared days and sides or names, merged best first under the cannot-links of
/// event_matching.cpp. `locals` must hold their features (days, windows, sides, context, names,
/// families, datelines); their names are consumed (cleared).
[[nodiscard]] std::vector<std::size_t> resolve_across(std::vector<LocalEvent>& locals,
                                                      const EventOptions& options);

}  // namespace claimgraph::detail
