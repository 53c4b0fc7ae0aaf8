// Parts of a count (count_parts.hpp): each reads a few tokens around one figure, or a sentence
// once, so a sentence of many figures costs linear time. Rules: docs/claims.md.

#include "attribute/count_parts.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "attribute/places.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {

namespace {

// Words for one person that a list goes on with: "a fifth person", "a third victim".
constexpr std::string_view kPersons[] = {"person", "victim", "man",  "woman",
                                         "boy",    "girl",   "teen", "child"};

// Where a body was hit: "shot in the chest", "the other in the right forearm".
constexpr std::string_view kBody[] = {
    "chest",   "leg",      "legs",     "arm",   "arms",  "back",  "head",   "neck",
    "stomach", "abdomen",  "shoulder", "hand",  "hands", "foot",  "feet",   "face",
    "hip",     "buttocks", "buttock",  "torso", "side",  "knee",  "thigh",  "ankle",
    "wrist",   "groin",    "jaw",      "eye",   "lower", "upper", "forearm"};

// A count figure among the 40 tokens before figure token `f` (bounded: a sentence of many
// figures costs linear time).
bool figure_before(std::span<const Token> tokens, std::size_t f) {
  for (std::size_t k = f; k-- > 0 && k + 40 >= f;) {
    if (tokens[k].type == TokenType::figure) return true;
  }
  return false;
}

}  // namespace

bool partitive(std::span<const Token> tokens, std::size_t f, double value) {
  if (f > 0 && (tokens[f - 1].lower == "all" || tokens[f - 1].lower == "both")) return false;
  if (f + 2 >= tokens.size() || tokens[f + 1].lower != "of") return false;
  // "Spears was one of the first people shot", "she is one of three victims": one member of a
  // group after a copula, never a count of one
  static constexpr std::string_view kCopulas[] = {"was",    "is",      "were",    "are",
                                                  "be",     "been",    "being",   "as",
                                                  "became", "becomes", "remains", "remained"};
  // (not after the casualty it names: "The only fatality was one of the officers", "Also
  // killed was one of the security guards")
  if (f > 0 && value == 1.0 && detail::iequals_any(tokens[f - 1].lower, kCopulas) &&
      !(f > 1 && (trigger_of(tokens[f - 2].lower) != Trigger::none ||
                  tokens[f - 2].lower == "fatality" || tokens[f - 2].lower == "victim"))) {
    return true;
  }
  // "one of two teen boys killed", "three of 12 victims": a part of a count given with it
  if (tokens[f + 2].type == TokenType::figure) return true;
  // "five people are still unaccounted for, three of them in Orlesti": of a count just given
  if (tokens[f + 2].lower == "them" && figure_before(tokens, f)) return true;
  if (f + 3 >= tokens.size()) return false;
  // "of the", "of those", and a person's: "one of his friends who got shot" (not a side's:
  // "three of its fighters killed in the strikes" are its dead)
  static constexpr std::string_view kDeterminers[] = {"the", "those", "these", "his", "her", "my"};
  const std::string_view det = tokens[f + 2].lower;
  if (!detail::iequals_any(det, kDeterminers)) return false;
  // "the unit where three of the victims were shot": some of them, by where — of the victims
  // only ("where 12 of the soldiers were injured" is their count), and not their deaths ("where
  // three of the victims died" counts the dead)
  if (f > 0 && tokens[f - 1].lower == "where" && tokens[f + 3].lower == "victims") {
    for (std::size_t k = f + 4; k < tokens.size() && k <= f + 7; ++k) {
      const Trigger tr = trigger_of(tokens[k].lower);
      if (tr == Trigger::killed) break;
      if (tr != Trigger::none) return true;
    }
  }
  const Token& group = tokens[f + 3];
  if (group.type == TokenType::figure ||
      (group.type == TokenType::word && trigger_of(group.lower) != Trigger::none)) {
    return true;
  }
  // "one of the people injured", "two of the men shot": the group is named by a participle
  // after its noun — not "one of the victims died", "two of the victims dead", where the
  // casualty word is what the figure counts
  static constexpr std::string_view kParticiples[] = {
      "injured", "wounded", "shot", "killed", "hurt", "slain", "hospitalized", "murdered", "hit"};
  if (group.type != TokenType::word || !detail::population_of(group.lower)) return false;
  const auto participle = [&](std::size_t k) {
    return k < tokens.size() && tokens[k].type == TokenType::word &&
           detail::iequals_any(tokens[k].lower, kParticiples);
  };
  if (participle(f + 4)) return true;
  // "One of the victims was a woman who suffered a graze wound", "one of the victims was
  // identified as ...": who one of them was, no count of one
  if (value == 1.0 && f + 5 < tokens.size() &&
      (tokens[f + 4].lower == "was" || tokens[f + 4].lower == "is") &&
      (tokens[f + 5].lower == "a" || tokens[f + 5].lower == "an" ||
       tokens[f + 5].lower == "identified")) {
    return true;
  }
  // ... or by a relative clause: "four of the victims who were shot", "two of the men that had
  // been wounded", "one of the victims who got shot"
  if (f + 5 >= tokens.size() || (tokens[f + 4].lower != "who" && tokens[f + 4].lower != "that"))
    return false;
  std::size_t k = f + 5;
  if (tokens[k].lower != "were" && tokens[k].lower != "was" && tokens[k].lower != "had" &&
      tokens[k].lower != "have" && tokens[k].lower != "got")
    return false;
  ++k;
  if (k < tokens.size() && tokens[k].lower == "been") ++k;
  return participle(k);
}

