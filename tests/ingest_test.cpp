// Ingest: front matter, JSONL, HTML, the HTML guard, directory walking and the fixtures
// (docs/input-formats.md).

#include "claimgraph/ingest.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "../engine/ingest/html_guard.hpp"
#include "../engine/ingest/ingest_detail.hpp"

namespace {

namespace fs = std::filesystem;
using claimgraph::Article;
using claimgraph::Diagnostic;
using claimgraph::ErrorCode;
using claimgraph::IngestResult;
using claimgraph::read_articles;
using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;

year_month_day ymd(int y, unsigned m, unsigned d) { return {year{y}, month{m}, day{d}}; }

/// A fresh directory under the system temp directory, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    path_ = fs::temp_directory_path() /
            ("claimgraph-ingest-" + std::to_string(stamp) + "-" + std::to_string(++counter));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  /// Writes `content` to `relative` (creating directories) and returns its path.
  std::string write(const std::string& relative, std::string_view content) const {
    const fs::path p = path_ / relative;
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return p.string();
  }
  [[nodiscard]] const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::vector<std::string> ids_of(const std::vector<Article>& articles) {
  std::vector<std::string> ids;
  for (const Article& a : articles) ids.push_back(a.id);
  return ids;
}

std::vector<std::size_t> lines_of(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::size_t> lines;
  for (const Diagnostic& d : diagnostics) lines.push_back(d.error.where.line);
  return lines;
}

}  // namespace

