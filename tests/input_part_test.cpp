// InputPart: an input read in n parts, joined in part order with duplicates settled across
// parts, gives exactly what one read_articles gives — articles, line numbers, diagnostics and
// their order — for any n, including more parts than lines, and for any size of the pieces a
// JSONL file is read in.

#include "claimgraph/input_part.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "claimgraph/ingest.hpp"

namespace {

namespace fs = std::filesystem;
using claimgraph::Diagnostic;
using claimgraph::IngestResult;

void write(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// Articles and diagnostics as one comparable text.
std::string describe(const IngestResult& r) {
  std::string out;
  for (const auto& a : r.articles) {
    out +=
        "A " + a.id + " | " + a.source + " | " + a.outlet + " | " + a.title + " | " + a.text + "\n";
  }
  for (const Diagnostic& d : r.diagnostics) {
    out += "D " + d.error.message + " | " + d.error.where.file + ":" +
           std::to_string(d.error.where.line) + "@" + std::to_string(d.error.where.byte_offset) +
           " | " + d.skipped + "\n";
  }
  return out;
}

IngestResult read_in_parts(const std::vector<std::string>& paths, std::size_t n,
                           const claimgraph::IngestOptions& options) {
  std::vector<claimgraph::InputPart> parts;
  std::vector<std::vector<claimgraph::PieceFacts>> facts;
  for (std::size_t k = 0; k < n; ++k) {
    parts.emplace_back(paths, k, n, options);
    facts.push_back(parts.back().facts());
  }
  std::vector<claimgraph::PartResult> results;
  std::vector<claimgraph::PartIds> ids;
  for (auto& p : parts) {
    results.push_back(p.read(facts));
    ids.push_back(claimgraph::part_ids(results.back()));
  }
  const auto dups = claimgraph::find_cross_part_duplicates(ids);
  IngestResult joined;
  for (std::size_t k = 0; k < n; ++k) {
    claimgraph::drop_articles(results[k], dups.dropped[k]);
    for (auto& a : results[k].ingest.articles) joined.articles.push_back(std::move(a));
    for (auto& d : claimgraph::with_notes(std::move(results[k].ingest.diagnostics), dups.notes[k]))
      joined.diagnostics.push_back(std::move(d));
  }
  return joined;
}

}  // namespace

TEST_SUITE("input_part") {
  TEST_CASE("n parts read what one read reads, for every n") {
    const fs::path dir =
        fs::temp_directory_path() / ("claimgraph-input-part-test-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "sub");
    std::string big;
    for (int i = 0; i < 40; ++i) {
      const std::string n = std::to_string(i);
      if (i % 9 == 4) {
        big += "{not json\n";
      } else if (i % 11 == 7) {
        big += "\n";  // a blank line is layout
      } else {
        // ids repeat every 13 lines: duplicates inside a part and across parts
        big += R"({"id": "a)" + std::to_string(i % 13) + R"(", "outlet": "Wire )" + n +
               R"(", "published": "2022-09-1)" + std::to_string(i % 9) + R"(", "title": "T)" + n +
               R"(", "text": "At least )" + n + " soldiers were killed, officials said.\"}\n";
      }
    }
    big += R"({"id": "bad-utf8", "text": "Six \xff\xfe killed."})";  // no final newline
    write(dir / "a-big.jsonl", "\xEF\xBB\xBF" + big);
    write(dir / "b-text.txt", "---\nid: a3\n---\nTwelve people were wounded.\n");
    write(dir / "c-empty.jsonl", "");
    using namespace std::string_literals;
    write(dir / "d-nul.jsonl",
          "{\"id\": \"n1\", \"text\": \"x\"}\n{\"id\": \"n2\",\0 \"text\": \"y\"}\n"
          "{\"id\": \"n3\", \"text\": \"z\"}\n"s);
    write(dir / "sub" / "e.jsonl", R"({"id": "a5", "text": "Five were killed."})"
                                   "\n"
                                   R"({"id": "e2", "text": "Nine were wounded."})"
                                   "\n");
    write(dir / "f.html",
          "<html><head><title>Quake</title></head><body><p>Forty people "
          "died.</p></body></html>");
    const std::vector<std::string> paths = {(dir / "missing.jsonl").string(), dir.string(),
                                            (dir / "a-big.jsonl").string()};
    const std::string whole = describe(claimgraph::read_articles(paths));
    REQUIRE(whole.find("duplicate article id") != std::string::npos);
    REQUIRE(whole.find("NUL byte") != std::string::npos);
    REQUIRE(whole.find("empty input") != std::string::npos);
    // Pieces of 1, 7 and 64 bytes cut lines (and the byte order mark) at every place; a line
    // longer than a piece is read whole, so every piece size reads the same.
    for (const std::size_t piece :
         {std::size_t{16} << 20, std::size_t{64}, std::size_t{7}, std::size_t{1}}) {
      CAPTURE(piece);
      claimgraph::IngestOptions options;
      options.jsonl_piece_bytes = piece;
      CHECK(describe(claimgraph::read_articles(paths, options)) == whole);
      for (const std::size_t n : {1u, 2u, 3u, 5u, 8u, 64u, 4000u}) {
        CAPTURE(n);
        CHECK(describe(read_in_parts(paths, n, options)) == whole);
      }
    }
    fs::remove_all(dir);
  }

  TEST_CASE("parts that planned different inputs skip the JSONL pieces, and say so") {
    // Regression: a file added between two parts' plans left the parts with facts for
    // different files, and reading indexed past the end of the shorter list (a crash).
    const fs::path dir =
        fs::temp_directory_path() / ("claimgraph-input-part-plans-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    write(dir / "a.jsonl", R"({"id": "a1", "text": "Two people were killed."})"
                           "\n"
                           R"({"id": "a2", "text": "Three people were hurt."})"
                           "\n");
    const std::vector<std::string> paths = {dir.string()};
    claimgraph::InputPart first(paths, 0, 2);
    write(dir / "b.jsonl", R"({"id": "b1", "text": "Four people were shot."})"
                           "\n");
    claimgraph::InputPart second(paths, 1, 2);
    const std::vector<std::vector<claimgraph::PieceFacts>> facts = {first.facts(), second.facts()};
    REQUIRE(facts[0].size() != facts[1].size());
    std::string said;
    for (auto* part : {&first, &second}) {
      for (const Diagnostic& d : part->read(facts).ingest.diagnostics) said += d.error.message;
    }
    CHECK(said.find("the input changed while the parts planned it") != std::string::npos);
    fs::remove_all(dir);
  }
}
