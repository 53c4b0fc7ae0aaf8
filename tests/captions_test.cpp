// captions: a paragraph ending on a photo credit, and its figures below the body's, which are
// marked as an earlier report.
#include "attribute/captions.hpp"

#include <doctest/doctest.h>

#include <string_view>
#include <vector>

#include "claim_cases.hpp"
#include "claimgraph/claims.hpp"

using claimgraph::Claim;
using claimgraph::Span;
using claimgraph::testing::article;

TEST_SUITE("claims") {
  TEST_CASE("a paragraph ending on a credit in brackets is a caption") {
    constexpr std::string_view text =
        "Three shot outside Minyard Food Stores in Dallas (Photo: WFAA)\n\nPolice said four "
        "people were shot.\n\nOne was fatally shot. 2 others were wounded. (Source: KSLA News "
        "12)\n\nGary Rhoden (pictured) was named.";
    CHECK(claimgraph::detail::in_caption(text, Span{0, 10}));
    CHECK_FALSE(claimgraph::detail::in_caption(text, Span{64, 70}));
    // every sentence of the paragraph
    const std::size_t one = text.find("One was");
    CHECK(claimgraph::detail::in_caption(text, Span{one, one + 5}));
    const std::size_t gary = text.find("Gary");
    CHECK_FALSE(claimgraph::detail::in_caption(text, Span{gary, gary + 5}));
  }

  TEST_CASE("a caption's figure below the body's is an earlier report") {
    // Regression (gva-news): Miami's caption "a shooting that injured 3" was a high flag
    // against "six hospitalized"; the body says eight were shot.
    const std::vector<Claim> stale = claimgraph::extract_claims(
        article("Three people were shot in downtown Seattle Wednesday night. (Photo: KING)\n\n"
                "Five people were shot in downtown Seattle Wednesday night."));
    REQUIRE(stale.size() == 2);
    CHECK(stale[0].earlier);
    CHECK_FALSE(stale[1].earlier);
    // not when the body's figure is no larger, nor another outcome's
    const std::vector<Claim> same = claimgraph::extract_claims(
        article("Five people were shot on Monday. (Photo: KING)\n\nFive people were shot."));
    REQUIRE(same.size() == 2);
    CHECK_FALSE(same[0].earlier);
    const std::vector<Claim> other = claimgraph::extract_claims(
        article("Two people were killed on Monday. (Photo: KING)\n\nFive people were shot."));
    REQUIRE(other.size() == 2);
    CHECK_FALSE(other[0].earlier);
  }
}
