#pragma once
/// Stage "segment": sentence splitting that survives news copy — abbreviations, initials,
/// decimals, quotes spanning sentences, datelines, headlines and lists (docs/segmentation.md).

#include <string_view>
#include <vector>

#include "claimgraph/span.hpp"

namespace claimgraph {

/// Splits `text` into sentences: byte spans in text order, non-overlapping, each trimmed of
/// surrounding whitespace, never empty; linear time; never allocates per byte. Every byte that
/// is not whitespace lies in exactly one span; an empty or all-whitespace text gives no spans.
[[nodiscard]] std::vector<Span> split_sentences(std::string_view text);

}  // namespace claimgraph
