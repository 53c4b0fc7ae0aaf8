// The ingest dispatcher (engine/ingest/read_articles.cpp): paths to files to articles —
// directories walked in sorted order, standard input, missing, empty, binary, oversized and
// unreadable inputs, duplicate ids across files, and the Armenia-Azerbaijan fixtures
// (docs/input-formats.md).

#include <doctest/doctest.h>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "claimgraph/ingest.hpp"
#include "ingest_helpers.hpp"

namespace {

namespace fs = std::filesystem;
using claimgraph::Article;
using claimgraph::Diagnostic;
using claimgraph::ErrorCode;
using claimgraph::IngestResult;
using claimgraph::read_articles;
using claimgraph::testing::ids_of;
using claimgraph::testing::ymd;
using std::chrono::year;

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

}  // namespace

TEST_SUITE("read_articles") {
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
