// What happened to those a figure counts (figure_context.hpp): the casualty trigger after the
// figure in its clause — past asides, lists of ages, the accused and what the figure itself does
// to others — or right before it; taken to hospital, an injury named after "sustained", hit by
// gunfire. Windows are a few tokens (kAfterWindow, kBeforeWindow), so each reading is constant
// work per figure. Rules: docs/claims.md, "Kind".

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "attribute/figure_context.hpp"
#include "extract/phrase_set.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

constexpr std::size_t kAfterWindow = 8;
constexpr std::size_t kBeforeWindow = 6;

}  // namespace

// "were transported to area hospitals", "taken privately to a hospital", "rushed to OSU Main
// Hospital": the wounded, at the word "hospital". Killed when they died there or after ("where
// they died", "where he was later pronounced dead", "and later died"); the casualties when
// someone else of them did ("All four victims were transported to the hospital, where the man
// who was chased was pronounced dead"). Not bodies ("The bodies of 12 victims were taken"),
// nor those who were not ("declined to be taken"), nor a precaution ("for observation").
std::optional<Found> taken_to_hospital(std::span<const Token> tokens, std::size_t k) {
  static constexpr std::string_view kCarried[] = {"transported", "taken",     "rushed", "brought",
                                                  "flown",       "airlifted", "driven", "sent"};
  // Read for every word after a figure: most fail the inline filter.
  static constexpr WordFilter kCarriedWords = WordFilter::of(std::to_array(kCarried));
  if (!kCarriedWords.may_contain(tokens[k].lower) || !iequals_any(tokens[k].lower, kCarried)) {
    return std::nullopt;
  }
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
std::optional<Found> injury_named_after(std::span<const Token> tokens, std::size_t k) {
  static constexpr std::string_view kSuffered[] = {"sustained", "suffered", "suffering",
                                                   "treated",   "received", "receiving"};
  // Read for every word after a figure: most fail the inline filter.
  static constexpr WordFilter kSufferedWords = WordFilter::of(std::to_array(kSuffered));
  if (!kSufferedWords.may_contain(tokens[k].lower) || !iequals_any(tokens[k].lower, kSuffered)) {
    return std::nullopt;
  }
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
bool acts_on_object(std::span<const Token> tokens, std::size_t f, std::size_t k) {
  static constexpr std::string_view kVerbs[] = {"shot",    "killed",  "kill",    "kills",
                                                "wounded", "injured", "stabbed", "murdered",
                                                "lost",    "lose",    "loses"};
  // right after the figure it describes them: "two injured men", "five wounded soldiers" —
  // unless a person's pronoun follows: "One of the three shot him in the leg"
  if (!iequals_any(tokens[k].lower, kVerbs) || k + 1 >= tokens.size()) return false;
  if (k <= f + 1) {
    static constexpr std::string_view kPronouns[] = {"him", "her", "them", "me", "us"};
    return k == f + 1 && iequals_any(tokens[k + 1].lower, kPronouns);
  }
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
  // "two men killed three people" (not a headline's "Two people killed 3 wounded")
  if (o.type == TokenType::figure) {
    return !(at + 1 < tokens.size() && trigger_of(tokens[at + 1].lower) != Trigger::none);
  }
  if (o.type != TokenType::word) return false;
  // "three parents who lost children"
  if (tokens[at - 1].lower.starts_with("los") && detail::population_of(o.lower)) return true;
  // A name is left out: headlines capitalise every word ("Two Shot Downtown").
  return iequals_any(o.lower, kObjects) &&
         !(at + 1 < tokens.size() && iequals_any(tokens[at + 1].lower, kNotObjects));
}

Found scan_after(std::span<const Token> tokens, std::size_t f) {
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
    // "Four people, the youngest being 11 years old, were shot": past an aside on their ages;
    // "Five people, believed to be related, were killed": on who they were.
    const bool believed = k + 2 < n && tokens[k + 2].lower == "to" &&
                          (tokens[k + 1].lower == "believed" || tokens[k + 1].lower == "thought" ||
                           tokens[k + 1].lower == "said");
    if (t.lower == "," && k + 2 < n &&
        ((tokens[k + 1].lower == "the" &&
          (tokens[k + 2].lower == "youngest" || tokens[k + 2].lower == "oldest")) ||
         believed) &&
        !widened) {
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
    if ((t.lower == "\xE2\x80\x93" || t.lower == "\xE2\x80\x94" || t.lower == "-") && !widened) {
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
    static constexpr std::string_view kAccused[] = {
        "charged", "accused", "convicted", "indicted", "sentenced", "suspected", "wanted"};
    static constexpr WordFilter kAccusedWords = WordFilter::of(std::to_array(kAccused));
    if (k > f + 1 && kAccusedWords.may_contain(t.lower) && iequals_any(t.lower, kAccused)) {
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
    // "no regard for human life": no death
    if (t.lower == "life" && k > 0 && tokens[k - 1].lower == "human") continue;
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
    static constexpr std::string_view kNouns[] = {"injured", "wounded", "dead",
                                                  "slain",   "killing", "killings",
                                                  "death",   "deaths",  "deceased"};
    // ("among the dead", "among the wounded": the figure is of them)
    if (tokens[k - 1].lower == "the" && k > f + 2 && iequals_any(t.lower, kNouns) &&
        !(k == f + 3 && tokens[f + 1].lower == "of") && tokens[k - 2].lower != "among") {
      continue;
    }
    // "Two others were shot at but not hit", "shot at by a gunman": fired at, not hit.
    // (a mark after "at", not a figure: "shot at 3 different locations")
    if (t.lower == "shot" && k + 1 < n && tokens[k + 1].lower == "at" &&
        (k + 2 == n || (tokens[k + 2].type == TokenType::punct && clause_end(tokens[k + 2])) ||
         tokens[k + 2].lower == "but" || tokens[k + 2].lower == "by")) {
      break;
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

Found trigger_after(std::span<const Token> tokens, std::size_t f) {
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

// "sending five people to the hospital", "sends seven to hospital", "put four in the hospital":
// the wounded, from a verb right before the figure (or before "all", "the") and a hospital a few
// words after it — not an errand ("sent two detectives to the hospital to interview her") nor a
// precaution ("for observation"). The verb's token, if so.
std::optional<std::size_t> sent_to_hospital(std::span<const Token> tokens, std::size_t f) {
  static constexpr std::string_view kSend[] = {"sending", "sends",   "sent",        "send",
                                               "put",     "putting", "puts",        "landed",
                                               "landing", "rushed",  "transported", "transporting"};
  std::size_t v = f;
  if (v > 0 && (tokens[v - 1].lower == "all" || tokens[v - 1].lower == "the")) --v;
  if (v == 0 || !iequals_any(tokens[v - 1].lower, kSend)) return std::nullopt;
  const std::size_t n = tokens.size();
  for (std::size_t j = f + 1; j < n && j <= f + 5; ++j) {
    if (clause_end(tokens[j])) return std::nullopt;
    if (tokens[j].lower != "hospital" && tokens[j].lower != "hospitals") continue;
    const std::string_view prep = tokens[j - 1].lower;
    const bool led = prep == "to" || prep == "in" || prep == "the" || prep == "a" ||
                     prep == "area" || prep == "local" || prep == "nearby" || prep == "several";
    if (!led) return std::nullopt;
    const std::string_view next = j + 1 < n ? tokens[j + 1].lower : std::string_view();
    // an errand, a precaution, or what befell them there ("rushed two to the hospital, where
    // they died": not said here)
    if (next == "to" || next == "for" || next == "where") return std::nullopt;
    if (next == "," && j + 2 < n && tokens[j + 2].lower == "where") return std::nullopt;
    return v - 1;
  }
  return std::nullopt;
}

Found trigger_before(std::span<const Token> tokens, std::size_t f) {
  if (const auto verb = sent_to_hospital(tokens, f)) return {Trigger::wounded, *verb, false};
  for (std::size_t d = 1; d <= kBeforeWindow && d <= f; ++d) {
    const Token& t = tokens[f - d];
    if (clause_end(t)) break;
    if (t.type != TokenType::word) continue;
    // "in the murder of two teens" (a noun only here: "three murder suspects"; and not "the
    // attempted murder of two officers")
    if (d == 2 && t.lower == "murder" && tokens[f - 1].lower == "of") {
      if (f - d > 0 && tokens[f - d - 1].lower == "attempted") break;
      return {Trigger::killed, f - d, false};
    }
    // "the woman believed to have killed her family had two children": the figure is what
    // another verb has
    if (d == 1 && (t.lower == "had" || t.lower == "has" || t.lower == "have")) break;
    // "wounds two other officers": the verb, not gunshot wounds
    if (t.lower == "wounds" && d == 1) return {Trigger::wounded, f - d, false};
    // "opened fire, striking five people" (a verb only here: "3,000 striking workers")
    const Trigger tr =
        t.lower == "striking" && (d == 1 || (d == 2 && (tokens[f - 1].lower == "the" ||
                                                        tokens[f - 1].lower == "all" ||
                                                        tokens[f - 1].lower == "both")))
            ? Trigger::wounded
            : detail::trigger_of(t.lower);
    // "the deceased woman's two children": an adjective before its noun, no death of theirs
    if (t.lower == "deceased") break;
    // "fatally shot two people": killed, as "two people were fatally shot" is
    if (tr == Trigger::shot && f - d > 0 && tokens[f - d - 1].lower == "fatally")
      return {Trigger::killed, f - d, false};
    // "the gunman shot at two officers": fired at them, not hit (not "shot at least two")
    if (tr == Trigger::shot && t.lower == "shot" && tokens[f - d + 1].lower == "at" &&
        tokens[f - d + 2].lower != "least" && tokens[f - d + 2].lower != "most") {
      break;
    }
    // "accused of trying to kill 2 officers": an attempt, not a death
    if (tr == Trigger::killed && f - d >= 2 && tokens[f - d - 1].lower == "to") {
      static constexpr std::string_view kAttempts[] = {
          "trying",  "tried",  "try",        "attempting", "attempted",   "attempt",    "plotting",
          "plotted", "plot",   "conspiring", "conspired",  "threatening", "threatened", "threatens",
          "intent",  "wanted", "wants",      "planned",    "planning"};
      if (iequals_any(tokens[f - d - 2].lower, kAttempts)) break;
    }
    // "shot two people to death", "stabbed three men to death": killed
    if ((tr == Trigger::shot || tr == Trigger::wounded) && d <= 2) {
      for (std::size_t j = f + 1; j + 1 < tokens.size() && j <= f + 4; ++j) {
        if (tokens[j].type != TokenType::word) break;
        if (tokens[j].lower == "to" && tokens[j + 1].lower == "death") {
          return {Trigger::killed, f - d, false};
        }
      }
    }
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

}  // namespace claimgraph::detail
