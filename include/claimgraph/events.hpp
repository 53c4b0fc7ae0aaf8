#pragma once
/// Stage "events", part 2: every claim assigned to an event, and the same event resolved across
/// the articles of a set. Rules and thresholds in docs/events.md.

#include <vector>

#include "claimgraph/article.hpp"
#include "claimgraph/claim.hpp"
#include "claimgraph/event.hpp"

namespace claimgraph {

/// Thresholds of event resolution.
struct EventOptions {
  int current_days = 7;  ///< a figure anchored within this many days before publication is news
  int gap_days = 2;      ///< two events whose day ranges are at most this far apart may merge
  /// The publication days of the reports of a current event span at most this many days, so
  /// that reports of different incidents (shootings in one city a week apart) do not chain into
  /// one event over months. Reports of one named event are exempt.
  int max_span_days = 30;
};

/// Assigns each claim (Claim::event) to an event and returns the events, ordered by first day
/// then label. `claims` may come from many articles; `articles` are those articles (for their
/// dates). Deterministic: the result does not depend on input order, nor on the number of
/// threads (the claims' sentences are read on the current oneTBB arena's threads).
[[nodiscard]] std::vector<Event> resolve_events(const std::vector<Article>& articles,
                                                std::vector<Claim>& claims,
                                                const EventOptions& options = {});

}  // namespace claimgraph
