#pragma once
/// Claim: a count mention resolved to what it counts, whose people, and who asserts it.

#include <chrono>
#include <optional>
#include <string>

#include "claimgraph/name.hpp"
#include "claimgraph/quantity.hpp"
#include "claimgraph/span.hpp"
#include "claimgraph/time_anchor.hpp"

namespace claimgraph {

/// One numeric claim made in one article.
struct Claim {
  std::string id;  ///< stable within a run: "<article id>#<byte offset of the figure>"
  Name article;    ///< Article::id
  Name outlet;     ///< Article::outlet ("" when unknown)
  std::optional<std::chrono::year_month_day> published;  ///< Article::published
  Name kind;           ///< what is counted: "killed", "wounded", "missing", ... or a noun
                       ///< ("republics" for "two rival republics"); see docs/claims.md
  Name population;     ///< "soldiers", "civilians", "children", "police", "people"
  Name side;           ///< whose people: "Armenia", "Azerbaijan", "both", "" when unknown
  Name claimant;       ///< normalized speaker ("Armenia defence ministry"); outlet when unquoted
  Name claimant_side;  ///< the side the claimant speaks for ("Armenia"), "" when unknown
  bool outlet_voice = false;     ///< nobody is quoted: the outlet itself states the figure
  Name event;                    ///< Event::id once events are resolved; "" before
  std::optional<DayRange> when;  ///< the days the claim's sentence anchors it to, if it says
  Span when_span;                ///< the time expression ("last week", "in 2020"); empty if none
  TimeGrain when_grain = TimeGrain::day;  ///< how precise `when` is
  Name named_event;  ///< an earlier event the sentence names ("Galwan clash"), if undated
  /// A total over many incidents, not one event's count: "20 people wounded in separate
  /// shootings across the city", "436 people murdered through the end of October". Never keyed.
  bool tally = false;
  /// The article gives the figure as an earlier report, since superseded: "Police had
  /// originally said that seven people were shot", "In initial reports, police announced ...".
  /// Keyed, but compared with no other figure: the reconciler lists it apart (reconciliation.md).
  bool earlier = false;
  /// The day the sentence says the figure was given ("the 50 it reported on Tuesday"); none
  /// when it does not say (the figure is then known to be given by `published`).
  std::optional<std::chrono::year_month_day> stated;
  Quantity quantity;  ///< the figure, its interval and qualifier
  Span sentence;      ///< bytes of the sentence in the article's body (text_at)
  Span claim_span;    ///< bytes of the claim phrase (figure plus what it counts)

  friend bool operator==(const Claim&, const Claim&) = default;
};

}  // namespace claimgraph