Rest rest_of_group(std::span<const Token> tokens, std::size_t f) {
  const auto word = [&](std::size_t k) {
    return k < tokens.size() ? std::string_view(tokens[k].lower) : std::string_view();
  };
  const auto definite = [&](std::size_t k) {
    return k < tokens.size() && (word(k) == "the" || word(k) == "those" || word(k) == "these");
  };
  const std::string_view before = f > 0 ? word(f - 1) : std::string_view();
  if (before == "another") return Rest::indefinite;  // "Another two men": two other men
  if (f >= 2 && definite(f - 2) &&
      (before == "other" || before == "first" || before == "next" || before == "last" ||
       before == "remaining"))
    return Rest::definite;
  const std::string_view after = word(f + 1);
  // "then killed three more people", "before shooting three additional men": more of them, as
  // others
  if ((after == "more" || after == "additional") && word(f + 2) != "than" &&
      (f == 0 || (word(f - 1) != "no" && word(f - 1) != "or"))) {
    return Rest::indefinite;
  }
  if (after != "others" && after != "other") return Rest::none;
  return f > 0 && definite(f - 1) ? Rest::definite : Rest::indefinite;
}

LoneVictim lone_victim(std::span<const Token> tokens) {
  const auto word = [&](std::size_t k) {
    return k < tokens.size() && tokens[k].type == TokenType::word ? tokens[k].lower
                                                                  : std::string_view();
  };
  static constexpr std::string_view kHit[] = {"shot", "wounded", "injured", "hurt", "killed"};
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (word(k) != "was" && word(k) != "is") continue;
    // Not "No one was hurt", "nobody was shot", "no one else was hurt".
    const std::size_t s = k > 0 && word(k - 1) == "else" ? k - 1 : k;
    if (s > 0 && (word(s - 1) == "nobody" || word(s - 1) == "none" ||
                  (word(s - 1) == "one" && s > 1 && word(s - 2) == "no"))) {
      continue;
    }
    std::size_t p = k + 1;
    const bool fatally = word(p) == "fatally";
    if (fatally || word(p) == "critically" || word(p) == "seriously" || word(p) == "also") ++p;
    // "A 27-year-old man is dead and four others ... were shot"
    if (word(p) == "dead") return {p, kind_name(Trigger::killed)};
    if (!detail::iequals_any(word(p), kHit)) continue;  // not "was shooting", "was arrested"
    const std::string_view w1 = word(p + 1);
    const std::string_view w2 = word(p + 2);
    const bool killed =
        fatally || word(p) == "killed" || w1 == "dead" || (w1 == "to" && w2 == "death") ||
        (w1 == "and" &&
         (w2 == "killed" || w2 == "died" || (w2 == "later" && word(p + 3) == "died")));
    return {p, killed ? kind_name(Trigger::killed) : kind_name(trigger_of(word(p)))};
  }
  return {tokens.size(), {}};
}

namespace {

// An age of a victim, as a breakdown lists them: not the agent's ("shot by a 19-year-old", "a
// 19-year-old suspect").
bool victim_age(std::span<const Token> tokens, std::size_t k,
                const std::vector<Quantity>& quantities) {
  if (tokens[k].type != TokenType::other || quantities[tokens[k].figure].kind != QuantityKind::age)
    return false;
  std::size_t b = k;
  while (b > 0 && (tokens[b - 1].lower == "a" || tokens[b - 1].lower == "an" ||
                   tokens[b - 1].lower == "the")) {
    --b;
  }
  // "a 19-year-old suspect", "a 19-year-old man was arrested"
  static constexpr std::string_view kAgents[] = {"suspect",  "gunman",  "shooter", "driver",
                                                 "arrested", "charged", "accused"};
  if (b > 0 && tokens[b - 1].lower == "by") return false;
  for (std::size_t j = k + 1; j < tokens.size() && j <= k + 3; ++j) {
    if (detail::iequals_any(tokens[j].lower, kAgents)) return false;
  }
  return true;
}

}  // namespace

bool age_breakdown(std::span<const Token> tokens, std::size_t f,
                   const std::vector<Quantity>& quantities, std::optional<std::size_t>& ages) {
  // "two 16-year-olds", and another victim's age in the sentence
  if (f + 1 >= tokens.size() || !victim_age(tokens, f + 1, quantities) ||
      !quantities[tokens[f + 1].figure].text.ends_with('s')) {
    return false;
  }
  if (!ages) {
    ages = 0;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      if (victim_age(tokens, k, quantities)) ++*ages;
    }
  }
  return *ages >= 2;
}

bool counted_twice(std::span<const Token> tokens, std::size_t f) {
  const auto word = [&](std::size_t k, std::string_view w) {
    return k < tokens.size() && tokens[k].lower == w;
  };
  // Within the figure's clause, a few words on.
  for (std::size_t k = f + 1; k < tokens.size() && k <= f + 8; ++k) {
    const Token& t = tokens[k];
    if (t.type == TokenType::figure ||
        (t.type == TokenType::punct && (t.lower == "," || t.lower == ";" || t.lower == ":"))) {
      break;
    }
    if (t.lower == "double-counted" || t.lower == "duplicated" || t.lower == "duplicates") {
      return true;
    }
    if (t.lower == "counted" &&
        (word(k + 1, "twice") || word(k + 1, "double") ||
         (word(k + 1, "more") && word(k + 2, "than") && word(k + 3, "once")))) {
      return true;
    }
  }
  return false;
}

