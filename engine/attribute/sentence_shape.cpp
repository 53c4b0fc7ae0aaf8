// What a sentence is like, for the claim stage (sentence_shape.hpp).

#include "attribute/sentence_shape.hpp"

#include <algorithm>
#include <chrono>
#include <span>

#include "attribute/claim_lexicon.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {

bool has_count(const std::vector<Quantity>& quantities, Span sentence) {
  auto it = std::lower_bound(quantities.begin(), quantities.end(), sentence.begin,
                             [](const Quantity& q, std::size_t pos) { return q.span.begin < pos; });
  for (; it != quantities.end() && it->span.begin < sentence.end; ++it) {
    if (it->kind == QuantityKind::count) return true;
  }
  return false;
}

std::size_t counts_before(const std::vector<Quantity>& quantities, std::size_t end) {
  return static_cast<std::size_t>(std::count_if(
      quantities.begin(), quantities.end(),
      [&](const Quantity& q) { return q.kind == QuantityKind::count && q.span.end <= end; }));
}

bool has_speech_verb(std::string_view lowered, Span sentence) {
  return for_each_word(lowered, sentence.begin, sentence.end, [&](std::size_t b, std::size_t e) {
    return is_speech_verb(slice(lowered, b, e));
  });
}

bool opens_quote(std::span<const Token> tokens) {
  return !tokens.empty() && tokens[0].type == TokenType::punct &&
         (tokens[0].lower == "\"" || tokens[0].lower == "\xE2\x80\x9C");
}

// A sentence that opens by pointing back at an event just named: "That earthquake killed about
// 2,300 people", "That war left 30,000 dead". Its figures belong to the time named before it.
bool recalls_event(std::span<const Token> tokens) {
  static constexpr std::string_view kEvents[] = {
      "war",   "quake",   "earthquake", "conflict", "attack",   "disaster", "flood",
      "storm", "tsunami", "bombing",    "massacre", "fighting", "clashes",  "offensive"};
  std::size_t k = 0;
  while (k < tokens.size() && tokens[k].type == TokenType::punct) ++k;  // a quote, a bullet
  if (k + 1 >= tokens.size() || tokens[k].lower != "that") return false;
  return tokens[k + 1].type == TokenType::word && iequals_any(tokens[k + 1].lower, kEvents);
}

// "the province", "the region": a region named before.
bool names_region_noun(std::span<const Token> tokens) {
  static constexpr std::string_view kNouns[] = {"province", "region", "oblast", "governorate",
                                                "prefecture"};
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    if (tokens[k - 1].lower == "the" && iequals_any(tokens[k].lower, kNouns)) return true;
  }
  return false;
}

// The time a recalling sentence refers to: the last one named, and for "the strongest since
// 1998" the year 1998 itself (`storage` holds it).
const TimeMention* recalled_time(const TimeMention* last, TimeMention& storage) {
  if (!last || last->grain != TimeGrain::era) return last;
  const std::chrono::year y = last->days.first.year();
  storage = *last;
  storage.days = {y / std::chrono::January / 1, y / std::chrono::December / 31};
  storage.grain = TimeGrain::year;
  return &storage;
}

}  // namespace claimgraph::detail
