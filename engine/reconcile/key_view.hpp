#pragma once
// The reconciler's view of one comparison key: its claims as statements by voices over time.
//
// A statement's day is statement_day (keys.hpp): the day its sentence says the figure was given
// ("reported on Tuesday"), else its article's publication day (a figure is known to be asserted by
// then); an undated lower figure beside an article's top figure is a recall and no later than that
// top figure; keys of background events are timeless (every statement on day 0), as are statements
// whose article has no date (day of the event's first day, else 0). A voice's figure on a day is
// its largest figure that day — tolls are cumulative, and a later article that recalls "up from 50"
// still carries the new figure beside it.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/event.hpp"
#include "claimgraph/keys.hpp"
#include "claimgraph/reconcile.hpp"

namespace claimgraph::detail {

/// One claim in a key, with its voice and day.
struct Statement {
  const Claim* claim = nullptr;
  int day = 0;  ///< days since 1970-01-01
};

/// A voice's figure on one day: the largest of that day and the claims that state it.
struct Figure {
  Interval interval;
  double best = 0;
  int day = 0;
  std::vector<const Claim*> claims;  ///< in claim order; the first is the one quoted
};

/// One voice's statements in a key, sorted by (day, best, claim order).
struct VoiceTimeline {
  std::string voice;
  std::string side;
  std::vector<Statement> statements;
  std::vector<int> days;  ///< distinct days, ascending

  /// The figure on `day` (which must be one of `days`).
  [[nodiscard]] Figure on(int day) const;
  /// The figure on the latest of `days` not after `day`; none if the voice had not spoken.
  [[nodiscard]] std::optional<Figure> as_of(int day) const;
  /// The figure on its last day.
  [[nodiscard]] Figure latest() const { return on(days.back()); }
};

/// One key as the reconciler sees it.
struct KeyView {
  const ComparisonKey* key = nullptr;
  const Event* event = nullptr;
  bool timeless = false;              ///< background event: no timeline, no revisions
  std::vector<VoiceTimeline> voices;  ///< sorted by voice name
  /// The same voices with only their article totals: statements that are the largest figure
  /// their article gives for the key (parties' figures for another side's losses pooled apart).
  /// A lower figure beside it is a part or a recall ("two other victims were in good
  /// condition" beside "left nine injured"), not a rival total. Voices left with none are
  /// dropped.
  std::vector<VoiceTimeline> totals;
  /// Claims the article gives as earlier reports, since superseded (Claim::earlier), by voice:
  /// in none of the timelines above, compared with no other figure (earlier_report_flags).
  std::vector<std::pair<std::string, Statement>> earlier;
};

/// Builds the view of `key`; `event` is its event.
[[nodiscard]] KeyView view_key(const std::vector<Claim>& claims, const ComparisonKey& key,
                               const Event& event);

/// "13 Sep 2022"; "" for day 0 in a timeless key.
[[nodiscard]] std::string day_text(int day);
/// A claim's figure as a flag's explanation quotes it mid-sentence: its text, a capital that
/// only began the sentence lowered ("At least 635" → "at least 635", "Fifty" → "fifty").
[[nodiscard]] std::string figure_text(const Claim& c);
/// "says", or "say" for a voice that is a plural group ("hospital officials", "police").
[[nodiscard]] std::string_view says(std::string_view voice);
/// Days since 1970-01-01, the unit of Statement::day.
[[nodiscard]] int day_number(const std::chrono::year_month_day& d);
/// True when `voice_side` speaks for a party other than `side` (the key's side).
[[nodiscard]] bool other_party(std::string_view voice_side, std::string_view side);
/// The ids of `claims`.
[[nodiscard]] std::vector<std::string> ids(const std::vector<const Claim*>& claims);

}  // namespace claimgraph::detail