bool some_of(std::span<const Token> tokens, const std::vector<Quantity>& quantities, std::size_t f,
             std::size_t at, Trigger own, double value) {
  const std::size_t n = tokens.size();
  const auto word = [&](std::size_t k) { return k < n ? tokens[k].lower : std::string_view(); };
  // "All five of the victims died", "both of them": the whole group
  if (f > 0 && (word(f - 1) == "all" || word(f - 1) == "both")) return false;
  // Some of the victims, shot: "one of the male victims was shot in the back", "two of the
  // victims were shot in the legs" — in a shooting the victims are those shot, so where and how
  // some were hit tells their number only from below (not "two of the victims were killed")
  if (own == Trigger::shot && word(f + 1) == "of" && word(f + 2) == "the") {
    static constexpr std::string_view kAdjectives[] = {"male",    "female", "adult", "juvenile",
                                                       "teenage", "young",  "older", "younger"};
    const std::size_t noun = iequals_any(word(f + 3), kAdjectives) ? f + 4 : f + 3;
    if (word(noun) == "victims" && at > noun && at <= noun + 4) return true;
  }
  // Some of them taken to a hospital: "Two of them were rushed to a hospital by EMS", "Two of
  // the victims were taken to a hospital" — the others died or were treated at the scene
  if (own == Trigger::wounded && at > f && (word(at) == "hospital" || word(at) == "hospitals") &&
      word(f + 1) == "of" &&
      (word(f + 2) == "them" || (word(f + 2) == "the" && word(f + 3) == "victims"))) {
    return true;
  }
  // Also shot: "Two females were also shot and listed in stable condition" — others were hit
  // too, and everyone hit is counted by `shot` (not "also killed": "wounded three people and
  // also killed two" is the dead's count)
  if (own == Trigger::shot && at > f && at < n &&
      (word(at - 1) == "also" ||
       (at >= 2 && word(at - 2) == "also" && (word(at - 1) == "were" || word(at - 1) == "been")))) {
    return true;
  }
  // Found first: "Officers say they originally found five people at the residence suffering
  // from gunshot wounds" — others were found later
  if (f >= 2 && word(f - 1) == "found" &&
      (word(f - 2) == "originally" || word(f - 2) == "initially")) {
    return true;
  }
  // Victims of its outcome named before it, then these: "first shot and killed his girlfriend
  // and then fatally shot three men" — at least three (not "shot his wife and then killed two
  // neighbours": another outcome)
  if (own != Trigger::none && at < f) {
    static constexpr std::string_view kObjects[] = {"his", "her", "their", "a", "an", "the"};
    bool then = false;
    for (std::size_t k = at; k-- > 0 && k + 16 >= at;) {
      if (tokens[k].type == TokenType::figure || tokens[k].lower == "." || tokens[k].lower == ";") {
        break;
      }
      if (word(k) == "then") {
        then = true;
      } else if (then && trigger_of(word(k)) == own && iequals_any(word(k + 1), kObjects)) {
        return true;
      }
    }
  }
  // A distribution over hospitals or places, a figure left without its verb: "Two other
  // gunshot victims were treated at Bethesda North Hospital, one at Mercy Hospital and two at
  // the Christ Hospital" — each figure some of them, at least that many
  const auto elliptic_item = [&](std::size_t k) {
    return tokens[k].type == TokenType::figure && k > 0 &&
           (tokens[k - 1].lower == "," || word(k - 1) == "and") &&
           (word(k + 1) == "at" || word(k + 1) == "to");
  };
  if (own != Trigger::none && elliptic_item(f)) return true;
  for (std::size_t k = f + 2; own != Trigger::none && k + 1 < n && k <= f + 30; ++k) {
    if (tokens[k].lower == "." || tokens[k].lower == ";") break;
    if (elliptic_item(k)) return true;
  }
  // One victim named before, of the same outcome: "A 15-year-old boy was shot in the right foot
  // and three 14-year-old boys were each shot in the left leg" — the three are some of those
  // shot (not "A man was wounded and two other people were shot": the others' count; not "a
  // man who was shot")
  if (own != Trigger::none && !(f > 0 && word(f - 1) == "other")) {
    const LoneVictim lone = lone_victim(tokens);
    std::size_t was = lone.at;
    while (was > 0 && word(was) != "was") --was;
    if (lone.at < f && !lone.kind.empty() && same_outcome(trigger_of(lone.kind), own) &&
        !(was > 0 &&
          (word(was - 1) == "who" || word(was - 1) == "that" || word(was - 1) == "which"))) {
      return true;
    }
  }
  // The first of a list that goes on with the next one, of the same outcome: "The four victims
  // were transported ..., and a fifth person, also with non-life threatening gunshot wounds,
  // was later located at a local hospital" — not "Four people were injured and a fifth person
  // was killed", nor "in a second shooting" (no person after the ordinal); or "N others" of the
  // same outcome after it, not "Two men were killed and two others were wounded". A list of single
  // victims goes on to any later number: "One man, age 18, was wounded in the right leg and
  // back, one, age 41, in the left leg, another, age 28, in the left ankle and a fourth, ...".
  const std::optional<std::string_view> own_population = population_of(word(f + 1));
  // Whether the next outcome named from token `from` on, in its clause, is of `own`'s: "another
  // was shot in the arm" — not "another is in custody after a shooting"
  const auto same_outcome_next = [&](std::size_t from, Trigger own_outcome) {
    static constexpr std::string_view kClause[] = {"when",  "while", "after",   "before",
                                                   "where", "as",    "because", "since"};
    static constexpr std::string_view kNotVictims[] = {
        "suspect", "suspects", "attacker", "attackers", "gunman",   "gunmen",   "shooter",
        "officer", "officers", "deputy",   "deputies",  "shooting", "incident", "attack"};
    if (from < n && iequals_any(word(from), kNotVictims)) return false;
    for (std::size_t j = from; j < n && j <= from + 12; ++j) {
      if (tokens[j].type != TokenType::word) {
        if (tokens[j].lower == "." || tokens[j].lower == ";" ||
            tokens[j].type == TokenType::figure) {
          return false;
        }
        // past an age between commas ("the other, 25, suffered"), not past a clause's comma
        if (tokens[j].lower == ",") {
          if (j + 2 < n && tokens[j + 1].kind == QuantityKind::age &&
              tokens[j + 1].type == TokenType::other && tokens[j + 2].lower == ",") {
            j += 2;
            continue;
          }
          if (j > from) return false;
        }
        continue;
      }
      if (iequals_any(word(j), kClause)) return false;
      if (word(j) == "shooting") continue;  // the event, not what happened to them
      // "one shot in the right leg and the other in the right forearm": the outcome left out,
      // where on the body said — the same as the first one's
      if (j == from && word(j) == "in") {
        for (std::size_t b = j + 1; b < n && b <= j + 3; ++b) {
          if (iequals_any(word(b), kBody)) return true;
        }
      }
      const Trigger then = trigger_of(word(j));
      if (then != Trigger::none) return same_outcome(then, own_outcome);
    }
    return false;
  };
  const auto to_hospital = [&](std::size_t from, std::size_t to) {
    for (std::size_t j = from; j < to && j < n; ++j) {
      if (word(j) == "hospital" || word(j) == "hospitals" || word(j) == "ambulance") return true;
    }
    return false;
  };
  // ... and the second of such a split (below): "... and two people who had been shot went by
  // private car to the hospital"
  if (f >= 2 && word(f - 1) == "and" && population_of(word(f + 1)).value_or("") == "people" &&
      to_hospital(f + 2, f + 14)) {
    for (std::size_t g = f - 1; g-- > 0;) {
      if (tokens[g].lower == "." || tokens[g].lower == ";") break;
      if (tokens[g].type == TokenType::figure) {
        if (to_hospital(g + 1, f - 1)) return true;
        break;
      }
    }
  }
  for (std::size_t k = f + 1; k + 2 < n && k <= f + 40 && tokens[k].lower != "."; ++k) {
    // the ordinal and what follows it: "a fifth person" (a word and an ordinal), "a fourth,"
    // (read as the fraction 1/4 when no noun follows)
    double number = 0;
    std::size_t next = k + 2;
    // "One man was shot in the torso, another was shot in the arm": a first one, then another
    // one of the same outcome ("One, 33, was shot in the neck and the other, 25, suffered
    // gunshot wounds"; not "One person was killed and another was wounded")
    if (value == 1 && k > f + 1 &&
        (word(k) == "another" || (word(k) == "the" && word(k + 1) == "other"))) {
      const std::size_t who = word(k) == "another" ? k + 1 : k + 2;
      if (own != Trigger::none && same_outcome_next(who, own)) return true;
      continue;
    }
    if ((word(k) == "a" || word(k) == "an" || word(k) == "the") &&
        tokens[k + 1].kind == QuantityKind::ordinal && tokens[k + 1].figure < quantities.size()) {
      number = quantities[tokens[k + 1].figure].value;
    } else if (tokens[k].kind == QuantityKind::ratio && tokens[k].figure < quantities.size() &&
               quantities[tokens[k].figure].value > 0) {
      number = 1 / quantities[tokens[k].figure].value;
      next = k + 1;
    }
    // "Three gunshot victims ... were transported by ambulance ... and two others were taken
    // to the hospital in a private car": more of them, counted after it — not "killing one man
    // and wounding six others" (another outcome, before the others), nor "Wounded 2 Officers, 4
    // Others" (a population of its own: the others are not officers); "other" only before
    // people (not "3 other vehicles were damaged")
    const bool others =
        tokens[k].type == TokenType::figure && k > f + 1 &&
        (word(k + 1) == "others" ||
         (word(k + 1) == "other" && population_of(word(k + 2)).value_or("") == "people")) &&
        (!own_population || *own_population == "people");
    // ... or "and N people" taken to a hospital another way: "Three people who had been shot
    // were taken by ambulance to Yale-New Haven Hospital and two people who had been shot went
    // by private car to the hospital" (each side of the "and" names a hospital or an ambulance)
    const bool split = !others && tokens[k].type == TokenType::figure && k > f + 1 &&
                       word(k - 1) == "and" &&
                       population_of(word(k + 1)).value_or("") == "people" &&
                       (!own_population || *own_population == "people") && to_hospital(f + 1, k) &&
                       to_hospital(k + 2, k + 14);
    if (others || split) {
      // the others' outcome: the verb right before them ("wounding six others"), else the first
      // after ("and two others were taken to the hospital": wounded); unknown, no bound
      Trigger theirs = trigger_of(word(k - 1));
      for (std::size_t j = k + 2; theirs == Trigger::none && j < n && j <= k + 12; ++j) {
        if (tokens[j].lower == "." || tokens[j].type == TokenType::figure) break;
        theirs = word(j) == "hospital" || word(j) == "hospitals" ? Trigger::wounded
                                                                 : trigger_of(word(j));
      }
      if (theirs != Trigger::none && same_outcome(theirs, own)) return true;
      continue;
    }
    // the next number, or for a first "One man", any later one ("..., another, age 28, in the
    // left ankle and a fourth, also age 28, in both legs"); a person, or an aside after it
    // ("a fifth died": the outcome right after the ordinal)
    const bool outcome_next = trigger_of(word(next)) != Trigger::none;
    if (number < 2 || number > 12 || number != static_cast<double>(static_cast<int>(number)) ||
        !(number == value + 1 || (value == 1 && number > 1)) ||
        !(iequals_any(word(next), kPersons) || tokens[next].lower == "," || outcome_next)) {
      continue;
    }
    // "the second victim", "the third man": the list goes on only with the same outcome
    // named ("One of the victims died and the second victim was transported to hospital")
    if (word(k) == "the") {
      if (own != Trigger::none && same_outcome_next(next + 1, own)) return true;
      continue;
    }
    Trigger then = Trigger::none;
    for (std::size_t j = outcome_next ? next : next + 1;
         j < n && j <= next + 12 && tokens[j].lower != "."; ++j) {
      then = trigger_of(word(j));
      if (then != Trigger::none) break;
    }
    if (then == Trigger::none || own == Trigger::none || same_outcome(then, own)) {
      return true;
    }
  }
  if (at < n && at > f && word(at) == "condition") return true;
  // Taken to a hospital in a condition: "Three others were taken to the hospital in non-critical
  // condition", "Two people were flown to a hospital in Memphis in critical condition"
  // (not all of them, "The three men were taken to Bellevue Hospital, and are in stable
  // condition", nor a condition not known)
  if (at < n && at > f && (word(at) == "hospital" || word(at) == "hospitals") &&
      !(f > 0 && word(f - 1) == "the")) {
    for (std::size_t k = at + 1; k < n && k <= at + 6; ++k) {
      if (tokens[k].lower == "." || tokens[k].type == TokenType::figure) break;
      if ((word(k) == "condition" || word(k) == "conditions") && word(k - 1) != "unknown") {
        return true;
      }
    }
  }
  // One victim told apart from the others: by the wound ("One woman was shot in the chest and
  // stomach", "one ... was shot in the back") or an age in apposition ("One victim, 23, was
  // pronounced dead") — one of them, at least one
  if (value == 1 && at < n && at > f) {
    if (at + 3 < n && word(at + 1) == "in" && word(at + 2) == "the" &&
        iequals_any(word(at + 3), kBody)) {
      return true;
    }
    for (std::size_t k = f + 1; k < at && k <= f + 3; ++k) {
      if (tokens[k].lower == "," && k + 2 < at && tokens[k + 1].kind == QuantityKind::age &&
          tokens[k + 1].type == TokenType::other && tokens[k + 2].lower == ",") {
        return true;
      }
    }
  }
  // The figure's own predicate, up to a clause or its own outcome: "three remain
  // hospitalized", "Seven victims still remain at the hospital", "Four have been released" —
  // not "Twelve people were injured and released" (all twelve), "Six people were hurt when gas
  // was released", "Two people died while still in hospital".
  static constexpr std::string_view kStill[] = {"still", "remain", "remains", "remained"};
  static constexpr std::string_view kHospital[] = {"hospitalized", "hospitalised", "hospital",
                                                   "hospitals"};
  static constexpr std::string_view kClause[] = {"when",  "while", "after",  "before",
                                                 "where", "as",    "because"};
  // not when the figure is the group of a partitive: "At least one of the five injured people
  // has been released" (the one was)
  const bool group =
      (f >= 1 && word(f - 1) == "of") || (f >= 2 && word(f - 1) == "the" && word(f - 2) == "of");
  bool still = false;
  for (std::size_t k = f + 1; k < n && k <= f + 7 && !group; ++k) {
    if (tokens[k].type == TokenType::punct || tokens[k].type == TokenType::figure) break;
    const std::string_view w = word(k);
    if (iequals_any(w, kClause)) break;
    if (w == "released" || w == "discharged") return true;
    if (iequals_any(w, kHospital)) {
      if (still) return true;
      continue;
    }
    if (trigger_of(w) != Trigger::none && k > f + 1) break;  // not "Two injured men ..."
    still = still || iequals_any(w, kStill);
  }
  // Not "found": "Arriving officers found four victims with gunshot wounds" was most often
  // every victim (a sample of the bounds on gva-news).
  // "Two of the victims were killed", "Two of them were pronounced dead" are no bounds: on
  // gva-news they were most often that outcome's whole count.
  return false;
}

