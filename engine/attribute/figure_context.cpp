// Readings of the words around one figure (figure_context.hpp): each looks at the figure's
// clause in the sentence's tokens (tokens.cpp) — the counted phrase after it, a restatement
// frame, a side before it, a list line's label — and never across another figure (the casualty
// trigger after or before it: figure_triggers.cpp). Windows are a few tokens (kPhraseWindow),
// so each reading is constant work per figure. Rules: docs/claims.md.

#include "attribute/figure_context.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attribute/places.hpp"
#include "extract/phrase_set.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

constexpr std::size_t kPhraseWindow = 6;

// Words that end the counted phrase after a figure: one hashed look-up (the list is long, and
// read for every word of the phrase).
bool phrase_stop(std::string_view w) {
  static constexpr std::string_view kStops[] = {
      "in",       "on",      "at",        "over",      "for",    "with",    "from",
      "to",       "by",      "during",    "since",     "after",  "before",  "and",
      "or",       "but",     "who",       "that",      "which",  "were",    "was",
      "have",     "has",     "had",       "are",       "is",     "been",    "be",
      "will",     "would",   "as",        "when",      "while",  "across",  "into",
      "near",     "than",    "amid",      "under",     "out",    "up",      "says",
      "said",     "the",     "a",         "it",        "they",   "we",      "he",
      "she",      "this",    "not",       "could",     "can",    "may",     "might",
      "must",     "should",  "did",       "do",        "does",   "so",      "there",
      "late",     "early",   "last",      "next",      "monday", "tuesday", "wednesday",
      "thursday", "friday",  "saturday",  "sunday",    "night",  "morning", "afternoon",
      "evening",  "today",   "yesterday", "overnight", "inside", "outside", "including",
      "remain",   "remains", "remained",  "still",     "them"};
  static const WordMap map = [] {
    std::vector<LexiconEntry> words;
    for (const std::string_view stop : kStops) words.push_back({stop});
    return WordMap(words);
  }();
  return map.find(w).has_value();
}

}  // namespace

bool clause_end(const Token& t) {
  if (t.type == TokenType::figure) return true;
  if (t.type != TokenType::punct) return false;
  return t.lower == "," || t.lower == ";" || t.lower == ":" || t.lower == "(" || t.lower == ")" ||
         t.lower == "\xE2\x80\x94" || t.lower == "\xE2\x80\x93" || t.lower == "." ||
         t.lower == "-";  // a hyphen on its own is a dash: "one of six others - died"
}

bool names_person(std::span<const Token> tokens, std::size_t k) {
  const Token& t = tokens[k];
  if (t.type != TokenType::word) return false;
  static constexpr std::string_view kPeople[] = {
      "he",        "she",         "him",         "her",    "boy",      "girl",    "male",
      "female",    "father",      "mother",      "son",    "daughter", "husband", "wife",
      "brother",   "sister",      "friend",      "gunman", "shooter",  "suspect", "driver",
      "baby",      "grandmother", "grandfather", "uncle",  "aunt",     "cousin",  "girlfriend",
      "boyfriend", "pilot",       "couple"};
  return detail::population_of(t.lower).has_value() || detail::iequals_any(t.lower, kPeople) ||
         (t.capitalised && k > 0);
}

// "two other gunshot victims": those shot ("two gunshot wounds" counts wounds).
bool gunshot_victims(std::span<const Token> tokens, std::size_t k) {
  return tokens[k].lower == "gunshot" && k + 1 < tokens.size() &&
         (tokens[k + 1].lower == "victims" || tokens[k + 1].lower == "victim");
}

bool possessive_pronoun(std::string_view w) {
  return w == "its" || w == "their" || w == "our" || w == "his" || w == "her" || w == "my";
}

