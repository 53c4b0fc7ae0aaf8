// reconcile: runs the rule families over every key, then orders what they found.
//
// Per key: one voice's history (revisions) and every pair of voices (contradictory, differing,
// partisan); per event: totals against their parts (arithmetic); over the corpus: consensus and
// source reliability. A key's verdict is that of its most severe flag — an arithmetic check that
// adds up leaves it consistent, a revision timeline makes it "revision". Flags are ordered most
// severe first, then by verdict, key and claims; relations by (from, to, relation). Nothing here
// depends on the order of the input claims: keys and their claims arrive sorted by id.

#include <algorithm>
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

  std::vector<detail::KeyView> views;
  std::vector<ComparisonKey*> viewed;
  for (ComparisonKey& key : keys) {
    const auto ev = event_by_id.find(key.event);
    if (ev == event_by_id.end() || key.claims.empty()) continue;
    views.push_back(detail::view_key(claims, key, *ev->second));
    viewed.push_back(&key);
  }

  detail::Findings found;
  std::map<std::string, std::vector<const detail::KeyView*>> by_event;
  for (const detail::KeyView& v : views) {
    detail::voice_history_flags(v, options.tolerance, found);
    detail::cross_voice_flags(v, options.tolerance, found);
    detail::same_article_flags(v, options.tolerance, found);
    by_event[v.key->event].push_back(&v);
  }
  for (const auto& [event, event_keys] : by_event) {
    detail::arithmetic_flags(event_keys, options.tolerance, found);
  }

  Reconciliation out;
  const std::vector<Consensus> consensus =
      detail::estimate_consensus(views, options.estimator, out.sources);
  std::map<std::string, const Discrepancy*> worst;  // key id → its most severe flag
  for (const Discrepancy& d : found.flags) {
    if (d.verdict == Verdict::arithmetic && d.severity == Severity::info) continue;
    auto [it, fresh] = worst.emplace(d.key, &d);
    if (!fresh && more_severe(d, *it->second)) it->second = &d;
  }
  for (std::size_t i = 0; i < views.size(); ++i) {
    KeyVerdict kv;
    kv.key = std::move(*viewed[i]);  // the views are done with it
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
  std::sort(out.relations.begin(), out.relations.end(),
            [&](const auto& a, const auto& b) { return relation_key(a) < relation_key(b); });
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
