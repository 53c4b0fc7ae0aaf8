// JSONL articles (engine/ingest/jsonl_articles.cpp): good lines read amid malformed ones, each bad
// line a diagnostic with its line number; field aliases, precedence and types; invalid UTF-8
// (docs/input-formats.md).

#include <doctest/doctest.h>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/ingest.hpp"
#include "ingest_helpers.hpp"

namespace {

using claimgraph::Article;
using claimgraph::Diagnostic;
using claimgraph::ErrorCode;
using claimgraph::testing::ids_of;
using claimgraph::testing::lines_of;
using claimgraph::testing::ymd;
using std::chrono::year_month_day;

}  // namespace

TEST_SUITE("jsonl_articles") {
  TEST_CASE("JSONL: good lines are read amid malformed ones, each bad line a diagnostic") {
    const std::string content =
        R"({"id":"a","outlet":"O","url":"https://o.example/a","published":"2022-09-13","title":"T","text":"Alpha"})"
        "\n"
        "\n"                             // 2: blank, skipped silently
        "not json at all\n"              // 3
        R"({"id": "b", "text": "Beta")"  // 4: unterminated
        "\n"
        "[1, 2]\n"       // 5: not an object
        R"({"id":"c"})"  // 6: no text
        "\n"
        R"({"id":"d","text":""})"  // 7: empty text
        "\n"
        R"({"id":"e","text":42})"  // 8: text not a string
        "\n"
        R"({"id": 7, "source": "S", "date": "2022-09-14T10:00:00Z", "text": "Gamma", "x": {"y": [1, null]}})"  // 9
        "\r\n"
        R"({"text": "Delta"})"  // 10: id from the stem
        "\n"
        R"({"id":"a","text":"again"})"  // 11: duplicate id
        "\n"
        R"({"text":"x"} trailing)"  // 12: text after the object
        "\n"
        "   \t  \n"                                 // 13: blank
        R"({"id":"f","text":"Last, no newline"})";  // 14
    std::vector<Article> articles;
    std::vector<Diagnostic> diagnostics;
    claimgraph::parse_jsonl_articles(content, "in/set.jsonl", articles, diagnostics);

    CHECK(ids_of(articles) == std::vector<std::string>{"a", "7", "set:10", "f"});
    REQUIRE(articles.size() == 4);
    CHECK(articles[0].outlet == "O");
    CHECK(articles[0].url == "https://o.example/a");
    CHECK(articles[0].title == "T");
    CHECK(articles[0].published == ymd(2022, 9, 13));
    CHECK(articles[0].text == "Alpha");
    CHECK(articles[0].source == "in/set.jsonl:1");
    CHECK(articles[1].outlet == "S");
    CHECK(articles[1].published == ymd(2022, 9, 14));
    CHECK(articles[1].text == "Gamma");
    CHECK(articles[1].source == "in/set.jsonl:9");
    CHECK(articles[2].text == "Delta");
    CHECK_FALSE(articles[2].published.has_value());
    CHECK(articles[3].text == "Last, no newline");

    CHECK(lines_of(diagnostics) == std::vector<std::size_t>{3, 4, 5, 6, 7, 8, 11, 12});
    for (const Diagnostic& d : diagnostics) {
      CAPTURE(d.error.message);
      CHECK(d.error.where.file == "in/set.jsonl");
      CHECK(d.skipped == "line " + std::to_string(d.error.where.line));
    }
    REQUIRE(diagnostics.size() == 8);
    CHECK(diagnostics[2].error.message == "not a JSON object");
    CHECK(diagnostics[3].error.message == "no \"text\" field");
    CHECK(diagnostics[4].error.message == "empty \"text\"");
    CHECK(diagnostics[5].error.message == "\"text\" is not a string");
    CHECK(diagnostics[6].error.message.find("duplicate article id \"a\"") == 0);
    CHECK(diagnostics[6].error.message.find("in/set.jsonl:1") != std::string::npos);
    CHECK(diagnostics[7].error.message == "text after the JSON object");
  }

  TEST_CASE("JSONL: field aliases, precedence, types and warnings") {
    struct Case {
      std::string_view line;
      std::string_view id;
      std::string_view outlet;
      std::optional<year_month_day> published;
      std::size_t warnings;
    };
    const std::vector<Case> cases = {
        {R"({"source":"Src","text":"t"})", "s:1", "Src", std::nullopt, 0},
        {R"({"outlet":"Out","source":"Src","text":"t"})", "s:1", "Out", std::nullopt, 0},
        {R"({"source":"Src","outlet":"Out","text":"t"})", "s:1", "Out", std::nullopt, 0},
        {R"({"date":"2022-01-02","text":"t"})", "s:1", "", ymd(2022, 1, 2), 0},
        {R"({"published":"2022-03-04","date":"2022-01-02","text":"t"})", "s:1", "", ymd(2022, 3, 4),
         0},
        {R"({"id":12345678901234567890,"text":"t"})", "12345678901234567890", "", std::nullopt, 0},
        {R"({"id":null,"outlet":null,"text":"t"})", "s:1", "", std::nullopt, 0},
        {R"({"id":"x","id":"y","text":"t"})", "y", "", std::nullopt, 0},
        {R"({"id":"x","outlet":["not","a","string"],"text":"t"})", "x", "", std::nullopt, 1},
        {R"({"id":"x","published":"13 Sept","text":"t"})", "x", "", std::nullopt, 1},
        {R"({"id":"\u00e9t\u00e9","text":"t"})", "\xC3\xA9t\xC3\xA9", "", std::nullopt, 0},
    };
    for (const Case& c : cases) {
      CAPTURE(c.line);
      std::vector<Article> articles;
      std::vector<Diagnostic> diagnostics;
      claimgraph::parse_jsonl_articles(c.line, "s.jsonl", articles, diagnostics);
      REQUIRE(articles.size() == 1);
      CHECK(articles[0].id == c.id);
      CHECK(articles[0].outlet == c.outlet);
      CHECK(articles[0].published == c.published);
      CHECK(diagnostics.size() == c.warnings);
    }
  }

  TEST_CASE("JSONL: invalid UTF-8 is replaced and flagged, the line kept") {
    std::vector<Article> articles;
    std::vector<Diagnostic> diagnostics;
    claimgraph::parse_jsonl_articles("{\"text\":\"ok\"}\n{\"text\":\"a\xC0z\"}\n", "u.jsonl",
                                     articles, diagnostics);
    REQUIRE(articles.size() == 2);
    CHECK(articles[1].text == "a\xEF\xBF\xBDz");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].error.code == ErrorCode::invalid_utf8);
    CHECK(diagnostics[0].error.where.line == 2);
    CHECK(diagnostics[0].error.message.find("column 11") != std::string::npos);
  }
}