TEST_SUITE("ingest") {
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

  TEST_CASE("publication dates accepted and refused") {
    struct Case {
      std::string_view text;
      std::optional<year_month_day> date;
    };
    const std::vector<Case> cases = {
        {"2022-09-13", ymd(2022, 9, 13)},
        {"2022-09-13T08:30:00Z", ymd(2022, 9, 13)},
        {"2022-09-13 08:30", ymd(2022, 9, 13)},
        {"2022-09-13T08:30", ymd(2022, 9, 13)},
        {"2022-09-13T23:59:60.123+05:30", ymd(2022, 9, 13)},
        {"2022-09-13T08:30:00-0500", ymd(2022, 9, 13)},
        {"2022-09-13 08:30 UTC", ymd(2022, 9, 13)},
        {"2024-02-29", ymd(2024, 2, 29)},
        {"  2022-09-13  ", ymd(2022, 9, 13)},
        {"2023-02-29", std::nullopt},
        {"9999-12-31", std::nullopt},  // a filler value, not a date
        {"1700-01-01", std::nullopt},
        {"2100-12-31", ymd(2100, 12, 31)},
        {"2022-00-10", std::nullopt},
        {"2022-04-31", std::nullopt},
        {"2022-9-13", std::nullopt},
        {"13/09/2022", std::nullopt},
        {"2022-09-13T24:00", std::nullopt},
        {"2022-09-13T08:60", std::nullopt},
        {"2022-09-13T08", std::nullopt},
        {"2022-09-13 and more", std::nullopt},
        {"2022-09-13T08:30:00+25:00", std::nullopt},
        {"", std::nullopt},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CHECK(claimgraph::detail::parse_published_date(c.text) == c.date);
    }
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

  TEST_CASE("HTML: boilerplate removed, paragraphs kept, meta fields read") {
    const std::string page = R"(<!DOCTYPE html>
<html class="has-sidebar"><head>
  <title>Fallback title | Site</title>
  <meta property="og:title" content="Clashes on the border">
  <meta property="og:site_name" content="Daily  Planet">
  <meta property="og:url" content="https://planet.example/og">
  <link rel="stylesheet canonical" href="https://planet.example/canonical">
  <meta property="article:published_time" content="2022-09-13T08:30:00+04:00">
  <style>p { color: red }</style>
  <script>var x = "<p>not text</p>";</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <header class="site"><h1>Daily Planet</h1></header>
  <div class="share-buttons"><button>Share on X</button><span>Share</span></div>
  <article class="story">
    <header><h1>Clashes</h1><time datetime="2021-01-01">old</time></header>
    <div class="byline-share">Tweet this</div>
    <p>Fighting   broke out
       overnight, officials&nbsp;said.</p>
    <p>At least <b>49</b> soldiers &amp; <i>50</i> troops were killed.<br>Both sides
      blamed each other.</p>
    <figure><img src="x.jpg" alt="a map"><figcaption>A map of the border</figcaption></figure>
    <ul><li>Goris</li><li>Jermuk</li></ul>
    <table><tr><td>Armenia</td><td>49</td></tr></table>
    <div id="related-stories"><a href="/b">Another story</a></div>
    <p hidden>Hidden text</p>
    <p style="display: none">Also hidden</p>
    <noscript>Enable JavaScript</noscript>
    <svg><text>svg text</text></svg>
    <div class="comments"><p>First!</p></div>
  </article>
  <aside><p>Most read</p></aside>
  <div id="cookie-banner">We use cookies</div>
  <footer>Copyright</footer>
  <script>document.write("x")</script>
</body></html>)";
    std::vector<Diagnostic> warnings;
    const auto got = claimgraph::parse_html_article(page, "pages/story.html", warnings);
    REQUIRE(got.ok());
    const Article& a = got.value();
    CHECK(a.text ==
          "Fighting broke out overnight, officials\xC2\xA0said.\n\n"
          "At least 49 soldiers & 50 troops were killed.\n\nBoth sides blamed each other.\n\n"
          "A map of the border\n\nGoris\n\nJermuk\n\nArmenia 49");
    CHECK(a.title == "Clashes on the border");
    CHECK(a.outlet == "Daily Planet");
    CHECK(a.url == "https://planet.example/canonical");
    CHECK(a.published == ymd(2022, 9, 13));
    CHECK(a.id == "story");
    CHECK(a.source == "pages/story.html");
    CHECK(warnings.empty());
  }

  TEST_CASE("HTML: fallbacks for the content root, title, url and date") {
    struct Case {
      std::string_view name;
      std::string_view page;
      std::string_view text;
      std::string_view title;
      std::string_view url;
      std::optional<year_month_day> published;
      std::size_t warnings = 0;
    };
    const std::vector<Case> cases = {
        {"largest article wins",
         "<body><article><p>Short teaser.</p></article><article><p>The long main story "
         "text.</p></article></body>",
         "The long main story text.", "", "", std::nullopt},
        {"article inside boilerplate is not a candidate",
         "<body><main><p>Main text here.</p></main><aside><article><p>A much longer related "
         "teaser text</p></article></aside></body>",
         "Main text here.", "", "", std::nullopt},
        {"main without article",
         "<body><div class='menu'>Menu</div><main><p>In main.</p></main><p>Outside.</p></body>",
         "In main.", "", "", std::nullopt},
        {"body without article or main", "<title> A  <b>title</b> </title><p>One</p><p>Two</p>",
         "One\n\nTwo", "A <b>title</b>", "", std::nullopt},
        {"og:url without canonical; time element date",
         "<head><meta property='og:url' content=' https://x.example/u '></head><body><p>Text "
         "<time datetime='2022-09-15T10:00:00Z'>Thursday</time></p></body>",
         "Text Thursday", "", "https://x.example/u", ymd(2022, 9, 15)},
        {"meta name=date and pubdate",
         "<meta name='pubdate' content='2022-09-16'><meta name='date' "
         "content='2022-09-17'><p>x</p>",
         "x", "", "", ymd(2022, 9, 17)},
        {"unreadable meta date falls back to <time>",
         "<meta property='article:published_time' content='soon'><p>x <time "
         "datetime='2022-09-18'>t</time></p>",
         "x t", "", "", ymd(2022, 9, 18)},
        {"unreadable date only: warning",
         "<meta property='article:published_time' content='2022-02-30'><p>x</p>", "x", "", "",
         std::nullopt, 1},
        {"class rule emptying the body falls back to element rules",
         "<body><div class='page-header-offset'><p>All the text.</p></div><nav>n</nav></body>",
         "All the text.", "", "", std::nullopt},
        {"entities and whitespace", "<p>  a&lt;b &#8212; c\n\n\td  </p>", "a<b \xE2\x80\x94 c d",
         "", "", std::nullopt},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      std::vector<Diagnostic> warnings;
      const auto got = claimgraph::parse_html_article(c.page, "p.html", warnings);
      REQUIRE(got.ok());
      CHECK(got.value().text == c.text);
      CHECK(got.value().title == c.title);
      CHECK(got.value().url == c.url);
      CHECK(got.value().published == c.published);
      CHECK(warnings.size() == c.warnings);
    }
  }

  TEST_CASE("HTML: a page without visible text is an error") {
    const auto got = claimgraph::parse_html_article(
        "<html><head><title>T</title></head><body><nav>Home</nav><script>x</script></body>",
        "e.html");
    REQUIRE_FALSE(got.ok());
    CHECK(got.error().code == ErrorCode::empty_input);
  }

  TEST_CASE("HTML: 100,000 nested elements neither crash nor take long") {
    std::string page = "<html><body>";
    for (int i = 0; i < 100000; ++i) page += "<div>";
    page += "deep text";
    for (int i = 0; i < 100000; ++i) page += "</div>";
    page += "<p>after</p></body></html>";
    std::vector<Diagnostic> warnings;
    const auto got = claimgraph::parse_html_article(page, "deep.html", warnings);
    REQUIRE(got.ok());
    CHECK(got.value().text == "deep text\n\nafter");
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].error.code == ErrorCode::too_large);
    CHECK(warnings[0].error.where.line == 1);

    // Unclosed, and with the guard off: gumbo builds the whole depth, which must still be freed
    // without recursion.
    std::string unclosed = "<body>";
    for (int i = 0; i < 100000; ++i) unclosed += "<span>";
    unclosed += "bottom";
    std::vector<Diagnostic> none;
    const auto deep = claimgraph::detail::parse_html_article_with_depth_limit(unclosed, "deep.html",
                                                                              none, SIZE_MAX);
    REQUIRE(deep.ok());
    CHECK(deep.value().text == "bottom");
    CHECK(none.empty());
  }

  TEST_CASE("HTML guard: tags nested beyond the limit are cut, svg and math renamed") {
    struct Case {
      std::string_view input;
      std::string_view output;  // empty: unchanged
      std::size_t dropped = 0;
    };
    const std::vector<Case> cases = {
        {"<div><div>x</div></div>", "", 0},
        {"<div><div><div>x</div></div></div>", "<div><div>x</div></div>", 2},
        {"<DIV><div><Div class='a'>x</DIV></div></div>", "<DIV><div>x</div></div>", 2},
        {"<div><div><p><p><li><br><img src=a><td>x", "", 0},
        {"<div><div><script>\"<div><div>\"</script>x", "", 0},
        {"<div><div><!-- <div> --><!--><!---><div>", "<div><div><!-- <div> --><!--><!--->", 1},
        {"<div><div><b title='a>b'>x</b>", "<div><div>x", 2},
        {"<div title=\"<div>\"><div a=b>x</div></div><div><div>y", "", 0},
        {"<div><div></div></div><div><div>y</div></div>", "", 0},
        {"<section><div></section><section><div></section>", "", 0},
        {"<x-a><div></x-a><x-a><div></x-a>", "<x-a><div></x-a></x-a>", 2},
        {"<div><span></div><div><span></div>", "", 0},
        {"<form><div></form><form><div></form>", "<form><div></form><form></form>", 1},
        {"<div><div><span>a<i>b</i>c</span>d", "<div><div>abcd", 4},
        {"<div></div></div></div><div><div>x", "", 0},
        {"<div><div><plaintext><div><div>", "", 0},
        {"<div><div><x-a", "", 0},
        {"<svg viewBox='0 0 1 1'><path/></svg>x", "<cg-svg viewBox='0 0 1 1'><path/></cg-svg>x", 0},
        {"<MATH><mi>x</mi></Math>", "<cg-math><mi>x</mi></cg-math>", 0},
        {"<script>'<svg>'</script><style>math{}</style>",
         "<script>'<cg-svg>'</script><style>math{}</style>", 0},
        {"<svgx><mathematics></svg-x>", "", 0},
        {"<div><div><svg></svg>", "<div><div>", 2},
    };
    for (const Case& c : cases) {
      CAPTURE(c.input);
      const auto got = claimgraph::detail::guard_html(c.input, 2);
      CHECK(got.html == c.output);
      CHECK(got.dropped == c.dropped);
    }
  }

  TEST_CASE("HTML: SVG and MathML never reach gumbo's foreign-content rules") {
    // gumbo 0.10.1 aborts on these (parser.c node_qualified_tag_is: Assertion `node' failed);
    // in the second, gumbo ignores <plaintext> inside <select>, so what follows is markup.
    for (const std::string_view page :
         {"<p>Before</p><table><math><select><mi><select><table><p>After</p>",
          "<p>Before</p><table><select><plaintext><td><math><select><mi><table><table>"}) {
      CAPTURE(page);
      const auto crash = claimgraph::parse_html_article(page, "c.html");
      REQUIRE(crash.ok());
      CHECK(crash.value().text.find("Before") == 0);
    }

    const auto icons = claimgraph::parse_html_article(
        "<p>Text <svg><title>icon</title><text>svg text</text></svg>more <math><mi>x</mi></math>"
        "end.</p>",
        "i.html");
    REQUIRE(icons.ok());
    CHECK(icons.value().text == "Text more end.");
  }

  TEST_CASE("directories are walked recursively in sorted path order") {
    const TempDir dir;
    dir.write("b.txt", "---\nid: b\n---\nB");
    dir.write("a/z.md", "---\nid: z\n---\nZ");
    dir.write("a/y.jsonl", "{\"id\":\"y1\",\"text\":\"Y1\"}\n{\"id\":\"y2\",\"text\":\"Y2\"}\n");
    dir.write("a-c.html", "<p>C</p>");
    dir.write("D.TXT", "D");
    dir.write("ignored.csv", "x,y");
    dir.write(".hidden.txt", "hidden");
    dir.write(".git/x.txt", "hidden");
    dir.write("README.md", "About this set");
    std::error_code ec;
    fs::create_directory_symlink(dir.path(), dir.path() / "loop", ec);  // must not be followed
    const std::string other = dir.write("notes.csv", "read as text");

    const IngestResult got = read_articles({dir.path().string(), other});
    CHECK(ids_of(got.articles) ==
          std::vector<std::string>{"D", "a-c", "y1", "y2", "z", "b", "notes"});
    CHECK(got.diagnostics.empty());
    CHECK(got.files_read == 6);
    REQUIRE(got.articles.size() == 7);
    CHECK(got.articles[2].source == (dir.path() / "a" / "y.jsonl").string() + ":1");
    CHECK(got.articles[6].text == "read as text");

    // Same inputs, same output.
    const IngestResult again = read_articles({dir.path().string(), other});
    CHECK(ids_of(again.articles) == ids_of(got.articles));
  }

  TEST_CASE("a JSONL file over the size limit is read; its lines over the limit are skipped") {
    const TempDir dir;
    const std::string long_line = "{\"id\": \"long\", \"text\": \"" + std::string(120, 'x') + "\"}";
    const std::string corpus =
        dir.write("corpus.jsonl", "{\"id\": \"a\", \"text\": \"Five were killed.\"}\n" + long_line +
                                      "\n{\"id\": \"b\", \"text\": \"Six were hurt.\"}\n");
    const IngestResult got = read_articles({corpus}, {.max_file_bytes = 99});
    CHECK(ids_of(got.articles) == std::vector<std::string>{"a", "b"});
    REQUIRE(got.diagnostics.size() == 1);
    CHECK(got.diagnostics[0].error.code == ErrorCode::too_large);
    CHECK(got.diagnostics[0].error.where.line == 2);
    CHECK(got.diagnostics[0].skipped == "line 2");
  }

  TEST_CASE("missing, empty, binary and oversized files are reported and skipped") {
    const TempDir dir;
    const std::string missing = (dir.path() / "missing.txt").string();
    const std::string empty = dir.write("empty.txt", "");
    const std::string binary = dir.write("bin.txt", std::string_view("a\0b", 3));
    const std::string big = dir.write("big.txt", std::string(100, 'x'));
    const std::string good = dir.write("good.txt", "Good text.");
    const std::string front_only = dir.write("header-only.md", "---\nid: h\n---\n");

    const IngestResult got =
        read_articles({missing, empty, binary, big, good, front_only}, {.max_file_bytes = 99});
    CHECK(ids_of(got.articles) == std::vector<std::string>{"good"});
    REQUIRE(got.diagnostics.size() == 5);
    const std::vector<std::pair<std::string, ErrorCode>> expected = {
        {missing, ErrorCode::io},
        {empty, ErrorCode::empty_input},
        {binary, ErrorCode::binary_input},
        {big, ErrorCode::too_large},
        {front_only, ErrorCode::empty_input},
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
      CAPTURE(i);
      CHECK(got.diagnostics[i].error.where.file == expected[i].first);
      CHECK(got.diagnostics[i].error.code == expected[i].second);
      CHECK(got.diagnostics[i].skipped == "file");
    }
  }

  TEST_CASE("standard input: JSONL when it opens with '{', else text") {
    struct Case {
      std::string input;
      std::vector<std::string> ids;
      std::vector<std::string> sources;
      std::size_t diagnostics;
    };
    const std::vector<Case> cases = {
        {"  \n{\"id\":\"j1\",\"text\":\"a\"}\n{\"text\":\"b\"}\nnot json\n",
         {"j1", "stdin:3"},
         {"<stdin>:2", "<stdin>:3"},
         1},
        {"\xEF\xBB\xBF{\"text\":\"bom\"}", {"stdin:1"}, {"<stdin>:1"}, 0},
        {"---\nid: t\n---\nPlain {text}.\n", {"t"}, {"<stdin>"}, 0},
        {"Just text.", {"stdin"}, {"<stdin>"}, 0},
        {"", {}, {}, 1},
    };
    for (const Case& c : cases) {
      CAPTURE(c.input);
      std::istringstream in(c.input);
      std::streambuf* const saved = std::cin.rdbuf(in.rdbuf());
      const IngestResult got = read_articles({"-"});
      std::cin.rdbuf(saved);
      CHECK(ids_of(got.articles) == c.ids);
      std::vector<std::string> sources;
      for (const Article& a : got.articles) sources.push_back(a.source);
      CHECK(sources == c.sources);
      CHECK(got.diagnostics.size() == c.diagnostics);
      for (const Diagnostic& d : got.diagnostics) CHECK(d.error.where.file == "<stdin>");
    }
  }

  TEST_CASE("duplicate ids across files: the first is kept") {
    const TempDir dir;
    const std::string a = dir.write("one.txt", "---\nid: same\n---\nFirst");
    const std::string b = dir.write("two.jsonl",
                                    "{\"id\":\"other\",\"text\":\"x\"}\n"
                                    "{\"id\":\"same\",\"text\":\"Second\"}\n");
    const std::string c = dir.write("same.html", "<p>Third</p>");
    const IngestResult got = read_articles({a, b, c});
    CHECK(ids_of(got.articles) == std::vector<std::string>{"same", "other"});
    REQUIRE(got.diagnostics.size() == 2);
    CHECK(got.diagnostics[0].error.where.file == b);
    CHECK(got.diagnostics[0].error.where.line == 2);
    CHECK(got.diagnostics[0].skipped == "line 2");
    CHECK(got.diagnostics[1].error.where.file == c);
    CHECK(got.diagnostics[1].skipped == "file");
    CHECK(got.diagnostics[1].error.message.find(a) != std::string::npos);
  }

  TEST_CASE("an unreadable directory is reported and the rest read") {
    const TempDir dir;
    dir.write("open/a.txt", "A");
    dir.write("closed/b.txt", "B");
    fs::permissions(dir.path() / "closed", fs::perms::none);
    const bool effective = !std::ifstream(dir.path() / "closed" / "b.txt").is_open();
    const IngestResult got = read_articles({dir.path().string()});
    fs::permissions(dir.path() / "closed", fs::perms::owner_all);
    if (!effective) return;  // running as root: permissions do not apply
    CHECK(ids_of(got.articles) == std::vector<std::string>{"a"});
    REQUIRE(got.diagnostics.size() == 1);
    CHECK(got.diagnostics[0].skipped == "directory");
    CHECK(got.diagnostics[0].error.code == ErrorCode::io);
  }

  TEST_CASE("the Armenia-Azerbaijan fixtures read with ids, outlets and dates") {
    const fs::path fixtures = fs::path(CLAIMGRAPH_SOURCE_DIR) / "fixtures/armenia-azerbaijan-2022";
    const IngestResult got = read_articles({fixtures.string()});
    CHECK(got.diagnostics.empty());
    CHECK(got.articles.size() == 11);  // README.md is not an article
    for (const Article& a : got.articles) {
      CAPTURE(a.source);
      CHECK_FALSE(a.text.empty());
      CHECK(a.text.rfind("---", 0) != 0);
      if (fs::path(a.source).stem().string().rfind("euronews", 0) == 0) continue;  // the seed
      CHECK(fs::path(a.source).stem().string() == a.id);
      CHECK_FALSE(a.outlet.empty());
      CHECK_FALSE(a.url.empty());
      CHECK_FALSE(a.title.empty());
      REQUIRE(a.published.has_value());
      CHECK(a.published->year() == year{2022});
    }
    REQUIRE_FALSE(got.articles.empty());
    CHECK(got.articles.front().id == "andes-continental-2022-09-15-toll-176");
    CHECK(got.articles.front().published == ymd(2022, 9, 15));
    CHECK(got.articles.front().outlet ==
          "Andes Continental News (Latin American news site, English edition)");
    CHECK(got.articles.front().text.rfind("At least 176 soldiers", 0) == 0);
  }
}