// The counted phrase after figure token f: "of its soldiers", "Russian peacekeepers",
// "rival ex-Soviet republics".
Phrase counted_phrase(std::string_view text, std::span<const Token> tokens, std::size_t f,
                      const Places& places) {
  Phrase p;
  std::size_t k = f + 1;
  const std::size_t n = tokens.size();
  if (k < n && tokens[k].type == TokenType::word && tokens[k].lower == "of") ++k;
  std::vector<std::string> sides;
  bool plural_head = false;
  bool adjective = false;  // the population so far is of "male" or "female"
  for (std::size_t count = 0; k < n && count < kPhraseWindow; ++count) {
    const Token& t = tokens[k];
    // a code in the phrase ("One of our K-9 dogs", "two AK-47 rifles") is passed over
    if (t.type == TokenType::other && t.kind == QuantityKind::identifier) {
      ++k;
      continue;
    }
    if (t.type != TokenType::word) break;
    if ((detail::trigger_of(t.lower) != Trigger::none || gunshot_victims(tokens, k)) &&
        !detail::population_of(t.lower)) {
      // "the two wounded victims", "five injured police officers": the casualty word is what
      // the figure counts, the noun after it whom.
      if (k + 1 < n && tokens[k + 1].type == TokenType::word &&
          (p.population.empty() || adjective)) {
        if (const auto pop = detail::population_of(tokens[k + 1].lower)) p.population = *pop;
      }
      break;
    }
    if (possessive_pronoun(t.lower)) {
      p.possessive = true;
      ++k;
      continue;
    }
    if (t.lower == "'s" || t.lower == "the" || t.lower == "these" || t.lower == "those") {
      ++k;
      continue;
    }
    if (const auto m = places.match(text, tokens, k)) {
      if (std::find(sides.begin(), sides.end(), m->side) == sides.end()) {
        sides.emplace_back(m->side);
      }
      // A plural demonym is itself the counted noun: "50 Armenians".
      if (m->how == detail::PlaceHow::demonym && t.span.in(text).ends_with("s") &&
          !t.span.in(text).ends_with("ss")) {
        p.head = t.lower;
        if (p.population.empty()) p.population = "people";
      }
      k += m->tokens;
      continue;
    }
    if (t.lower == "and" && !sides.empty() && k + 1 < n && places.match(text, tokens, k + 1)) {
      ++k;  // "Armenian and Azerbaijani troops"
      continue;
    }
    if (phrase_stop(t.lower) || detail::is_speech_verb(t.lower)) break;
    if (injury_named_after(tokens, k))
      break;  // "8 sustained gun shot wounds", not "sustained assaults"
    // The counted noun: the population noun, else the first plural, else the last word
    // ("two rival ex-Soviet republics", "the two sides trading accusations").
    // ("male", "female" are nouns only when no noun follows: "two male teenagers" are children)
    if (const auto pop = detail::population_of(t.lower);
        pop && (p.population.empty() || adjective)) {
      p.population = std::string(*pop);
      p.head = t.lower;
      adjective = t.lower == "male" || t.lower == "female";
    } else if (p.population.empty() && !plural_head) {
      p.head = t.lower;
      plural_head = t.lower.size() > 3 && t.lower.back() == 's' && !t.lower.ends_with("ss");
    }
    ++k;
  }
  p.end = k;
  if (sides.size() == 1) p.side = sides.front();
  if (sides.size() > 1) p.side = "both";
  return p;
}

// "both sides", "on each side", "combined", "in total" near the figure.
bool both_sides_near(std::span<const Token> tokens, std::size_t f) {
  const std::size_t lo = f >= 8 ? f - 8 : 0;
  const std::size_t hi = std::min(tokens.size(), f + 10);
  for (std::size_t k = lo; k < hi; ++k) {
    const std::string_view w = tokens[k].lower;
    if ((w == "both" || w == "each" || w == "either") && k + 1 < tokens.size() &&
        (tokens[k + 1].lower == "sides" || tokens[k + 1].lower == "side" ||
         tokens[k + 1].lower == "countries")) {
      return true;
    }
    if (k > f && (w == "combined" || w == "altogether")) return true;
  }
  return false;
}

