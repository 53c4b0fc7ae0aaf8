#pragma once
// A sentence as a list of tokens — words, figures (the count quantities found by the extract
// stage), and punctuation — with byte spans into the article text. The claim rules work on
// these tokens, a few at a time around each figure.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/quantity.hpp"
#include "claimgraph/span.hpp"

namespace claimgraph::detail {

/// word; figure: a count quantity; other: any other quantity (a date, an ordinal, a year), kept
/// whole but transparent to the claim rules; punct: punctuation.
enum class TokenType : unsigned char { word, figure, other, punct };

struct Token {
  TokenType type = TokenType::word;
  bool capitalised = false;                 ///< words: first letter upper-case
  QuantityKind kind = QuantityKind::count;  ///< figures and other: the quantity's kind
  Span span;
  std::string_view lower;  ///< words: lower-cased (a view into the lowered text); punct: as is
  std::size_t figure = 0;  ///< figures: index into the quantities given to tokenize
};

/// Tokenizes `sentence` of `text`. Quantities (all of the text's, sorted by span) that lie in the
/// sentence become one token each (their whole span, qualifier included): `figure` for counts,
/// `other` for every other kind. Words keep
/// hyphens ("Nagorno-Karabakh", "ex-Soviet") and split off a possessive "'s" as its own word.
/// `lowered` is `text` with ASCII letters lower-cased (lower_ascii), which the words point into.
[[nodiscard]] std::vector<Token> tokenize(std::string_view text, std::string_view lowered,
                                          Span sentence, const std::vector<Quantity>& quantities);
/// The same, appended to `out`: the sentences of an article share one buffer.
void tokenize(std::string_view text, std::string_view lowered, Span sentence,
              const std::vector<Quantity>& quantities, std::vector<Token>& out);

/// `text` with ASCII letters lower-cased, byte for byte.
[[nodiscard]] std::string lower_ascii(std::string_view text);

}  // namespace claimgraph::detail
