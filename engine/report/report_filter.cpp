// filter_report: the keys of one event, kind or side and their flags above a severity.
//
// Keys are kept by event, kind and side; a flag is kept when its key is and its severity is at
// least the minimum; events are those of the kept keys (every event when no key filter is set);
// claims are those of the kept keys, renumbered so KeyedClaim::claim still indexes them, and
// relations those between kept claims.

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "claimgraph/report_formats.hpp"

namespace claimgraph {

Report filter_report(Report report, const ReportFilter& filter) {
  Report out;
  out.articles = std::move(report.articles);
  out.sources = std::move(report.sources);
  out.diagnostics = std::move(report.diagnostics);
  const bool narrowed = !filter.event.empty() || !filter.kind.empty() || !filter.side.empty();

  std::set<std::string, std::less<>> kept_events;
  std::set<std::size_t> kept_indices;
  for (KeyVerdict& k : report.keys) {
    if ((!filter.event.empty() && k.key.event != filter.event) ||
        (!filter.kind.empty() && k.key.kind != filter.kind) ||
        (!filter.side.empty() && k.key.side != filter.side)) {
      continue;
    }
    if (narrowed) {
      kept_events.insert(k.key.event.str());
      for (const KeyedClaim& kc : k.key.claims) kept_indices.insert(kc.claim);
    }
    out.keys.push_back(std::move(k));
  }
  // The kept keys' ids, sorted, for the flags: a flag stays only with its key.
  std::vector<std::string_view> kept_keys;
  kept_keys.reserve(out.keys.size());
  for (const KeyVerdict& k : out.keys) kept_keys.emplace_back(k.key.id);
  std::sort(kept_keys.begin(), kept_keys.end());
  if (!narrowed) {
    out.claims = std::move(report.claims);  // claims outside any key (no event) stay too
  } else {
    std::map<std::size_t, std::size_t> renumber;  // old claim index → new, in claim order
    for (const std::size_t i : kept_indices) {
      renumber.emplace(i, out.claims.size());
      out.claims.push_back(std::move(report.claims[i]));
    }
    for (KeyVerdict& k : out.keys) {
      for (KeyedClaim& kc : k.key.claims) kc.claim = renumber.at(kc.claim);
    }
  }
  // Events and flags are filtered where they lie, never copied into a second list: at a million
  // articles that would hold 0.7 million flags twice.
  if (narrowed) {
    std::erase_if(report.events, [&](const Event& e) { return !kept_events.contains(e.id); });
  }
  out.events = std::move(report.events);
  std::erase_if(report.flags, [&](const Discrepancy& d) {
    return d.severity < filter.min_severity ||
           !std::binary_search(kept_keys.begin(), kept_keys.end(), std::string_view(d.key));
  });
  out.flags = std::move(report.flags);
  if (!narrowed) {
    out.relations = std::move(report.relations);
    return out;
  }
  std::set<std::string> kept_claims;
  for (const Claim& c : out.claims) kept_claims.insert(c.id);
  for (ClaimRelation& r : report.relations) {
    if (kept_claims.count(r.from) != 0 && kept_claims.count(r.to) != 0) {
      out.relations.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace claimgraph
