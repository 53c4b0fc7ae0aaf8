// The bad-input catalogue, end to end through compare_articles: every bad input gives a
// diagnostic naming its file (and line where there is one), the rest is still compared, and
// nothing is lost silently — each input is either an article of the report or a diagnostic.
// The per-format details are in text_article_test.cpp, jsonl_articles_test.cpp,
// html_article_test.cpp and read_articles_test.cpp; this suite is the user's view of a messy
// folder.

#include <doctest/doctest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "claimgraph/compare.hpp"
#include "claimgraph/report_json.hpp"

namespace {

namespace fs = std::filesystem;

struct Folder {
  fs::path dir;
  explicit Folder(const std::string& name)
      : dir(fs::temp_directory_path() / (name + "-" + std::to_string(::getpid()))) {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Folder() { fs::remove_all(dir); }
  Folder(const Folder&) = delete;
  Folder& operator=(const Folder&) = delete;
  void write(const std::string& name, const std::string& bytes) const {
    std::ofstream(dir / name, std::ios::binary) << bytes;
  }
};

std::string article(const std::string& id, const std::string& date, const std::string& body) {
  return "---\nid: " + id + "\noutlet: Test Wire\npublished: " + date + "\n---\n" + body + "\n";
}

// Diagnostics by file name, as "code:line:skipped".
std::multimap<std::string, std::string> diagnostics_of(const claimgraph::Report& r) {
  std::multimap<std::string, std::string> out;
  for (const auto& d : r.diagnostics) {
    out.emplace(fs::path(d.error.where.file).filename().string(),
                std::to_string(static_cast<int>(d.error.code)) + ":" +
                    std::to_string(d.error.where.line) + ":" + d.skipped);
  }
  return out;
}

bool has(const std::multimap<std::string, std::string>& d, const std::string& file,
         claimgraph::ErrorCode code) {
  const auto [lo, hi] = d.equal_range(file);
  for (auto it = lo; it != hi; ++it) {
    if (it->second.rfind(std::to_string(static_cast<int>(code)) + ":", 0) == 0) return true;
  }
  return false;
}

}  // namespace

TEST_SUITE("bad_input") {
  TEST_CASE("a folder of bad inputs: each named in a diagnostic, the rest compared") {
    using claimgraph::ErrorCode;
    const Folder f("claimgraph-bad-input");
    f.write("good.txt", article("good", "2022-09-14",
                                "Armenia said 105 of its soldiers were killed on Tuesday."));
    f.write("other.txt", article("other", "2022-09-14",
                                 "Armenia's defence ministry said 135 soldiers were killed."));
    f.write("bad-utf8.txt", article("utf8", "2022-09-14", "At least 49 soldiers \xff\xfe died."));
    f.write("binary.txt", std::string("\x7f"
                                      "ELF\0\0\0binary",
                                      12));
    f.write("empty.txt", "");
    f.write("filler-date.txt", article("future", "9999-12-31", "Two people were killed."));
    f.write("zz-duplicate.txt", article("good", "2022-09-15", "Five people were wounded."));
    f.write("scripts.txt",
            article("scripts", "2022-09-14",
                    "Погибли 12 человек. قُتل ١٢ شخصًا. 死亡人数为十二人。 Twelve people died."));
    f.write("lines.jsonl",
            "{\"id\":\"j1\",\"published\":\"2022-09-14\",\"text\":\"Police said 3 were killed.\"}\n"
            "{\"id\":\"j2\",\"text\": broken\n"
            "{\"id\":\"j3\",\"published\":\"2022-09-14\",\"text\":\"10^400 people and "
            "99999999999999999999999999 soldiers were killed.\"}\n"
            "not json at all\n");
    const std::string digits(1000000, '9');  // a million-digit number
    f.write("huge-number.txt", article("huge", "2022-09-14", digits + " soldiers were killed."));
    const std::string line(20u << 20, 'a');  // a 20 MB line without a sentence end
    f.write("long-line.txt", article("long", "2022-09-14", line + " 7 people were wounded"));

    const claimgraph::Report r =
        claimgraph::compare_articles(claimgraph::read_articles({f.dir.string()}));
    const auto d = diagnostics_of(r);
    CAPTURE(d.size());
    CHECK(has(d, "bad-utf8.txt", ErrorCode::invalid_utf8));
    CHECK(has(d, "binary.txt", ErrorCode::binary_input));
    CHECK(has(d, "empty.txt", ErrorCode::empty_input));
    CHECK(has(d, "filler-date.txt", ErrorCode::malformed));
    CHECK(has(d, "zz-duplicate.txt", ErrorCode::malformed));  // the first id read is kept
    CHECK(has(d, "lines.jsonl", ErrorCode::malformed));
    // the two broken JSONL lines are named by line
    std::set<std::string> jsonl_lines;
    const auto [lo, hi] = d.equal_range("lines.jsonl");
    for (auto it = lo; it != hi; ++it) jsonl_lines.insert(it->second);
    CHECK(jsonl_lines.size() == 2);
    for (const auto& s : jsonl_lines)
      CHECK((s.find(":2:") != std::string::npos || s.find(":4:") != std::string::npos));

    // everything readable is compared
    std::set<std::string> ids;
    for (const auto& a : r.articles) ids.insert(a.id);
    for (const char* id :
         {"good", "other", "utf8", "future", "scripts", "j1", "j3", "huge", "long"}) {
      CAPTURE(id);
      CHECK(ids.count(id) == 1);
    }
    CHECK(ids.count("j2") == 0);
    // other scripts: only the English sentence ("Twelve people died") gives a claim
    std::size_t scripts_claims = 0;
    for (const auto& c : r.claims) scripts_claims += c.article == "scripts" ? 1U : 0U;
    CHECK(scripts_claims == 1);
    // nothing lost: every file is an article or a diagnostic
    for (const auto& e : fs::directory_iterator(f.dir)) {
      const std::string name = e.path().filename().string();
      bool seen = d.count(name) != 0;
      for (const auto& a : r.articles) seen = seen || fs::path(a.source).filename() == name;
      CAPTURE(name);
      CHECK(seen);
    }
    // the figures of the good articles are still compared; absurd numbers stay finite or null
    bool revision = false;
    for (const auto& flag : r.flags)
      revision = revision || flag.key.find("/killed/Armenia/") != std::string::npos;
    CHECK(revision);
    std::ostringstream json;
    claimgraph::write_json_report(r, json);
    CHECK(json.str().find("\"skipped\": [") != std::string::npos);
    CHECK(json.str().find("binary.txt") != std::string::npos);
    // JSON has no infinity: an absurd figure's value is null
    CHECK(json.str().find(": inf") == std::string::npos);
    CHECK(json.str().find("Infinity") == std::string::npos);
  }
}
