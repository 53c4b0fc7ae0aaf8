// The claim stage's sentence tokenizer (attribute/tokens.hpp): words, figures and punctuation,
// and the sentences of an article appended to one buffer.

#include "attribute/tokens.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/quantities.hpp"

namespace claimgraph::detail {

TEST_SUITE("tokens") {
  TEST_CASE("words keep inner hyphens and lose a possessive; a count is one figure token") {
    const std::string text = "Azerbaijan's ex-Soviet army lost 50 soldiers.";
    const std::string lowered = lower_ascii(text);
    const std::vector<Quantity> quantities = extract_quantities(text);
    const std::vector<Token> tokens = tokenize(text, lowered, Span{0, text.size()}, quantities);
    std::vector<std::string_view> lower;
    for (const Token& t : tokens) lower.push_back(t.lower);
    CHECK(lower == std::vector<std::string_view>{"azerbaijan", "'s", "ex-soviet", "army", "lost",
                                                 "", "soldiers", "."});
    CHECK(tokens[0].capitalised);
    CHECK(tokens[5].type == TokenType::figure);
    CHECK(text.substr(tokens[5].span.begin, tokens[5].span.size()) == "50");
  }

  TEST_CASE("a sentence appended to a buffer gives the tokens tokenize returns for it") {
    const std::string text = "Police said 3 people died. \"Two were hurt,\" she added.";
    const std::string lowered = lower_ascii(text);
    const std::vector<Quantity> quantities = extract_quantities(text);
    const Span first{0, 26};
    const Span second{27, text.size()};
    std::vector<Token> buffer;
    tokenize(text, lowered, first, quantities, buffer);
    const std::size_t split = buffer.size();
    tokenize(text, lowered, second, quantities, buffer);
    const auto same = [](const Token& a, const Token& b) {
      return a.type == b.type && a.capitalised == b.capitalised && a.kind == b.kind &&
             a.span.begin == b.span.begin && a.span.end == b.span.end && a.lower == b.lower &&
             a.figure == b.figure;
    };
    const std::vector<Token> one = tokenize(text, lowered, first, quantities);
    const std::vector<Token> two = tokenize(text, lowered, second, quantities);
    REQUIRE(split == one.size());
    REQUIRE(buffer.size() == one.size() + two.size());
    for (std::size_t i = 0; i < one.size(); ++i) CHECK(same(buffer[i], one[i]));
    for (std::size_t i = 0; i < two.size(); ++i) CHECK(same(buffer[split + i], two[i]));
  }
}

}  // namespace claimgraph::detail
