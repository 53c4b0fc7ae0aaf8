// The Markdown, HTML and CSV reports and the report filter: what each must contain, that text
// from articles cannot break out of its format (Markdown syntax, HTML tags, CSV fields,
// javascript: links, spreadsheet formulas), that the HTML page loads nothing from outside, and
// that it renders in headless Chromium (Debian's chromium, installed by
// `scripts/install-deps.sh --test`) to a non-blank page whose DOM holds the key texts.

#include "claimgraph/report_formats.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimgraph/compare.hpp"
#include "cli_runner.hpp"
#include "test_files.hpp"

namespace {

using claimgraph::Report;

Report armenia() {
  return claimgraph::compare_articles(claimgraph::read_articles(
      {std::string(CLAIMGRAPH_SOURCE_DIR) + "/fixtures/armenia-azerbaijan-2022"}));
}

// A set whose text tries to break every format.
Report hostile() {
  claimgraph::IngestResult in;
  claimgraph::Article a;
  a.id = "a1";
  a.outlet = "Pipe | Star * <b>Outlet</b>";
  a.url = "javascript:alert(1)";
  a.published = std::chrono::year{2024} / std::chrono::March / 4;
  a.text =
      "The ministry said 12 people were killed in the attack on Tuesday, \"a | b\" <script>"
      "alert(1)</script> =cmd|' /C calc'!A0.";
  claimgraph::Article b = a;
  b.id = "a2";
  b.outlet = "Other, \"Quoted\" Outlet";
  b.url = "https://example.org/a b(c)";
  b.text = "Police said 19 people were killed in the attack on Tuesday.";
  in.articles = {a, b};
  return claimgraph::compare_articles(in);
}

template <typename Write>
std::string render(const Report& r, Write write) {
  std::ostringstream out;
  write(r, out);
  return out.str();
}

std::string markdown(const Report& r) { return render(r, claimgraph::write_markdown_report); }
std::string html(const Report& r) { return render(r, claimgraph::write_html_report); }
std::string csv(const Report& r, claimgraph::CsvTable t) {
  std::ostringstream out;
  claimgraph::write_csv_report(r, t, out);
  return out.str();
}

// RFC 4180 reader: rows of fields.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  bool any = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (quoted) {
      if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (ch == '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch == '"') {
      quoted = true;
      any = true;
    } else if (ch == ',') {
      rows.back().push_back(field);
      field.clear();
      any = false;
    } else if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      any = false;
      rows.emplace_back();
      ++i;
    } else {
      field += ch;
      any = true;
    }
  }
  if (!field.empty() || any) rows.back().push_back(field);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

}  // namespace

