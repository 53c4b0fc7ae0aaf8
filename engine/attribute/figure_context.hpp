#pragma once
// Readings of the words around one figure in a tokenised sentence: the counted phrase, the
// casualty trigger, restatements, side labels of list lines and the reporting frame. Used by
// extract_claims (claim_extractor.cpp), which combines them into a claim.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attribute/claim_lexicon.hpp"
#include "attribute/speakers.hpp"
#include "attribute/tokens.hpp"

namespace claimgraph::detail {

/// The counted phrase after a figure: "of its soldiers", "Russian peacekeepers".
struct Phrase {
  std::size_t end = 0;      ///< token index after the phrase
  std::string head;         ///< last word: the counted noun
  std::string population;   ///< from a population noun in the phrase
  std::string side;         ///< from a side named in the phrase ("both" for two)
  bool possessive = false;  ///< "its", "their", "our" in the phrase
};

/// The counted phrase after figure token `f` of `tokens` (tokens of `text`).
Phrase counted_phrase(std::string_view text, const std::vector<Token>& tokens, std::size_t f,
                      const Places& places);

/// A casualty trigger found near a figure, at token `at`.
struct Found {
  Trigger trigger = Trigger::none;
  std::size_t at = 0;
  bool joint_missing = false;  ///< "killed or missing", "dead and missing"
};

/// The first trigger after figure token `f` in its clause ("105 soldiers have been killed").
Found trigger_after(const std::vector<Token>& tokens, std::size_t f);
/// The trigger right before figure token `f` ("killed at least 99", "the death toll rose to").
Found trigger_before(const std::vector<Token>& tokens, std::size_t f);
/// Verb forms that take the figure as their object: "killed 3", "killing one", "lost 50".
bool active_verb(std::string_view w);
/// "both sides", "on each side", "combined", "in total" near figure token `f`.
bool both_sides_near(const std::vector<Token>& tokens, std::size_t f);
/// The side named right before a "lost"/"losses" trigger at token `at` ("Azerbaijan lost 50");
/// `claimant_side` for "it lost"; empty when none.
std::string loser_before(std::string_view text, const std::vector<Token>& tokens, std::size_t at,
                         const std::string& claimant_side, const Places& places);
/// The reporting frame nearest figure token `f`; null when the sentence has none.
const Frame* nearest_frame(const std::vector<Frame>& frames, std::size_t f);
/// The frame that says who claims figure token `f`: "according to X" covers the sentence,
/// otherwise the nearest reporting verb.
const Frame* claimant_frame(const std::vector<Frame>& frames, std::size_t f);
/// True for triggers of losses (everything but none and deployed).
bool is_casualty(Trigger t);
/// Figure token `f` opens a partitive whose group is a count or a casualty word: "Nineteen of the
/// injured", "Four of the five people listed as missing", "two of the wounded" — not "all five of
/// the wounded" (the whole group), nor "four of the victims"; but "one of the people injured"
/// (a population noun and a casualty word after it).
bool partitive(const std::vector<Token>& tokens, std::size_t f);
/// How figure token `f` names the rest of a group some of whom were counted before: definite —
/// "the other two", "the three others", and the members of a sequence, "the first three", "the
/// next two", "the last two" — or indefinite, "two other people", "seven others".
enum class Rest { none, definite, indefinite };
Rest rest_of_group(const std::vector<Token>& tokens, std::size_t f);
/// One victim a sentence names without a figure: "A pregnant woman was shot five times ... that
/// injured four other people" (kind shot; "a man was fatally shot", "was shot dead", "was shot
/// and killed": killed). `at` is the casualty word's token, the sentence's first such; none
/// (`at` = tokens.size()) if it names no such victim. A figure after `at` may be "the other"
/// to that victim. Read once per sentence, so a sentence of many figures costs linear time.
struct LoneVictim {
  std::size_t at = 0;
  std::string_view kind;
};
LoneVictim lone_victim(const std::vector<Token>& tokens);

/// A sentence that tallies many incidents: "in separate shootings", "shootings across the
/// city", "so far this year", "at this time last year", "through the end of October".
bool tally_sentence(const std::vector<Token>& tokens);

/// Figure token `f` counts a duplication, not casualties: "three bodies had been counted twice",
/// "victims counted more than once", "two double-counted deaths".
bool counted_twice(const std::vector<Token>& tokens, std::size_t f);

/// Figure token `f` is denied: "two people, not six".
bool denied(const std::vector<Token>& tokens, std::size_t f);

/// Figure token `f`, whose counted phrase is `phrase`, is coordinated with another figure that
/// counts the same population: "Two men and two women were injured", "four men and one woman
/// were shot" — each a part of a total the sentence does not give. Not "two soldiers and three
/// civilians" (two populations, each its own count). Or it follows "and" after a noun phrase
/// with no figure, its predicate after it (`predicate_after`): "The officer and two deputies
/// ... were shot", "a woman and two children were killed" — three, not two.
bool coordinated_part(std::string_view text, const std::vector<Token>& tokens, std::size_t f,
                      const Phrase& phrase, const Places& places, bool predicate_after);

/// Figure token `f` counts people of one age in a sentence that names another age: a breakdown
/// by age, a part ("The other victims were a 17-year-old shot in the knee, two 16-year-olds and a
/// 14-year-old").
/// `ages` caches the sentence's count of victims' ages (not "by a 19-year-old" nor "a
/// 19-year-old suspect"): counted once per sentence, the first time a figure needs it.
bool age_breakdown(const std::vector<Token>& tokens, std::size_t f,
                   const std::vector<Quantity>& quantities, std::optional<std::size_t>& ages);

/// Figure token `f` counts gunshots, not people shot: "fired one shot into his head", "fired
/// two more shots", "one shot was fired". `use` is the trigger the figure reads.
bool gunshots(const std::vector<Token>& tokens, std::size_t f, const Found& use);

/// A list marker at token `f`: "1." or "2)" opening a sentence.
bool list_marker(const std::vector<Token>& tokens, std::size_t f);
/// True when the sentence is a list item (a bullet or a list marker opens it).
bool list_item(const std::vector<Token>& tokens);

/// A figure restating one given before ("raised the number ... to at least 135").
struct Restatement {
  bool found = false;
  Trigger trigger = Trigger::none;
  std::string population;
  bool possessive = false;
};
/// The restatement frame before figure token `f`, if any.
Restatement restatement(const std::vector<Token>& tokens, std::size_t f);

/// Population and side named before figure token `f` in its clause ("the number of Azerbaijani
/// soldiers killed at some 430"): sets `population` (when empty) and `side` when it finds them.
void before_phrase(std::string_view text, const std::vector<Token>& tokens, std::size_t f,
                   std::string& population, std::string& side, const Places& places);

/// The regions (find_regions) a sentence names: the one region, "both" for two or more, "" for
/// none. In "41 people died in Valdoria province" the region is whose dead they are.
std::string region_named(std::string_view text, const std::vector<Token>& tokens,
                         const Places& places);

/// The side label of a list line ("- Armenia: ...") and the claimant in its brackets.
struct Topic {
  std::string side;
  std::optional<Speaker> speaker;
};
/// The topic of a sentence's tokens; empty when it is not a labelled line.
Topic topic_of(std::string_view text, const std::vector<Token>& tokens, const Places& places);

}  // namespace claimgraph::detail
