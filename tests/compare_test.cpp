// compare_articles end to end on the fixture sets: the golden flag and key dump
// (fixtures/<set>/expected/report.tsv, regenerated with CLAIMGRAPH_UPDATE_GOLDEN=1), the
// fact brief's expectations for the Armenia–Azerbaijan set, no comparison across events, the
// claim graph, and identical report bytes for any input order.

#include "claimgraph/compare.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "claimgraph/graph.hpp"
#include "claimgraph/report_json.hpp"
#include "cli_runner.hpp"
#include "test_files.hpp"

namespace {

using claimgraph::Discrepancy;
using claimgraph::Report;
using claimgraph::Severity;
using claimgraph::Verdict;

std::string fixture_dir(const std::string& set) {
  return std::string(CLAIMGRAPH_SOURCE_DIR) + "/fixtures/" + set;
}

Report compare_set(const std::string& set) {
  return claimgraph::compare_articles(claimgraph::read_articles({fixture_dir(set)}));
}

std::string json_of(const Report& r) {
  std::ostringstream out;
  claimgraph::write_json_report(r, out);
  return out.str();
}

// Flags (in report order) and keys (verdict, consensus) as text.
std::string dump(const Report& r) {
  std::string out = "# severity\tverdict\tkey\trule\tclaims\texplanation\n";
  for (const Discrepancy& d : r.flags) {
    std::string ids;
    for (const auto& id : d.claims) ids += (ids.empty() ? "" : ",") + id;
    out += std::string(to_string(d.severity)) + "\t" + to_string(d.verdict) + "\t" + d.key + "\t" +
           d.rule + "\t" + ids + "\t" + d.explanation + "\n";
  }
  out += "# key\tverdict\tclaims\tlow\tbest\thigh\tconsensus rule\n";
  for (const auto& k : r.keys) {
    std::ostringstream line;
    line << k.key.id << '\t' << to_string(k.verdict) << '\t' << k.key.claims.size() << '\t'
         << k.consensus.low << '\t' << k.consensus.best << '\t' << k.consensus.high << '\t'
         << k.consensus.rule << '\n';
    out += line.str();
  }
  return out;
}

const Discrepancy* find_flag(const Report& r, Verdict v, const std::string& key_part,
                             const std::string& claim_part) {
  for (const Discrepancy& d : r.flags) {
    if (d.verdict != v || d.key.find(key_part) == std::string::npos) continue;
    for (const auto& id : d.claims) {
      if (id.find(claim_part) != std::string::npos) return &d;
    }
  }
  return nullptr;
}

// A one-paragraph article of `outlet`, published on `day`.
claimgraph::Article news(std::string id, std::string outlet, std::chrono::year_month_day day,
                         std::string text) {
  claimgraph::Article a;
  a.id = std::move(id);
  a.outlet = std::move(outlet);
  a.published = day;
  a.text = std::move(text);
  return a;
}

const std::string kCurrent = "ev-20220913-armenia-azerbaijan-fighting";

}  // namespace

