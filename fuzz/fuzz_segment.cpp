// Fuzz target: split_sentences on any bytes. Sentences lie in the text, in order, without
// overlap, and none is empty.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimgraph/segment.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using claimgraph::fuzz::require;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t last = 0;
  for (const auto& s : claimgraph::split_sentences(text)) {
    claimgraph::fuzz::require_span(s, size, "sentence span");
    require(s.begin >= last, "sentences in order, not overlapping");
    require(!s.empty(), "no empty sentence");
    last = s.end;
  }
  return 0;
}