bool list_goes_on(std::string_view lowered, const std::vector<Span>& sentences, std::size_t i,
                  double value, std::string_view kind) {
  static constexpr std::string_view kOrdinals[] = {"second", "third",    "fourth", "fifth",
                                                   "sixth",  "seventh",  "eighth", "ninth",
                                                   "tenth",  "eleventh", "twelfth"};
  if (value < 1 || value > 11 || value != std::floor(value)) return false;
  // "One died at the scene. The other died several hours later.": a first one, then the other
  // of the same outcome
  if (value == 1) {
    for (std::size_t j = i + 1; j < sentences.size() && j <= i + 2; ++j) {
      const std::string_view next = std::string_view(lowered).substr(
          sentences[j].begin, std::min<std::size_t>(sentences[j].size(), 400));
      if (!next.starts_with("the other ")) continue;
      std::size_t p = 10;
      // (a victim, not "The other attacker was killed by police")
      const std::size_t noun_end = word_end(next, p);
      static constexpr std::string_view kNotVictims[] = {"attacker", "suspect", "gunman",
                                                         "shooter",  "officer", "deputy"};
      if (iequals_any(next.substr(p, noun_end - p), kNotVictims)) continue;
      for (int w = 0; w < 12 && p < next.size(); ++w) {
        while (p < next.size() && !is_alpha(next[p])) ++p;
        const std::size_t e = word_end(next, p);
        const Trigger then = trigger_of(next.substr(p, e - p));
        if (then != Trigger::none) return same_outcome(kind_name(then), kind);
        p = e;
      }
    }
  }
  const std::string_view ordinal = kOrdinals[static_cast<std::size_t>(value) - 1];
  for (std::size_t j = i + 1; j < sentences.size() && j <= i + 2; ++j) {
    // (its first 400 bytes: a figure's look stays bounded however long the sentences)
    std::string_view next = std::string_view(lowered).substr(
        sentences[j].begin, std::min<std::size_t>(sentences[j].size(), 400));
    // "A fifth ..." opening the sentence, or glued after a full stop ("for treatment.A
    // fifth person"): the ordinal looked up first (rare), then what stands before it
    std::size_t at = std::string_view::npos;
    for (std::size_t q = 0; (q = next.find(ordinal, q)) != std::string_view::npos; ++q) {
      const std::size_t end = q + ordinal.size();
      if (end >= next.size() || (next[end] != ' ' && next[end] != ',')) continue;
      const std::size_t det = q >= 3 && next.substr(q - 3, 3) == "an "  ? q - 3
                              : q >= 2 && next.substr(q - 2, 2) == "a " ? q - 2
                                                                        : std::string_view::npos;
      if (det == std::string_view::npos) continue;
      if (det == 0 || next[det - 1] == '.' ||
          (det > 1 && next[det - 1] == ' ' && next[det - 2] == '.')) {
        at = q;
        break;
      }
    }
    if (at == std::string_view::npos) continue;
    next.remove_prefix(at);
    // a person after the ordinal ("A fifth person", "a third victim"), not "A second
    // shooting", "A third suspect"
    const std::size_t noun = ordinal.size() + 1;
    const std::size_t noun_end = noun < next.size() ? word_end(next, noun) : noun;
    if (!iequals_any(next.substr(noun, noun_end - noun), kPersons)) continue;
    // its outcome: the first casualty word among its next 20 words
    std::string_view then;
    std::size_t p = ordinal.size();
    for (int w = 0; w < 20 && p < next.size() && then.empty(); ++w) {
      while (p < next.size() && !is_alpha(next[p])) ++p;
      const std::size_t e = word_end(next, p);
      const std::string_view word = next.substr(p, e - p);
      if (word == "wound") then = "shot";  // "a fifth person with a gunshot wound"
      if (trigger_of(word) != Trigger::none) {
        then = kind_name(trigger_of(word));
      }
      p = e;
    }
    // its outcome must be known and the same: not "A third man was charged with murder"
    return !then.empty() && same_outcome(then, kind);
  }
  return false;
}

