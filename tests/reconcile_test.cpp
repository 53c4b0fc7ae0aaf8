// reconcile on hand-built claims: each verdict rule fires where it should and stays silent
// where it should not, and the result does not depend on the order of the claims. The
// comparison keys: comparison_keys_test.cpp.

#include "claimgraph/reconcile.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "reconcile_cases.hpp"

using namespace claimgraph::testing::reconcile;  // the helpers of reconcile_cases.hpp

TEST_SUITE("reconcile") {
  TEST_CASE("one government's rising figures are a revision timeline, not a conflict") {
    const std::vector<Claim> claims = {
        claim(kPm1, 10, kNow, "killed", "Armenia", at_least(49)),
        claim(kPm2, 10, kNow, "killed", "Armenia", exact(105)),
        claim(kMod3, 10, kNow, "killed", "Armenia", at_least(135)),
    };
    const auto r = run(claims, {event(kNow, {"Armenia", "Azerbaijan"})});
    REQUIRE(r.flags.size() == 1);
    CHECK(r.flags[0].verdict == Verdict::revision);
    CHECK(r.flags[0].severity == Severity::info);
    CHECK(r.flags[0].claims == std::vector<std::string>{"wire-13#10", "daily-14#10", "site-16#10"});
    CHECK(r.flags[0].explanation.find("at least 49") != std::string::npos);
    REQUIRE(r.keys.size() == 1);
    CHECK(r.keys[0].verdict == Verdict::revision);
    CHECK(r.keys[0].consensus.best == 135);
    // two "revises" edges: 105 → 49 and 135 → 105
    CHECK(std::count_if(r.relations.begin(), r.relations.end(), [](const auto& rel) {
            return rel.relation == claimgraph::Relation::revises;
          }) == 2);
  }

  TEST_CASE("a later figure below an earlier one is a downward revision") {
    const std::vector<Claim> claims = {
        claim(kPm1, 10, kNow, "killed", "Armenia", exact(105)),
        claim(kPm2, 10, kNow, "killed", "Armenia", exact(80)),
    };
    const auto r = run(claims, {event(kNow, {"Armenia", "Azerbaijan"})});
    REQUIRE(r.flags.size() == 1);
    CHECK(r.flags[0].severity == Severity::medium);
    CHECK(r.flags[0].rule == "revision downwards");
  }

  TEST_CASE("an article recalling the old figure beside the new one is not a decrease") {
    const std::vector<Claim> claims = {
        claim(kAz1, 10, kNow, "killed", "Azerbaijan", exact(50)),
        claim(kAz5, 10, kNow, "killed", "Azerbaijan", exact(80)),
        claim(kAz5, 90, kNow, "killed", "Azerbaijan", exact(50)),  // "up from 50"
    };
    const auto r = run(claims, {event(kNow, {"Armenia", "Azerbaijan"})});
    REQUIRE(r.flags.size() == 1);
    CHECK(r.flags[0].verdict == Verdict::revision);
    CHECK(r.flags[0].severity == Severity::info);
  }

  TEST_CASE("two articles of one day quoting one voice with incompatible figures") {
    const Src other{"euronews-13", "Euronews", 13, "Nikol Pashinyan", "Armenia"};
    const std::vector<Claim> claims = {
        claim(kPm1, 10, kNow, "killed", "Armenia", exact(49)),
        claim(other, 10, kNow, "killed", "Armenia", at_least(105)),
    };
    const auto r = run(claims, {event(kNow, {"Armenia", "Azerbaijan"})});
    REQUIRE(r.flags.size() == 1);
    CHECK(r.flags[0].severity == Severity::low);
    CHECK(r.flags[0].explanation.find("datelines") != std::string::npos);
  }

  TEST_CASE("a party's figure for the other side's losses against that side's own: partisan") {
    const std::vector<Claim> claims = {
        claim(kAz1, 10, kNow, "killed", "Azerbaijan", exact(50)),
        claim(kAz5, 10, kNow, "killed", "Azerbaijan", exact(80)),
        claim(kSpeaker, 10, kNow, "killed", "Azerbaijan", about(430)),
    };
    const auto r = run(claims, {event(kNow, {"Armenia", "Azerbaijan"})});
    const auto partisan = flags_of(r, Verdict::partisan);
    REQUIRE(partisan.size() == 1);
    CHECK(partisan[0]->severity == Severity::high);
    // compared with Azerbaijan's figure current on the 30th (80), not its first (50)
    CHECK(partisan[0]->claims == std::vector<std::string>{"weekly-30#10", "agency-19#10"});
    CHECK(r.flags.front().verdict == Verdict::partisan);  // most severe first
    CHECK(r.keys[0].verdict == Verdict::partisan);
    // the partisan figure is left out of the consensus
    CHECK(r.keys[0].consensus.high == 80);
    CHECK(r.keys[0].consensus.rule.find("left out") != std::string::npos);
  }

  TEST_CASE("a partisan figure compatible with the side's own is no flag") {
    const std::vector<Claim> claims = {
        claim(kAz5, 10, kNow, "killed", "Azerbaijan", at_least(80)),
        claim(kSpeaker, 10, kNow, "killed", "Azerbaijan", exact(95)),
    };
    const auto r = run(claims, {event(kNow, {"Armenia", "Azerbaijan"})});
    CHECK(r.flags.empty());
    CHECK(r.keys[0].verdict == Verdict::consistent);
  }

  TEST_CASE("two voices with incompatible figures on the same day contradict each other") {
    const Src police{"local-13", "Local", 13, "police", ""};
    const Src hospital{"tv-13", "TV", 13, "hospital", ""};
    const std::vector<Claim> claims = {
        claim(police, 10, kNow, "killed", "", exact(12), "people"),
        claim(hospital, 10, kNow, "killed", "", exact(19), "people"),
    };
    const auto r = run(claims, {event(kNow, {})});
    const auto contra = flags_of(r, Verdict::contradictory);
    REQUIRE(contra.size() == 1);
    CHECK(contra[0]->severity == Severity::high);
    CHECK(contra[0]->claims.size() == 2);
  }

  TEST_CASE("a part beside its article's total is not a rival total") {
    // "left nine people injured" ... "two other victims were in good condition, police said"
    const Src a{"wane-5", "WANE", 5, "", ""};
    const Src b{"journal-5", "Journal", 5, "", ""};
    const Src police{"journal-5", "Journal", 5, "police", ""};
    const std::vector<Claim> claims = {
        claim(a, 10, kNow, "wounded", "", exact(9), "people"),
        claim(b, 10, kNow, "wounded", "", exact(9), "people"),
        claim(police, 90, kNow, "wounded", "", exact(2), "people"),
    };
    const auto r = run(claims, {event(kNow, {})});
    CHECK(flags_of(r, Verdict::contradictory).empty());
  }

  TEST_CASE("one article quoting two sources with incompatible figures") {
    const Src ministry{"wire-9", "Wire", 9, "Tomas Reval", ""};
    const Src rescue{"wire-9", "Wire", 9, "rescue service", ""};
    const std::vector<Claim> claims = {
        claim(ministry, 10, kNow, "killed", "", exact(12), "people"),
        claim(rescue, 90, kNow, "killed", "", exact(19), "people"),
    };
    const auto r = run(claims, {event(kNow, {})});
    const auto contra = flags_of(r, Verdict::contradictory);
    REQUIRE(contra.size() == 1);
    CHECK(contra[0]->severity == Severity::low);
    CHECK(contra[0]->rule == "one article, two sources");
    CHECK(contra[0]->claims == std::vector<std::string>{"wire-9#10", "wire-9#90"});
  }

  TEST_CASE("an earlier report, since superseded, is compared with no other figure") {
    // "Police had originally said that seven people were shot, but amended that number to
    // four": the seven is listed in an info flag, revised by the article's four, and neither
    // contradicts another outlet's four nor counts in the consensus.
    const Src police{"local-13", "Local", 13, "police", ""};
    const Src tv{"tv-13", "TV", 13, "", ""};
    std::vector<Claim> claims = {
        claim(police, 10, kNow, "shot", "", exact(7), "people"),
        claim(police, 90, kNow, "shot", "", exact(4), "people"),
        claim(tv, 10, kNow, "shot", "", exact(4), "people"),
    };
    claims[0].earlier = true;
    const auto r = run(claims, {event(kNow, {})});
    CHECK(flags_of(r, Verdict::contradictory).empty());
    CHECK(flags_of(r, Verdict::differing).empty());
    const auto revisions = flags_of(r, Verdict::revision);
    REQUIRE(revisions.size() == 1);
    CHECK(revisions[0]->rule == "earlier report");
    CHECK(revisions[0]->severity == Severity::info);
    CHECK(revisions[0]->claims == std::vector<std::string>{"local-13#10"});
    CHECK(revisions[0]->explanation.find("police gave 7 (Local, 13 Sep 2022)") !=
          std::string::npos);
    REQUIRE(r.relations.size() >= 1);
    CHECK(std::any_of(r.relations.begin(), r.relations.end(), [](const auto& rel) {
      return rel.from == "local-13#90" && rel.to == "local-13#10" &&
             rel.relation == claimgraph::Relation::revises;
    }));
    REQUIRE(r.keys.size() == 1);
    CHECK(r.keys[0].consensus.best == 4);
    CHECK(r.keys[0].consensus.high == 4);

    // Not marked, the seven contradicts the four: the test above would see it.
    claims[0].earlier = false;
    CHECK_FALSE(flags_of(run(claims, {event(kNow, {})}), Verdict::contradictory).empty());
  }

  TEST_CASE("a key of earlier reports only: a consensus that says so, and no crash") {
    const Src police{"local-13", "Local", 13, "police", ""};
    std::vector<Claim> claims = {claim(police, 10, kNow, "shot", "", exact(7), "people")};
    claims[0].earlier = true;
    const auto r = run(claims, {event(kNow, {})});
    REQUIRE(r.keys.size() == 1);
    CHECK(r.keys[0].consensus.best == 7);
    CHECK(r.keys[0].consensus.sources == 1);
    CHECK(r.keys[0].consensus.rule.find("earlier report") != std::string::npos);
    CHECK(flags_of(r, Verdict::revision).size() == 1);
  }

  TEST_CASE("a stale figure from an earlier day is not a contradiction of a growing toll") {
    const Src police{"local-13", "Local", 13, "police", ""};
    const Src hospital{"tv-15", "TV", 15, "hospital", ""};
    const std::vector<Claim> claims = {
        claim(police, 10, kNow, "killed", "", exact(12), "people"),
        claim(hospital, 10, kNow, "killed", "", exact(19), "people"),
    };
    const auto r = run(claims, {event(kNow, {})});
    CHECK(r.flags.empty());
  }

  TEST_CASE("compatible bounds that differ are one 'differing' flag per pair of figures") {
    const Src a{"euronews", "Euronews", 13, "", ""};
    const Src b{"straits", "Straits", 13, "", ""};
    const Src c{"continental", "Continental", 13, "", ""};
    const std::vector<Claim> claims = {
        claim(a, 10, kWar, "killed", "", more_than(6500), "people"),
        claim(b, 10, kWar, "killed", "", more_than(6500), "people"),
        claim(c, 10, kWar, "killed", "", more_than(6600), "people"),
    };
    const auto r = run(claims, {event(kWar, {"Armenia", "Azerbaijan"}, true)});
    REQUIRE(r.flags.size() == 1);
    CHECK(r.flags[0].verdict == Verdict::differing);
    CHECK(r.flags[0].severity == Severity::low);
    CHECK(r.flags[0].claims.size() == 3);
    CHECK(r.flags[0].explanation.find("Euronews and Straits say more than 6500") !=
          std::string::npos);
    CHECK(r.keys[0].key.side == "both");  // no side in a two-party war: all sides
  }

  TEST_CASE("some of them against a total they fit is no flag; a bound as written differs") {
    const Src a{"wire", "Wire", 13, "", ""};
    const Src b{"daily", "Daily", 13, "", ""};
    const auto r = run({claim(a, 10, kNow, "wounded", "", some(2), "people"),
                        claim(b, 10, kNow, "wounded", "", exact(7), "people")},
                       {event(kNow, {})});
    CHECK(r.flags.empty());
    const auto written = run({claim(a, 10, kNow, "wounded", "", at_least(2), "people"),
                              claim(b, 10, kNow, "wounded", "", exact(7), "people")},
                             {event(kNow, {})});
    REQUIRE(written.flags.size() == 1);
    CHECK(written.flags[0].verdict == Verdict::differing);
  }

  TEST_CASE("a vague amount against a figure outside it differs, it does not contradict") {
    const Src a{"euronews", "Euronews", 13, "", ""};
    const Src b{"wire", "Wire", 13, "", ""};
    const std::vector<Claim> claims = {
        claim(a, 10, kWar, "killed", "", thousands(), "people"),
        claim(b, 10, kWar, "killed", "", about(30000), "people"),
    };
    const auto r = run(claims, {event(kWar, {}, true)});
    REQUIRE(r.flags.size() == 1);
    CHECK(r.flags[0].verdict == Verdict::differing);
  }

  TEST_CASE("one voice giving two incompatible figures for a past event contradicts itself") {
    const Src a{"reference", "Reference", 19, "Azerbaijan authorities", "Azerbaijan"};
    const std::vector<Claim> claims = {
        claim(a, 10, kWar, "missing", "Azerbaijan", exact(6)),
        claim(a, 40, kWar, "missing", "Azerbaijan", exact(8)),
    };
    const auto r = run(claims, {event(kWar, {"Armenia", "Azerbaijan"}, true)});
    REQUIRE(r.flags.size() == 1);
    CHECK(r.flags[0].verdict == Verdict::contradictory);
    CHECK(r.flags[0].severity == Severity::medium);
  }

  TEST_CASE("totals of both sides are checked against the sides' figures of the time") {
    const Src straits{"straits-13", "Straits", 13, "", ""};
    const Src pennine{"pennine-14", "Pennine", 14, "", ""};
    const Src atlas{"atlas-14", "Atlas", 14, "", ""};
    const std::vector<Claim> claims = {
        claim(straits, 10, kNow, "killed", "both", at_least(99)),
        claim({"straits-13", "Straits", 13, "Armenia", "Armenia"}, 50, kNow, "killed", "Armenia",
              at_least(49)),
        claim({"straits-13", "Straits", 13, "Azerbaijan", "Azerbaijan"}, 90, kNow, "killed",
              "Azerbaijan", exact(50)),
        claim(pennine, 10, kNow, "killed", "both", exact(155)),
        claim(kPm2, 10, kNow, "killed", "Armenia", exact(105)),  // 14 Sep, another article
        claim(atlas, 10, kNow, "killed", "both", exact(170)),    // does not add up
    };
    const auto r = run(claims, {event(kNow, {"Armenia", "Azerbaijan"})});
    const auto sums = flags_of(r, Verdict::arithmetic);
    REQUIRE(sums.size() == 3);
    // 170 ≠ 105 + 50 is the only one flagged high, and it leads the report
    CHECK(sums[0]->severity == Severity::high);
    CHECK(sums[0]->claims.front() == "atlas-14#10");
    CHECK(sums[0]->explanation.find("does not add up") != std::string::npos);
    CHECK(sums[1]->severity == Severity::info);
    CHECK(sums[2]->severity == Severity::info);
    const auto& both = *std::find_if(r.keys.begin(), r.keys.end(),
                                     [](const auto& k) { return k.key.side == "both"; });
    // and 155 against 170 on the same day is also a contradiction between the two outlets
    CHECK(both.verdict == Verdict::contradictory);
  }

  TEST_CASE("'killed or missing' is at least killed + missing when a part is unknown") {
    const Src council{"agency-19", "Agency", 19, "Armenia security council", "Armenia"};
    const std::vector<Claim> claims = {
        claim(council, 10, kNow, "killed_or_missing", "Armenia", exact(207), "people"),
        claim(council, 40, kNow, "killed", "Armenia", exact(135)),
        claim(council, 70, kNow, "missing", "Armenia", exact(2), "civilians"),
    };
    const auto r = run(claims, {event(kNow, {"Armenia", "Azerbaijan"})});
    const auto sums = flags_of(r, Verdict::arithmetic);
    REQUIRE(sums.size() == 1);
    CHECK(sums[0]->severity == Severity::info);
    CHECK(sums[0]->explanation.find("No figure for") != std::string::npos);

    // complete parts below a joint total: a part may be only partly counted — low, not high
    std::vector<Claim> complete = claims;
    complete[2].population = "soldiers";
    const auto r3 = run(complete, {event(kNow, {"Armenia", "Azerbaijan"})});
    const auto sums3 = flags_of(r3, Verdict::arithmetic);
    REQUIRE(sums3.size() == 1);
    CHECK(sums3[0]->severity == Severity::low);

    // with more parts than the total, it does not add up
    std::vector<Claim> more = claims;
    more[1].quantity.best = more[1].quantity.value = 250;
    more[1].quantity.interval = Interval::point(250);
    const auto r2 = run(more, {event(kNow, {"Armenia", "Azerbaijan"})});
    const auto sums2 = flags_of(r2, Verdict::arithmetic);
    REQUIRE(sums2.size() == 1);
    CHECK(sums2[0]->severity == Severity::high);
  }

  TEST_CASE("many voices: one flag a day for their spread, not a flag a pair") {
    std::vector<Claim> claims;
    for (int i = 0; i < 40; ++i) {
      const Src s{"site-" + std::to_string(i), "Site " + std::to_string(i), 13, "", ""};
      claims.push_back(claim(s, 10, kNow, "killed", "Armenia", exact(100 + i)));
    }
    // a party's figure for the other side's losses is still weighed against each voice
    const Src az{"agency-13", "Agency", 13, "Azerbaijan defence ministry", "Azerbaijan"};
    claims.push_back(claim(az, 10, kNow, "killed", "Armenia", exact(5)));
    const auto r = run(claims, {event(kNow, {"Armenia", "Azerbaijan"})});
    const auto contra = flags_of(r, Verdict::contradictory);
    REQUIRE(contra.size() == 1);
    CHECK(contra[0]->rule == "incompatible figures from many voices");
    CHECK(contra[0]->severity == Severity::high);
    CHECK(contra[0]->claims.size() == 40);  // every outlet's figure misses another's
    CHECK(contra[0]->explanation.find("the lowest, 100, from Site 0") != std::string::npos);
    CHECK(contra[0]->explanation.find("the highest, 139, from Site 39") != std::string::npos);
    CHECK(!flags_of(r, Verdict::partisan).empty());
    // relations: each outlet's figure to the lowest and the highest, and the party's pairs
    CHECK(r.relations.size() <= 2 * 40 + 40);
  }

  TEST_CASE("many voices: the figures named are those incompatible with another, as pairwise") {
    const double values[] = {10, 20, 30, 40};
    std::mt19937 rng(11);
    for (int round = 0; round < 30; ++round) {
      std::vector<Claim> claims;
      for (int i = 0; i < 40; ++i) {
        const double v = values[rng() % std::size(values)];
        const Fig under{"under", v, {{0, false}, {v, true}}, Qualifier::less_than};
        const Fig figs[] = {exact(v), at_least(v), more_than(v), about(v), under, thousands()};
        const Src s{"site-" + std::to_string(i), "Site " + std::to_string(i), 13, "", ""};
        claims.push_back(claim(s, 10, kNow, "killed", "", figs[rng() % 6], "people"));
      }
      const auto r = run(claims, {event(kNow, {})});
      const auto meet = [](const Interval& a, const Interval& b) {
        const auto below = [](const claimgraph::Bound& hi, const claimgraph::Bound& lo) {
          return hi.value < lo.value || (hi.value == lo.value && (hi.open || lo.open));
        };
        return !below(a.hi, b.lo) && !below(b.hi, a.lo);
      };
      std::set<std::string> incompatible;
      double lo = kInf;
      double hi = -kInf;
      for (const Claim& a : claims) {
        lo = std::min(lo, a.quantity.best);
        hi = std::max(hi, a.quantity.best);
        if (a.quantity.qualifier == Qualifier::vague) continue;
        for (const Claim& b : claims) {
          if (&a != &b && b.quantity.qualifier != Qualifier::vague &&
              !meet(a.quantity.interval, b.quantity.interval))
            incompatible.insert(a.id);
        }
      }
      const auto contra = flags_of(r, Verdict::contradictory);
      if (incompatible.empty()) {
        CHECK(contra.empty());
        continue;
      }
      REQUIRE(contra.size() == 1);
      std::set<std::string> named(contra[0]->claims.begin(), contra[0]->claims.end());
      for (const std::string& id : incompatible) CHECK(named.count(id) == 1);
      for (const std::string& id : named) {
        if (incompatible.count(id) != 0) continue;
        const auto c =
            std::find_if(claims.begin(), claims.end(), [&](const Claim& x) { return x.id == id; });
        REQUIRE(c != claims.end());
        CHECK((c->quantity.best == lo || c->quantity.best == hi));  // an end, named as such
      }
    }
  }

  TEST_CASE("many voices: a figure meeting a closed end but not an open one is incompatible") {
    // "more than 40" starts after "at least 40": exactly 40 misses it
    std::vector<Claim> claims;
    for (int i = 0; i < 40; ++i) {
      const Src s{"site-" + std::to_string(i), "Site " + std::to_string(i), 13, "", ""};
      const Fig f = i == 0    ? at_least(40)
                    : i == 38 ? more_than(40)
                    : i == 39 ? exact(40)
                              : at_least(30);
      claims.push_back(claim(s, 10, kNow, "killed", "", f, "people"));
    }
    const auto r = run(claims, {event(kNow, {})});
    const auto contra = flags_of(r, Verdict::contradictory);
    REQUIRE(contra.size() == 1);
    const auto& named = contra[0]->claims;
    CHECK(std::find(named.begin(), named.end(), "site-39#10") != named.end());
    CHECK(std::find(named.begin(), named.end(), "site-38#10") != named.end());
  }

  TEST_CASE("many voices: compatible figures differ; a NaN hides nothing; contradictions kept") {
    const auto outlets = [](const std::vector<Fig>& figs) {
      std::vector<Claim> claims;
      for (std::size_t i = 0; i < 40; ++i) {
        const Src s{"site-" + std::to_string(i), "Site " + std::to_string(i), 13, "", ""};
        claims.push_back(
            claim(s, 10, kNow, "killed", "", i < figs.size() ? figs[i] : at_least(1), "people"));
      }
      return claims;
    };
    {  // "more than 90" meets 100: they differ, they do not contradict
      std::vector<Fig> figs(40, exact(100));
      figs[0] = more_than(90);
      const auto r = run(outlets(figs), {event(kNow, {})});
      REQUIRE(r.flags.size() == 1);
      CHECK(r.flags[0].verdict == Verdict::differing);
      CHECK(r.flags[0].explanation.find("compatible") != std::string::npos);
      CHECK(r.flags[0].explanation.find("Not all can be true") == std::string::npos);
    }
    {  // a figure of NaN first does not hide 10 against 20
      const double nan = std::numeric_limits<double>::quiet_NaN();
      const auto r =
          run(outlets({{"nan", nan, {{nan, false}, {nan, false}}}, exact(10), exact(20)}),
              {event(kNow, {})});
      const auto contra = flags_of(r, Verdict::contradictory);
      REQUIRE(contra.size() == 1);
      const auto& named = contra[0]->claims;
      CHECK(std::find(named.begin(), named.end(), "site-1#10") != named.end());
      CHECK(std::find(named.begin(), named.end(), "site-2#10") != named.end());
      CHECK(std::find(named.begin(), named.end(), "site-0#10") == named.end());
    }
    {  // 50 against 60 between "at least 1" and "under 1000": a contradiction in the graph too
      const Fig under{"under 1000", 1000, {{0, false}, {1000, true}}, Qualifier::less_than};
      const auto r = run(outlets({under, exact(50), exact(60)}), {event(kNow, {})});
      const auto has = [&](const std::string& a, const std::string& b) {
        return std::any_of(r.relations.begin(), r.relations.end(), [&](const auto& x) {
          return x.from == a && x.to == b && x.relation == claimgraph::Relation::contradicts;
        });
      };
      CHECK(has("site-1#10", "site-2#10"));
    }
  }

  TEST_CASE("one article quoting many sources: one flag for their spread") {
    std::vector<Claim> claims;
    for (int i = 0; i < 40; ++i) {
      const Src s{"wire-9", "Wire", 9, "Official " + std::to_string(i), ""};
      claims.push_back(claim(s, static_cast<std::size_t>(10 + 10 * i), kNow, "killed", "",
                             exact(10 + i), "people"));
    }
    const auto r = run(claims, {event(kNow, {})});
    std::size_t article_flags = 0;
    for (const Discrepancy& d : r.flags) {
      if (d.rule == "one article, two sources") FAIL("a flag a pair");
      if (d.rule != "one article, many sources") continue;
      ++article_flags;
      CHECK(d.severity == Severity::low);
      CHECK(d.claims.size() == 40);
    }
    CHECK(article_flags == 1);
    CHECK(r.flags.size() <= 2);  // and the many voices' own spread
  }

  TEST_CASE("claims of different events are never compared") {
    const std::vector<Claim> claims = {
        claim(kPm1, 10, kNow, "killed", "Armenia", exact(49)),
        claim(kPm1, 60, kWar, "killed", "Armenia", exact(3825)),
    };
    const auto r = run(claims, {event(kNow, {"Armenia", "Azerbaijan"}),
                                event(kWar, {"Armenia", "Azerbaijan"}, true)});
    CHECK(r.flags.empty());
    CHECK(r.keys.size() == 2);
  }

  TEST_CASE("the result does not depend on the order of the claims") {
    std::vector<Claim> claims = {
        claim(kAz1, 10, kNow, "killed", "Azerbaijan", exact(50)),
        claim(kAz5, 10, kNow, "killed", "Azerbaijan", exact(80)),
        claim(kSpeaker, 10, kNow, "killed", "Azerbaijan", about(430)),
        claim(kPm1, 30, kNow, "killed", "Armenia", at_least(49)),
        claim(kPm2, 10, kNow, "killed", "Armenia", exact(105)),
        claim({"p-14", "P", 14, "", ""}, 10, kNow, "killed", "both", exact(155)),
        claim({"q-14", "Q", 14, "", ""}, 10, kNow, "killed", "both", exact(150)),
    };
    const std::vector<Event> events = {event(kNow, {"Armenia", "Azerbaijan"})};
    const auto base = run(claims, events);
    std::mt19937 rng(7);
    for (int round = 0; round < 5; ++round) {
      std::shuffle(claims.begin(), claims.end(), rng);
      const auto r = run(claims, events);
      REQUIRE(r.flags.size() == base.flags.size());
      for (std::size_t i = 0; i < r.flags.size(); ++i) {
        CHECK(r.flags[i].explanation == base.flags[i].explanation);
        CHECK(r.flags[i].claims == base.flags[i].claims);
      }
      REQUIRE(r.keys.size() == base.keys.size());
      for (std::size_t i = 0; i < r.keys.size(); ++i) {
        CHECK(r.keys[i].consensus.best == base.keys[i].consensus.best);
      }
      CHECK(r.relations.size() == base.relations.size());
    }
  }
}
