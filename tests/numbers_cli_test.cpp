// `claimgraph numbers` end to end: JSONL fields, and bad input reported with the file name while
// the other files are still read.

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_runner.hpp"

namespace {

using Run = claimgraph::testing::CliRun;
using claimgraph::testing::run_cli;

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() /
           ("claimgraph_cli_test_" + std::to_string(::getpid()) + "_" +
            std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string write(const std::string& name, const std::string& content) const {
    const auto p = path / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
};

}  // namespace

TEST_SUITE("numbers_cli") {
  TEST_CASE("jsonl gives one object per mention with byte offsets and the interval") {
    TempDir dir;
    const std::string text = "Officials said at least 105 soldiers were killed in 2022.";
    const std::string file = dir.write("a.txt", text);
    const Run r = run_cli("numbers --format jsonl " + file, (dir.path / "err").string());
    CHECK(r.exit_code == 0);
    std::istringstream lines(r.out);
    std::string line;
    std::vector<nlohmann::json> rows;
    while (std::getline(lines, line)) rows.push_back(nlohmann::json::parse(line));
    REQUIRE(rows.size() == 2);
    const auto& q = rows[0];
    for (const char* key : {"start", "end", "text", "value", "lo", "hi", "lo_open", "hi_open",
                            "qualifier", "unit", "kind"}) {
      CHECK_MESSAGE(q.contains(key), key);
    }
    CHECK(q["text"] == "at least 105");
    CHECK(text.substr(q["start"].get<std::size_t>(),
                      q["end"].get<std::size_t>() - q["start"].get<std::size_t>()) ==
          "at least 105");
    CHECK(q["lo"] == 105.0);
    CHECK(q["hi"].is_null());
    CHECK(q["qualifier"] == "at_least");
    CHECK(q["kind"] == "count");
    CHECK(rows[1]["kind"] == "year");
  }

  TEST_CASE("a missing or binary file is reported by name, the others are still read") {
    TempDir dir;
    const std::string good = dir.write("good.txt", "fifty soldiers");
    const std::string binary = dir.write("bin.dat", std::string("ab\0cd 12", 8));
    const std::string missing = (dir.path / "missing.txt").string();
    const std::string err = (dir.path / "err").string();
    const Run r = run_cli("numbers --format jsonl " + missing + " " + binary + " " + good, err);
    CHECK(r.exit_code == 3);
    CHECK(r.out.find("\"fifty\"") != std::string::npos);
    const std::string messages = slurp(err);
    CHECK(messages.find(missing) != std::string::npos);
    CHECK(messages.find(binary + ":1: NUL byte") != std::string::npos);
  }

  TEST_CASE("invalid UTF-8 is reported with line and column and the text is still read") {
    TempDir dir;
    const std::string file = dir.write("bad.txt", "first line\n\xff\xfe 42 people\n");
    const std::string err = (dir.path / "err").string();
    const Run r = run_cli("numbers --format jsonl " + file, err);
    CHECK(r.exit_code == 3);
    CHECK(r.out.find("\"42\"") != std::string::npos);
    CHECK(slurp(err).find(file + ":2:1: invalid UTF-8") != std::string::npos);
  }

  TEST_CASE("usage errors exit with 2") {
    TempDir dir;
    CHECK(run_cli("numbers --format xml", (dir.path / "err").string()).exit_code == 2);
    CHECK(run_cli("frobnicate", (dir.path / "err").string()).exit_code == 2);
  }
}