bool counts_the_attacker(std::span<const Token> tokens, std::size_t f) {
  static constexpr std::string_view kAttackers[] = {"suspect", "suspects",  "gunman",   "gunmen",
                                                    "shooter", "shooters",  "attacker", "attackers",
                                                    "killer",  "assailant", "bomber",   "bombers"};
  const std::size_t n = tokens.size();
  for (std::size_t k = f + 1; k + 1 < n && k <= f + 12; ++k) {
    if (tokens[k].type == TokenType::punct && tokens[k].lower != ",") break;
    if (tokens[k].lower != "including") continue;
    if (tokens[k - 1].lower == "not") return false;  // "not including the gunman"
    std::size_t j = k + 1;
    if (tokens[j].lower == "the" || tokens[j].lower == "a" || tokens[j].lower == "one") ++j;
    // "including the suspected shooter", "the alleged gunman", "the two attackers"
    if (j < n && (tokens[j].lower == "suspected" || tokens[j].lower == "alleged" ||
                  tokens[j].type != TokenType::word)) {
      ++j;
    }
    // not "including the gunman's wife": a victim
    return j < n && iequals_any(tokens[j].lower, kAttackers) &&
           !(j + 1 < n && tokens[j + 1].lower == "'s");
  }
  return false;
}

bool includes_the_dead(std::span<const Token> tokens, std::size_t f) {
  const std::size_t n = tokens.size();
  for (std::size_t k = f + 1; k + 1 < n && k <= f + 12; ++k) {
    if (tokens[k].type == TokenType::punct && tokens[k].lower != ",") break;
    // "16 people that sustained gunshot injuries, one of which is deceased", "one of whom died"
    if (tokens[k].type == TokenType::figure && k + 2 < n && tokens[k + 1].lower == "of" &&
        (tokens[k + 2].lower == "whom" || tokens[k + 2].lower == "which")) {
      for (std::size_t j = k + 3; j < n && j <= k + 6; ++j) {
        if (tokens[j].type == TokenType::punct) break;
        if (trigger_of(tokens[j].lower) == Trigger::killed) return true;
      }
    }
    if (tokens[k].lower != "including") continue;
    if (tokens[k - 1].lower == "not") return false;
    // "including the boy killed", "including one who died", "including the man who was killed"
    for (std::size_t j = k + 1; j < n && j <= k + 6; ++j) {
      if (tokens[j].type == TokenType::punct) return false;
      if (trigger_of(tokens[j].lower) == Trigger::killed) return true;
    }
    return false;
  }
  return false;
}

