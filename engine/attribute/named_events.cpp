// A named earlier event in a sentence: "the Galwan clash", "the Pulse nightclub massacre", "the
// Sandy Hook shooting" (named_events.hpp). Rules: docs/events.md, "Local events".

#include "attribute/named_events.hpp"

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attribute/claim_lexicon.hpp"
#include "attribute/places.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

// "Armenia-Azerbaijan": a hyphenated word made only of sides.
bool sides_joined(std::string_view text, const Token& word, const Places& places) {
  const std::string_view w = word.span.in(text);
  if (w.find('-') == std::string_view::npos) return false;
  std::size_t b = 0;
  while (b <= w.size()) {
    const std::size_t e = std::min(w.find('-', b), w.size());
    Token part = word;
    part.span = Span{word.span.begin + b, word.span.begin + e};
    part.lower = word.lower.substr(b, e - b);
    if (e == b || !places.match(text, std::span<const Token>(&part, 1), 0)) return false;
    b = e + 1;
  }
  return true;
}

}  // namespace

std::string named_event_in(std::string_view text, std::span<const Token> tokens,
                           const Places& places) {
  static constexpr std::string_view kTypes[] = {
      "war",        "clash", "clashes",  "battle", "massacre", "attack",  "bombing",  "shooting",
      "earthquake", "quake", "conflict", "siege",  "uprising", "attacks", "shootings"};
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (tokens[i].lower != "the") continue;
    std::size_t k = i + 1;
    bool named = false;
    bool dated = false;  // "the Saturday shooting", "the January attack": a time, not a name
    while (k < tokens.size() && k < i + 5 && tokens[k].type == TokenType::word &&
           tokens[k].capitalised) {
      dated = dated || is_time_name(tokens[k].lower) || tokens[k].lower == "christmas" ||
              tokens[k].lower == "easter";
      const auto m = places.match(text, tokens, k);
      if (!m && !sides_joined(text, tokens[k], places)) named = true;
      k += m ? m->tokens : 1;
    }
    // "the Pulse nightclub massacre": one lower-case word may stand before the type
    if (k < tokens.size() && k + 1 < tokens.size() && tokens[k].type == TokenType::word &&
        !tokens[k].capitalised && !iequals_any(tokens[k].lower, kTypes)) {
      ++k;
    }
    if (!named || dated || k >= tokens.size() || k == i + 1) continue;
    if (!iequals_any(tokens[k].lower, kTypes)) continue;
    return std::string(
        text.substr(tokens[i + 1].span.begin, tokens[k].span.end - tokens[i + 1].span.begin));
  }
  return {};
}

}  // namespace claimgraph::detail
