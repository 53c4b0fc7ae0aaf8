// Fuzz target: a whole article (front matter and body) through extract_claims, resolve_events,
// comparison_keys and reconcile. Claims' spans lie in the body; every flag names claims that
// exist; reports for the same input are identical.

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/claims.hpp"
#include "claimgraph/events.hpp"
#include "claimgraph/ingest.hpp"
#include "claimgraph/keys.hpp"
#include "claimgraph/reconcile.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using claimgraph::fuzz::require;
  using claimgraph::fuzz::require_span;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto parsed = claimgraph::parse_text_article(bytes, "fuzz.txt");
  if (!parsed) return 0;
  const claimgraph::Article& a = parsed.value();
  std::vector<claimgraph::Claim> claims = claimgraph::extract_claims(a);
  for (const auto& c : claims) {
    require_span(c.sentence, a.text.size(), "claim sentence span");
    require_span(c.quantity.span, a.text.size(), "claim figure span");
    require_span(c.claim_span, a.text.size(), "claim phrase span");
  }
  const auto events = claimgraph::resolve_events({a}, claims);
  claimgraph::normalize_claimants(claims);
  const auto keys = claimgraph::comparison_keys(claims, events);
  const auto r = claimgraph::reconcile(claims, events, keys);
  std::set<std::string> ids;
  for (const auto& c : claims) ids.insert(c.id);
  for (const auto& d : r.flags) {
    for (const auto& id : d.claims) require(ids.count(id) != 0, "a flag names a real claim");
  }
  require(r.keys.size() == keys.size(), "a verdict per key");
  return 0;
}
