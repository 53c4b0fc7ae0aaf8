#pragma once
// Headlines of other stories that a page links to, standing in an article's body: their
// figures are not the article's (docs/claims.md, "How a figure is read").

#include <cstddef>
#include <string_view>
#include <vector>

#include "claimgraph/span.hpp"

namespace claimgraph::detail {

/// For each of `sentences` (byte spans of `text`; `lowered` is `text` lower-cased, and
/// `paragraph_of` the paragraph of each sentence), whether it is a headline of another story:
/// a line of its own after the first paragraph, in title case and not in capitals, with four
/// or more words — casualty, population, number and small words aside — of which fewer than a
/// quarter are in `title` or anywhere else in the text. Empty unless the page has two or more
/// such lines (a list of links, not one subhead of the article's own story) and a title.
[[nodiscard]] std::vector<char> linked_headlines(std::string_view text, std::string_view lowered,
                                                 const std::vector<Span>& sentences,
                                                 const std::vector<std::size_t>& paragraph_of,
                                                 std::string_view title);

}  // namespace claimgraph::detail