TEST_SUITE("compare") {
  TEST_CASE("armenia-azerbaijan-2022: flags and keys match the golden dump") {
    claimgraph::testing::check_golden_text(
        std::filesystem::path(fixture_dir("armenia-azerbaijan-2022")) / "expected" / "report.tsv",
        dump(compare_set("armenia-azerbaijan-2022")));
  }

  TEST_CASE("armenia-azerbaijan-2022: every expectation of the fact brief is flagged") {
    const Report r = compare_set("armenia-azerbaijan-2022");
    SUBCASE("Armenian soldiers killed 49 → 50 → 105 → 135: a revision, not a contradiction") {
      const Discrepancy* d =
          find_flag(r, Verdict::revision, kCurrent + "/killed/Armenia/soldiers", "#");
      REQUIRE(d != nullptr);
      for (const char* figure : {"49", "50", "105", "135"}) {
        CHECK(d->explanation.find(figure) != std::string::npos);
      }
      CHECK(d->explanation.find("13 Sep 2022") != std::string::npos);
      CHECK(find_flag(r, Verdict::contradictory, "/killed/Armenia/", "#") == nullptr);
    }
    SUBCASE("Azerbaijani soldiers killed 50 → 71 → 79/80, and Armenia's ~430: partisan") {
      const Discrepancy* rev =
          find_flag(r, Verdict::revision, kCurrent + "/killed/Azerbaijan/soldiers", "#");
      REQUIRE(rev != nullptr);
      for (const char* figure : {"50", "71", "79", "80"}) {
        CHECK(rev->explanation.find(figure) != std::string::npos);
      }
      const Discrepancy* partisan =
          find_flag(r, Verdict::partisan, kCurrent + "/killed/Azerbaijan/soldiers", "simonyan");
      REQUIRE(partisan != nullptr);
      CHECK(partisan->severity == Severity::high);
      CHECK(partisan->explanation.find("430") != std::string::npos);
      CHECK(partisan->explanation.find("80") != std::string::npos);
      CHECK(&r.flags.front() == partisan);  // the report leads with it
    }
    SUBCASE("the totals 99, 155, 176 and about 300 are checked against the sides") {
      for (const std::string total :
           {"straits-morning-post", "pennine-courier", "andes-continental", "open-reference"}) {
        CAPTURE(total);
        // the flag whose first claim (the total) comes from that outlet's article
        const auto it = std::find_if(r.flags.begin(), r.flags.end(), [&](const Discrepancy& d) {
          return d.verdict == Verdict::arithmetic && d.key.find("/both/") != std::string::npos &&
                 d.key.rfind(kCurrent, 0) == 0 && d.claims.front().rfind(total, 0) == 0;
        });
        REQUIRE(it != r.flags.end());
        CHECK(it->severity == Severity::info);  // they add up
        CHECK(it->claims.size() >= 3);          // the total and a figure for each side
      }
    }
    SUBCASE("2020 war: more than 6,500 against more than 6,600 — compatible but differing") {
      const Discrepancy* d =
          find_flag(r, Verdict::differing, "ev-20200101-armenia-azerbaijan-fighting/killed/", "#");
      REQUIRE(d != nullptr);
      CHECK(d->explanation.find("6,500") != std::string::npos);
      CHECK(d->explanation.find("6,600") != std::string::npos);
    }
  }

  TEST_CASE("valdoria-earthquake-2024: flags and keys match the golden dump") {
    claimgraph::testing::check_golden_text(
        std::filesystem::path(fixture_dir("valdoria-earthquake-2024")) / "expected" / "report.tsv",
        dump(compare_set("valdoria-earthquake-2024")));
  }

  TEST_CASE("valdoria-earthquake-2024: the set's planted disagreements are flagged") {
    const Report r = compare_set("valdoria-earthquake-2024");
    const std::string now = "ev-20240409-castrel-valdoria-earthquake";
    // provinces named as such are sides: Castrel's six are not compared with Valdoria's 41
    CHECK(find_flag(r, Verdict::contradictory, now + "/killed/Valdoria/", "#") == nullptr);
    SUBCASE("same day, two sources: the ministry's 12 against the rescue service's 19") {
      const Discrepancy* d = find_flag(r, Verdict::contradictory, now + "/killed/", "harborline");
      REQUIRE(d != nullptr);
      CHECK(d->explanation.find("12") != std::string::npos);
      CHECK(d->explanation.find("19") != std::string::npos);
    }
    SUBCASE("a revision series by one claimant: the ministry's 12 → 37") {
      const Discrepancy* d = find_flag(r, Verdict::revision, now + "/killed/Valdoria/", "courier");
      REQUIRE(d != nullptr);
      CHECK(d->severity == Severity::info);
    }
    SUBCASE("an outlet total that does not add up (50 ≠ 41 + 6), next to one that does (43)") {
      const Discrepancy* bad = find_flag(r, Verdict::arithmetic, now + "/killed/both/", "atlas");
      REQUIRE(bad != nullptr);
      CHECK(bad->severity == Severity::high);
      CHECK(bad->explanation.find("47") != std::string::npos);
      const Discrepancy* good = find_flag(r, Verdict::arithmetic, now + "/killed/both/", "courier");
      REQUIRE(good != nullptr);
      CHECK(good->severity == Severity::info);
    }
    SUBCASE("a rival governor's figure for the other province's losses: partisan") {
      const Discrepancy* d = find_flag(r, Verdict::partisan, now + "/killed/Castrel/", "dunmere");
      REQUIRE(d != nullptr);
      CHECK(d->explanation.find("two") != std::string::npos);
      CHECK(d->explanation.find("six") != std::string::npos);
    }
    SUBCASE("the 1998 quake and last month's tremor are events of their own") {
      for (const auto& c : r.claims) {
        if (c.quantity.best >= 2000 && c.kind == "killed") CHECK(c.event != now);
      }
    }
  }

  TEST_CASE("no key and no flag mixes claims of different events") {
    for (const char* set : {"armenia-azerbaijan-2022", "valdoria-earthquake-2024"}) {
      CAPTURE(set);
      const Report r = compare_set(set);
      std::map<std::string, std::string> event_of;
      for (const auto& c : r.claims) event_of[c.id] = c.event;
      for (const auto& k : r.keys) {
        for (const auto& kc : k.key.claims) CHECK(r.claims[kc.claim].event == k.key.event);
      }
      for (const Discrepancy& d : r.flags) {
        std::set<std::string> events;
        for (const auto& id : d.claims) events.insert(event_of.at(id));
        CHECK(events.size() == 1);
        CHECK(d.key.rfind(*events.begin() + "/", 0) == 0);
      }
      // the 2020 war's toll never lands in the 2022 clashes
      for (const auto& c : r.claims) {
        if (c.quantity.best >= 6500 && c.quantity.best <= 6600) CHECK(c.event != kCurrent);
      }
    }
  }

  TEST_CASE("two unrelated sets read together give the union of their reports") {
    // Regression: the earthquake's "authorities reported six deaths" in Castrel took the name
    // and side of the border war's "Azerbaijan authorities" when both sets were read at once,
    // and the quake became the "Azerbaijan–Castrel–Valdoria earthquake". Claimants borrow names
    // and sides only within their event, so no event of one set changes the other's report.
    const auto lines = [](const Report& r) {
      std::string d = dump(r);
      std::vector<std::string> out;
      std::istringstream in(d);
      for (std::string line; std::getline(in, line);) {
        if (!line.starts_with("#")) out.push_back(line);
      }
      return out;
    };
    std::vector<std::string> apart = lines(compare_set("armenia-azerbaijan-2022"));
    for (std::string& l : lines(compare_set("valdoria-earthquake-2024"))) apart.push_back(l);
    const Report both = claimgraph::compare_articles(claimgraph::read_articles(
        {fixture_dir("armenia-azerbaijan-2022"), fixture_dir("valdoria-earthquake-2024")}));
    std::vector<std::string> together = lines(both);
    std::sort(apart.begin(), apart.end());
    std::sort(together.begin(), together.end());
    CHECK(together == apart);
    for (const auto& c : both.claims) {
      if (!c.article.str().starts_with("kestrian-daily-courier")) continue;
      CAPTURE(c.claimant.str());
      CHECK(c.claimant.str().find("Azerbaijan") == std::string::npos);
    }
  }

  TEST_CASE("a real corpus read with the fixture sets gives the union of their reports") {
    // Regression: read with gva-news (1,222 local US news articles), Chicago's "deadliest year
    // since the late 1990s" dated four dead of a Saturday to the 1990s, and that recall merged
    // with Valdoria's 1998 earthquake: a high contradiction, four against 2,300. No event of one
    // set may change the other's report. (Where a key's figures differ, its best estimate is
    // weighted by the voices' reliability learned across the whole corpus — reconciliation.md
    // — which other sets' voices move through the corpus mean: that estimate may move within
    // the key's range, and is left out here.)
    const std::string corpus =
        std::string(CLAIMGRAPH_SHARED_DIR) + "/corpora/gva-news/articles.jsonl";
    REQUIRE_MESSAGE(std::filesystem::exists(corpus), "missing " << corpus);
    const auto lines = [](const Report& r) {
      std::vector<std::string> out;
      std::istringstream in(dump(r));
      for (std::string line; std::getline(in, line);) {
        if (line.starts_with("#")) continue;
        // a key's line: key, verdict, claims, low, best, high, rule
        std::vector<std::string> cols;
        for (std::size_t b = 0, e = 0; e != std::string::npos; b = e + 1) {
          e = line.find('\t', b);
          cols.push_back(line.substr(b, e == std::string::npos ? e : e - b));
        }
        if (cols.size() == 7 && cols[3] != cols[5])
          line = cols[0] + cols[1] + cols[2] + cols[3] + "\t(best)\t" + cols[5] + cols[6];
        out.push_back(line);
      }
      return out;
    };
    std::vector<std::string> apart = lines(claimgraph::compare_articles(claimgraph::read_articles(
        {fixture_dir("armenia-azerbaijan-2022"), fixture_dir("valdoria-earthquake-2024")})));
    for (std::string& l :
         lines(claimgraph::compare_articles(claimgraph::read_articles({corpus})))) {
      apart.push_back(std::move(l));
    }
    std::vector<std::string> together = lines(claimgraph::compare_articles(
        claimgraph::read_articles({corpus, fixture_dir("armenia-azerbaijan-2022"),
                                   fixture_dir("valdoria-earthquake-2024")})));
    std::sort(apart.begin(), apart.end());
    std::sort(together.begin(), together.end());
    CHECK(together.size() == apart.size());
    CHECK(together == apart);
  }

  TEST_CASE("explanations read as sentences: 'officials say at least 200', 'Armenia says 105'") {
    // Regression: "hospital officials says At least 200" — the verb did not agree and the
    // figure kept the capital that began its own sentence.
    const auto day = std::chrono::year{2022} / std::chrono::September / 14;
    claimgraph::IngestResult in;
    in.articles = {
        news("a", "Daily Post", day,
             "Armenia said 105 of its soldiers were killed in the clashes on Tuesday."),
        news("b", "Evening Wire", day,
             "At least 200 Armenian soldiers were killed in the clashes on Tuesday, hospital "
             "officials said.")};
    const Report r = claimgraph::compare_articles(in);
    const Discrepancy* d = find_flag(r, Verdict::contradictory, "Armenia", "b#");
    REQUIRE(d != nullptr);
    CHECK(d->explanation.find("Armenia says 105") != std::string::npos);
    CHECK(d->explanation.find("hospital officials say at least 200") != std::string::npos);
  }

  TEST_CASE("'four shot, one fatally' is not weighed against 'three injured'") {
    // Regression (gva-news): "shot" was read as wounded, and the number of people shot — the
    // dead among them — contradicted the injured count of the same shooting (high flags).
    const auto day = std::chrono::year{2015} / std::chrono::June / 28;
    claimgraph::IngestResult in;
    in.articles = {
        news("a", "Daily Post", day,
             "Four people were shot, one fatally, in Taunton on Saturday evening, police said."),
        news("b", "Evening Wire", day,
             "One man is dead and three others were injured after a shooting in Taunton on "
             "Saturday evening, police said."),
        news("c", "Morning Star", day,
             "Five people were shot in Taunton on Saturday evening, the mayor said.")};
    const Report r = claimgraph::compare_articles(in);
    for (const Discrepancy& d : r.flags) {
      CAPTURE(d.explanation);
      if (d.verdict != Verdict::contradictory) continue;
      CHECK(d.key.find("/shot/") != std::string::npos);  // four shot against five shot only
    }
    CHECK(find_flag(r, Verdict::contradictory, "/shot/", "c#") != nullptr);
  }

  TEST_CASE("the report is the same bytes for any order of the input") {
    for (const char* set : {"armenia-azerbaijan-2022", "valdoria-earthquake-2024"}) {
      CAPTURE(set);
      claimgraph::IngestResult in = claimgraph::read_articles({fixture_dir(set)});
      const std::string base = json_of(claimgraph::compare_articles(in));
      std::mt19937 rng(11);
      for (int round = 0; round < 4; ++round) {
        claimgraph::IngestResult shuffled = in;
        std::shuffle(shuffled.articles.begin(), shuffled.articles.end(), rng);
        CHECK(json_of(claimgraph::compare_articles(shuffled)) == base);
      }
    }
  }

  TEST_CASE("the report is the same bytes for 1, 2 and 8 threads") {
    const claimgraph::IngestResult in = claimgraph::read_articles(
        {fixture_dir("armenia-azerbaijan-2022"), fixture_dir("valdoria-earthquake-2024")});
    std::string base;
    for (const unsigned threads : {1U, 2U, 8U}) {
      CAPTURE(threads);
      claimgraph::CompareOptions options;
      options.threads = threads;
      const std::string json = json_of(claimgraph::compare_articles(in, options));
      if (base.empty()) base = json;
      CHECK(json == base);
    }
  }

  TEST_CASE("a set large enough to be split across threads gives the same bytes") {
    // The fixtures 30 times over, under new ids: more articles than find_regions' blocks of 64,
    // more claims than event resolution's blocks of 256 sentences, relations and JSON values
    // beyond what the parallel sort and writer do on one thread — so 4 threads really share
    // the work, and must still give the bytes of 1.
    const claimgraph::IngestResult one = claimgraph::read_articles(
        {fixture_dir("armenia-azerbaijan-2022"), fixture_dir("valdoria-earthquake-2024")});
    claimgraph::IngestResult in;
    for (int copy = 0; copy < 30; ++copy) {
      for (claimgraph::Article a : one.articles) {
        a.id += "-copy" + std::to_string(copy);
        in.articles.push_back(std::move(a));
      }
    }
    std::string base;
    for (const unsigned threads : {1U, 4U}) {
      CAPTURE(threads);
      claimgraph::CompareOptions options;
      options.threads = threads;
      const Report r = claimgraph::compare_articles(in, options);
      CHECK(r.claims.size() > 1000);
      CHECK(r.relations.size() > 1000);
      const std::string json = json_of(r);
      if (base.empty()) base = json;
      CHECK(json == base);
    }
  }

  TEST_CASE("the claim graph holds every claim, key and relation of the report") {
    const Report r = compare_set("armenia-azerbaijan-2022");
    const claimgraph::ClaimGraph g = claimgraph::build_claim_graph(r);
    using claimgraph::EdgeKind;
    using claimgraph::NodeKind;
    CHECK(g.count(NodeKind::claim) == r.claims.size());
    CHECK(g.count(NodeKind::key) == r.keys.size());
    CHECK(g.count(NodeKind::event) == r.events.size());
    CHECK(g.count(NodeKind::article) == r.articles.size());
    CHECK(g.count(EdgeKind::appears_in) == r.claims.size());
    CHECK(g.count(EdgeKind::claimed_by) == r.claims.size());
    std::size_t keyed = 0;
    for (const auto& k : r.keys) keyed += k.key.claims.size();
    CHECK(g.count(EdgeKind::counts) == keyed);
    CHECK(g.count(EdgeKind::revises) + g.count(EdgeKind::agrees) + g.count(EdgeKind::differs) +
              g.count(EdgeKind::contradicts) ==
          r.relations.size());
    CHECK(g.count(EdgeKind::revises) >= 3);  // 49 → 50 → 105 → 135
    // traversal: the claims that count a key are the key's claims
    const auto& key = r.keys.front();
    std::vector<std::string> want;
    for (const auto& kc : key.key.claims) want.push_back(r.claims[kc.claim].id);
    std::sort(want.begin(), want.end());
    CHECK(g.claim_neighbours(NodeKind::key, key.key.id, EdgeKind::counts) == want);

    for (const auto format : {claimgraph::GraphFormat::graphml, claimgraph::GraphFormat::dot,
                              claimgraph::GraphFormat::json}) {
      std::ostringstream a;
      std::ostringstream b;
      g.write(a, format);
      claimgraph::build_claim_graph(r).write(b, format);
      CHECK(a.str() == b.str());
      CHECK(a.str().find("contradicts") != std::string::npos);
    }
  }

  TEST_CASE("claimgraph compare and graph on the command line") {
    const claimgraph::testing::TempPath err_file("claimgraph-compare-err");
    const std::string err = err_file.str();
    const std::string dir = fixture_dir("armenia-azerbaijan-2022");
    const auto a = claimgraph::testing::run_cli("compare " + dir, err);
    CHECK(a.exit_code == 0);
    CHECK(a.out.find("\"format\": \"claimgraph-report\"") != std::string::npos);
    CHECK(a.err.find("flags") != std::string::npos);
    // files named in another order: same bytes
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      if (e.path().extension() == ".txt") files.push_back(e.path().string());
    }
    std::sort(files.rbegin(), files.rend());
    std::string args = "compare";
    for (const auto& f : files) args += " " + f;
    CHECK(claimgraph::testing::run_cli(args, err).out == a.out);
    // --fail-on: a high flag (the partisan one) gives exit code 1
    CHECK(claimgraph::testing::run_cli("compare --fail-on high " + dir, err).exit_code == 1);
    CHECK(claimgraph::testing::run_cli("compare --fail-on bogus " + dir, err).exit_code == 2);
    const auto g = claimgraph::testing::run_cli("graph --format dot " + dir, err);
    CHECK(g.exit_code == 0);
    CHECK(g.out.rfind("digraph", 0) == 0);
    const auto missing = claimgraph::testing::run_cli("compare /nonexistent/path", err);
    CHECK(missing.exit_code == 3);
    CHECK(missing.err.find("/nonexistent/path") != std::string::npos);
  }
}
