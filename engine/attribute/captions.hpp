#pragma once
// Photo captions: a paragraph that ends on a credit in brackets ("(Photo: WFAA)", "(Source:
// KSLA News 12)", "(CNN Affiliate WPLG)"). A caption often keeps the figure of the story's first
// version while the body was updated (docs/claims.md, "Earlier reports").

#include <string_view>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/span.hpp"

namespace claimgraph::detail {

/// Whether the paragraph of `text` holding `sentence` ends on a credit in brackets.
[[nodiscard]] bool in_caption(std::string_view text, Span sentence);

/// Marks `earlier` each casualty claim of a caption below a figure of its outcome in the
/// article's body (not a caption, no tally, no earlier report): "Three shot outside Minyard Food
/// Stores in Dallas (Photo: WFAA)" above "Police ... say shot four people". `claims` are one
/// article's, `text` its text.
void mark_stale_captions(std::string_view text, std::vector<Claim>& claims);

}  // namespace claimgraph::detail
