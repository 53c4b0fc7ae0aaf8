// Readings of the words around one figure (figure_context.hpp): each looks at the figure's
// clause in the sentence's tokens (tokens.cpp) — the counted phrase after it, the casualty
// trigger after or before it, a restatement frame, a side before it, a list line's label — and
// never across another figure. Windows are a few tokens (kAfterWindow, kBeforeWindow,
// kPhraseWindow), so each reading is constant work per figure. Rules: docs/claims.md.

#include "attribute/figure_context.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "attribute/places.hpp"
#include "extract/phrase_set.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

constexpr std::size_t kAfterWindow = 8;
constexpr std::size_t kBeforeWindow = 6;
constexpr std::size_t kPhraseWindow = 6;

bool clause_end(const Token& t) {
  if (t.type == TokenType::figure) return true;
  if (t.type != TokenType::punct) return false;
  return t.lower == "," || t.lower == ";" || t.lower == ":" || t.lower == "(" || t.lower == ")" ||
         t.lower == "\xE2\x80\x94" || t.lower == "\xE2\x80\x93" || t.lower == ".";
}

// Words that end the counted phrase after a figure.
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
  return iequals_any(w, kStops);
}

}  // namespace

bool names_person(const std::vector<Token>& tokens, std::size_t k) {
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
bool gunshot_victims(const std::vector<Token>& tokens, std::size_t k) {
  return tokens[k].lower == "gunshot" && k + 1 < tokens.size() &&
         (tokens[k + 1].lower == "victims" || tokens[k + 1].lower == "victim");
}

bool possessive_pronoun(std::string_view w) {
  return w == "its" || w == "their" || w == "our" || w == "his" || w == "her" || w == "my";
}

std::optional<Found> injury_named_after(const std::vector<Token>& tokens, std::size_t k);

// The counted phrase after figure token f: "of its soldiers", "Russian peacekeepers",
// "rival ex-Soviet republics".
Phrase counted_phrase(std::string_view text, const std::vector<Token>& tokens, std::size_t f,
                      const Places& places) {
  Phrase p;
  std::size_t k = f + 1;
  const std::size_t n = tokens.size();
  if (k < n && tokens[k].type == TokenType::word && tokens[k].lower == "of") ++k;
  std::vector<std::string> sides;
  bool plural_head = false;
  for (std::size_t count = 0; k < n && count < kPhraseWindow; ++count) {
    const Token& t = tokens[k];
    if (t.type != TokenType::word) break;
    if ((detail::trigger_of(t.lower) != Trigger::none || gunshot_victims(tokens, k)) &&
        !detail::population_of(t.lower)) {
      // "the two wounded victims", "five injured police officers": the casualty word is what
      // the figure counts, the noun after it whom.
      if (k + 1 < n && tokens[k + 1].type == TokenType::word && p.population.empty()) {
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
    if (const auto pop = detail::population_of(t.lower); pop && p.population.empty()) {
      p.population = std::string(*pop);
      p.head = t.lower;
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

// "were transported to area hospitals", "taken privately to a hospital", "rushed to OSU Main
// Hospital": the wounded, at the word "hospital". Killed when they died there or after ("where
// they died", "where he was later pronounced dead", "and later died"); the casualties when
// someone else of them did ("All four victims were transported to the hospital, where the man
// who was chased was pronounced dead"). Not bodies ("The bodies of 12 victims were taken"),
// nor those who were not ("declined to be taken"), nor a precaution ("for observation").
std::optional<Found> taken_to_hospital(const std::vector<Token>& tokens, std::size_t k) {
  static constexpr std::string_view kCarried[] = {"transported", "taken",     "rushed", "brought",
                                                  "flown",       "airlifted", "driven", "sent"};
  if (!iequals_any(tokens[k].lower, kCarried)) return std::nullopt;
  const std::size_t n = tokens.size();
  static constexpr std::string_view kNot[] = {"bodies",  "body", "remains", "declined",
                                              "refused", "not",  "never",   "without"};
  for (std::size_t b = k; b-- > 0 && b + 8 >= k;) {
    if (iequals_any(tokens[b].lower, kNot)) return std::nullopt;
  }
  const auto died = [](std::string_view w) {
    return w == "died" || w == "dead" || w == "death" || w == "away";  // "passed away"
  };
  for (std::size_t j = k + 1; j < n && j <= k + 6; ++j) {
    if (clause_end(tokens[j])) return std::nullopt;
    if (tokens[j].lower != "hospital" && tokens[j].lower != "hospitals") continue;
    // "Two detectives were sent to the hospital to interview the victim": an errand
    if (tokens[k].lower == "sent" && j + 1 < n && tokens[j + 1].lower == "to") return std::nullopt;
    // What follows in the clause after "hospital": where they died, a precaution, or nothing.
    std::size_t m = j + 1;
    if (m < n && tokens[m].lower == ",") ++m;
    static constexpr std::string_view kPrecaution[] = {"precaution", "observation", "evaluation",
                                                       "checked",    "uninjured",   "unharmed"};
    static constexpr std::string_view kThey[] = {"they", "both", "all", "he", "she"};
    const bool where = m < n && tokens[m].lower == "where";
    const bool same = where ? m + 1 < n && iequals_any(tokens[m + 1].lower, kThey)
                            : m < n && tokens[m].lower == "and";  // "and later died"
    for (std::size_t e = m; e < n && e <= m + 12 && !clause_end(tokens[e]); ++e) {
      if (iequals_any(tokens[e].lower, kPrecaution)) return std::nullopt;
      if (tokens[e].lower == "not" || tokens[e].lower == "no") return std::nullopt;
      if (!died(tokens[e].lower)) continue;
      if (same) return Found{Trigger::killed, j, false};
      if (where) return Found{Trigger::casualties, j, false};
      break;
    }
    return Found{Trigger::wounded, j, false};
  }
  return std::nullopt;
}

// "sustained what police say are non-life threatening injuries", "had to be treated for
// non-life threatening wounds": the injury a few words after the verb that takes it, past the
// window a bare figure reads — not "sustained no injuries"; wounds are gunshots only when so
// named ("gunshot wounds": shot; "stab wounds": wounded).
std::optional<Found> injury_named_after(const std::vector<Token>& tokens, std::size_t k) {
  static constexpr std::string_view kSuffered[] = {"sustained", "suffered", "suffering",
                                                   "treated",   "received", "receiving"};
  if (!iequals_any(tokens[k].lower, kSuffered)) return std::nullopt;
  const std::size_t n = tokens.size();
  for (std::size_t j = k + 1; j < n && j <= k + 7; ++j) {
    if (clause_end(tokens[j])) return std::nullopt;
    const std::string_view w = tokens[j].lower;
    if (w == "no" || w == "not" || w == "minor-to-no") return std::nullopt;
    if (w == "injuries" || w == "injury") return Found{Trigger::wounded, j, false};
    if (w == "wounds" || w == "wound") {
      const bool gunshot = tokens[j - 1].lower == "gunshot" || tokens[j - 1].lower == "gun-shot" ||
                           tokens[j - 1].lower == "bullet" ||
                           (tokens[j - 1].lower == "shot" && j - 1 > k);
      return Found{gunshot ? Trigger::shot : Trigger::wounded, j, false};
    }
  }
  return std::nullopt;
}

namespace {

// Whether the casualty verb at `k` is done by the figure at `f`: an object right after it ("him",
// "the suspect", "a clerk", "two people") and no passive between them ("were", "was",
// "been", "got"). Not "lost their lives", nor a time ("shot the night before").
bool acts_on_object(const std::vector<Token>& tokens, std::size_t f, std::size_t k) {
  static constexpr std::string_view kVerbs[] = {"shot",    "killed",  "kill",    "kills",
                                                "wounded", "injured", "stabbed", "murdered",
                                                "lost",    "lose",    "loses"};
  // right after the figure it describes them: "two injured men", "five wounded soldiers"
  if (!iequals_any(tokens[k].lower, kVerbs) || k <= f + 1 || k + 1 >= tokens.size()) return false;
  static constexpr std::string_view kPassive[] = {"was", "were", "been", "be",  "being",
                                                  "is",  "are",  "got",  "get", "gets"};
  for (std::size_t b = f + 1; b < k; ++b) {
    if (iequals_any(tokens[b].lower, kPassive)) return false;
  }
  // "Two gunmen shot and killed a man": the object of the second verb
  std::size_t at = k + 1;
  if (tokens[at].lower == "and" && at + 2 < tokens.size() &&
      iequals_any(tokens[at + 1].lower, kVerbs)) {
    at += 2;
  }
  const Token& o = tokens[at];
  static constexpr std::string_view kObjects[] = {
      "him", "her", "them", "his", "their", "its", "the", "a", "an", "me", "us", "those", "these"};
  // A time, a place or the doer's own body after "the", "a", "their": "shot the other night",
  // "killed the next day", "wounded an hour later", "shot a block from the school", "injured
  // their backs".
  static constexpr std::string_view kNotObjects[] = {
      "night",  "morning",   "afternoon", "evening",   "day",   "days",  "weekend", "week",
      "weeks",  "month",     "months",    "year",      "hour",  "hours", "minute",  "minutes",
      "moment", "block",     "blocks",    "mile",      "miles", "few",   "couple",  "short",
      "same",   "following", "previous",  "next",      "other", "first", "last",    "second",
      "lives",  "life",      "back",      "backs",     "hand",  "hands", "leg",     "legs",
      "arm",    "arms",      "head",      "heads",     "foot",  "feet",  "knee",    "knees",
      "ankle",  "ankles",    "shoulder",  "shoulders", "neck",  "wrist", "wrists",  "eye",
      "eyes"};
  if (o.type == TokenType::figure) return true;
  if (o.type != TokenType::word) return false;
  // "three parents who lost children"
  if (tokens[at - 1].lower.starts_with("los") && detail::population_of(o.lower)) return true;
  // A name is left out: headlines capitalise every word ("Two Shot Downtown").
  return iequals_any(o.lower, kObjects) &&
         !(at + 1 < tokens.size() && iequals_any(tokens[at + 1].lower, kNotObjects));
}

Found scan_after(const std::vector<Token>& tokens, std::size_t f) {
  const std::size_t n = tokens.size();
  std::size_t limit = f + kAfterWindow;  // the window, widened once by a parenthetical passed
  bool widened = false;                  // over (so each figure still reads a bounded window)
  for (std::size_t k = f + 1; k < n && k <= limit; ++k) {
    const Token& t = tokens[k];
    // "Five people, including three children, were killed": past a parenthetical ("four
    // people, including an 11-year-old boy and a 13-year-old boy, were wounded").
    // Not an aside that tells the outcome: "Two people, both of whom were pronounced dead at
    // the scene, were shot" (read on into it) — unless the outcome is a figure's of its own
    // ("Five people, including two who later died, were shot").
    // An aside naming some of them ("including", "among") tells nothing of the whole: "with
    // about 10 friends, including the boy who was killed" ends the look there.
    if (t.lower == "," && k + 1 < n &&
        (tokens[k + 1].lower == "including" || tokens[k + 1].lower == "among" ||
         tokens[k + 1].lower == "both")) {
      std::size_t close = k + 1;
      bool outcome = false;
      bool figure = false;
      while (close < n && close < k + 10 && tokens[close].lower != ",") {
        outcome = outcome || detail::trigger_of(tokens[close].lower) != Trigger::none;
        figure = figure || tokens[close].type == TokenType::figure;
        ++close;
      }
      const bool whole = tokens[k + 1].lower == "both";
      if (whole && outcome && !figure) continue;
      if (close < n && tokens[close].lower == ",") {
        if (!widened) limit += close - k;
        widened = true;
        k = close;
        continue;
      }
      if (!whole) break;
    }
    // "Three other men, ages 25, 26, and 33, were injured": past a list of ages — two figures
    // or more that count nothing ("ages 25" is one token), or one age ("Four teenagers, ages 13
    // to 17, sustained ..."); not one date ("Sunday, Sept. 15,").
    if (t.lower == "," && k + 2 < n && tokens[k + 1].type == TokenType::other) {
      std::size_t j = k + 2;
      std::size_t listed = 1;
      while (j < n && j < k + 12 &&
             (tokens[j].type == TokenType::other || tokens[j].lower == "," ||
              tokens[j].lower == "and" || tokens[j].lower == "to")) {
        if (tokens[j].type == TokenType::other) ++listed;
        ++j;
      }
      if ((listed >= 2 || tokens[k + 1].kind == QuantityKind::age) && tokens[j - 1].lower == ",") {
        if (!widened) limit += j - 1 - k;
        widened = true;
        k = j - 1;
        continue;
      }
    }
    // "Four people, the youngest being 11 years old, were shot": past an aside on their ages.
    if (t.lower == "," && k + 2 < n && tokens[k + 1].lower == "the" &&
        (tokens[k + 2].lower == "youngest" || tokens[k + 2].lower == "oldest") && !widened) {
      std::size_t close = k + 3;
      while (close < n && close < k + 10 && tokens[close].lower != "," &&
             tokens[close].type != TokenType::figure &&
             detail::trigger_of(tokens[close].lower) == Trigger::none) {
        ++close;
      }
      if (close < n && close < k + 10 && tokens[close].lower == ",") {
        limit += close - k;
        widened = true;
        k = close;
        continue;
      }
    }
    // "Three victims, a 25-year-old man, a 26-year-old man, and a 33-year-old man, were all
    // transported to a local hospital": past a list of people by their ages.
    if (t.lower == "," && !widened) {
      std::size_t j = k + 1;
      std::size_t items = 0;
      while (j < n && j < k + 16) {
        std::size_t i = j;
        if (tokens[i].lower == "a" || tokens[i].lower == "an") ++i;
        if (i >= n || tokens[i].type != TokenType::other || tokens[i].kind != QuantityKind::age) {
          break;
        }
        ++i;
        if (i < n && names_person(tokens, i)) ++i;
        ++items;
        j = i;
        if (j < n && tokens[j].lower == ",") {
          ++j;
          if (j < n && tokens[j].lower == "and") ++j;
        } else if (j < n && tokens[j].lower == "and") {
          ++j;
        } else {
          break;
        }
      }
      // One age is an aside only before the predicate: "Another victim, a 25-year-old man, was
      // taken to a hospital".
      static constexpr std::string_view kPredicate[] = {"was",  "were", "is",      "are",
                                                        "both", "all",  "had",     "have",
                                                        "died", "dies", "remains", "remain"};
      // A list of two or more may end on its predicate: "three other victims, a 21-year-old
      // male, a 19-year-old female and a 3-year-old boy were transported".
      const bool closed = items > 0 && tokens[j - 1].lower == ",";
      const bool predicate = j < n && iequals_any(tokens[j].lower, kPredicate);
      if ((closed && (items >= 2 || predicate)) || (!closed && items >= 2 && predicate)) {
        limit += j - 1 - k;
        widened = true;
        k = j - 1;
        continue;
      }
    }
    // "Two other people – both juveniles – were taken privately to a hospital": past an aside
    // between dashes.
    if ((t.lower == "\xE2\x80\x93" || t.lower == "\xE2\x80\x94") && !widened) {
      std::size_t close = k + 1;
      while (close < n && close < k + 8 && tokens[close].lower != t.lower &&
             tokens[close].lower != "." && tokens[close].type != TokenType::figure) {
        ++close;
      }
      if (close < n && close < k + 8 && tokens[close].lower == t.lower) {
        limit += close - k;
        widened = true;
        k = close;
        continue;
      }
    }
    if (t.type == TokenType::figure && k > f + 1 && tokens[k - 1].type == TokenType::word &&
        (tokens[k - 1].lower == "and" || tokens[k - 1].lower == "or")) {
      continue;
    }
    if (clause_end(t)) break;
    if (t.type != TokenType::word) continue;
    if (t.lower == "when" || t.lower == "while" || t.lower == "because" || t.lower == "after" ||
        t.lower == "before" || t.lower == "until" || t.lower == "since" || t.lower == "where") {
      break;  // another clause: "50 people were in the bar when the shooting occurred"
    }
    // The accused: "two brothers charged in the January shooting deaths of four women" — the
    // casualty word names their crime, not what happened to them.
    // A reduced clause ("two men accused of robbing a store were shot by the owner") reads on
    // from the main verb after it, if any; right after the figure the word is an adjective
    // ("two suspected gang members were shot").
    static constexpr std::string_view kAccused[] = {"charged",  "accused",   "convicted",
                                                    "indicted", "sentenced", "suspected"};
    if (k > f + 1 && iequals_any(t.lower, kAccused)) {
      static constexpr std::string_view kMainVerb[] = {"were", "was", "are", "is"};
      std::size_t j = k + 1;
      while (j < n && j <= limit && !clause_end(tokens[j]) &&
             !iequals_any(tokens[j].lower, kMainVerb)) {
        ++j;
      }
      if (j < n && j <= limit && iequals_any(tokens[j].lower, kMainVerb) &&
          tokens[k - 1].lower != "been" && tokens[k - 1].lower != "be") {
        k = j;
        continue;
      }
      break;
    }
    // "were also hit and injured by gunfire"
    if (t.lower == "and" && tokens[k - 1].lower == "hit" && k + 1 < n &&
        detail::trigger_of(tokens[k + 1].lower) != Trigger::none) {
      continue;
    }
    if (t.lower == "and" || t.lower == "or") {
      // "293 servicemen and three civilians were wounded": a predicate shared across a second
      // figure; any other "and" starts another predicate ("a family of five and killing two").
      if (k + 1 < n &&
          (tokens[k + 1].type == TokenType::figure || detail::population_of(tokens[k + 1].lower))) {
        ++k;  // "Five men and women were injured"
        continue;
      }
      break;
    }
    // "three of the shooting victims died": "shooting" names the event here, not what happened
    // to those counted.
    if (t.lower == "shooting") continue;
    if (t.lower == "homes" && k >= 2 && tokens[k - 2].lower == "from") {
      return {Trigger::displaced, k, false};  // "forced ... from their homes"
    }
    if (t.capitalised && t.lower == "life") continue;  // "flown by Life Flight": a name
    // "serving life sentences", "life in prison": a sentence, not a death
    if (t.lower == "life" && k + 1 < n &&
        (tokens[k + 1].lower == "sentence" || tokens[k + 1].lower == "sentences" ||
         tokens[k + 1].lower == "in" || tokens[k + 1].lower == "imprisonment" ||
         tokens[k + 1].lower == "without")) {
      continue;
    }
    if (gunshot_victims(tokens, k)) continue;  // read last: trigger_after
    // "four young people had been hit by gunfire", "hit by a stray bullet": shot
    if (t.lower == "hit" && k + 2 < n && tokens[k + 1].lower == "by") {
      static constexpr std::string_view kGunfire[] = {"gunfire", "bullets", "bullet", "gunshots",
                                                      "shots",   "rounds",  "shotgun"};
      std::size_t j = k + 2;
      while (j < n && j <= k + 4 && (tokens[j].lower == "a" || tokens[j].lower == "stray")) ++j;
      // People were hit — "were hit", "had been hit", "got hit" —, not a home ("a home with three
      // children inside was hit"); and not "were not directly hit", "narrowly avoided being hit",
      // "were almost hit".
      static constexpr std::string_view kPeopleHit[] = {"were", "was",   "is",  "are",
                                                        "been", "being", "got", "get"};
      static constexpr std::string_view kMissed[] = {"not",    "never",    "avoided", "almost",
                                                     "nearly", "narrowly", "escaped", "without"};
      // "the people hit by gunfire": a participle after its noun
      bool people = k > f + 1 && detail::population_of(tokens[k - 1].lower).has_value();
      bool missed = false;
      for (std::size_t b = k; b-- > f + 1 && b + 4 > k;) {
        people = people || iequals_any(tokens[b].lower, kPeopleHit);
        missed =
            missed || iequals_any(tokens[b].lower, kMissed) || tokens[b].lower.ends_with("n't");
      }
      static constexpr std::string_view kInside[] = {"with", "carrying", "holding", "containing"};
      const bool contained = f > 0 && iequals_any(tokens[f - 1].lower, kInside);
      if (people && !missed && !contained && j < n && iequals_any(tokens[j].lower, kGunfire)) {
        return {Trigger::shot, k, false};
      }
    }
    if (const std::optional<Found> carried = taken_to_hospital(tokens, k)) return *carried;
    if (const std::optional<Found> injury = injury_named_after(tokens, k)) return *injury;
    const Trigger tr = detail::trigger_of(t.lower);
    if (tr == Trigger::none) continue;
    // "Two doctors who treated the injured", "a memorial for the slain rapper": the casualty
    // word is another's (not the group of a partitive: "three of the wounded").
    static constexpr std::string_view kNouns[] = {"injured", "wounded",  "dead",  "slain",
                                                  "killing", "killings", "death", "deaths"};
    // ("among the dead", "among the wounded": the figure is of them)
    if (tokens[k - 1].lower == "the" && k > f + 2 && iequals_any(t.lower, kNouns) &&
        !(k == f + 3 && tokens[f + 1].lower == "of") && tokens[k - 2].lower != "among") {
      continue;
    }
    // The figure does it: "two officers shot the suspect", "three men killed a store clerk",
    // "two subjects who shot him" — a casualty verb with an object and no passive before it.
    if (acts_on_object(tokens, f, k)) break;
    Found found{tr, k, false};
    if (tr == Trigger::shot && t.lower != "wounds") {
      // "shot dead", "shot and killed", "shot to death", "fatally shot": killed (not "two men
      // with gunshot wounds, one dead", nor past a comma or a figure: "16 shot, 1 killed")
      for (std::size_t j = k + 1; j < n && j <= k + 3; ++j) {
        if (tokens[j].type != TokenType::word) break;
        const std::string_view w = tokens[j].lower;
        if (w == "dead" || w == "killed" || w == "death") {
          found.trigger = Trigger::killed;
          break;
        }
      }
      if (k > 0 && tokens[k - 1].lower == "fatally") found.trigger = Trigger::killed;
      // "shot and wounded", "shot and injured": wounded, not every victim shot
      if (found.trigger == Trigger::shot && k + 2 < n && tokens[k + 1].lower == "and" &&
          detail::trigger_of(tokens[k + 2].lower) == Trigger::wounded) {
        found.trigger = Trigger::wounded;
      }
    }
    // "killed or missing", "dead and missing", "killed or are missing"
    if (tr == Trigger::killed) {
      std::size_t j = k + 1;
      if (j < n && (tokens[j].lower == "or" || tokens[j].lower == "and")) {
        ++j;
        if (j < n && (tokens[j].lower == "are" || tokens[j].lower == "were" ||
                      tokens[j].lower == "remain" || tokens[j].lower == "still")) {
          ++j;
        }
        if (j < n && detail::trigger_of(tokens[j].lower) == Trigger::missing) {
          found.joint_missing = true;
          found.at = j;
        }
      }
    }
    return found;
  }
  return {};
}

}  // namespace

Found trigger_after(const std::vector<Token>& tokens, std::size_t f) {
  const Found found = scan_after(tokens, f);
  if (found.trigger != Trigger::none) return found;
  // "4 gunshot victims were located", "two other gunshot victims": those shot, when nothing
  // after says more ("were transported to a hospital": wounded; "died": killed)
  for (std::size_t k = f + 1; k < tokens.size() && k <= f + 3; ++k) {
    if (tokens[k].type != TokenType::word) break;
    if (gunshot_victims(tokens, k)) return {Trigger::shot, k, false};
  }
  return found;
}

Found trigger_before(const std::vector<Token>& tokens, std::size_t f) {
  for (std::size_t d = 1; d <= kBeforeWindow && d <= f; ++d) {
    const Token& t = tokens[f - d];
    if (clause_end(t)) break;
    if (t.type != TokenType::word) continue;
    // "in the murder of two teens" (a noun only here: "three murder suspects")
    if (d == 2 && t.lower == "murder" && tokens[f - 1].lower == "of") {
      return {Trigger::killed, f - d, false};
    }
    // "opened fire, striking five people" (a verb only here: "3,000 striking workers")
    const Trigger tr =
        t.lower == "striking" && (d == 1 || (d == 2 && (tokens[f - 1].lower == "the" ||
                                                        tokens[f - 1].lower == "all" ||
                                                        tokens[f - 1].lower == "both")))
            ? Trigger::wounded
            : detail::trigger_of(t.lower);
    // "fatally shot two people": killed, as "two people were fatally shot" is
    if (tr == Trigger::shot && f - d > 0 && tokens[f - d - 1].lower == "fatally")
      return {Trigger::killed, f - d, false};
    if (tr != Trigger::none) return {tr, f - d, false};
    // Another clause: "two were killed and seven others", "kill a suspect after two others"
    if (t.lower == "and" || t.lower == "or" || t.lower == "but" || t.lower == "while" ||
        t.lower == "after" || t.lower == "before" || t.lower == "when" || t.lower == "where" ||
        t.lower == "who" || t.lower == "as") {
      break;
    }
  }
  return {};
}

// Verb forms that take the figure as their object: "killed 3", "killing one", "lost 50".
bool active_verb(std::string_view w) {
  return w == "killed" || w == "killing" || w == "kill" || w == "kills" || w == "wounded" ||
         w == "wounding" || w == "injured" || w == "injuring" || w == "lost" || w == "lose" ||
         w == "deployed" || w == "deploying" || w == "deploy" || w == "stationed" ||
         w == "dispatched" || w == "evacuated" || w == "captured" || w == "capturing" ||
         w == "detained" || w == "arrested" || w == "displaced" || w == "left" || w == "shot" ||
         w == "shooting" || w == "shoots" || w == "struck" || w == "stabbed" || w == "striking" ||
         w == "injure" || w == "injures";
}

// "both sides", "on each side", "combined", "in total" near the figure.
bool both_sides_near(const std::vector<Token>& tokens, std::size_t f) {
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
std::string loser_before(std::string_view text, const std::vector<Token>& tokens, std::size_t at,
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
bool list_marker(const std::vector<Token>& tokens, std::size_t f) {
  return f == 0 && tokens.size() > 1 && tokens[1].type == TokenType::punct &&
         (tokens[1].lower == "." || tokens[1].lower == ")");
}

bool list_item(const std::vector<Token>& tokens) {
  if (tokens.empty()) return false;
  const std::string_view first = tokens[0].lower;
  return list_marker(tokens, tokens[0].type == TokenType::figure ? 0 : 1) || first == "-" ||
         first == "*" || first == "\xE2\x80\xA2";
}

// A figure restating one given before: "raised the number of its soldiers killed ... to at least
// 135", "the figure ... was 50", "his estimate of about 430". A count word (number, count, toll,
// tally, figure, total, estimate) before the figure in its clause, and any trigger, population
// noun or possessive between them.

Restatement restatement(const std::vector<Token>& tokens, std::size_t f) {
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
void before_phrase(std::string_view text, const std::vector<Token>& tokens, std::size_t f,
                   std::string& population, std::string& side, const Places& places) {
  const std::size_t lo = f > 10 ? f - 10 : 0;
  std::vector<std::string> sides;
  bool marked = false;  // a possessive ("Armenia's") or a demonym ("Azerbaijani soldiers")
  for (std::size_t k = f; k-- > lo;) {
    const Token& t = tokens[k];
    if (t.type == TokenType::figure || (t.type == TokenType::punct && t.lower != "'")) break;
    if (t.type != TokenType::word) continue;
    if (population.empty()) {
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

bool tally_sentence(const std::vector<Token>& tokens) {
  static constexpr std::string_view kPlural[] = {"shootings", "homicides", "murders", "incidents",
                                                 "attacks"};
  static constexpr std::string_view kBefore[] = {"in",       "separate", "several",
                                                 "multiple", "those",    "these"};
  static constexpr std::string_view kTolls[] = {"fatalities", "deaths", "homicides", "murders",
                                                "killings"};
  static constexpr std::string_view kCrime[] = {"homicide", "murder", "shooting", "killing"};
  const auto word = [&](std::size_t k) {
    return k < tokens.size() && tokens[k].type == TokenType::word ? tokens[k].lower
                                                                  : std::string_view();
  };
  // Every test below starts from one of these words: the others are passed over at once.
  static constexpr PrefixFilter kKeys = PrefixFilter::of(std::to_array<std::string_view>(
      {"shootings", "homicides", "murders",    "incidents", "attacks",    "total",  "for",
       "citywide",  "city-wide", "nationwide", "statewide", "throughout", "across", "far",
       "time",      "through",   "this",       "same",      "fatalities", "deaths", "killings"}));
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const std::string_view w = word(k);
    if (!kKeys.may_contain(w)) continue;
    if (detail::iequals_any(w, kPlural)) {
      // "in shootings", "in separate shootings", "in 12 shootings", "shootings across Chicago",
      // "of those homicides", "the number of homicides this year"; a figure right before, or
      // before one word: "in 6 Shreveport shootings", "in three overnight shootings"
      const bool figure_before = (k > 0 && tokens[k - 1].type == TokenType::figure) ||
                                 (k > 1 && tokens[k - 2].type == TokenType::figure &&
                                  tokens[k - 1].type == TokenType::word);
      // "in recent incidents in Dallas and Baton Rouge", not "in the most recent attacks"
      const bool recent = k > 0 && word(k - 1) == "recent" &&
                          (w == "incidents" || w == "shootings" || w == "homicides");
      if ((k > 0 && detail::iequals_any(word(k - 1), kBefore)) || figure_before || recent ||
          word(k + 1) == "across" ||
          ((word(k + 1) == "this" || word(k + 1) == "last") && word(k + 2) == "year")) {
        return true;
      }
    }
    // "raise Louisville's homicide total to 104", "the murder total for 2016"
    if (w == "total" && k > 0 && detail::iequals_any(word(k - 1), kCrime)) return true;
    // "bring the homicide count to 106 for the year"
    if (w == "for" && word(k + 1) == "the" && word(k + 2) == "year") return true;
    if (w == "citywide" || w == "city-wide") return true;
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
    if (w == "across" && word(k + 1) == "the" && word(k + 2) == "city") return true;
    // "so far this year", "at this time last year": a running count, not an incident's
    if (w == "far" && word(k + 1) == "this" && word(k + 2) == "year") return true;
    if (w == "time" && word(k + 1) == "last" && word(k + 2) == "year") return true;
    if (w == "through" && word(k + 1) == "the" && word(k + 2) == "end") return true;
    // "this year through July 20", "this year to date", "over the same period last year"
    if (w == "this" && word(k + 1) == "year" &&
        (word(k + 2) == "through" || (word(k + 2) == "to" && word(k + 3) == "date"))) {
      return true;
    }
    if (w == "same" && word(k + 1) == "period") return true;
    // "41 of 123 officer fatalities in 2015": a year's toll
    if (detail::iequals_any(w, kTolls) && word(k + 1) == "in" && k + 2 < tokens.size() &&
        tokens[k + 2].type == TokenType::other && tokens[k + 2].span.size() == 4) {
      return true;
    }
  }
  return false;
}

bool gunshots(const std::vector<Token>& tokens, std::size_t f, const Found& use) {
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

std::string region_named(std::string_view text, const std::vector<Token>& tokens,
                         const Places& places) {
  std::string found;
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

Topic topic_of(std::string_view text, const std::vector<Token>& tokens, const Places& places) {
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
