#pragma once
// Table-driven cases for extract_claims: a sentence or paragraph and the claims expected of it.

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/claims.hpp"

namespace claimgraph::testing {

using claimgraph::Article;
using claimgraph::Claim;

struct Expect {
  std::string_view figure;  // Quantity::text
  std::string_view kind;
  std::string_view population;
  std::string_view side;
  std::string_view claimant;  // "" for the outlet's own voice
};

struct Case {
  std::string_view text;
  std::vector<Expect> expected;
};

inline Article article(std::string_view text) {
  Article a;
  a.id = "t";
  a.outlet = "Test Outlet";
  a.text = std::string(text);
  return a;
}

inline void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::vector<Claim> claims = claimgraph::extract_claims(article(c.text));
    claimgraph::normalize_claimants(claims);
    REQUIRE(claims.size() == c.expected.size());
    for (std::size_t i = 0; i < claims.size(); ++i) {
      const Expect& e = c.expected[i];
      CAPTURE(e.figure);
      CHECK(claims[i].quantity.text == e.figure);
      CHECK(claims[i].kind == e.kind);
      CHECK(claims[i].population == e.population);
      CHECK(claims[i].side == e.side);
      if (e.claimant.empty()) {
        CHECK(claims[i].outlet_voice);
      } else {
        CHECK(claims[i].claimant == e.claimant);
      }
    }
  }
}

}  // namespace claimgraph::testing