// The side named right before a "lost"/"losses" trigger: "Azerbaijan lost 50", "it lost".
std::string loser_before(std::string_view text, std::span<const Token> tokens, std::size_t at,
                         const std::string& claimant_side, const Places& places) {
  std::string found;
  for (std::size_t d = 1; d <= 6 && d <= at; ++d) {
    const std::size_t k = at - d;
    if (clause_end(tokens[k])) break;
    if (tokens[k].type != TokenType::word) continue;
    if (const auto m = places.match(text, tokens, k)) {
      if (!found.empty() && found != m->side) return "both";  // "Armenian and Azerbaijani troops"
      found = std::string(m->side);
      continue;
    }
    const std::string_view w = tokens[k].lower;
    if (found.empty() && (w == "it" || w == "we" || w == "they")) return claimant_side;
  }
  return found;
}

// The reporting frame nearest the figure at token f.
const Frame* nearest_frame(const std::vector<Frame>& frames, std::size_t f) {
  const Frame* best = nullptr;
  std::size_t best_distance = 0;
  for (const Frame& fr : frames) {
    if (fr.whole_sentence) continue;
    const std::size_t d = fr.verb > f ? fr.verb - f : f - fr.verb;
    if (!best || d < best_distance) {
      best = &fr;
      best_distance = d;
    }
  }
  if (!best && !frames.empty()) best = &frames.front();
  return best;
}

// The frame that says who claims the figure at token f: "according to X" covers the sentence;
// otherwise the nearest reporting verb.
const Frame* claimant_frame(const std::vector<Frame>& frames, std::size_t f) {
  for (const Frame& fr : frames) {
    if (fr.whole_sentence) return &fr;
  }
  return nearest_frame(frames, f);
}

bool is_casualty(Trigger t) { return t != Trigger::none && t != Trigger::deployed; }

// A list marker: "1." or "2)" opening a sentence.
bool list_marker(std::span<const Token> tokens, std::size_t f) {
  return f == 0 && tokens.size() > 1 && tokens[1].type == TokenType::punct &&
         (tokens[1].lower == "." || tokens[1].lower == ")");
}

bool list_item(std::span<const Token> tokens) {
  if (tokens.empty()) return false;
  const std::string_view first = tokens[0].lower;
  return list_marker(tokens, tokens[0].type == TokenType::figure ? 0 : 1) || first == "-" ||
         first == "*" || first == "\xE2\x80\xA2";
}

// A figure restating one given before: "raised the number of its soldiers killed ... to at least
// 135", "the figure ... was 50", "his estimate of about 430". A count word (number, count, toll,
// tally, figure, total, estimate) before the figure in its clause, and any trigger, population
// noun or possessive between them.

Restatement restatement(std::span<const Token> tokens, std::size_t f) {
  Restatement r;
  for (std::size_t d = 1; d <= 14 && d <= f; ++d) {
    const Token& t = tokens[f - d];
    if (t.type == TokenType::figure) break;
    if (t.type == TokenType::punct && (t.lower == ";" || t.lower == ":" || t.lower == ".")) break;
    if (t.type != TokenType::word) continue;
    const std::string_view w = t.lower;
    if (w == "count" || w == "tally" || w == "figure" || w == "number" || w == "total" ||
        w == "estimate" || w == "toll") {
      r.found = true;
      // What lies between the count word and the figure says what it counts.
      for (std::size_t k = f - d + 1; k < f; ++k) {
        const std::string_view x = tokens[k].lower;
        if (r.trigger == Trigger::none) r.trigger = detail::trigger_of(x);
        if (r.population.empty()) {
          if (const auto pop = detail::population_of(x)) r.population = std::string(*pop);
        }
        r.possessive = r.possessive || possessive_pronoun(x);
      }
      if (w == "toll" && r.trigger == Trigger::none) r.trigger = Trigger::killed;
      return r;
    }
  }
  return r;
}

