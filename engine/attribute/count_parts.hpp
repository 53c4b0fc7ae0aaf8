#pragma once
// Parts of a count: readings that make a figure a part of a count given elsewhere, or no count
// of its own — a partitive ("two of the wounded"), the rest of a group ("the other two"), one
// of several coordinated or listed figures ("two men and two women", "two 16-year-olds" beside
// other ages), a duplication or a denied figure. Used by extract_claims (claim_extractor.cpp);
// rules in docs/claims.md, "Parts of a count, denied figures".

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "attribute/figure_context.hpp"
#include "claimgraph/span.hpp"

namespace claimgraph::detail {

/// Figure token `f` opens a partitive whose group is a count or a casualty word: "Nineteen of the
/// injured", "Four of the five people listed as missing", "two of the wounded" — not "all five of
/// the wounded" (the whole group), nor "four of the victims"; but "one of the people injured"
/// (a population noun and a casualty word after it), and "three of them" after a figure of the
/// same sentence ("five people are still unaccounted for, three of them in Orlesti"); and one
/// member after a copula ("Spears was one of the first people shot"). `value` is the figure's.
bool partitive(std::span<const Token> tokens, std::size_t f, double value);
/// How figure token `f` names the rest of a group some of whom were counted before: definite —
/// "the other two", "the three others", and the members of a sequence, "the first three", "the
/// next two", "the last two" — or indefinite, "two other people", "seven others".
enum class Rest { none, definite, indefinite };
Rest rest_of_group(std::span<const Token> tokens, std::size_t f);
/// Figure token `f` adds to those counted: "three more people", "three additional men" (an
/// indefinite rest_of_group, never a part of them).
bool adds_more(std::span<const Token> tokens, std::size_t f);
/// One victim a sentence names without a figure: "A pregnant woman was shot five times ... that
/// injured four other people" (kind shot; "a man was fatally shot", "was shot dead", "was shot
/// and killed", "a man is dead": killed). `at` is the casualty word's token, the sentence's first
/// such; none
/// (`at` = tokens.size()) if it names no such victim. A figure after `at` may be "the other"
/// to that victim. Read once per sentence, so a sentence of many figures costs linear time.
struct LoneVictim {
  std::size_t at = 0;
  std::string_view kind;
};
LoneVictim lone_victim(std::span<const Token> tokens);

/// Figure token `f` counts a duplication, not casualties: "three bodies had been counted twice",
/// "victims counted more than once", "two double-counted deaths".
bool counted_twice(std::span<const Token> tokens, std::size_t f);

/// Figure token `f` counts the attacker with the victims: "Seven people died in the rampage,
/// including the suspect" — not the victims' toll.
bool counts_the_attacker(std::span<const Token> tokens, std::size_t f);

/// Figure token `f` counts the dead with the wounded: "four people were struck, including the
/// boy killed" — everyone hit (`shot`), not the wounded.
bool includes_the_dead(std::span<const Token> tokens, std::size_t f);

/// Figure token `f` is denied: "two people, not six", "none of the five people inside".
bool denied(std::span<const Token> tokens, std::size_t f);

/// Figure token `f`, whose counted phrase is `phrase`, is coordinated with another figure that
/// counts the same population: "Two men and two women were injured", "four men and one woman
/// were shot" — each a part of a total the sentence does not give. Not "two soldiers and three
/// civilians" (two populations, each its own count). Or it follows "and" after a noun phrase
/// with no figure, its predicate after it (`predicate_after`): "The officer and two deputies
/// ... were shot", "a woman and two children were killed" — three, not two.
bool coordinated_part(std::string_view text, std::span<const Token> tokens, std::size_t f,
                      const Phrase& phrase, const Places& places, bool predicate_after);

/// Figure token `f` counts people of one age in a sentence that names another age: a breakdown
/// by age, a part ("The other victims were a 17-year-old shot in the knee, two 16-year-olds and a
/// 14-year-old").
/// `ages` caches the sentence's count of victims' ages (not "by a 19-year-old" nor "a
/// 19-year-old suspect"): counted once per sentence, the first time a figure needs it.
bool age_breakdown(std::span<const Token> tokens, std::size_t f,
                   const std::vector<Quantity>& quantities, std::optional<std::size_t>& ages);

}  // namespace claimgraph::detail
