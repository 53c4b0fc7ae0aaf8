#pragma once
// What a sentence is like, for the claim stage (claim_extractor.cpp): whether it holds a count
// figure or a reporting verb (the others are not tokenized), opens a quote, recalls an event just
// named, or names "the province"; and the time a recalling sentence refers to.

#include <span>
#include <string_view>
#include <vector>

#include "attribute/tokens.hpp"
#include "claimgraph/quantity.hpp"
#include "claimgraph/span.hpp"
#include "claimgraph/time_anchor.hpp"

namespace claimgraph::detail {

/// Whether `sentence` holds a count figure (`quantities` sorted by span).
[[nodiscard]] bool has_count(const std::vector<Quantity>& quantities, Span sentence);
/// How many count figures of `quantities` end by byte `end`: the most claims they can give.
[[nodiscard]] std::size_t counts_before(const std::vector<Quantity>& quantities, std::size_t end);
/// Whether `sentence` of the lower-cased text holds a reporting verb.
[[nodiscard]] bool has_speech_verb(std::string_view lowered, Span sentence);
/// Whether the sentence opens with a quotation mark.
[[nodiscard]] bool opens_quote(std::span<const Token> tokens);
/// A sentence that opens by pointing back at an event just named: "That earthquake killed about
/// 2,300 people", "That war left 30,000 dead". Its figures belong to the time named before it.
[[nodiscard]] bool recalls_event(std::span<const Token> tokens);
/// "the province", "the region": a region named before.
[[nodiscard]] bool names_region_noun(std::span<const Token> tokens);
/// The time a recalling sentence refers to: the last one named, and for "the strongest since
/// 1998" the year 1998 itself (`storage` holds it).
[[nodiscard]] const TimeMention* recalled_time(const TimeMention* last, TimeMention& storage);

}  // namespace claimgraph::detail