// Population and side named before the figure in its clause ("the number of Azerbaijani
// soldiers killed at some 430", "Armenia's own losses ... stand at 207").
void before_phrase(std::string_view text, std::span<const Token> tokens, std::size_t f,
                   std::string& population, std::string& side, const Places& places) {
  const std::size_t lo = f > 10 ? f - 10 : 0;
  std::vector<std::string> sides;
  bool marked = false;  // a possessive ("Armenia's") or a demonym ("Azerbaijani soldiers")
  // Past a reporting verb or "that" the words are the speaker's, not the counted people's:
  // "Police said 8 sustained gunshot wounds", "Police have now confirmed that three were dead".
  bool spoken = false;
  for (std::size_t k = f; k-- > lo;) {
    const Token& t = tokens[k];
    if (t.type == TokenType::figure || (t.type == TokenType::punct && t.lower != "'")) break;
    if (t.type != TokenType::word) continue;
    spoken = spoken || t.lower == "that" || detail::is_speech_verb(t.lower);
    if (population.empty() && !spoken) {
      if (const auto pop = detail::population_of(t.lower)) population = std::string(*pop);
    }
    if (const auto m = places.match(text, tokens, k)) {
      if (std::find(sides.begin(), sides.end(), m->side) == sides.end())
        sides.emplace_back(m->side);
      const std::size_t after = k + m->tokens;
      const std::string_view next =
          after < tokens.size() ? tokens[after].lower : std::string_view();
      // "Armenia's losses", "Azerbaijani soldiers", "Armenia has had 50 soldiers killed"
      marked = marked || m->how == detail::PlaceHow::demonym || next == "'s" || next == "has" ||
               next == "had" || next == "suffered" || next == "sustained" || next == "saw";
    }
  }
  // "between Armenia and Azerbaijan": both; one side only when it is marked as the owner.
  if (sides.size() > 1) side = "both";
  if (sides.size() == 1 && marked) side = sides.front();
}

