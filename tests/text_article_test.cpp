// Text and Markdown articles (engine/ingest/text_article.cpp): the front-matter header — fields,
// quoting, aliases, dates, line ends, a missing or broken header — and the body after it; no body
// is an error, invalid UTF-8 a warning (docs/input-formats.md).

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
using claimgraph::testing::lines_of;
using claimgraph::testing::ymd;
using std::chrono::year_month_day;

}  // namespace

TEST_SUITE("text_article") {
  TEST_CASE("front matter: fields, quoting, dates, line ends and a missing or broken header") {
    struct Case {
      std::string_view name;
      std::string_view input;
      std::string_view id;
      std::string_view outlet;
      std::string_view url;
      std::string_view title;
      std::optional<year_month_day> published;
      std::string_view text;
      std::vector<std::size_t> warning_lines;  // where each warning points
    };
    const std::vector<Case> cases = {
        {"no header: id from the file stem",
         "Body text.\nSecond line.\n",
         "sample",
         "",
         "",
         "",
         std::nullopt,
         "Body text.\nSecond line.\n",
         {}},
        {"all fields",
         "---\nid: a-1\noutlet: Daily Planet\nurl: https://x.example/a\npublished: 2022-09-13\n"
         "title: A title: with a colon\n---\nBody.\n",
         "a-1",
         "Daily Planet",
         "https://x.example/a",
         "A title: with a colon",
         ymd(2022, 9, 13),
         "Body.\n",
         {}},
        {"quoted values",
         "---\nid: \"q 1\"\noutlet: 'It''s News'\ntitle: \"Say \\\"hi\\\"\"\n---\nBody\n",
         "q 1",
         "It's News",
         "",
         "Say \"hi\"",
         std::nullopt,
         "Body\n",
         {}},
        {"date-time with zone",
         "---\npublished: 2022-09-13T08:30:00Z\n---\nB",
         "sample",
         "",
         "",
         "",
         ymd(2022, 9, 13),
         "B",
         {}},
        {"date and time with a space",
         "---\npublished: \"2022-09-13 08:30\"\n---\nB",
         "sample",
         "",
         "",
         "",
         ymd(2022, 9, 13),
         "B",
         {}},
        {"aliases date and source",
         "---\ndate: 2021-01-02\nsource: Wire\n---\nB",
         "sample",
         "Wire",
         "",
         "",
         ymd(2021, 1, 2),
         "B",
         {}},
        {"canonical names win over aliases in any order",
         "---\npublished: 2022-02-02\ndate: 2021-01-01\nsource: Alias\noutlet: Canon\n---\nB",
         "sample",
         "Canon",
         "",
         "",
         ymd(2022, 2, 2),
         "B",
         {}},
        {"unknown keys and comments are ignored",
         "---\n# a comment\nauthor: Someone\ntags: [a, b]\n\nid: k\n---\nB",
         "k",
         "",
         "",
         "",
         std::nullopt,
         "B",
         {}},
        {"bad date: warning on its line, article kept without a date",
         "---\nid: d\npublished: 2022-13-45\n---\nB",
         "d",
         "",
         "",
         "",
         std::nullopt,
         "B",
         {3}},
        {"impossible date",
         "---\npublished: 2023-02-29\n---\nB",
         "sample",
         "",
         "",
         "",
         std::nullopt,
         "B",
         {2}},
        {"impossible time",
         "---\npublished: 2022-09-13T25:00\n---\nB",
         "sample",
         "",
         "",
         "",
         std::nullopt,
         "B",
         {2}},
        {"not key: value",
         "---\nid: v\njust words\n---\nB",
         "v",
         "",
         "",
         "",
         std::nullopt,
         "B",
         {3}},
        {"unclosed header: warning, whole file is the body",
         "---\nid: u\nBody after\n",
         "sample",
         "",
         "",
         "",
         std::nullopt,
         "---\nid: u\nBody after\n",
         {1}},
        {"CRLF line ends; body bytes kept",
         "---\r\nid: crlf\r\npublished: 2022-09-14\r\n---\r\n\r\nLine one.\r\nLine two.\r\n",
         "crlf",
         "",
         "",
         "",
         ymd(2022, 9, 14),
         "Line one.\r\nLine two.\r\n",
         {}},
        {"UTF-8 byte order mark before the header",
         "\xEF\xBB\xBF---\nid: bom\n---\nB",
         "bom",
         "",
         "",
         "",
         std::nullopt,
         "B",
         {}},
        {"byte order mark without a header",
         "\xEF\xBB\xBFText",
         "sample",
         "",
         "",
         "",
         std::nullopt,
         "Text",
         {}},
        {"leading blank lines are stripped, the rest kept exactly",
         "---\nid: w\n---\n\n  \t\n  indented\n\ttab  \n\n",
         "w",
         "",
         "",
         "",
         std::nullopt,
         "  indented\n\ttab  \n\n",
         {}},
        {"delimiters with trailing spaces",
         "---  \nid: t\n--- \nB",
         "t",
         "",
         "",
         "",
         std::nullopt,
         "B",
         {}},
        {"a later --- in the body is body",
         "---\nid: r\n---\nA\n---\nB\n",
         "r",
         "",
         "",
         "",
         std::nullopt,
         "A\n---\nB\n",
         {}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      std::vector<Diagnostic> warnings;
      const auto got = claimgraph::parse_text_article(c.input, "dir/sample.txt", warnings);
      REQUIRE(got.ok());
      const Article& a = got.value();
      CHECK(a.id == c.id);
      CHECK(a.outlet == c.outlet);
      CHECK(a.url == c.url);
      CHECK(a.title == c.title);
      CHECK(a.published == c.published);
      CHECK(a.text == c.text);
      CHECK(a.source == "dir/sample.txt");
      CHECK(lines_of(warnings) == c.warning_lines);
      for (const Diagnostic& d : warnings) CHECK(d.error.where.file == "dir/sample.txt");
    }
  }

  TEST_CASE("front matter: a bad date is a warning that skips the date") {
    std::vector<Diagnostic> warnings;
    const auto got =
        claimgraph::parse_text_article("---\npublished: yesterday\n---\nB", "a.txt", warnings);
    REQUIRE(got.ok());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].error.code == ErrorCode::malformed);
    CHECK(warnings[0].skipped == "date");
    CHECK(warnings[0].error.message.find("yesterday") != std::string::npos);
  }

  TEST_CASE("text: no body is an error, invalid UTF-8 a warning with line and column") {
    const auto empty = claimgraph::parse_text_article("---\nid: e\n---\n\n  \n", "e.txt");
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == ErrorCode::empty_input);

    std::vector<Diagnostic> warnings;
    const auto bad =
        claimgraph::parse_text_article("---\nid: u8\n---\nok\nab\xFF\xFEz\n", "u.txt", warnings);
    REQUIRE(bad.ok());
    CHECK(bad.value().text == "ok\nab\xEF\xBF\xBD\xEF\xBF\xBDz\n");
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].error.code == ErrorCode::invalid_utf8);
    CHECK(warnings[0].error.where.line == 5);
    CHECK(warnings[0].error.message.find("column 3") != std::string::npos);
    CHECK(warnings[0].skipped == "2 bytes");
  }
}
