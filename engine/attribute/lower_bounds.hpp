#pragma once
// Lower bounds: a casualty figure that counts only some of those hurt reads as at least that
// many (docs/claims.md, "Some of the victims: lower bounds") — those in one condition, still in
// hospital, taken there, found first, a list's first item, one victim told apart, ...

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "attribute/claim_lexicon.hpp"
#include "attribute/tokens.hpp"
#include "claimgraph/quantity.hpp"
#include "claimgraph/span.hpp"

namespace claimgraph::detail {

/// Figure token `f` counts only some of those its casualty word names, so it is a lower bound of
/// their count, not the count: those in one condition ("One victim remains in critical
/// condition"), still in hospital ("Five people are still hospitalized", "three remain
/// hospitalized"), released ("Four have been released"), found on arrival ("Deputies arrived to
/// find four people suffering from gunshot wounds"). `at` is the casualty word's token.
/// So is the first of a list that goes on with the next one, of the same outcome: "The four
/// victims were transported ..., and a fifth person ... was later located at a local hospital".
/// `own` and `value` are the figure's outcome and value; `quantities` those the tokens index
/// (an ordinal's number).
bool some_of(std::span<const Token> tokens, const std::vector<Quantity>& quantities, std::size_t f,
             std::size_t at, Trigger own, double value);

/// Whether one of the two sentences after sentence `i` goes on with the next one of a figure of
/// `value` and outcome `kind`, of the same outcome: "Deputies arrived to find four people
/// suffering from gunshot wounds. They were taken to a hospital. A fifth person with a gunshot
/// wound was found later" (not "A fifth victim ... was taken in critical condition" after four
/// found dead, nor "A third man was charged"). `lowered` is the article text in lower case; each
/// sentence is read for its first 400 bytes at most.
bool list_goes_on(std::string_view lowered, const std::vector<Span>& sentences, std::size_t i,
                  double value, std::string_view kind);

/// Whether the casualty word at token `at` is said with a degree of harm: "minor injuries",
/// "critical condition", "non-life-threatening wounds". A figure with no noun joined by "and"
/// to some of the victims of its outcome is some of them too when it names one ("two of the
/// victims were in critical condition and two suffered minor injuries").
[[nodiscard]] bool names_a_degree(std::span<const Token> tokens, std::size_t at);

/// Whether the figure at token `f`, of `value` and `kind`, is one victim of those shot said
/// wounded after the sentence's first casualty figure (`earlier_kind`, `earlier_value`): "Six
/// people were shot and one victim was rushed to the hospital with life-threatening injuries" —
/// some of the wounded.
[[nodiscard]] bool one_of_those_shot(std::span<const Token> tokens, std::size_t f,
                                     std::string_view earlier_kind, double earlier_value,
                                     std::string_view kind, double value);

}  // namespace claimgraph::detail