bool tally_sentence(std::span<const Token> tokens) {
  static constexpr std::string_view kPlural[] = {"shootings", "homicides", "murders", "incidents",
                                                 "attacks"};
  static constexpr std::string_view kBefore[] = {"in",       "separate", "several",
                                                 "multiple", "those",    "these"};
  // "in Monday shootings", "In Overnight Shootings": shootings of a day, without "the" ("The
  // Saturday shootings at a synagogue" are one attack's)
  static constexpr std::string_view kDays[] = {"weekend", "overnight", "monday",
                                               "tuesday", "wednesday", "thursday",
                                               "friday",  "saturday",  "sunday"};
  static constexpr std::string_view kTolls[] = {"fatalities", "deaths", "homicides", "murders",
                                                "killings"};
  static constexpr std::string_view kCrime[] = {"homicide", "murder", "shooting", "killing"};
  const auto word = [&](std::size_t k) {
    return k < tokens.size() && tokens[k].type == TokenType::word ? tokens[k].lower
                                                                  : std::string_view();
  };
  // Every test below starts from one of these words: the others are passed over at once.
  static constexpr WordFilter kKeys = WordFilter::of(std::to_array<std::string_view>(
      {"shootings", "homicides",  "murders",   "incidents",  "attacks",   "total",
       "for",       "citywide",   "city-wide", "nationwide", "statewide", "throughout",
       "across",    "far",        "time",      "through",    "this",      "same",
       "since",     "fatalities", "deaths",    "killings",   "apart",     "weekend",
       "city",      "alone",      "lost",      "past",       "last"}));
  const auto next_key = [&](std::size_t k) {
    while (k < tokens.size() && !kKeys.may_contain(word(k))) ++k;
    return k;
  };
  for (std::size_t k = next_key(0); k < tokens.size(); k = next_key(k + 1)) {
    const std::string_view w = word(k);
    if (detail::iequals_any(w, kPlural)) {
      // "in shootings", "in separate shootings", "in 12 shootings", "shootings across Chicago",
      // "of those homicides", "the number of homicides this year"; a figure right before, or
      // before one word: "in 6 Shreveport shootings", "in three overnight shootings"
      // ... or two capitalised words: "in two South Side shootings"
      const bool figure_before =
          (k > 0 && tokens[k - 1].type == TokenType::figure) ||
          (k > 1 && tokens[k - 2].type == TokenType::figure &&
           tokens[k - 1].type == TokenType::word) ||
          (k > 2 && tokens[k - 3].type == TokenType::figure &&
           tokens[k - 2].type == TokenType::word && tokens[k - 2].capitalised &&
           tokens[k - 1].type == TokenType::word && tokens[k - 1].capitalised);
      // "in recent incidents in Dallas and Baton Rouge", not "in the most recent attacks"
      const bool recent = k > 0 && word(k - 1) == "recent" &&
                          (w == "incidents" || w == "shootings" || w == "homicides");
      // "following two separate shooting incidents", "in several shooting incidents"
      const bool separate_before =
          k > 1 && word(k - 1) == "shooting" &&
          (word(k - 2) == "separate" || word(k - 2) == "several" || word(k - 2) == "multiple");
      // ... and of other incidents of a day: "In other Sunday attacks"
      const bool of_days = k > 1 && detail::iequals_any(word(k - 1), kDays) &&
                           (w == "shootings" ? word(k - 2) != "the" && word(k - 2) != "those" &&
                                                   word(k - 2) != "these"
                                             : word(k - 2) == "other");
      // "in firearms-related incidents", "in gang-related shootings": one word between "in"
      // and the plural (not "in the shootings at two mosques": one attack's)
      static constexpr std::string_view kDeterminers[] = {"the",   "those", "these", "both",
                                                          "their", "its",   "his",   "her"};
      const bool in_kind = k > 1 && word(k - 2) == "in" && !word(k - 1).empty() &&
                           !detail::iequals_any(word(k - 1), kDeterminers);
      if ((k > 0 && detail::iequals_any(word(k - 1), kBefore)) || figure_before || recent ||
          in_kind || separate_before || of_days || word(k + 1) == "across" ||
          ((word(k + 1) == "this" || word(k + 1) == "last") && word(k + 2) == "year")) {
        return true;
      }
    }
    // "raise Louisville's homicide total to 104", "the murder total for 2016"
    if (w == "total" && k > 0 && detail::iequals_any(word(k - 1), kCrime)) return true;
    // "bring the homicide count to 106 for the year"
    if (w == "for" && word(k + 1) == "the" && word(k + 2) == "year") return true;
    if (w == "citywide" || w == "city-wide") return true;
    // "a deadly weekend", "a violent weekend", "a bloody weekend": a weekend's toll (the noun,
    // not "a deadly weekend shooting")
    static constexpr std::string_view kEvents[] = {
        "shooting", "shootings", "crash",     "storm",    "fire",  "attack",   "accident",
        "blast",    "explosion", "collision", "stabbing", "party", "brawl",    "fight",
        "raid",     "standoff",  "rampage",   "incident", "flood", "flooding", "tornado"};
    if (w == "weekend" && k > 0 &&
        (word(k - 1) == "deadly" || word(k - 1) == "violent" || word(k - 1) == "bloody") &&
        !detail::iequals_any(word(k + 1), kEvents)) {
      return true;
    }
    // "Two brothers were killed just weeks apart": one figure over several incidents (not
    // "two blasts minutes apart", one attack)
    static constexpr std::string_view kSpans[] = {"days", "weeks", "months", "years"};
    if (w == "apart" && k > 0 && detail::iequals_any(word(k - 1), kSpans)) {
      // ... said of what happened to them: "killed just weeks apart" (not "sisters born months
      // apart")
      for (std::size_t j = k - 1; j-- > 0 && j + 4 >= k;) {
        if (trigger_of(word(j)) != Trigger::none) return true;
      }
    }
    // "19 officers had been slain nationwide", "Nationwide, 265 ...": next to a casualty word
    // or opening the sentence — not "a nationwide day of mourning for the 16 soldiers killed"
    if ((w == "nationwide" || w == "statewide") &&
        ((k > 0 && trigger_of(word(k - 1)) != Trigger::none) ||
         (k == 0 && k + 1 < tokens.size() && tokens[k + 1].lower == ","))) {
      return true;
    }
    // "throughout Brooklyn, Queens" (places listed), "throughout the city" — not "sirens
    // sounded throughout Stepanakert", "throughout the night"
    const auto capitalised = [&](std::size_t i) {
      return i < tokens.size() && tokens[i].type == TokenType::word && tokens[i].capitalised;
    };
    if (w == "throughout" &&
        ((capitalised(k + 1) && k + 2 < tokens.size() && tokens[k + 2].lower == "," &&
          capitalised(k + 3)) ||
         (word(k + 1) == "the" && (word(k + 2) == "city" || word(k + 2) == "weekend")))) {
      return true;
    }
    // "across the city", "across the state"; "more than 50 people shot across Chicago" — not
    // "across Allen Parkway", a street
    static constexpr std::string_view kExpanses[] = {"city",   "state",  "country",
                                                     "nation", "county", "region"};
    if (w == "across" && word(k + 1) == "the" && detail::iequals_any(word(k + 2), kExpanses)) {
      return true;
    }
    static constexpr std::string_view kStreets[] = {
        "street",  "st",   "avenue", "ave",  "road",    "rd",     "boulevard", "blvd",
        "parkway", "pkwy", "drive",  "lane", "highway", "bridge", "river",     "way"};
    // (not in capitals, where every word is one, nor "came across")
    // (said of those hit: "shot across Chicago", not "walked across Garfield Park")
    if (w == "across" && !tokens[k].capitalised && capitalised(k + 1) &&
        !detail::iequals_any(word(k + 2), kStreets) && k > 0 &&
        trigger_of(word(k - 1)) != Trigger::none) {
      return true;
    }
    // "so far this year", "at this time last year": a running count, not an incident's
    if (w == "far" && word(k + 1) == "this" && word(k + 2) == "year") return true;
    // "So far in 2017, 150 people have been murdered"
    const auto year_at = [&](std::size_t i) {
      return i < tokens.size() && tokens[i].type == TokenType::other &&
             tokens[i].kind == QuantityKind::year;
    };
    // (not a superlative's period: "the deadliest attack since the start of 2017")
    const auto superlative_before = [&] {
      for (std::size_t j = 0; j < k; ++j) {
        const std::string_view x = word(j);
        if (x == "most" || x == "first" || (x.size() > 5 && x.ends_with("iest")) || x == "worst" ||
            x == "largest" || x == "biggest" || x == "highest") {
          return true;
        }
      }
      return false;
    };
    if (w == "far" && word(k + 1) == "in" && year_at(k + 2) && !superlative_before()) return true;
    // "242 people have been shot in the city since the start of 2017", "since the beginning of
    // the year": a running count (not "since the start of the war")
    if (w == "since" && word(k + 1) == "the" &&
        (word(k + 2) == "start" || word(k + 2) == "beginning") && word(k + 3) == "of" &&
        (year_at(k + 4) || (word(k + 4) == "the" && word(k + 5) == "year")) &&
        !superlative_before()) {
      return true;
    }
    // "11 people have been shot in the city" since a time: the city's count, not an incident's
    // (not "three people were shot in the city on Sunday")
    if (w == "city" && k >= 3 && word(k - 1) == "the" && word(k - 2) == "in" &&
        trigger_of(word(k - 3)) != Trigger::none) {
      for (std::size_t j = 0; j < tokens.size(); ++j) {
        if (word(j) == "since") return true;
      }
    }
    // "in November alone", "In 2016 alone", "this year alone": a period's toll
    static constexpr std::string_view kPeriods[] = {"year", "month", "week", "weekend"};
    if (w == "alone" && k > 0 &&
        (detail::iequals_any(word(k - 1), kPeriods) || detail::is_time_name(word(k - 1)) ||
         year_at(k - 1))) {
      return true;
    }
    if (w == "time" && word(k + 1) == "last" && word(k + 2) == "year") return true;
    // "Having lost three sons to violence": a family's losses, over years (not "lost two sons
    // in the shooting")
    if (w == "lost" && k + 3 < tokens.size() && tokens[k + 1].type == TokenType::figure &&
        detail::is_kin(word(k + 2)) && word(k + 3) == "to") {
      return true;
    }
    // "claimed two lives over the past couple of years", "in the past week": a period's toll
    // (not a superlative's: "the deadliest shooting over the past decade")
    static constexpr std::string_view kStretches[] = {"days", "weeks", "months", "years",
                                                      "week", "month", "year",   "decade"};
    if ((w == "past" || w == "last") && k >= 2 && word(k - 1) == "the" &&
        (word(k - 2) == "over" || word(k - 2) == "in" || word(k - 2) == "during")) {
      for (std::size_t j = k + 1; j < tokens.size() && j <= k + 4; ++j) {
        if (detail::iequals_any(word(j), kStretches)) {
          if (!superlative_before()) return true;
          break;
        }
      }
    }
    if (w == "through" && word(k + 1) == "the" && word(k + 2) == "end") return true;
    // "this year through July 20", "this year to date", "over the same period last year"
    if (w == "this" && word(k + 1) == "year" &&
        (word(k + 2) == "through" || (word(k + 2) == "to" && word(k + 3) == "date"))) {
      return true;
    }
    if (w == "same" && word(k + 1) == "period") return true;
    // "13 toddler shooting deaths this year": a year's running toll
    if (detail::iequals_any(w, kTolls) && word(k + 1) == "this" && word(k + 2) == "year") {
      return true;
    }
    // "41 of 123 officer fatalities in 2015": a year's toll
    if (detail::iequals_any(w, kTolls) && word(k + 1) == "in" && k + 2 < tokens.size() &&
        tokens[k + 2].type == TokenType::other && tokens[k + 2].span.size() == 4) {
      return true;
    }
  }
  return false;
}

