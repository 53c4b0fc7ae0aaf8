// Parts of a count (count_parts.hpp): each reads a few tokens around one figure, or a sentence
// once, so a sentence of many figures costs linear time. Rules: docs/claims.md.

#include "attribute/count_parts.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "attribute/places.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {

namespace {

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
  if (adds_more(tokens, f) && word(f + 2) != "than" &&
      (f == 0 || (word(f - 1) != "no" && word(f - 1) != "or"))) {
    return Rest::indefinite;
  }
  if (after != "others" && after != "other") return Rest::none;
  return f > 0 && definite(f - 1) ? Rest::definite : Rest::indefinite;
}

bool adds_more(std::span<const Token> tokens, std::size_t f) {
  return f + 1 < tokens.size() &&
         (tokens[f + 1].lower == "more" || tokens[f + 1].lower == "additional");
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

namespace {

// Where figure token `f`'s clause (its next 12 tokens, up to a stop other than a comma) goes
// on with "including" ("Seven people died, including the suspect"), and where it stops: the
// token of "including", none for "not including", and the clause's end.
struct Including {
  std::optional<std::size_t> at;
  std::size_t end = 0;
};

Including including_after(std::span<const Token> tokens, std::size_t f) {
  const std::size_t n = tokens.size();
  std::size_t k = f + 1;
  for (; k + 1 < n && k <= f + 12; ++k) {
    if (tokens[k].type == TokenType::punct && tokens[k].lower != ",") break;
    if (tokens[k].lower != "including") continue;
    if (tokens[k - 1].lower == "not") return {std::nullopt, k};  // "not including the gunman"
    return {k, k};
  }
  return {std::nullopt, k};
}

}  // namespace

bool counts_the_attacker(std::span<const Token> tokens, std::size_t f) {
  static constexpr std::string_view kAttackers[] = {"suspect", "suspects",  "gunman",   "gunmen",
                                                    "shooter", "shooters",  "attacker", "attackers",
                                                    "killer",  "assailant", "bomber",   "bombers"};
  const std::size_t n = tokens.size();
  const Including including = including_after(tokens, f);
  if (!including.at) return false;
  std::size_t j = *including.at + 1;
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

bool includes_the_dead(std::span<const Token> tokens, std::size_t f) {
  const std::size_t n = tokens.size();
  const Including including = including_after(tokens, f);
  // "16 people that sustained gunshot injuries, one of which is deceased", "one of whom died"
  for (std::size_t k = f + 1; k < including.end; ++k) {
    if (tokens[k].type == TokenType::figure && k + 2 < n && tokens[k + 1].lower == "of" &&
        (tokens[k + 2].lower == "whom" || tokens[k + 2].lower == "which")) {
      for (std::size_t j = k + 3; j < n && j <= k + 6; ++j) {
        if (tokens[j].type == TokenType::punct) break;
        if (trigger_of(tokens[j].lower) == Trigger::killed) return true;
      }
    }
  }
  if (!including.at) return false;
  // "including the boy killed", "including one who died", "including the man who was killed"
  for (std::size_t j = *including.at + 1; j < n && j <= *including.at + 6; ++j) {
    if (tokens[j].type == TokenType::punct) return false;
    if (trigger_of(tokens[j].lower) == Trigger::killed) return true;
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
