// Fuzz target: find_numbers and extract_quantities on any bytes. Spans lie in the text and come
// in order; a quantity's text is its span; a figure's number lies inside its mention.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimgraph/numbers.hpp"
#include "claimgraph/quantities.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using claimgraph::fuzz::require;
  using claimgraph::fuzz::require_span;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t last = 0;
  for (const auto& n : claimgraph::find_numbers(text)) {
    require_span(n.span, size, "number span");
    require(n.span.begin >= last, "numbers in text order, not overlapping");
    last = n.span.end;
  }
  last = 0;
  for (const auto& q : claimgraph::extract_quantities(text)) {
    require_span(q.span, size, "quantity span");
    require_span(q.number_span, size, "quantity number span");
    require(q.span.begin <= q.number_span.begin && q.number_span.end <= q.span.end,
            "figure inside its mention");
    require(q.text == q.span.in(text), "quantity text is its span");
    require(q.span.begin >= last, "quantities in text order, not overlapping");
    require(!(q.interval.lo.value > q.interval.hi.value), "interval not reversed");
    last = q.span.end;
  }
  return 0;
}
