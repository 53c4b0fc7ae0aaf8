#pragma once
// Reading test inputs from disk.

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace claimgraph::testing {

/// The whole file at `path`; the test fails if it cannot be read.
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

/// Compares `got` with the golden file `expected` line by line, so a failure names the first
/// line that changed. With CLAIMGRAPH_UPDATE_GOLDEN set it rewrites the file instead.
inline void check_golden_text(const std::filesystem::path& expected, const std::string& got) {
  if (std::getenv("CLAIMGRAPH_UPDATE_GOLDEN") != nullptr) {
    std::filesystem::create_directories(expected.parent_path());
    std::ofstream(expected, std::ios::binary) << got;
    MESSAGE("updated " << expected.string());
    return;
  }
  REQUIRE_MESSAGE(
      std::filesystem::exists(expected),
      "missing " << expected.string() << " (run with CLAIMGRAPH_UPDATE_GOLDEN=1 to create it)");
  std::istringstream a(read_file(expected.string()));
  std::istringstream b(got);
  std::string la;
  std::string lb;
  for (std::size_t line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, la));
    const bool more_b = static_cast<bool>(std::getline(b, lb));
    if (!more_a && !more_b) break;
    CAPTURE(line);
    REQUIRE(more_a == more_b);
    REQUIRE(la == lb);
  }
}

}  // namespace claimgraph::testing
