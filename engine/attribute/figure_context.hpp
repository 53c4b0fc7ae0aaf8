#pragma once
// Readings of the words around one figure in a tokenised sentence: the counted phrase, the
// casualty trigger, restatements, side labels of list lines and the reporting frame. Used by
// extract_claims (claim_extractor.cpp), which combines them into a claim.

#include <cstddef>
#include <optional>
#include <span>
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
Phrase counted_phrase(std::string_view text, std::span<const Token> tokens, std::size_t f,
                      const Places& places);

/// A casualty trigger found near a figure, at token `at`.
struct Found {
  Trigger trigger = Trigger::none;
  std::size_t at = 0;
  bool joint_missing = false;  ///< "killed or missing", "dead and missing"
};

/// A token that ends a figure's clause: another figure, or , ; : ( ) — – .
bool clause_end(const Token& t);
/// "two other gunshot victims" at token `k`: those shot ("two gunshot wounds" counts wounds).
bool gunshot_victims(std::span<const Token> tokens, std::size_t k);
/// The injury a few words after "sustained", "suffered", "treated for" ... at token `k`.
std::optional<Found> injury_named_after(std::span<const Token> tokens, std::size_t k);
/// The first trigger after figure token `f` in its clause ("105 soldiers have been killed").
Found trigger_after(std::span<const Token> tokens, std::size_t f);
/// The trigger right before figure token `f` ("killed at least 99", "the death toll rose to").
Found trigger_before(std::span<const Token> tokens, std::size_t f);
/// Verb forms that take the figure as their object: "killed 3", "killing one", "lost 50".
bool active_verb(std::string_view w);
/// "both sides", "on each side", "combined", "in total" near figure token `f`.
bool both_sides_near(std::span<const Token> tokens, std::size_t f);
/// The side named right before a "lost"/"losses" trigger at token `at` ("Azerbaijan lost 50");
/// `claimant_side` for "it lost"; empty when none.
std::string loser_before(std::string_view text, std::span<const Token> tokens, std::size_t at,
                         const std::string& claimant_side, const Places& places);
/// The reporting frame nearest figure token `f`; null when the sentence has none.
const Frame* nearest_frame(const std::vector<Frame>& frames, std::size_t f);
/// The frame that says who claims figure token `f`: "according to X" covers the sentence,
/// otherwise the nearest reporting verb.
const Frame* claimant_frame(const std::vector<Frame>& frames, std::size_t f);
/// Token `k` names a person: a population noun ("deputies", "woman"), a word for one ("boy",
/// "father", "gunman", "couple"), a pronoun, or a capitalised name inside the sentence.
bool names_person(std::span<const Token> tokens, std::size_t k);
/// "its", "their", "our", "his", "her", "my".
bool possessive_pronoun(std::string_view w);
/// True for triggers of losses (everything but none and deployed).
bool is_casualty(Trigger t);

/// A sentence that tallies many incidents: "in separate shootings", "shootings across the
/// city", "so far this year", "at this time last year", "through the end of October".
bool tally_sentence(std::span<const Token> tokens);

/// Figure token `f` counts gunshots, not people shot: "fired one shot into his head", "fired
/// two more shots", "one shot was fired". `use` is the trigger the figure reads.
bool gunshots(std::span<const Token> tokens, std::size_t f, const Found& use);

/// What figure token `f` counts when it is no people: wounds ("the woman had four wounds",
/// "two gunshot wounds"), or incidents and calls ("one shooting in which nine people were
/// shot", "two shooting attacks", "in three overnight shootings", "five reports of people shot";
/// not "three shooting deaths").
enum class NotPeople { none, wounds, incidents };
NotPeople counts_not_people(std::span<const Token> tokens, std::size_t f);

/// Figure token `f` is the group of "one of" ("one of the two officers involved was dead") and
/// a singular verb before the casualty word at `at` tells what happened to the one, not to the
/// group. `quantities` are those the tokens index.
bool said_of_the_one(std::span<const Token> tokens, const std::vector<Quantity>& quantities,
                     std::size_t f, std::size_t at);

/// The first figure token at or after `f`, or tokens.size(): a tight loop over the words and
/// marks between a sentence's figures (most of its tokens).
[[nodiscard]] inline std::size_t next_figure(std::span<const Token> tokens, std::size_t f) {
  while (f < tokens.size() && tokens[f].type != TokenType::figure) ++f;
  return f;
}

/// A list marker at token `f`: "1." or "2)" opening a sentence.
bool list_marker(std::span<const Token> tokens, std::size_t f);
/// True when the sentence is a list item (a bullet or a list marker opens it).
bool list_item(std::span<const Token> tokens);

/// A figure restating one given before ("raised the number ... to at least 135").
struct Restatement {
  bool found = false;
  Trigger trigger = Trigger::none;
  std::string population;
  bool possessive = false;
};
/// The restatement frame before figure token `f`, if any.
Restatement restatement(std::span<const Token> tokens, std::size_t f);

/// Population and side named before figure token `f` in its clause ("the number of Azerbaijani
/// soldiers killed at some 430"): sets `population` (when empty) and `side` when it finds them.
void before_phrase(std::string_view text, std::span<const Token> tokens, std::size_t f,
                   std::string& population, std::string& side, const Places& places);

/// The regions (find_regions) a sentence names: the one region, "both" for two or more, "" for
/// none. In "41 people died in Valdoria province" the region is whose dead they are.
std::string region_named(std::string_view text, std::span<const Token> tokens,
                         const Places& places);

/// The side label of a list line ("- Armenia: ...") and the claimant in its brackets.
struct Topic {
  std::string side;
  std::optional<Speaker> speaker;
};
/// The topic of a sentence's tokens; empty when it is not a labelled line.
Topic topic_of(std::string_view text, std::span<const Token> tokens, const Places& places);

}  // namespace claimgraph::detail
