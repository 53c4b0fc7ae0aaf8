// HTML articles (engine/ingest/html_article.cpp): boilerplate removed and meta fields read, the
// fallbacks for content root, title, url and date, a page without text, deep nesting, and SVG and
// MathML kept away from gumbo (docs/input-formats.md).

#include <doctest/doctest.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../engine/ingest/ingest_detail.hpp"
#include "claimgraph/ingest.hpp"
#include "ingest_helpers.hpp"

namespace {

using claimgraph::Article;
using claimgraph::Diagnostic;
using claimgraph::ErrorCode;
using claimgraph::testing::ymd;
using std::chrono::year_month_day;

}  // namespace

TEST_SUITE("html_article") {
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
}
