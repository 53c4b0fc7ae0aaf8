// Fuzz target: the three article parsers on any bytes — text with front matter, JSONL and HTML.
// A parser may refuse the input (an error value, diagnostics) but never crash; what it accepts
// has valid UTF-8 text and an id.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/ingest.hpp"
#include "fuzz_check.hpp"

namespace {

void check(const claimgraph::Article& a) {
  using claimgraph::fuzz::require;
  require(claimgraph::find_invalid_utf8(a.text) == std::string_view::npos, "body is UTF-8");
  require(!a.id.empty(), "an article has an id");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<claimgraph::Diagnostic> warnings;
  if (auto a = claimgraph::parse_text_article(bytes, "fuzz.txt", warnings)) check(a.value());
  if (auto h = claimgraph::parse_html_article(bytes, "fuzz.html", warnings)) check(h.value());
  std::vector<claimgraph::Article> articles;
  claimgraph::parse_jsonl_articles(bytes, "fuzz.jsonl", articles, warnings);
  for (const auto& a : articles) check(a);
  return 0;
}
