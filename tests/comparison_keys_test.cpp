// comparison_keys on hand-built claims: what is compared with what (event, kind, side,
// population), whose voice a figure is, and which claims get no key.

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "claimgraph/keys.hpp"
#include "reconcile_cases.hpp"

using namespace claimgraph::testing::reconcile;  // the helpers of reconcile_cases.hpp

TEST_SUITE("keys") {
  TEST_CASE("a figure with no population joins the soldiers of its side") {
    const std::vector<Claim> claims = {
        claim(kPm1, 10, kNow, "killed", "Armenia", exact(49), "people"),
        claim(kPm2, 10, kNow, "killed", "Armenia", exact(105), "soldiers"),
        claim(kMod3, 10, kNow, "killed", "Armenia", exact(3), "civilians"),
    };
    const auto keys = claimgraph::comparison_keys(claims, {event(kNow, {"Armenia"})});
    REQUIRE(keys.size() == 2);
    CHECK(keys[0].id == "ev-now/killed/Armenia/civilians");
    CHECK(keys[1].id == "ev-now/killed/Armenia/soldiers");
    CHECK(keys[1].claims.size() == 2);
  }

  TEST_CASE("a government's officials are one voice; an outlet repeating them is their voice") {
    const Src outlet{"wire-13", "Wire", 13, "", ""};
    const std::vector<Claim> claims = {
        claim(kPm1, 10, kNow, "killed", "Armenia", exact(49)),
        claim(kMod3, 10, kNow, "killed", "Armenia", exact(135)),
        claim(outlet, 80, kNow, "killed", "Armenia", exact(49)),   // repeats the PM's 49
        claim(outlet, 120, kNow, "killed", "Armenia", exact(60)),  // its own figure
    };
    const auto keys = claimgraph::comparison_keys(claims, {event(kNow, {"Armenia"})});
    REQUIRE(keys.size() == 1);
    std::vector<std::string> voices;
    for (const auto& k : keys[0].claims) voices.push_back(k.voice);
    // sorted by claim: site-16#10, wire-13#10, wire-13#80 (the repeat), wire-13#120
    CHECK(voices == std::vector<std::string>{"Armenia", "Armenia", "Armenia", "outlet:Wire"});
  }

  TEST_CASE("a repeat takes the voice of the first attributed figure it repeats, as pair by pair") {
    // One article's many figures for one key, attributed and not; the voices must be those of
    // the rule applied pair by pair (the first attributed figure of the article whose interval
    // meets the repeat's and whose best is within 1%), whatever shortcut the keys take.
    const double values[] = {100, 100.5, 101,  102,   99,
                             0,   1000,  kInf, -kInf, std::numeric_limits<double>::quiet_NaN()};
    std::mt19937 rng(7);
    for (int round = 0; round < 40; ++round) {
      // long runs and short ones
      const std::size_t size = round % 2 == 0 ? 300 : 1 + rng() % 16;
      std::vector<Claim> claims;
      for (std::size_t i = 0; i < size; ++i) {
        const double v = values[rng() % std::size(values)];
        // exact, at least, more than, about (the helpers above print the figure as a whole
        // number, which infinity and NaN are not)
        const Fig figs[] = {
            {"v", v, Interval::point(v)},
            {"at least v", v, {{v, false}, {kInf, true}}, Qualifier::at_least},
            {"more than v", v, {{v, true}, {kInf, true}}, Qualifier::more_than},
            {"about v", v, {{v * 0.9, false}, {v * 1.1, false}}, Qualifier::approximately}};
        const int who = static_cast<int>(rng() % 5);
        const Src s{"site-1", "Site", 13, who < 2 ? "" : "Speaker " + std::to_string(who),
                    who == 4 ? "Armenia" : ""};
        claims.push_back(claim(s, 10 * i, kNow, "killed", "Armenia", figs[rng() % 4]));
      }
      const auto keys = claimgraph::comparison_keys(claims, {event(kNow, {"Armenia"})});
      REQUIRE(keys.size() == 1);
      const auto& keyed = keys[0].claims;
      REQUIRE(keyed.size() == claims.size());
      for (std::size_t x = 0; x < keyed.size(); ++x) {
        const Claim& c = claims[keyed[x].claim];
        std::string expected;
        if (!c.outlet_voice) {
          expected = c.claimant_side.empty() ? c.claimant.str() : c.claimant_side.str();
        } else {
          expected = "outlet:Site";
          for (const auto& k : keyed) {
            const Claim& o = claims[k.claim];
            if (o.outlet_voice) continue;
            const double scale = std::max(std::fabs(o.quantity.best), std::fabs(c.quantity.best));
            const bool meet = !(o.quantity.interval.hi.value < c.quantity.interval.lo.value ||
                                (o.quantity.interval.hi.value == c.quantity.interval.lo.value &&
                                 (o.quantity.interval.hi.open || c.quantity.interval.lo.open))) &&
                              !(c.quantity.interval.hi.value < o.quantity.interval.lo.value ||
                                (c.quantity.interval.hi.value == o.quantity.interval.lo.value &&
                                 (c.quantity.interval.hi.open || o.quantity.interval.lo.open)));
            if (meet && std::fabs(o.quantity.best - c.quantity.best) <= 0.01 * scale) {
              expected = o.claimant_side.empty() ? o.claimant.str() : o.claimant_side.str();
              break;
            }
          }
        }
        CHECK_MESSAGE(keyed[x].voice == expected, c.quantity.text, " at ", x);
      }
    }
  }

  TEST_CASE("claims with no event, a kind that counts no people, or a tally get no key") {
    std::vector<Claim> claims = {claim(kPm1, 10, "", "killed", "Armenia", exact(49)),
                                 claim(kPm1, 20, kNow, "republics", "", exact(2)),
                                 claim(kPm1, 30, kNow, "wounded", "", exact(20))};
    claims[2].tally = true;  // "20 people wounded in separate shootings across the city"
    CHECK(claimgraph::comparison_keys(claims, {event(kNow, {"Armenia"})}).empty());
  }
}
