// Photo captions (captions.hpp). The credits looked for are those news pages print under a
// picture; a paragraph that merely closes a bracket ("(pictured)", "(AP)") is no caption.

#include "attribute/captions.hpp"

#include <algorithm>

#include "attribute/claim_lexicon.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {

bool in_caption(std::string_view text, Span sentence) {
  std::size_t end = text.find("\n\n", sentence.begin);
  if (end == std::string_view::npos) end = text.size();
  while (end > sentence.begin && (text[end - 1] == ' ' || text[end - 1] == '\n' ||
                                  text[end - 1] == '\r' || text[end - 1] == '\t')) {
    --end;
  }
  if (end <= sentence.begin || text[end - 1] != ')') return false;
  const std::size_t open = text.rfind('(', end - 1);
  if (open == std::string_view::npos || open < sentence.begin || end - open > 60) return false;
  const std::string_view credit = text.substr(open + 1, end - open - 2);
  static constexpr std::string_view kCredits[] = {"photo",    "source", "cnn affiliate", "credit",
                                                  "courtesy", "image",  "file photo",    "getty"};
  return std::any_of(std::begin(kCredits), std::end(kCredits), [&](std::string_view c) {
    return credit.size() >= c.size() && iequals(credit.substr(0, c.size()), c);
  });
}

void mark_stale_captions(std::string_view text, std::vector<Claim>& claims) {
  const auto casualty = [](const Claim& c) {
    return c.kind == "killed" || c.kind == "wounded" || c.kind == "shot";
  };
  std::vector<char> caption(claims.size(), 0);
  bool any = false;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (casualty(claims[i]) && in_caption(text, claims[i].sentence)) caption[i] = any = true;
  }
  if (!any) return;  // most articles
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (!caption[i]) continue;
    for (std::size_t j = 0; j < claims.size(); ++j) {
      const Claim& body = claims[j];
      if (caption[j] || !casualty(body) || body.tally || body.earlier) continue;
      if (same_outcome(body.kind.str(), claims[i].kind.str()) &&
          body.quantity.best > claims[i].quantity.best) {
        claims[i].earlier = true;
        break;
      }
    }
  }
}

}  // namespace claimgraph::detail
