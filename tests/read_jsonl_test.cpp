// Reading a JSONL file from disk a piece at a time (engine/ingest/read_articles.cpp): a corpus
// of several pieces, with lines across the pieces' ends and a line longer than a piece, reads
// as the same articles and diagnostics, with the same line numbers and byte offsets, as the
// whole file parsed at once; a NUL byte anywhere skips the whole file.

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "claimgraph/ingest.hpp"
#include "test_files.hpp"

namespace {

namespace fs = std::filesystem;

// A corpus of about `bytes` bytes: a BOM, blank lines, CRLF lines, malformed lines, invalid
// UTF-8 and, a third of the way in, one line of 20 MB.
std::string corpus(std::size_t bytes) {
  std::string out = "\xEF\xBB\xBF";
  for (std::size_t i = 0; out.size() < bytes; ++i) {
    const std::string id = std::to_string(i);
    if (i % 97 == 5) {
      out += "{\"id\": \"" + id + "\", \"text\": \n";  // malformed
    } else if (i % 89 == 3) {
      out += "\n   \n";
    } else {
      const std::string body = i % 53 == 7 ? "Bad \xFF byte; 7 were hurt." : "Five were killed.";
      out += "{\"id\": \"" + id + "\", \"outlet\": \"O" + std::to_string(i % 13) +
             "\", \"text\": \"" + body + std::string(i % 300, 'x') + "\"}" +
             (i % 7 == 0 ? "\r\n" : "\n");
    }
    if (i == 20000) {
      out += "{\"id\": \"huge\", \"text\": \"" + std::string(20u << 20, 'y') + "\"}\n";
    }
  }
  return out;
}

std::string write_temp(const std::string& name, const std::string& content) {
  const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
  const fs::path dir = fs::temp_directory_path() / ("claimgraph-jsonl-" + std::to_string(stamp));
  fs::create_directories(dir);
  const fs::path p = dir / name;
  std::ofstream(p, std::ios::binary)
      .write(content.data(), static_cast<std::streamsize>(content.size()));
  return p.string();
}

}  // namespace

TEST_SUITE("read_jsonl") {
  TEST_CASE("a corpus of many pieces reads as the whole file parsed at once") {
    const std::string content = corpus(std::size_t{40} << 20);
    const std::string path = write_temp("corpus.jsonl", content);
    const claimgraph::IngestResult got = claimgraph::read_articles({path});
    std::vector<claimgraph::Article> articles;
    std::vector<claimgraph::Diagnostic> diagnostics;
    claimgraph::parse_jsonl_articles(content, path, articles, diagnostics);

    CHECK(got.files_read == 1);
    REQUIRE(got.articles.size() == articles.size());
    CHECK(std::equal(articles.begin(), articles.end(), got.articles.begin()));
    CHECK(std::any_of(articles.begin(), articles.end(),
                      [](const claimgraph::Article& a) { return a.id == "huge"; }));
    REQUIRE(got.diagnostics.size() == diagnostics.size());
    CHECK(diagnostics.size() > 100);
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
      CAPTURE(i);
      CHECK(got.diagnostics[i].error.message == diagnostics[i].error.message);
      CHECK(got.diagnostics[i].error.where.line == diagnostics[i].error.where.line);
      CHECK(got.diagnostics[i].error.where.byte_offset == diagnostics[i].error.where.byte_offset);
      CHECK(got.diagnostics[i].skipped == diagnostics[i].skipped);
    }
    fs::remove_all(fs::path(path).parent_path());
  }

  TEST_CASE("a NUL byte in a late piece skips the whole file, naming its line and offset") {
    std::string content = corpus(std::size_t{36} << 20);
    const std::size_t nul = content.size() - 1000;
    content[nul] = '\0';
    const std::string path = write_temp("binary.jsonl", content);
    const claimgraph::IngestResult got = claimgraph::read_articles({path});
    CHECK(got.articles.empty());
    CHECK(got.files_read == 0);
    REQUIRE(got.diagnostics.size() == 1);
    const claimgraph::Diagnostic& d = got.diagnostics[0];
    CHECK(d.error.code == claimgraph::ErrorCode::binary_input);
    CHECK(d.skipped == "file");
    CHECK(d.error.where.byte_offset == nul);
    CHECK(d.error.where.line == claimgraph::line_column(content, nul).line);
    fs::remove_all(fs::path(path).parent_path());
  }
}
