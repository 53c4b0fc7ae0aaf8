#pragma once
// Runs the claimgraph CLI (CLAIMGRAPH_CLI) through the shell for end-to-end tests.

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace claimgraph::testing {

struct CliRun {
  int exit_code = -1;
  std::string out;  ///< standard output
  std::string err;  ///< standard error
};

/// A path in the temporary directory, unique to this process, removed with the guard: where a
/// test's CLI runs write their standard error, so that no run leaves a file behind.
struct TempPath {
  std::filesystem::path path;
  explicit TempPath(const std::string& stem)
      : path(std::filesystem::temp_directory_path() /
             (stem + "-" + std::to_string(::getpid()) + ".txt")) {}
  ~TempPath() {
    std::error_code ec;
    std::filesystem::remove(path, ec);
  }
  TempPath(const TempPath&) = delete;
  TempPath& operator=(const TempPath&) = delete;
  [[nodiscard]] std::string str() const { return path.string(); }
};

/// Runs `claimgraph <args>`; standard error goes through `err_file` (a path the test owns).
inline CliRun run_cli(const std::string& args, const std::string& err_file) {
  const std::string cmd = std::string(CLAIMGRAPH_CLI) + " " + args + " 2>" + err_file;
  CliRun r;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream e(err_file, std::ios::binary);
  std::ostringstream s;
  s << e.rdbuf();
  r.err = s.str();
  return r;
}

}  // namespace claimgraph::testing
