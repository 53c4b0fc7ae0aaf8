// find_regions: the sub-national regions an article set names as such, so their figures get a
// side ("six dead in Castrel" is Castrel's toll, not Valdoria's).
//
// A region is a run of up to three capitalised words right before a region noun ("Castrel
// province", "North Kivu province", "Donetsk oblast") or right after "<noun> of" ("the province
// of Castrel"). Region nouns: province, oblast, governorate, prefecture, canton, krai — not
// county, district or state, which name places in nearly every local story and would split one
// shooting's toll by county, nor region: "the Cincinnati region" in one local story made every
// Cincinnati police figure of a 1,222-article corpus a side of its own. Function words and
// directions alone ("In", "the Northern province") are not names. Once named so anywhere in the
// set, the bare name is a side in every article of the set ("Castrel's count of six"). Names the
// built-in lexicon already knows keep its meaning (places.cpp).

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_reduce.h>

#include <algorithm>
#include <set>
#include <span>
#include <vector>

#include "attribute/tokens.hpp"
#include "claimgraph/claims.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph {
namespace {

constexpr std::string_view kRegionNouns[] = {"province",   "oblast", "governorate",
                                             "prefecture", "canton", "krai"};
// Capitalised words that start a sentence or a title but never belong to a region's name.
constexpr std::string_view kFunctionWords[] = {
    "the",   "in",     "of",           "from",        "across", "a",    "an",    "and",
    "our",   "their",  "its",          "his",         "her",    "this", "that",  "for",
    "to",    "at",     "on",           "by",          "with",   "each", "every", "same",
    "whole", "entire", "neighbouring", "neighboring", "border"};
// Words that belong to a region's name ("North Kivu") but are none alone ("the Northern
// province").
constexpr std::string_view kDirections[] = {
    "northern", "southern", "eastern", "western", "central",    "north",   "south",
    "east",     "west",     "upper",   "lower",   "autonomous", "special", "capital"};

bool name_word(const detail::Token& t) {
  return t.type == detail::TokenType::word && t.capitalised && t.lower != "'s" &&
         !detail::iequals_any(t.lower, kFunctionWords);
}

// Adds tokens [b, e) as a region unless they are only directions.
void add_name(std::string_view text, std::span<const detail::Token> tokens, std::size_t b,
              std::size_t e, std::set<std::string>& found) {
  if (b >= e) return;
  bool only_directions = true;
  for (std::size_t k = b; k < e; ++k) {
    only_directions = only_directions && detail::iequals_any(tokens[k].lower, kDirections);
  }
  if (only_directions) return;
  found.insert(std::string(
      text.substr(tokens[b].span.begin, tokens[e - 1].span.end - tokens[b].span.begin)));
}

bool region_noun(const detail::Token& t) {
  return t.type == detail::TokenType::word && detail::iequals_any(t.lower, kRegionNouns);
}

// Whitespace as the tokenizer skips it at byte `p`: space, tab, line breaks and both bytes of
// a no-break space (C2 A0). A token never spans it, so tokenizing from just after it gives the
// tokens the whole text gives from there, and every run of other bytes holds a token.
bool blank(std::string_view text, std::size_t p) {
  const auto c = static_cast<unsigned char>(text[p]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return true;
  if (c == 0xC2) return p + 1 < text.size() && static_cast<unsigned char>(text[p + 1]) == 0xA0;
  return c == 0xA0 && p > 0 && static_cast<unsigned char>(text[p - 1]) == 0xC2;
}

// Where the `chunks`-th run of non-blank bytes before `p` starts (counting the one `p` is in),
// or 0.
std::size_t chunks_before(std::string_view text, std::size_t p, int chunks) {
  std::size_t b = p;
  for (int k = 0; k <= chunks && b > 0; ++k) {
    while (b > 0 && !blank(text, b - 1)) --b;
    if (k == chunks) break;
    while (b > 0 && blank(text, b - 1)) --b;
  }
  return b;
}

// Where the `chunks`-th run of non-blank bytes after the one `p` is in ends, or the text's end.
std::size_t chunks_after(std::string_view text, std::size_t p, int chunks) {
  std::size_t e = p;
  for (int k = 0; k <= chunks && e < text.size(); ++k) {
    while (e < text.size() && blank(text, e)) ++e;
    while (e < text.size() && !blank(text, e)) ++e;
  }
  return e;
}

// The regions one article names. Only the few tokens around each region noun matter (three
// name words before it; "of" and three after), so only a window of runs of non-blank bytes
// around each is tokenized: three runs before the noun's and four after, each run holding at
// least one token. Windows that touch are merged and tokenized once, so a long run with many
// nouns ("province,province,...") costs its length, not its length times its nouns, and every
// noun in a merged window has its own whole window inside it.
void regions_of(const Article& a, std::set<std::string>& found) {
  const std::string_view text = a.text;
  const std::string lowered = detail::lower_ascii(text);
  const std::string_view low = lowered;
  std::vector<std::size_t> at;  // where a noun's letters stand (maybe inside a longer word)
  for (const std::string_view noun : kRegionNouns) {
    for (std::size_t p = low.find(noun); p != std::string_view::npos; p = low.find(noun, p + 1)) {
      at.push_back(p);
    }
  }
  std::sort(at.begin(), at.end());
  std::vector<Span> windows;  // in text order, merged where they touch
  std::size_t run_end = 0;    // end of the run of non-blank bytes of the last window's noun
  for (const std::size_t p : at) {
    if (p < run_end) continue;  // the same run: the same window
    run_end = chunks_after(text, p, 0);
    const Span w{chunks_before(text, p, 3), chunks_after(text, run_end, 3)};
    if (!windows.empty() && w.begin <= windows.back().end) {
      windows.back().end = std::max(windows.back().end, w.end);
    } else {
      windows.push_back(w);
    }
  }
  for (const Span& w : windows) {
    const std::vector<detail::Token> tokens = detail::tokenize(text, lowered, w, {});
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (!region_noun(tokens[i])) continue;
      // "Castrel province", "North Kivu province"
      std::size_t b = i;
      while (b > 0 && i - b < 3 && name_word(tokens[b - 1])) --b;
      add_name(text, tokens, b, i, found);
      // "the province of Castrel"
      if (i + 2 < tokens.size() && tokens[i + 1].lower == "of") {
        std::size_t e = i + 2;
        while (e < tokens.size() && e - (i + 2) < 3 && name_word(tokens[e])) ++e;
        add_name(text, tokens, i + 2, e, found);
      }
    }
  }
}

}  // namespace

std::vector<std::string> find_regions(const std::vector<Article>& articles) {
  // Each thread gathers into its own set; sets merge in any order to the same sorted list.
  using Found = std::set<std::string>;
  const Found found = tbb::parallel_reduce(
      tbb::blocked_range<std::size_t>(0, articles.size(), 64), Found{},
      [&](const tbb::blocked_range<std::size_t>& range, Found mine) {
        for (std::size_t i = range.begin(); i != range.end(); ++i) regions_of(articles[i], mine);
        return mine;
      },
      [](Found x, Found y) {
        if (x.size() < y.size()) std::swap(x, y);
        x.merge(y);
        return x;
      });
  return {found.begin(), found.end()};
}

}  // namespace claimgraph
