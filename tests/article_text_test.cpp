// An article's body whole and trimmed (engine/ingest/article_text.cpp): text_at and lead_of
// give the same bytes before and after trim_text for every kept span, and compare's reports,
// written from trimmed articles, are the bytes written from whole ones.

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "claimgraph/article.hpp"
#include "claimgraph/compare.hpp"
#include "claimgraph/report_formats.hpp"
#include "claimgraph/report_json.hpp"

namespace {

using claimgraph::Article;
using claimgraph::Span;

Article article(std::string text) {
  Article a;
  a.id = "a";
  a.text = std::move(text);
  return a;
}

std::string every_format(const claimgraph::Report& r) {
  std::ostringstream out;
  claimgraph::write_json_report(r, out);
  claimgraph::write_markdown_report(r, out);
  claimgraph::write_html_report(r, out);
  claimgraph::write_csv_report(r, claimgraph::CsvTable::claims, out);
  claimgraph::write_csv_report(r, claimgraph::CsvTable::flags, out);
  return out.str();
}

}  // namespace

TEST_SUITE("article_text") {
  TEST_CASE("the lead: first line or sentence, from the first non-space, at most 400 bytes") {
    CHECK(lead_of(article("  \n First one. Second one.")) == "First one");
    CHECK(lead_of(article("Headline line\nBody. More.")) == "Headline line");
    CHECK(lead_of(article(" \t\r\n")).empty());
    CHECK(lead_of(article(std::string(500, 'x'))) == std::string(400, 'x'));
  }

  TEST_CASE("trimming keeps the lead and every kept span, and lets go of the rest") {
    const std::string body =
        "Lead sentence here, longer than the opening bytes kept. Dropped middle. Kept one. Kept "
        "two touching. Gone. Last kept.";
    Article a = article(body);
    const auto at = [&](std::string_view piece) {
      const std::size_t b = body.find(piece);
      REQUIRE(b != std::string::npos);
      return Span{b, b + piece.size()};
    };
    const Span one = at("Kept one.");
    const Span two = at(" Kept two touching.");  // starts where `one` ends: one piece
    const Span last = at("Last kept.");
    const Span inner = at("two");  // inside `two`
    const std::string lead(lead_of(a));
    trim_text(a, {last, two, one, inner, Span{body.size(), body.size() + 5}, Span{}});

    CHECK(a.text == "Lead sentence here, longer than the opening bytes kept");
    CHECK(lead_of(a) == lead);
    REQUIRE(a.excerpts.size() == 2);
    CHECK(a.excerpts[0].begin == one.begin);
    CHECK(a.excerpts[0].text == "Kept one. Kept two touching.");
    CHECK(a.excerpts[1].text == "Last kept.");
    for (const Span s : {one, two, last, inner, Span{0, 4}}) {
      CHECK(text_at(a, s) == std::string_view(body).substr(s.begin, s.size()));
    }
    // What was let go reads as nothing, never as other bytes.
    CHECK(text_at(a, at("Dropped middle.")).empty());
    CHECK(text_at(a, Span{one.begin, last.end}).empty());
    CHECK(text_at(a, Span{body.size() - 1, body.size() + 1}).empty());
    // A second trim lets nothing more go.
    const Article once = a;
    trim_text(a, {});
    CHECK(a == once);
  }

  TEST_CASE("the opening lines: a dateline after page furniture survives trimming") {
    const std::string body =
        "Please enable Javascript to watch this video\n\nADAMS COUNTY, Colo. -- A shooting "
        "early Sunday left two men dead, the sheriff said. Dropped middle. Kept one.";
    Article a = article(body);
    const std::vector<std::size_t> starts = claimgraph::opening_line_starts(a.text);
    const std::size_t dateline = body.find("ADAMS");
    CHECK(starts == std::vector<std::size_t>{0, dateline});
    trim_text(a, {Span{body.find("Kept one."), body.size()}});
    CHECK(claimgraph::opening_line_starts(a.text) == starts);
    CHECK(text_at(a, Span{dateline, dateline + 19}) == "ADAMS COUNTY, Colo.");
    CHECK(text_at(a, Span{body.find("Dropped"), body.find("Dropped") + 7}).empty());
    // A long first line (a paragraph) ends the opening: no dateline is looked for after it.
    CHECK(claimgraph::opening_line_starts(std::string(200, 'x') + "\nBROOKLYN — More.") ==
          std::vector<std::size_t>{0});
    // A lead whose full stop is the 48th byte (the last one kept) reads the same once trimmed.
    Article b = article("Two men were shot in East Rochester on Thursday. Police said more.");
    REQUIRE(std::string_view(b.text).find(". ") == 47);
    const std::string b_lead(lead_of(b));
    trim_text(b, {});
    CHECK(lead_of(b) == b_lead);
    // At most three lines, each after short ones.
    CHECK(claimgraph::opening_line_starts("a\nb\nc\nd").size() == 3);
  }

  TEST_CASE("a whole article reads every span of its text") {
    const Article a = article("0123456789");
    CHECK(text_at(a, Span{2, 5}) == "234");
    CHECK(text_at(a, Span{9, 11}).empty());
    CHECK(text_at(a, Span{5, 2}).empty());
  }

  TEST_CASE("compare trims its articles, and every report reads the same from trimmed ones") {
    const std::string dir = std::string(CLAIMGRAPH_SOURCE_DIR) + "/fixtures/";
    for (const char* set : {"armenia-azerbaijan-2022", "valdoria-earthquake-2024"}) {
      CAPTURE(set);
      claimgraph::IngestResult input = claimgraph::read_articles({dir + set});
      claimgraph::Report trimmed = claimgraph::compare_articles(input);
      REQUIRE(!trimmed.claims.empty());
      std::size_t whole_bytes = 0;
      std::size_t kept_bytes = 0;
      claimgraph::Report whole = trimmed;
      for (Article& a : whole.articles) {
        for (const Article& read : input.articles) {
          if (read.id == a.id) a = read;
        }
        whole_bytes += a.text.size();
      }
      for (const Article& a : trimmed.articles) {
        kept_bytes += a.text.size();
        for (const auto& e : a.excerpts) kept_bytes += e.text.size();
      }
      CHECK(kept_bytes * 2 < whole_bytes);
      CHECK(every_format(trimmed) == every_format(whole));
    }
  }
}
