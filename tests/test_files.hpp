#pragma once
// Reading test inputs from disk.

#include <doctest/doctest.h>

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

}  // namespace claimgraph::testing
