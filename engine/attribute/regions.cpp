// find_regions: the sub-national regions an article set names as such, so their figures get a
// side ("six dead in Castrel" is Castrel's toll, not Valdoria's).
//
// A region is a run of up to three capitalised words right before a region noun ("Castrel
// province", "the Kherson region", "North Kivu province", "Donetsk oblast") or right after
// "<noun> of" ("the province of Castrel"). Region nouns: province, region, oblast, governorate,
// prefecture, canton, krai — not county, district or state, which name places in nearly every
// local story and would split one shooting's toll by county. Function words and directions
// alone ("In", "the Northern region") are not names. Once named so anywhere in the set, the
// bare name is a side in every article of the set ("Castrel's count of six"). Names the
// built-in lexicon already knows keep its meaning (places.cpp).

#include <algorithm>
#include <set>

#include "attribute/tokens.hpp"
#include "claimgraph/claims.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph {
namespace {

constexpr std::string_view kRegionNouns[] = {"province",   "region", "oblast", "governorate",
                                             "prefecture", "canton", "krai"};
// Capitalised words that start a sentence or a title but never name a region by themselves.
constexpr std::string_view kNotNames[] = {
    "the",    "in",       "of",           "from",        "across",    "a",         "an",
    "and",    "our",      "their",        "its",         "his",       "her",       "this",
    "that",   "northern", "southern",     "eastern",     "western",   "central",   "north",
    "south",  "east",     "west",         "northeast",   "northwest", "southeast", "southwest",
    "upper",  "lower",    "autonomous",   "special",     "capital",   "border",    "whole",
    "entire", "same",     "neighbouring", "neighboring", "each",      "every",     "for",
    "to",     "at",       "on",           "by",          "with",      "inside",    "outside"};

bool name_word(const detail::Token& t) {
  return t.type == detail::TokenType::word && t.capitalised && t.lower != "'s" &&
         !detail::iequals_any(t.lower, kNotNames);
}

bool region_noun(const detail::Token& t) {
  return t.type == detail::TokenType::word && detail::iequals_any(t.lower, kRegionNouns);
}

std::string words(std::string_view text, const std::vector<detail::Token>& tokens, std::size_t b,
                  std::size_t e) {
  return std::string(
      text.substr(tokens[b].span.begin, tokens[e - 1].span.end - tokens[b].span.begin));
}

}  // namespace

std::vector<std::string> find_regions(const std::vector<Article>& articles) {
  std::set<std::string> found;
  for (const Article& a : articles) {
    const std::string_view text = a.text;
    const std::string lowered = detail::lower_ascii(text);
    const std::vector<detail::Token> tokens =
        detail::tokenize(text, lowered, Span{0, text.size()}, {});
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (!region_noun(tokens[i])) continue;
      // "Castrel province", "North Kivu province"
      std::size_t b = i;
      while (b > 0 && i - b < 3 && name_word(tokens[b - 1])) --b;
      if (b < i) found.insert(words(text, tokens, b, i));
      // "the province of Castrel"
      if (i + 2 < tokens.size() && tokens[i + 1].lower == "of") {
        std::size_t e = i + 2;
        while (e < tokens.size() && e - (i + 2) < 3 && name_word(tokens[e])) ++e;
        if (e > i + 2) found.insert(words(text, tokens, i + 2, e));
      }
    }
  }
  return {found.begin(), found.end()};
}

}  // namespace claimgraph
