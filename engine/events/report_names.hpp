#pragma once
// What a report names that tells incidents apart, or does not: the place it was filed from (its
// dateline) and the capitalised words too common in news to be names.

#include <string>
#include <string_view>

namespace claimgraph::detail {

/// The dateline of an article body: the place in capitals at the start of the body, or of one of
/// its next two lines when the lines before are short — page furniture ("Please enable
/// Javascript to watch this video"), a byline ("By Dana Griffin"), a time stamp, a headline —
/// ("ROCHESTER, N.Y. (WKBW) -" → "rochester", "SAN ANTONIO —" → "san antonio"), lower-cased;
/// "" when there is none. Furniture in capitals ("FILE —", "BY JOHN SMITH, AP") is none.
[[nodiscard]] std::string dateline_of(std::string_view text);

/// A capitalised word too common in news to tell events apart: weekdays and months (also
/// abbreviated), "Police", "County", points of the compass and "Side", headline number words,
/// holidays, "Ward", "District", US states'
/// abbreviations ("Calif.", "Tenn.") ...
/// (`lower`: the word lower-cased).
[[nodiscard]] bool common_name(std::string_view lower);

}  // namespace claimgraph::detail
