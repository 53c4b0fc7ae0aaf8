#pragma once
// The time a figure is anchored to: used by extract_claims (claim_extractor.cpp); rules in
// docs/events.md, "Anchoring claims".

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "claimgraph/quantity.hpp"
#include "claimgraph/span.hpp"
#include "claimgraph/time_anchor.hpp"

namespace claimgraph::detail {

/// The time expressions that start in `sentence` (`times` is sorted by start), as a range: a
/// figure looks only at its own sentence's, so dense dates cost linear time.
/// Inline: it is called for every sentence.
inline std::span<const TimeMention> times_in(const std::vector<TimeMention>& times, Span sentence) {
  const auto first =
      std::lower_bound(times.begin(), times.end(), sentence.begin,
                       [](const TimeMention& t, std::size_t pos) { return t.span.begin < pos; });
  auto last = first;
  while (last != times.end() && last->span.begin < sentence.end) ++last;
  return {first, last};
}

/// The time expressions the claims of `text` read, whose sentences end by `words_end`: those of
/// find_time_mentions, time words looked for only before `words_end` (a time past it dates no
/// claim). Each one that ends by `words_end` is the same as the whole scan's, and in the same
/// order, but for two that start at the same byte, whose order std::sort leaves to the rest of
/// the vector: then the whole text is scanned.
std::vector<TimeMention> claim_times(std::string_view text,
                                     std::optional<std::chrono::year_month_day> published,
                                     const std::vector<Quantity>& quantities,
                                     std::size_t words_end);

/// The time expression of the figure at byte `at` of `sentence`: the nearest one before it in
/// its sentence, else the nearest after it ("Six weeks of fighting in the autumn of 2020 left
/// more than 6,500 people dead"), leaving out the time of a statement ("Simonyan said this
/// week"), a dateline's date and the time a superlative is measured from ("deadliest year since
/// the late 1990s"); with `statement`, only the time of a statement ("the 50 it reported on the
/// first day"). None if the sentence has none.
const TimeMention* time_of(std::string_view text, const std::vector<TimeMention>& times,
                           Span sentence, std::size_t at, bool statement = false);

/// Whether time `t` (of `lowered`, the text in lower case) is a "since" over more than a year:
/// "Since 1913, the city has lost 33 officers" — a running total over years of incidents.
[[nodiscard]] bool years_since(std::string_view lowered, const TimeMention& t);

}  // namespace claimgraph::detail
