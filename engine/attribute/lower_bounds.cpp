// Lower bounds (lower_bounds.hpp): a casualty figure that counts only some of those hurt. Each
// test reads a few tokens around one figure, or a few sentences' first bytes, so a sentence of
// many figures costs linear time. Rules: docs/claims.md, "Some of the victims: lower bounds".

#include "attribute/lower_bounds.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "attribute/claim_lexicon.hpp"
#include "attribute/count_parts.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {

namespace {

bool hospital(std::string_view w) { return w == "hospital" || w == "hospitals"; }

// What happened to those a word is said of, being taken to a hospital among it (the wounded).
Trigger outcome_of(std::string_view w) { return hospital(w) ? Trigger::wounded : trigger_of(w); }

// Words for one person that a list goes on with: "a fifth person", "a third victim".
constexpr std::string_view kPersons[] = {"person", "victim", "man",  "woman",
                                         "boy",    "girl",   "teen", "child"};

// Where a body was hit: "shot in the chest", "the other in the right forearm".
constexpr std::string_view kBody[] = {
    "chest",   "leg",      "legs",     "arm",   "arms",  "back",  "head",   "neck",
    "stomach", "abdomen",  "shoulder", "hand",  "hands", "foot",  "feet",   "face",
    "hip",     "buttocks", "buttock",  "torso", "side",  "knee",  "thigh",  "ankle",
    "wrist",   "groin",    "jaw",      "eye",   "lower", "upper", "forearm"};

}  // namespace

bool some_of(std::span<const Token> tokens, const std::vector<Quantity>& quantities, std::size_t f,
             std::size_t at, Trigger own, double value) {
  const std::size_t n = tokens.size();
  const auto word = [&](std::size_t k) { return k < n ? tokens[k].lower : std::string_view(); };
  // "All five of the victims died", "both of them": the whole group
  if (f > 0 && (word(f - 1) == "all" || word(f - 1) == "both")) return false;
  // Some of the victims, shot: "one of the male victims was shot in the back", "two of the
  // victims were shot in the legs" — in a shooting the victims are those shot, so where and how
  // some were hit tells their number only from below (not "two of the victims were killed")
  if ((own == Trigger::shot || own == Trigger::wounded) && word(f + 1) == "of" &&
      word(f + 2) == "the") {
    static constexpr std::string_view kAdjectives[] = {"male",    "female", "adult", "juvenile",
                                                       "teenage", "young",  "older", "younger"};
    const std::size_t noun = iequals_any(word(f + 3), kAdjectives) ? f + 4 : f + 3;
    // ... and wounded where on the body: "Two of the victims suffered wounds to their lower
    // extremities" (not "two of the victims were wounded": the others may be the dead)
    const bool where = own == Trigger::shot ||
                       ((word(at) == "wounds" || word(at) == "injuries") && word(at + 1) == "to");
    if (word(noun) == "victims" && at > noun && at <= noun + 4 && where) return true;
  }
  // Some of them taken to a hospital: "Two of them were rushed to a hospital by EMS", "Two of
  // the victims were taken to a hospital" — the others died or were treated at the scene
  if (own == Trigger::wounded && at > f && hospital(word(at)) && word(f + 1) == "of" &&
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
  // Someone's kin: "shot and killed his two step-children", "A couple and their two small
  // children were found shot to death", "her four children" — people told by whom they belong
  // to, some of the victims at most the whole (the parent, a spouse, the gunman are others)
  static constexpr std::string_view kPossessives[] = {"his", "her", "their", "my", "our", "your"};
  if (own != Trigger::none && f > 0 && iequals_any(word(f - 1), kPossessives)) {
    for (std::size_t k = f + 1; k < n && k <= f + 3; ++k) {
      if (is_kin(word(k))) return true;
      if (tokens[k].type != TokenType::word) break;
    }
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
      if (hospital(word(j)) || word(j) == "ambulance") return true;
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
        theirs = outcome_of(word(j));
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
  if (at < n && at > f && hospital(word(at)) && !(f > 0 && word(f - 1) == "the")) {
    for (std::size_t k = at + 1; k < n && k <= at + 6; ++k) {
      if (tokens[k].lower == "." || tokens[k].type == TokenType::figure) break;
      if ((word(k) == "condition" || word(k) == "conditions") && word(k - 1) != "unknown") {
        return true;
      }
    }
  }
  // One victim told apart from the others: by the wound ("One woman was shot in the chest and
  // stomach", "one ... was shot in the back", "One man who had been shot in a leg and an arm")
  // or an age in apposition ("One victim, 23, was pronounced dead") — one of them, at least one
  if (value == 1 && at < n && at > f) {
    static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "his", "her"};
    if (at + 3 < n && word(at + 1) == "in" && iequals_any(word(at + 2), kDeterminers) &&
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
  // "Two others were taken to the hospital. Three more victims showed up at local hospitals":
  // more of the same outcome in one of the next two sentences
  static constexpr std::string_view kSmall[] = {"two",   "three", "four", "five", "six",
                                                "seven", "eight", "nine", "ten"};
  for (std::size_t j = i + 1; j < sentences.size() && j <= i + 2; ++j) {
    const std::string_view next = std::string_view(lowered).substr(
        sentences[j].begin, std::min<std::size_t>(sentences[j].size(), 400));
    const std::size_t first_end = word_end(next, 0);
    const std::string_view first = next.substr(0, first_end);
    const bool number =
        iequals_any(first, kSmall) ||
        (!first.empty() && first.size() <= 2 &&
         std::all_of(first.begin(), first.end(), [](char c) { return is_digit(c); }));
    if (!number || next.substr(first_end, 6) != " more ") continue;
    std::size_t p = first_end + 6;
    for (int w = 0; w < 20 && p < next.size(); ++w) {
      while (p < next.size() && !is_alpha(next[p])) ++p;
      const std::size_t e = word_end(next, p);
      const std::string_view word = next.substr(p, e - p);
      const Trigger then = outcome_of(word);
      if (then != Trigger::none) {
        if (same_outcome(kind_name(then), kind)) return true;
        break;
      }
      p = e;
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

bool names_a_degree(std::span<const Token> tokens, std::size_t at) {
  static constexpr std::string_view kDegrees[] = {"minor",
                                                  "serious",
                                                  "critical",
                                                  "stable",
                                                  "fair",
                                                  "good",
                                                  "severe",
                                                  "superficial",
                                                  "non-life-threatening",
                                                  "life-threatening",
                                                  "non-life",
                                                  "non-fatal"};
  return at > 0 && at < tokens.size() && iequals_any(tokens[at - 1].lower, kDegrees);
}

bool one_of_those_shot(std::span<const Token> tokens, std::size_t f, std::string_view earlier_kind,
                       double earlier_value, std::string_view kind, double value) {
  return earlier_kind == "shot" && earlier_value > 1 && kind == "wounded" && value == 1 &&
         f + 1 < tokens.size() &&
         (tokens[f + 1].lower == "victim" || tokens[f + 1].lower == "person");
}

}  // namespace claimgraph::detail
