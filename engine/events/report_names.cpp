// What a report names that tells incidents apart, or does not: its dateline, and the
// capitalised words too common to be names (engine/events/report_names.hpp).

#include "events/report_names.hpp"

#include <string>
#include <string_view>
#include <vector>

#include "attribute/tokens.hpp"
#include "claimgraph/article.hpp"
#include "extract/phrase_set.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

// The dateline at the start of `text`: a place in capitals ("ROCHESTER, N.Y. (WKBW) -", "SAN
// ANTONIO —"), lower-cased; "" when it opens otherwise.
std::string dateline_at(std::string_view text) {
  std::size_t e = 0;
  std::size_t letters = 0;
  while (e < text.size() && e < 40) {
    const char c = text[e];
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (c != ' ' && c != '.' && c != '\'' && c != '-') {
      break;
    }
    ++e;
  }
  if (letters < 3 || e == 0 || e >= text.size()) return {};
  const std::string_view rest = text.substr(e);
  const bool closed = rest.starts_with(",") || rest.starts_with("(") ||
                      rest.starts_with("\xE2\x80\x94") || rest.starts_with("\xE2\x80\x93") ||
                      (text[e - 1] == ' ' && (rest.starts_with("(") || rest.starts_with("-")));
  if (!closed) return {};
  std::string_view place = text.substr(0, e);
  while (!place.empty() && (place.back() == ' ' || place.back() == '-')) place.remove_suffix(1);
  if (place.find(' ') == std::string_view::npos && place.size() < 3) return {};
  // Page furniture in capitals, not a place: "FILE —", "EDITOR'S NOTE —", "BY JOHN SMITH, AP"
  static constexpr std::string_view kFurniture[] = {
      "file",   "editor's note", "update",   "updated",   "watch",    "video",   "photo",
      "photos", "correction",    "breaking", "exclusive", "analysis", "opinion", "live"};
  std::string lower = lower_ascii(place);
  if (lower.starts_with("by ") || iequals_any(lower, kFurniture)) return {};
  return lower;
}

}  // namespace

std::string dateline_of(std::string_view text) {
  for (const std::size_t start : opening_line_starts(text)) {
    if (std::string d = dateline_at(text.substr(start)); !d.empty()) return d;
  }
  return {};
}

bool common_name(std::string_view lower) {
  static constexpr std::string_view kCommon[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "police", "county", "city", "department", "sheriff", "officers",
      "officer", "news", "state", "university", "hospital", "street", "avenue", "road", "ministry",
      "president", "minister", "prime", "government", "the", "and", "but", "said",
      // points of the compass and "Side": "the Lower East Side", "the Northwest Side" of two
      // cities are no shared name
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "side",
      "central", "downtown",
      // numbers capitalised in a headline ("Two Killed In ...")
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      // holidays: shootings of one night in many cities ("Halloween", "Fourth of July")
      "halloween", "christmas", "thanksgiving", "easter", "independence", "fourth", "day",
      // parts of any city
      "ward", "district", "block", "office",
      // states as datelines and headlines abbreviate them ("GALT, Calif.", "in Lodi, Calif."):
      // two towns of one state are no one place (not the full names: "Michigan Avenue")
      "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ill", "ind", "kan", "mass",
      "mich", "minn", "miss", "mont", "neb", "nev", "okla", "ore", "tenn", "tex", "wash", "wis",
      "wyo",
      // page furniture ("(Photo: KHOU 11)", "Please enable Javascript to watch this video",
      // "CLOSE Skip in Skip x Embed x Share", "Buy Photo", "Update, 12:44 p.m.")
      "photo", "photos", "video", "videos", "javascript", "enable", "watch", "close", "skip",
      "embed", "share", "buy", "update", "updated", "posted", "source", "caption", "gallery",
      "image", "images", "staff", "media",
      // time zones of a time stamp ("3:13 PM EDT")
      "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "gmt", "utc",
      // months and weekdays abbreviated ("Aug. 19", "Sept. 1", "Sat.")
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
      "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"};
  static const WordMap map = [] {
    std::vector<LexiconEntry> words;
    for (const std::string_view c : kCommon) words.push_back({c, 0});
    return WordMap(words);
  }();
  return map.find(lower).has_value();
}

}  // namespace claimgraph::detail