bool gunshots(std::span<const Token> tokens, std::size_t f, const Found& use) {
  if (use.trigger != Trigger::shot || use.at <= f || tokens[use.at].lower != "shot") return false;
  const auto word = [&](std::size_t k) {
    return k < tokens.size() && tokens[k].type == TokenType::word ? tokens[k].lower
                                                                  : std::string_view();
  };
  // The noun right after the figure, or after "more", "final", ...: "one more shot"
  const bool noun_next =
      use.at == f + 1 ||
      (use.at == f + 2 &&
       (word(f + 1) == "more" || word(f + 1) == "final" || word(f + 1) == "last" ||
        word(f + 1) == "single" || word(f + 1) == "additional" || word(f + 1) == "fatal"));
  if (!noun_next) return false;
  const std::string_view before = f > 0 ? word(f - 1) : std::string_view();
  static constexpr std::string_view kFiring[] = {"fired", "fire", "fires", "firing",
                                                 "heard", "hear", "let",   "squeezed"};
  if (detail::iequals_any(before, kFiring)) return true;
  // "one shot was fired", "one shot rang out"
  const std::string_view next = word(use.at + 1);
  return ((next == "was" || next == "were") &&
          (word(use.at + 2) == "fired" || word(use.at + 2) == "heard")) ||
         next == "rang";
}

