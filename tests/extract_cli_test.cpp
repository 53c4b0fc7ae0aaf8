// `claimgraph extract` end to end: JSONL claims with the fields the issue names, from a
// directory of mixed formats, with bad lines reported by file and line while the rest is read.

#include <doctest/doctest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_runner.hpp"

namespace {

using claimgraph::testing::CliRun;

CliRun run_extract(const std::string& args, const std::filesystem::path& dir) {
  return claimgraph::testing::run_cli("extract " + args, (dir / "stderr.txt").string());
}

}  // namespace

TEST_SUITE("extract_cli") {
  TEST_CASE("claims of a mixed directory as JSONL, bad lines reported and skipped") {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("claimgraph_extract_cli_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir / "in");
    std::ofstream(dir / "in" / "a.txt")
        << "---\nid: a\noutlet: Wire A\npublished: 2022-09-13\n---\n"
           "Armenian Prime Minister Nikol Pashinyan said at least "
           "105 soldiers were killed.\n";
    std::ofstream(dir / "in" / "b.jsonl")
        << "{\"id\":\"b1\",\"source\":\"Paper B\",\"date\":\"2022-09-14\",\"text\":\"Azerbaijan "
           "said "
           "50 of its soldiers were killed.\"}\n"
        << "{not json\n"
        << "{\"id\":\"b3\",\"text\":\"Officials said 12 people were wounded.\"}\n";
    const CliRun r = run_extract("--format jsonl " + (dir / "in").string(), dir);
    CHECK(r.exit_code == 3);  // a bad line was skipped
    CHECK(r.err.find("b.jsonl:2") != std::string::npos);

    std::vector<nlohmann::json> rows;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) rows.push_back(nlohmann::json::parse(line));
    REQUIRE(rows.size() == 3);
    for (const auto& row : rows) {
      for (const char* key :
           {"article", "outlet", "published", "kind", "population", "side", "claimant", "text",
            "lo", "hi", "best", "qualifier", "sentence", "start", "end"}) {
        CHECK_MESSAGE(row.contains(key), key);
      }
    }
    CHECK(rows[0]["article"] == "a");
    CHECK(rows[0]["outlet"] == "Wire A");
    CHECK(rows[0]["published"] == "2022-09-13");
    CHECK(rows[0]["claimant"] == "Nikol Pashinyan");
    CHECK(rows[0]["side"] == "Armenia");
    CHECK(rows[0]["kind"] == "killed");
    CHECK(rows[0]["lo"] == 105.0);
    CHECK(rows[0]["hi"].is_null());
    CHECK(rows[1]["outlet"] == "Paper B");
    CHECK(rows[1]["side"] == "Azerbaijan");
    CHECK(rows[2]["kind"] == "wounded");
    std::filesystem::remove_all(dir);
  }
}
