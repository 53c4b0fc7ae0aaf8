// write_json_report's bytes: the report is written value by value, and must be exactly what
// nlohmann's dump(2) writes for the same document — layout, string escapes, the replacement of
// invalid UTF-8, doubles that keep their ".0", infinities as null. The reference is nlohmann
// itself: the report parsed back and dumped again must give the same bytes, and every field the
// schema calls a figure must parse back as a double, not an integer.

#include <doctest/doctest.h>
#include <oneapi/tbb/task_arena.h>

#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "claimgraph/compare.hpp"
#include "claimgraph/ingest.hpp"
#include "claimgraph/report_json.hpp"

namespace {

using claimgraph::Report;
using Json = nlohmann::ordered_json;

std::string json_of(const Report& r) {
  std::ostringstream out;
  claimgraph::write_json_report(r, out);
  return out.str();
}

// nlohmann's own bytes for the document `text` holds.
std::string redumped(const std::string& text) {
  return Json::parse(text).dump(2, ' ', false, Json::error_handler_t::strict) + "\n";
}

Report armenia() {
  return claimgraph::compare_articles(claimgraph::read_articles(
      {std::string(CLAIMGRAPH_SOURCE_DIR) + "/fixtures/armenia-azerbaijan-2022"}));
}

// A report whose strings hold every character JSON must escape, bytes that are not UTF-8, and
// figures that are infinite or need an exponent.
Report awkward() {
  claimgraph::IngestResult in;
  claimgraph::Article a;
  a.id = "a\"1\\";
  a.outlet = "Tab\there, bell\x07, unit\x1f, del\x7f, caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x93\xb0";
  a.title = "broken \xff\xfe and cut \xe2\x80 and overlong \xc0\xaf end";
  a.url = "https://example.org/\r\n\b\f";
  a.published = std::chrono::year{2024} / std::chrono::March / 4;
  a.text = "The ministry said 12 people were killed in the attack on Tuesday.";
  claimgraph::Article b = a;
  b.id = "b2";
  b.text = "Police said 19 people were killed in the attack on Tuesday.";
  in.articles = {a, b};
  Report r = claimgraph::compare_articles(in);
  REQUIRE_FALSE(r.keys.empty());
  REQUIRE_FALSE(r.claims.empty());
  r.keys.front().consensus.high = std::numeric_limits<double>::infinity();
  r.keys.front().consensus.low = 1e300;
  r.keys.front().consensus.best = 0.1;
  r.claims.front().quantity.best = -0.0;
  r.claims.front().quantity.value = 2.5e-7;
  r.diagnostics.push_back(
      {{claimgraph::ErrorCode::malformed, "bad \x01 line \xed\xa0\x80", {"f\\g", 7, 0}}, "line 7"});
  return r;
}

}  // namespace

TEST_SUITE("json_report") {
  TEST_CASE("the report is byte for byte what nlohmann's dump(2) writes") {
    Report large = awkward();  // more than the writer's 1 MB buffer: flushed mid-document
    large.articles.front().title = std::string(3u << 20, 'x') + "\n\"end\"";
    for (const Report& r : {armenia(), awkward(), Report{}, large}) {
      const std::string text = json_of(r);
      CHECK(text == redumped(text));
    }
  }

  TEST_CASE("long arrays, written in blocks on several threads, join in order") {
    // 3,000 claims: more than the writer's blocks of 512. Claims of an article the report does
    // not hold are left out; here the whole first block [0, 512) and the whole middle block
    // [1536, 2048), so blocks that write nothing come before the array's first value and
    // between others.
    Report r = armenia();
    REQUIRE_FALSE(r.claims.empty());
    const std::vector<claimgraph::Claim> some = r.claims;
    r.claims.clear();
    std::vector<std::string> expected;
    for (std::size_t i = 0; i < 3000; ++i) {
      claimgraph::Claim c = some[i % some.size()];
      c.id = "c" + std::to_string(i);
      const bool dropped = i < 600 || (i >= 1100 && i < 2100) || i % 7 == 0;
      if (dropped) {
        c.article = "not-in-the-report";
      } else {
        expected.push_back(c.id);
      }
      r.claims.push_back(c);
    }
    std::string one_thread;
    tbb::task_arena(1).execute([&] { one_thread = json_of(r); });
    std::string four_threads;
    tbb::task_arena(4).execute([&] { four_threads = json_of(r); });
    CHECK(one_thread == four_threads);
    CHECK(one_thread == redumped(one_thread));
    const Json parsed = Json::parse(one_thread);
    std::vector<std::string> written;
    for (const Json& c : parsed["claims"]) written.push_back(c["id"]);
    CHECK(written == expected);
  }

  TEST_CASE("figures are written as doubles: 12 is 12.0, infinity is null, 1e300 is 1e+300") {
    const std::string text = json_of(awkward());
    const Json j = Json::parse(text);
    for (const Json& c : j["claims"]) {
      for (const char* field : {"value", "best", "lo", "hi"}) {
        CHECK((c[field].is_null() || c[field].is_number_float()));
      }
    }
    for (const Json& k : j["keys"]) {
      for (const char* field : {"low", "best", "high"}) {
        CHECK((k["consensus"][field].is_null() || k["consensus"][field].is_number_float()));
      }
    }
    for (const Json& s : j["sources"]) CHECK(s["weight"].is_number_float());
    CHECK(j["keys"][0]["consensus"]["high"].is_null());
    CHECK(text.find("\"low\": 1e+300") != std::string::npos);
    CHECK(text.find("\"best\": 0.1") != std::string::npos);
    CHECK(text.find("\"best\": -0.0") != std::string::npos);
    CHECK(text.find("\"value\": 2.5e-07") != std::string::npos);
    CHECK(text.find("\"value\": 19.0") != std::string::npos);
  }

  TEST_CASE("strings escape quotes, backslashes and control characters and keep other UTF-8") {
    const std::string text = json_of(awkward());
    CHECK(text.find(R"("id": "a\"1\\")") != std::string::npos);
    CHECK(text.find("\"Tab\\there, bell\\u0007, unit\\u001f, del\x7f, caf\xc3\xa9 \xe2\x80\x94 "
                    "\xf0\x9f\x93\xb0\"") != std::string::npos);
    CHECK(text.find(R"("url": "https://example.org/\r\n\b\f")") != std::string::npos);
    CHECK(text.find(R"("file": "f\\g")") != std::string::npos);
  }

  TEST_CASE("bytes that are not UTF-8 are replaced, never written raw and never thrown on") {
    const std::string text = json_of(awkward());
    CHECK(text.find('\xff') == std::string::npos);
    CHECK(text.find("\xc0\xaf") == std::string::npos);
    CHECK(text.find("\xed\xa0\x80") == std::string::npos);
    CHECK(text.find("broken \xef\xbf\xbd") != std::string::npos);
    CHECK(text.find("bad \\u0001 line \xef\xbf\xbd") != std::string::npos);
    Json parsed;
    CHECK_NOTHROW(parsed = Json::parse(text));
    CHECK(parsed.contains("claims"));
  }
}