NotPeople counts_not_people(std::span<const Token> tokens, std::size_t f) {
  const auto word = [&](std::size_t k) {
    return k < tokens.size() ? tokens[k].lower : std::string_view();
  };
  if (word(f + 1) == "wounds" ||
      ((word(f + 1) == "gunshot" || word(f + 1) == "stab" || word(f + 1) == "bullet") &&
       word(f + 2) == "wounds")) {
    return NotPeople::wounds;
  }
  static constexpr std::string_view kIncidents[] = {"shooting",  "shootings", "incident",
                                                    "incidents", "attack",    "attacks"};
  if ((detail::iequals_any(word(f + 1), kIncidents) && !detail::population_of(word(f + 2)) &&
       trigger_of(word(f + 2)) == Trigger::none) ||
      ((word(f + 1) == "reports" || word(f + 1) == "calls") && word(f + 2) == "of")) {
    return NotPeople::incidents;
  }
  // ... past a word or two: "in three overnight shootings", "two South Side shootings" (the
  // plural looked for first: the words between are read only then)
  static constexpr std::string_view kPlural[] = {"shootings", "incidents", "attacks"};
  for (std::size_t j = f + 2; j <= f + 3 && j < tokens.size(); ++j) {
    if (!detail::iequals_any(word(j), kPlural)) continue;
    bool plain = true;
    for (std::size_t k = f + 1; k < j && plain; ++k) {
      plain = tokens[k].type == TokenType::word && !detail::population_of(tokens[k].lower) &&
              trigger_of(tokens[k].lower) == Trigger::none;
    }
    if (plain) return NotPeople::incidents;
  }
  return NotPeople::none;
}