TEST_SUITE("report_formats") {
  TEST_CASE("Markdown: summary, flags most severe first, a table of claims per key") {
    const Report r = armenia();
    const std::string md = markdown(r);
    CHECK(md.rfind("# Discrepancy report\n\n11 articles from 11 outlets", 0) == 0);
    CHECK(md.find("| partisan | 1 | 0 | 0 | 0 |") != std::string::npos);
    const std::size_t flags = md.find("## Flags, most severe first");
    const std::size_t partisan = md.find("1. **HIGH · partisan**");
    REQUIRE(flags != std::string::npos);
    CHECK(partisan > flags);
    CHECK(md.find("**some 430**") != std::string::npos);  // the figure marked in its sentence
    CHECK(md.find("#### killed · Armenia · soldiers") != std::string::npos);
    CHECK(md.find("| figure | interval | claimant | voice | outlet | date | quote |") !=
          std::string::npos);
    CHECK(md.find("Nothing was skipped.") != std::string::npos);
    // "Prime Minister Nikol Pashinyan first gave 49 soldiers killed, then 105": an earlier report
    CHECK(md.find("(an earlier report, since superseded): “") != std::string::npos);
    CHECK(md.find("| 49 (earlier report) |") != std::string::npos);
  }

  TEST_CASE("Markdown: article text cannot open Markdown syntax or a javascript: link") {
    const std::string md = markdown(hostile());
    CHECK(md.find("Pipe \\| Star \\* \\<b\\>Outlet\\</b\\>") != std::string::npos);
    CHECK(md.find("javascript:") == std::string::npos);
    CHECK(md.find("(https://example.org/a%20b%28c%29)") != std::string::npos);
    for (std::size_t p = md.find("\n| "); p != std::string::npos; p = md.find("\n| ", p + 1)) {
      const std::string line = md.substr(p + 1, md.find('\n', p + 1) - p - 1);
      if (line.find("| figure |") != std::string::npos || line.find("| 1") == 0) continue;
      std::size_t cells = 0;  // unescaped pipes: every row of the claims table has 8
      for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++cells;
      }
      if (line.rfind("| 12 |", 0) == 0 || line.rfind("| 19 |", 0) == 0) CHECK(cells == 8);
    }
  }

  TEST_CASE("HTML: one self-contained page with a chart per key") {
    const Report r = armenia();
    const std::string page = html(r);
    CHECK(page.rfind("<!doctype html>", 0) == 0);
    CHECK(page.find("Content-Security-Policy") != std::string::npos);
    for (const char* outside : {"<script", "src=", "<link", "url(", "@import"}) {
      CAPTURE(outside);
      CHECK(page.find(outside) == std::string::npos);
    }
    CHECK(count(page, "<svg class=\"chart\"") == r.keys.size());
    CHECK(page.find("<mark>some 430</mark>") != std::string::npos);
    CHECK(page.find("name=\"viewport\"") != std::string::npos);
    CHECK(page.find("<td>49 (earlier report)</td>") != std::string::npos);
    CHECK(page.find("(an earlier report, since superseded): <q>") != std::string::npos);
  }

  TEST_CASE("HTML: article text is escaped and links are http(s) only") {
    const std::string page = html(hostile());
    CHECK(page.find("<script>") == std::string::npos);
    CHECK(page.find("&lt;script&gt;") != std::string::npos);
    CHECK(page.find("&lt;b&gt;Outlet&lt;/b&gt;") != std::string::npos);
    CHECK(page.find("javascript:") == std::string::npos);
    CHECK(page.find("href=\"https://example.org/a%20b%28c%29\"") != std::string::npos);
  }

  TEST_CASE("CSV: RFC 4180 tables that read back field for field") {
    const Report r = hostile();
    const std::string claims = csv(r, claimgraph::CsvTable::claims);
    CHECK(claims.find("\r\n") != std::string::npos);
    const auto rows = parse_csv(claims);
    REQUIRE(rows.size() == r.claims.size() + 1);
    for (const auto& row : rows) CHECK(row.size() == rows.front().size());
    CHECK(rows[0][0] == "id");
    CHECK(rows.back()[2] == "Other, \"Quoted\" Outlet");
    // a sentence a spreadsheet would run as a formula is defused; quotes and commas survive
    bool sentence_found = false;
    for (const auto& row : rows) {
      if (row[0] == "a1#18") {
        sentence_found = true;
        CHECK(row[15].find("\"a | b\"") != std::string::npos);
        CHECK(row[16].empty());  // no javascript: URL
      }
    }
    CHECK(sentence_found);
    const auto flags = parse_csv(csv(r, claimgraph::CsvTable::flags));
    REQUIRE(flags.size() == r.flags.size() + 1);
    CHECK(flags[0] ==
          std::vector<std::string>{"severity", "verdict", "key", "rule", "claims", "explanation"});
  }

  TEST_CASE("CSV: the earlier column marks a figure given as an earlier report") {
    const Report r = armenia();
    const auto rows = parse_csv(csv(r, claimgraph::CsvTable::claims));
    REQUIRE(rows.size() == r.claims.size() + 1);
    CHECK(rows[0].back() == "earlier");
    std::size_t earlier = 0;
    for (std::size_t i = 1; i < rows.size(); ++i) {
      CHECK(rows[i].back() == (r.claims[i - 1].earlier ? "true" : "false"));
      if (rows[i].back() == "true") {
        ++earlier;
        CHECK(rows[i][9] == "49");  // the figure
      }
    }
    CHECK(earlier == 1);
  }

  TEST_CASE("CSV: a field starting like a formula gets an apostrophe") {
    Report r = hostile();
    r.claims[0].claimant = "=HYPERLINK(\"http://x\")";
    const auto rows = parse_csv(csv(r, claimgraph::CsvTable::claims));
    CHECK(rows[1][4] == "'=HYPERLINK(\"http://x\")");
  }

  TEST_CASE("the filter keeps the chosen keys, their flags and claims, renumbered") {
    const Report r = armenia();
    claimgraph::ReportFilter f;
    f.kind = "killed";
    f.side = "Azerbaijan";
    const Report k = claimgraph::filter_report(r, f);
    REQUIRE_FALSE(k.keys.empty());
    for (const auto& key : k.keys) {
      CHECK(key.key.kind == "killed");
      CHECK(key.key.side == "Azerbaijan");
      for (const auto& kc : key.key.claims) {
        REQUIRE(kc.claim < k.claims.size());
        CHECK(k.claims[kc.claim].kind == "killed");
      }
    }
    for (const auto& d : k.flags) CHECK(d.key.find("/killed/Azerbaijan/") != std::string::npos);
    CHECK(k.claims.size() < r.claims.size());

    claimgraph::ReportFilter high;
    high.min_severity = claimgraph::Severity::high;
    const Report h = claimgraph::filter_report(r, high);
    CHECK(h.flags.size() == 1);
    CHECK(h.keys.size() == r.keys.size());
    CHECK(h.claims.size() == r.claims.size());
  }

  TEST_CASE("the HTML report renders in headless Chromium: non-blank, key texts in the DOM") {
    const char* chromium = "/usr/bin/chromium";
    REQUIRE_MESSAGE(std::filesystem::exists(chromium),
                    "headless Chromium is missing: run `bash scripts/install-deps.sh --test`");
    // One directory per process: test runs may overlap (ctest -j, two build trees).
    const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                      ("claimgraph-html-test-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::filesystem::path page = dir / "report.html";
    const std::filesystem::path blank = dir / "blank.html";
    std::ofstream(page, std::ios::binary) << html(armenia());
    std::ofstream(blank, std::ios::binary) << "<!doctype html><html><body></body></html>";
    // No network: the page forbids it (CSP) and Chromium's own background traffic is off.
    const std::string flags =
        std::string(chromium) +
        " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
        " --disable-background-networking --disable-component-update --disable-sync"
        " --user-data-dir=" +
        (dir / "profile").string() + " --window-size=1280,2000";
    const auto shot = [&](const std::filesystem::path& in, const std::filesystem::path& png) {
      const std::string cmd =
          flags + " --screenshot=" + png.string() + " file://" + in.string() + " >/dev/null 2>&1";
      return std::system(cmd.c_str());
    };
    REQUIRE(shot(page, dir / "report.png") == 0);
    REQUIRE(shot(blank, dir / "blank.png") == 0);
    // Non-blank: text, tables and charts compress far worse than an empty white page.
    const auto report_png = std::filesystem::file_size(dir / "report.png");
    const auto blank_png = std::filesystem::file_size(dir / "blank.png");
    CHECK(report_png > 5 * blank_png);
    const std::string dom_cmd = flags + " --dump-dom file://" + page.string() + " > " +
                                (dir / "dom.html").string() + " 2>/dev/null";
    REQUIRE(std::system(dom_cmd.c_str()) == 0);
    const std::string dom = claimgraph::testing::read_file((dir / "dom.html").string());
    for (const char* text : {"Discrepancy report", "Flags, most severe first", "partisan",
                             "killed · Armenia · soldiers", "some 430", "Skipped input"}) {
      CAPTURE(text);
      CHECK(dom.find(text) != std::string::npos);
    }
    CHECK(count(dom, "<svg class=\"chart\"") >= 20);
    std::filesystem::remove_all(dir);
  }

  TEST_CASE("claimgraph compare writes every format and honours the filters") {
    const claimgraph::testing::TempPath err_file("claimgraph-formats-err");
    const std::string err = err_file.str();
    const std::string dir =
        std::string(CLAIMGRAPH_SOURCE_DIR) + "/fixtures/armenia-azerbaijan-2022";
    const auto md = claimgraph::testing::run_cli("compare --format md " + dir, err);
    CHECK(md.exit_code == 0);
    CHECK(md.out.rfind("# Discrepancy report", 0) == 0);
    const auto page = claimgraph::testing::run_cli("compare --format html -q " + dir, err);
    CHECK(page.out.rfind("<!doctype html>", 0) == 0);
    CHECK(page.err.empty());  // --quiet
    const auto claims =
        claimgraph::testing::run_cli("compare --format csv --table claims " + dir, err);
    CHECK(claims.out.rfind("id,article,outlet,", 0) == 0);
    const auto killed = claimgraph::testing::run_cli(
        "compare --format csv --kind killed --side Armenia --min-severity low " + dir, err);
    for (const auto& row : parse_csv(killed.out)) {
      if (row[0] != "severity") CHECK(row[2].find("/killed/Armenia/") != std::string::npos);
    }
    CHECK(claimgraph::testing::run_cli("compare -q --fail-on partisan " + dir, err).exit_code == 1);
    CHECK(claimgraph::testing::run_cli("compare -q --fail-on high --kind wounded " + dir, err)
              .exit_code == 0);
    CHECK(claimgraph::testing::run_cli("compare --format pdf " + dir, err).exit_code == 2);
  }
}
