// Headlines of other stories a page links to (linked_headlines.hpp).

#include "attribute/linked_headlines.hpp"

#include <algorithm>
#include <string>

#include "attribute/claim_lexicon.hpp"
#include "attribute/tokens.hpp"
#include "extract/number_words.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

// A headline of another story the page links to, on a line of its own in the body (`line` of
// the lower-cased `lowered` text): in title case (not in capitals: a transcript), and of its
// words — casualty, population, number and small words aside — four or more, of which fewer
// than a quarter are in the article's title or anywhere else in its text ("86 Sick, 7 Dead in
// 'Largest Outbreak of Legionnaires' in NYC'" in a report of a Brooklyn shooting: only "NYC"
// is, in another such line). Its figures are not the article's. A subhead of the same story
// says little or shares its words: "Update: Death Toll Rises To 3" (two words), "Taliban Claims
// Responsibility; Death Toll Climbs To 29" (the Taliban are in the text).
// (`title_words`: the title lower-cased)
bool other_story_headline(std::string_view text, std::string_view lowered, Span line,
                          std::string_view title_words) {
  const std::string_view raw = text.substr(line.begin, line.size());
  if (!in_title_case(raw) ||
      std::none_of(raw.begin(), raw.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return false;
  }
  const auto elsewhere = [&](std::string_view w) {
    const auto whole = [](std::string_view in, std::size_t at, std::size_t size) {
      return (at == 0 || !is_alpha(in[at - 1])) &&
             (at + size == in.size() || !is_alpha(in[at + size]));
    };
    for (std::size_t at = 0; (at = title_words.find(w, at)) != std::string_view::npos; ++at) {
      if (whole(title_words, at, w.size())) return true;
    }
    for (std::size_t at = 0; (at = lowered.find(w, at)) != std::string_view::npos; ++at) {
      if ((at < line.begin || at >= line.end) && whole(lowered, at, w.size())) return true;
    }
    return false;
  };
  // (three letters tell too, "NE OKC Shooting" under "OKC Police ...", but not these)
  static constexpr std::string_view kSmall[] = {
      "the",   "and",  "for",  "but",  "are",   "was",   "has",   "had",  "his",    "her",
      "its",   "out",  "off",  "all",  "new",   "say",   "who",   "with", "from",   "after",
      "into",  "over", "near", "that", "this",  "were",  "have",  "been", "more",   "than",
      "about", "they", "what", "when", "where", "while", "least", "most", "update", "says"};
  std::size_t words = 0;
  std::size_t shared = 0;
  for_each_word(lowered, line.begin, line.end, [&](std::size_t b, std::size_t e) {
    const std::string_view w = lowered.substr(b, e - b);
    if (w.size() >= 3 && !iequals_any(w, kSmall) && trigger_of(w) == Trigger::none &&
        !population_of(w) && lookup_number_word(w).role == WordRole::none) {
      ++words;
      shared += elsewhere(w) ? 1u : 0u;
    }
    return false;
  });
  return words >= 4 && shared * 4 < words;
}

// A line of a bulleted list of links: "+ 1 dead, 1 wounded in Park Hill shooting" under "MORE
// FROM WAVE3.COM" (the "+" opening the line, in the sentence or just before it).
bool bulleted_link(std::string_view text, Span line) {
  std::size_t b = line.begin;
  if (b < text.size() && text[b] == '+') return true;
  while (b > 0 && text[b - 1] == ' ') --b;
  return b > 0 && text[b - 1] == '+' && (b == 1 || text[b - 2] == '\n');
}

}  // namespace

std::vector<char> linked_headlines(std::string_view text, std::string_view lowered,
                                   const std::vector<Span>& sentences,
                                   const std::vector<std::size_t>& paragraph_of,
                                   std::string_view title) {
  std::vector<char> linked;
  if (title.empty()) return linked;
  const std::string title_words = lower_ascii(title);
  std::size_t lines = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const bool own_line = paragraph_of[i] > 0 &&
                          (i == 0 || paragraph_of[i - 1] != paragraph_of[i]) &&
                          (i + 1 == sentences.size() || paragraph_of[i + 1] != paragraph_of[i]);
    if (!own_line || !(bulleted_link(text, sentences[i]) ||
                       other_story_headline(text, lowered, sentences[i], title_words))) {
      continue;
    }
    linked.resize(sentences.size(), 0);
    linked[i] = 1;
    ++lines;
  }
  if (lines < 2) linked.clear();
  return linked;
}

}  // namespace claimgraph::detail
