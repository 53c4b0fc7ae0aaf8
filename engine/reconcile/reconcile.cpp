// reconcile: runs the rule families over every key, then orders what they found.
//
// Per key: one voice's history (revisions) and every pair of voices (contradictory, differing,
// partisan); per event: totals against their parts (arithmetic); over the corpus: consensus and
// source reliability. A key's verdict is that of its most severe flag — an arithmetic check that
// adds up leaves it consistent, a revision timeline makes it "revision". Flags are ordered most
// severe first, then by verdict, key and claims; relations by (from, to, relation). Nothing here
// depends on the order of the input claims: keys and their claims arrive sorted by id.

#include <oneapi/tbb/parallel_sort.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <tuple>
#include <utility>

#include "reconcile/consensus.hpp"
#include "reconcile/reconcile_detail.hpp"

namespace claimgraph {
namespace {

int verdict_rank(Verdict v) {
  switch (v) {
    case Verdict::contradictory:
      return 5;
    case Verdict::partisan:
      return 4;
    case Verdict::arithmetic:
      return 3;
    case Verdict::differing:
      return 2;
    case Verdict::revision:
      return 1;
    case Verdict::consistent:
      return 0;
  }
  return 0;
}

bool more_severe(const Discrepancy& a, const Discrepancy& b) {
  const auto ka = std::make_tuple(static_cast<int>(a.severity), verdict_rank(a.verdict));
  const auto kb = std::make_tuple(static_cast<int>(b.severity), verdict_rank(b.verdict));
  if (ka != kb) return ka > kb;
  return std::tie(a.key, a.claims, a.rule) < std::tie(b.key, b.claims, b.rule);
}

}  // namespace

Reconciliation reconcile(const std::vector<Claim>& claims, const std::vector<Event>& events,
                         std::vector<ComparisonKey> keys, const ReconcileOptions& options) {
  std::map<std::string, const Event*> event_by_id;
  for (const Event& e : events) event_by_id.emplace(e.id, &e);

  // An event's keys are viewed together (arithmetic sets them against each other) and let go
  // before the next event's: only one event's views are held at a time. What each key found,
  // and each event, is gathered in key order and then event order, as if all were viewed at
  // once. (Viewing events on two threads saved 2.4 of 16.4 s at 1,000,000 articles but raised
  // the peak by 190 MB: the other thread's heap, its freed views interleaved with the findings
  // it kept, could not be reused here. See docs/benchmarks.md.)
  const auto viewable = [&](const ComparisonKey& key) {
    return !key.claims.empty() && event_by_id.contains(key.event);
  };
  std::map<Name, std::vector<std::size_t>> by_event;  // event → its keys
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (viewable(keys[k])) by_event[keys[k].event].push_back(k);
  }
  std::vector<detail::Findings> key_findings(keys.size());
  std::vector<detail::KeyCandidates> key_candidates(keys.size());
  std::vector<detail::Findings> event_findings;
  event_findings.reserve(by_event.size());
  for (const auto& [event, members] : by_event) {
    const Event& e = *event_by_id.at(event);
    std::vector<detail::KeyView> views;
    views.reserve(members.size());
    for (const std::size_t k : members) views.push_back(detail::view_key(claims, keys[k], e));
    std::vector<const detail::KeyView*> event_keys;
    for (std::size_t m = 0; m < members.size(); ++m) {
      const detail::KeyView& v = views[m];
      detail::Findings& found = key_findings[members[m]];
      detail::voice_history_flags(v, options.tolerance, found);
      detail::cross_voice_flags(v, options.tolerance, found);
      detail::same_article_flags(v, options.tolerance, found);
      detail::earlier_report_flags(v, found);
      key_candidates[members[m]] = detail::candidates_of(v);
      event_keys.push_back(&v);
    }
    detail::arithmetic_flags(event_keys, options.tolerance, event_findings.emplace_back());
  }
  std::vector<ComparisonKey*> viewed;
  std::vector<detail::KeyCandidates> candidates;
  detail::Findings found;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (!viewable(keys[k])) continue;
    viewed.push_back(&keys[k]);
    candidates.push_back(std::move(key_candidates[k]));
  }
  std::vector<detail::KeyCandidates>().swap(key_candidates);
  std::size_t flag_count = 0;
  std::size_t relation_count = 0;
  for (const auto* parts : {&key_findings, &event_findings}) {
    for (const detail::Findings& part : *parts) {
      flag_count += part.flags.size();
      relation_count += part.relations.size();
    }
  }
  found.flags.reserve(flag_count);
  found.relations.reserve(relation_count);
  const auto gather = [&found](std::vector<detail::Findings>& parts) {
    for (detail::Findings& part : parts) {
      std::move(part.flags.begin(), part.flags.end(), std::back_inserter(found.flags));
      std::move(part.relations.begin(), part.relations.end(), std::back_inserter(found.relations));
      part = detail::Findings();
    }
  };
  gather(key_findings);
  gather(event_findings);

  Reconciliation out;
  const std::vector<Consensus> consensus =
      detail::estimate_consensus(candidates, options.estimator, out.sources);
  std::map<std::string, const Discrepancy*> worst;  // key id → its most severe flag
  for (const Discrepancy& d : found.flags) {
    if (d.verdict == Verdict::arithmetic && d.severity == Severity::info) continue;
    auto [it, fresh] = worst.emplace(d.key, &d);
    if (!fresh && more_severe(d, *it->second)) it->second = &d;
  }
  out.keys.reserve(viewed.size());
  for (std::size_t i = 0; i < viewed.size(); ++i) {
    KeyVerdict kv;
    kv.key = std::move(*viewed[i]);
    kv.consensus = consensus[i];
    if (const auto it = worst.find(kv.key.id); it != worst.end()) {
      kv.verdict = it->second->verdict;
      kv.severity = it->second->severity;
    }
    out.keys.push_back(std::move(kv));
  }

  out.flags = std::move(found.flags);
  std::sort(out.flags.begin(), out.flags.end(), more_severe);
  out.relations = std::move(found.relations);
  const auto relation_key = [](const ClaimRelation& r) {
    return std::make_tuple(r.from, r.to, static_cast<int>(r.relation));
  };
  // Relations equal in (from, to, relation) are equal in every field, so an unstable parallel
  // sort gives the same list as any other sort. (Flags are not: two may tie with different
  // explanations, so they keep the one sequential sort.)
  static_assert(sizeof(ClaimRelation) <= 2 * sizeof(std::string) + alignof(std::string),
                "a field beyond (from, to, relation) would need a stable sort here");
  tbb::parallel_sort(out.relations.begin(), out.relations.end(), [&](const auto& a, const auto& b) {
    return relation_key(a) < relation_key(b);
  });
  out.relations.erase(
      std::unique(out.relations.begin(), out.relations.end(),
                  [&](const auto& a, const auto& b) { return relation_key(a) == relation_key(b); }),
      out.relations.end());
  std::sort(out.sources.begin(), out.sources.end(), [](const auto& a, const auto& b) {
    return std::make_tuple(a.type, -a.weight, a.name) < std::make_tuple(b.type, -b.weight, b.name);
  });
  return out;
}

const char* to_string(Verdict v) noexcept {
  switch (v) {
    case Verdict::consistent:
      return "consistent";
    case Verdict::differing:
      return "differing";
    case Verdict::contradictory:
      return "contradictory";
    case Verdict::revision:
      return "revision";
    case Verdict::partisan:
      return "partisan";
    case Verdict::arithmetic:
      return "arithmetic";
  }
  return "consistent";
}

const char* to_string(Severity s) noexcept {
  switch (s) {
    case Severity::info:
      return "info";
    case Severity::low:
      return "low";
    case Severity::medium:
      return "medium";
    case Severity::high:
      return "high";
  }
  return "info";
}

const char* to_string(Relation r) noexcept {
  switch (r) {
    case Relation::agrees:
      return "agrees";
    case Relation::differs:
      return "differs";
    case Relation::contradicts:
      return "contradicts";
    case Relation::revises:
      return "revises";
  }
  return "agrees";
}

}  // namespace claimgraph
