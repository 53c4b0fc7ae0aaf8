#pragma once
/// Stage "graph", part 1: comparison keys. Claims that count the same thing — one event, one
/// kind, one side, one population — share a key, and only claims of one key are ever compared.
/// Each claim also gets its voice: who, for comparison, stands behind the figure. Rules in
/// docs/reconciliation.md.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/event.hpp"
#include "claimgraph/name.hpp"

namespace claimgraph {

/// One claim of a key, with its voice.
struct KeyedClaim {
  std::size_t claim = 0;  ///< index into the claims the keys were built from
  Name voice;             ///< "Armenia" (a side's officials), "outlet:Meridian Wire", a name
  Name voice_side;        ///< the side the voice speaks for; "" for an outlet or a bystander
};

/// What a set of claims counts: event × kind × side × population.
struct ComparisonKey {
  std::string id;   ///< "<event>/<kind>/<side>/<population>", stable; an unknown side is "-"
  Name event;       ///< Event::id
  Name kind;        ///< Claim::kind ("killed", "killed_or_missing", ...)
  Name side;        ///< whose people; "both" for a total of all sides; "" when unknown
  Name population;  ///< "soldiers", "civilians", "children", "police", "people"
  std::vector<KeyedClaim> claims;  ///< ordered by (article id, byte offset of the figure)
};

/// A voice as people read it: "Meridian Wire" for the outlet voice "outlet:Meridian Wire", any
/// other voice as it is.
[[nodiscard]] std::string_view voice_name(std::string_view voice) noexcept;

/// The day a claim's figure is known to have been given: the day its sentence says
/// (Claim::stated) when that is not after publication, else the publication day; none when
/// neither is known. Statements are compared, and charted, on this day.
[[nodiscard]] std::optional<std::chrono::year_month_day> statement_day(const Claim& c) noexcept;

/// The keys of `claims` (each already assigned to one of `events`), ordered by id. Claims with
/// no event or a kind that is not a casualty kind get no key. Deterministic.
[[nodiscard]] std::vector<ComparisonKey> comparison_keys(const std::vector<Claim>& claims,
                                                         const std::vector<Event>& events);

}  // namespace claimgraph
