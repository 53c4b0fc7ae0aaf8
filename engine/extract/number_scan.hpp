#pragma once
// The number scanner behind find_numbers, for the quantity extractor: the same numbers, plus
// the positions of the words that may head a vague amount ("thousands", "dozens", "tens",
// "scores"), noted during the same pass so the extractor need not scan the text again.

#include <cstddef>
#include <string_view>
#include <vector>

#include "claimgraph/numbers.hpp"

namespace claimgraph::detail {

/// find_numbers(text), and in `vague_words` the byte offsets of words that may start a vague
/// amount, in text order.
[[nodiscard]] std::vector<NumberMention> scan_numbers(std::string_view text,
                                                      std::vector<std::size_t>& vague_words);

}  // namespace claimgraph::detail