bool said_of_the_one(std::span<const Token> tokens, const std::vector<Quantity>& quantities,
                     std::size_t f, std::size_t at) {
  std::size_t g = f;
  if (g > 0 && tokens[g - 1].lower == "the") --g;
  if (g < 2 || tokens[g - 1].lower != "of" || tokens[g - 2].type != TokenType::figure ||
      quantities[tokens[g - 2].figure].value != 1) {
    return false;
  }
  for (std::size_t k = f + 1; k < at && k < tokens.size(); ++k) {
    if (tokens[k].lower == "was" || tokens[k].lower == "is" || tokens[k].lower == "has") {
      return true;
    }
  }
  return false;
}

std::string region_named(std::string_view text, std::span<const Token> tokens,
                         const Places& places) {
  std::string found;
  if (!places.has_regions()) return found;  // no side of the lexicon is a region
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].type != TokenType::word) continue;
    const auto m = places.match(text, tokens, k);
    if (!m) continue;
    if (m->how == detail::PlaceHow::region) {
      if (!found.empty() && found != m->side) return "both";
      found = std::string(m->side);
    }
    k += m->tokens - 1;
  }
  return found;
}

// A line labelled with a side: "- Armenia: ...", "- Armenia (Security Council of Armenia):
// ...", "Combined: ...". The label gives the side of the line's casualty figures, and a body in
// brackets is the line's claimant. Datelines ("New Delhi: ...") name cities, not sides.

Topic topic_of(std::string_view text, std::span<const Token> tokens, const Places& places) {
  Topic topic;
  std::size_t k = 0;
  if (k < tokens.size() && tokens[k].type == TokenType::punct) ++k;  // a bullet
  if (k >= tokens.size()) return topic;
  const std::string_view first = tokens[k].lower;
  if ((first == "combined" || first == "total" || first == "overall") && k + 1 < tokens.size() &&
      tokens[k + 1].lower == ":") {
    topic.side = "both";
    return topic;
  }
  const auto m = places.match(text, tokens, k);
  if (!m || m->how == detail::PlaceHow::capital || m->how == detail::PlaceHow::demonym) {
    return topic;
  }
  std::size_t e = k + m->tokens;
  if (e < tokens.size() && tokens[e].lower == "(") {
    std::size_t close = e + 1;
    while (close < tokens.size() && close < e + 10 && tokens[close].lower != ")") ++close;
    if (close < tokens.size() && tokens[close].lower == ")") {
      topic.speaker = detail::read_speaker(text, tokens, e + 1, close, places);
      e = close + 1;
    }
  }
  if (e >= tokens.size() || tokens[e].lower != ":") {
    topic.speaker.reset();
    return topic;
  }
  topic.side = std::string(m->side);
  return topic;
}

}  // namespace claimgraph::detail
