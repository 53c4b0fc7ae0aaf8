// What one sentence tells the event of the figures in it (engine/events/sentence_facts.hpp).

#include "events/sentence_facts.hpp"

#include <algorithm>

#include "attribute/places.hpp"
#include "attribute/tokens.hpp"
#include "events/report_names.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {

std::uint8_t families_in(std::string_view piece) {
  const std::string lowered = lower_ascii(piece);
  std::uint8_t families = kNoFamily;
  for (const Token& t : tokenize(piece, lowered, Span{0, piece.size()}, {})) {
    if (t.type != TokenType::word) continue;
    for (const TypeWord& w : kTypeWords) {
      if (t.lower == w.word) families |= w.family;
    }
  }
  return families;
}

bool reports_several_incidents(std::string_view title) {
  const std::string lowered = lower_ascii(title);
  bool weekend = false;
  bool violence = false;
  for (const Token& t : tokenize(title, lowered, Span{0, title.size()}, {})) {
    if (t.type != TokenType::word) continue;
    if (t.lower == "shootings" || t.lower == "incidents") return true;
    weekend = weekend || t.lower == "weekend";
    // "Weekend Shooting Death Toll Rises To Four In Chicago": a weekend's toll is a tally
    violence = violence || t.lower == "violent" || t.lower == "violence" || t.lower == "toll";
  }
  return weekend && violence;
}

SentenceFacts read_sentence(std::string_view piece) {
  SentenceFacts out;
  const std::string lowered = lower_ascii(piece);
  const std::vector<Token> tokens = tokenize(piece, lowered, Span{0, piece.size()}, {});
  // A sentence in capitals (a broadcast transcript, a headline) capitalises every word: its
  // words are no names.
  // So does a headline in title case ("2 Killed, 7 Wounded in Miami Shooting" before the body).
  std::size_t words = 0;
  std::size_t shouted = 0;
  for (const Token& t : tokens) {
    if (t.type != TokenType::word || t.span.size() < 2) continue;
    ++words;
    const std::string_view w = t.span.in(piece);
    shouted += std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }
  const bool capitals = shouted * 2 > words || in_title_case(piece);
  // Words in parentheses are credits and call signs ("(Photo: KHOU 11)", "(WISH)"), no names.
  std::size_t depth = 0;
  const Places& places = Places::get();
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.lower == "(") ++depth;
    if (t.lower == ")" && depth > 0) --depth;
    if (t.type != TokenType::word) continue;
    if (const auto m = places.match(piece, tokens, i)) {
      if (m->how != PlaceHow::capital) out.context.emplace_back(m->side);
      i += m->tokens - 1;
      continue;
    }
    // "opened fire", "returned fire", "exchanged fire": gunfire, no fire of its own
    static constexpr std::string_view kGunfire[] = {"opened",    "open",     "opens",
                                                    "opening",   "returned", "returning",
                                                    "exchanged", "cease",    "under"};
    const bool gunfire =
        t.lower == "fire" && i > 0 &&
        (iequals_any(tokens[i - 1].lower, kGunfire) ||
         (tokens[i - 1].lower == "of" && i > 1 && tokens[i - 2].lower == "exchange"));
    for (const TypeWord& w : kTypeWords) {
      if (t.lower == w.word && !gunfire) out.type_words.push_back(&w);
    }
    if (!capitals && depth == 0 && t.capitalised && i > 0 && t.lower.size() > 2 &&
        is_upper(piece[t.span.begin]) && !common_name(t.lower)) {
      out.names.emplace_back(t.lower);
    }
  }
  return out;
}

std::vector<std::string> title_names(std::string_view title) {
  for (const std::string_view furniture :
       {" - ", " | ", " :: ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {  // hyphen, bar, en and em dash
    title = title.substr(0, title.find(furniture));
  }
  if (in_title_case(title)) return {};  // read_sentence would give none: not read at all
  return read_sentence(title).names;
}

}  // namespace claimgraph::detail
