#pragma once
// A named earlier event in a sentence's tokens, read by extract_claims (claim_extractor.cpp).

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attribute/tokens.hpp"

namespace claimgraph::detail {

class Places;

/// "the Galwan clash", "the Pulse nightclub massacre", "the Sandy Hook shooting": a named event
/// in `tokens` (of `text`), as "Galwan clash"; empty if none. A name made only of sides ("the
/// Armenia-Azerbaijan clashes") describes, it does not name, so it is left out, and so is a time
/// ("the Saturday shooting").
[[nodiscard]] std::string named_event_in(std::string_view text, std::span<const Token> tokens,
                                         const Places& places);

}  // namespace claimgraph::detail
