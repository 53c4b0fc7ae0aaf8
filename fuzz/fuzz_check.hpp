#pragma once
// What every fuzz target checks on top of "no crash, no sanitizer report": the invariants of
// the stage's output. A broken invariant aborts, so libFuzzer (and the replay runner) report it.

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "claimgraph/span.hpp"

namespace claimgraph::fuzz {

/// Aborts with `what` when `ok` is false.
inline void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
  }
}

/// A span lies inside a text of `size` bytes and is not reversed.
inline void require_span(const Span& s, std::size_t size, const char* what) {
  require(s.begin <= s.end && s.end <= size, what);
}

}  // namespace claimgraph::fuzz