bool denied(std::span<const Token> tokens, std::size_t f) {
  if (f > 0 && tokens[f - 1].lower == "not") return true;
  // "None of the five people inside were hit", "neither of the two officers was injured" — when
  // what they were spared is the predicate (not "None of the 12 wounded are in critical
  // condition": twelve wounded)
  std::size_t k = f;
  if (k > 0 && tokens[k - 1].lower == "the") --k;
  if (k < 2 || tokens[k - 1].lower != "of" ||
      (tokens[k - 2].lower != "none" && tokens[k - 2].lower != "neither")) {
    return false;
  }
  for (std::size_t j = f + 1; j + 1 < tokens.size() && j <= f + 6; ++j) {
    if (tokens[j].lower == "were" || tokens[j].lower == "was") {
      const std::string_view next = tokens[j + 1].lower;
      return next == "hit" || trigger_of(next) != Trigger::none;
    }
  }
  return false;
}

bool coordinated_part(std::string_view text, std::span<const Token> tokens, std::size_t f,
                      const Phrase& phrase, const Places& places, bool predicate_after) {
  if (phrase.population.empty() || phrase.end <= f + 1) return false;
  // First of the two: its phrase ends at "and", and a figure with a phrase of its own follows.
  const std::size_t e = phrase.end;
  // The same population, or this one the generic "people" (which counts the other's too: "two
  // adults and three children were found dead" — the two are a part, the children their own).
  // Not across sides: "two Armenian soldiers and three Azerbaijani servicemen" are two tolls.
  const auto shares = [&](const Phrase& other) {
    if (!other.side.empty() && !phrase.side.empty() && other.side != phrase.side) return false;
    return other.population == phrase.population ||
           (phrase.population == "people" && !other.population.empty());
  };
  if (e + 1 < tokens.size() && tokens[e].lower == "and" &&
      tokens[e + 1].type == TokenType::figure) {
    const Phrase other = counted_phrase(text, tokens, e + 1, places);
    if (other.end > e + 2 && shares(other)) return true;
  }
  // ... past its own ages: "three females, ages 15, 17 and 18, and three males", "three males
  // - ages 15, 18, and 22 - and three females"
  if (e < tokens.size() && tokens[e].type == TokenType::punct) {
    std::size_t k = e + 1;
    bool ages = false;
    while (k < tokens.size() &&
           (tokens[k].kind == QuantityKind::age || tokens[k].type == TokenType::punct ||
            tokens[k].lower == "and" || tokens[k].lower == "ages" || tokens[k].lower == "aged")) {
      if (tokens[k].lower == "." || tokens[k].lower == ";") break;
      ages = ages || (tokens[k].type != TokenType::figure && tokens[k].kind == QuantityKind::age);
      ++k;
    }
    if (ages && k < tokens.size() && k > e + 2 && tokens[k].type == TokenType::figure &&
        tokens[k - 1].lower == "and") {
      const Phrase other = counted_phrase(text, tokens, k, places);
      if (other.end > k + 1 && shares(other)) return true;
    }
    // ... or one person: "three women, 35, 46 and 54 years old and a 34-year-old man"
    if (ages && k + 1 < tokens.size() && k > e + 2 && tokens[k - 1].lower == "and" &&
        (tokens[k].lower == "a" || tokens[k].lower == "an")) {
      const std::size_t head =
          tokens[k + 1].kind == QuantityKind::age && k + 2 < tokens.size() ? k + 2 : k + 1;
      if (names_person(tokens, head)) return true;
    }
  }
  // ... or one person with no figure: "Wounded were 3 females and a male", "two women and a
  // man were shot" (not a thing: "two men and a dog")
  if (e + 2 < tokens.size() && tokens[e].lower == "and" &&
      (tokens[e + 1].lower == "a" || tokens[e + 1].lower == "an")) {
    static constexpr std::string_view kOnePerson[] = {"man",   "woman",    "male",   "female",
                                                      "boy",   "girl",     "teen",   "teenager",
                                                      "child", "juvenile", "person", "victim"};
    const std::size_t head =
        e + 3 < tokens.size() && iequals_any(tokens[e + 3].lower, kOnePerson) ? e + 3 : e + 2;
    if (iequals_any(tokens[head].lower, kOnePerson)) return true;
  }
  // Second: "and" right before it closes the phrase of a figure a few words back — or nothing
  // does, in a headline's list: "Two children one adult male found dead".
  if (f >= 2 && tokens[f - 1].type == TokenType::word && tokens[f - 1].lower != "and") {
    for (std::size_t g = f - 1; g-- > 0 && g + 4 >= f;) {
      if (tokens[g].type == TokenType::figure) {
        const Phrase other = counted_phrase(text, tokens, g, places);
        if (other.end == f && shares(other)) return true;
        break;
      }
      if (tokens[g].type != TokenType::word) break;
    }
  }
  if (f >= 3 && tokens[f - 1].lower == "and") {
    for (std::size_t g = f - 2; g + 4 >= f; --g) {
      if (tokens[g].type == TokenType::figure) {
        const Phrase other = counted_phrase(text, tokens, g, places);
        return other.end == f - 1 && shares(other);
      }
      if (tokens[g].type != TokenType::word || g == 0) break;
    }
  }
  // ... past the ages of the first: "Two men, 18 and 20, and one woman, 19, were transported",
  // "three males - ages 15, 18, and 22 - and three females"
  const auto aside = [](std::string_view x) {
    return x == "," || x == "-" || x == "\xE2\x80\x93" || x == "\xE2\x80\x94";
  };
  if (f >= 4 && tokens[f - 1].lower == "and" && aside(tokens[f - 2].lower)) {
    std::size_t g = f - 2;  // the aside's opening comma, once the ages are passed
    bool ages = false;
    while (g > 0 && (tokens[g - 1].kind == QuantityKind::age || tokens[g - 1].lower == "and" ||
                     aside(tokens[g - 1].lower))) {
      if (tokens[g - 1].type != TokenType::figure && tokens[g - 1].kind == QuantityKind::age) {
        ages = true;
      }
      --g;
      if (aside(tokens[g].lower) && g > 0 && tokens[g - 1].type == TokenType::word) break;
    }
    // a person named before the ages ("Three men, ages 15, 18, and 22, and three women")
    if (ages && aside(tokens[g].lower) && g > 0 && names_person(tokens, g - 1) &&
        tokens[g - 1].lower != "he" && tokens[g - 1].lower != "she") {
      return true;
    }
  }
  // After a first conjunct that is a short noun phrase naming a person, from the clause's start
  // (or a "when", "that" ...) to the "and" or to its "who": "The tribal police officer who
  // responded to the report and two deputies ... all were shot", "when he and six others were
  // shot". Not a clause ("a barricade situation unfolded and five people were shot", "Police
  // shot the suspect and two officers were wounded"), not a place or a time ("shelled
  // Stepanakert on Sunday and two civilians were killed"), not a thing ("bullet holes in the
  // walls and two men dead").
  // "A couple and their two children were found dead": a possessive between.
  const std::size_t and_at = f >= 3 && possessive_pronoun(tokens[f - 1].lower) ? f - 2 : f - 1;
  // A list's last item after its comma: "A 20-year-old woman, 17-year-old girl, and two men"
  const std::size_t stop =
      f >= 3 && and_at >= 2 && tokens[and_at].lower == "and" && tokens[and_at - 1].lower == ","
          ? and_at - 1
          : and_at;
  if (predicate_after && f >= 2 && stop >= 1 && tokens[and_at].lower == "and" &&
      tokens[stop - 1].type == TokenType::word) {
    static constexpr std::string_view kClauseStarts[] = {
        "when", "after", "before", "as", "while", "that", "where", "because", "since", "until"};
    static constexpr std::string_view kNotInNounPhrase[] = {
        "on",   "in",     "at",     "near",    "by",     "from", "to",    "with",
        "into", "during", "across", "outside", "inside", "over", "under", "for",
        "of",   "was",    "were",   "is",      "are",    "had",  "has",   "have",
        "took", "struck", "hit",    "opened",  "found",  "left"};
    std::size_t start = stop;  // the conjunct is [start, end)
    std::size_t end = stop;
    while (start > 0) {
      const Token& t = tokens[start - 1];
      if (t.type == TokenType::figure) return false;
      if (t.type == TokenType::punct || detail::iequals_any(t.lower, kClauseStarts)) break;
      if (t.lower == "who") end = start - 1;
      --start;
    }
    if (end <= start || end - start > 5) return false;
    // a list's last item only after another item's comma: "A 20-year-old woman, 17-year-old
    // girl, and two men" — not a clause's ", and": "Taliban fighters ambushed the soldiers, and
    // 12 soldiers were killed"
    if (stop != and_at && (start == 0 || tokens[start - 1].lower != ",")) return false;
    for (std::size_t k = start; k < end; ++k) {
      if (tokens[k].type == TokenType::punct ||
          detail::iequals_any(tokens[k].lower, kNotInNounPhrase) ||
          trigger_of(tokens[k].lower) != Trigger::none) {
        return false;
      }
    }
    const std::size_t head = end - 1;
    if (places.match(text, tokens, head) || detail::is_time_name(tokens[head].lower)) return false;
    return names_person(tokens, head);
  }
  return false;
}

}  // namespace claimgraph::detail
