// Consensus per key and source reliability across the corpus.
//
// Each voice of a key contributes its latest figure (a government's 135, not its superseded 49).
// A party's figure for the other side's losses is left out when anyone else gives one. Over all
// keys, numeric truth discovery (discover_truths) learns a weight per voice from how far its
// figures sit from the consensus, and the best estimate of each key is the weighted median of
// its voices' figures. Low is the smallest lower end among them (its figure when the lower end
// is 0, as for "up to 50"), high the largest upper end (its figure when open-ended, as for "at
// least 135"), and best is clamped into [low, high]. The same estimator run with outlets as the
// sources (each outlet's latest figure per key) ranks the outlets.

#include "reconcile/consensus.hpp"

#include <oneapi/tbb/parallel_invoke.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>

namespace claimgraph::detail {
namespace {

double low_of(const Candidate& f) { return f.interval.lo.value > 0 ? f.interval.lo.value : f.best; }
double high_of(const Candidate& f) {
  return std::isinf(f.interval.hi.value) ? f.best : f.interval.hi.value;
}

std::vector<Candidate> voice_candidates(const KeyView& view) {
  std::vector<Candidate> all;
  std::vector<Candidate> neutral;
  for (const VoiceTimeline& t : view.voices) {
    const Figure f = t.latest();
    const Candidate c{t.voice, f.interval, f.best, f.day};
    if (!other_party(t.side, view.key->side)) neutral.push_back(c);
    all.push_back(c);
  }
  if (all.empty()) {
    // Only earlier reports (KeyView::earlier): each voice's latest, largest one.
    std::map<std::string_view, Candidate> latest;
    for (const auto& [voice, s] : view.earlier) {
      const Claim& c = *s.claim;
      const auto it = latest.find(voice);
      if (it == latest.end() || s.day > it->second.day ||
          (s.day == it->second.day && c.quantity.best > it->second.best)) {
        latest.insert_or_assign(
            voice, Candidate{Name(voice), c.quantity.interval, c.quantity.best, s.day});
      }
    }
    for (const auto& [voice, c] : latest) all.push_back(c);
  }
  return neutral.empty() ? all : neutral;
}

std::vector<Candidate> outlet_candidates(const KeyView& view) {
  std::map<Name, Candidate> latest;  // outlet → its latest (day, largest) figure
  for (const VoiceTimeline& t : view.voices) {
    if (other_party(t.side, view.key->side)) continue;
    for (const Statement& s : t.statements) {
      const Claim& c = *s.claim;
      const Name outlet = c.outlet.empty() ? c.article : c.outlet;
      const auto it = latest.find(outlet);
      if (it == latest.end() || s.day > it->second.day ||
          (s.day == it->second.day && c.quantity.best > it->second.best)) {
        latest[outlet] = Candidate{outlet, c.quantity.interval, c.quantity.best, s.day};
      }
    }
  }
  std::vector<Candidate> out;
  out.reserve(latest.size());
  for (const auto& [outlet, c] : latest) out.push_back(c);
  return out;
}

/// Runs the estimator over the keys' candidates of one kind (voices or outlets: `of`); returns
/// the truths and fills `sources`.
std::vector<double> estimate(const std::vector<KeyCandidates>& keys,
                             std::vector<Candidate> KeyCandidates::*of,
                             const TruthDiscoveryOptions& options, const char* type,
                             std::vector<SourceReliability>& sources) {
  std::map<Name, std::size_t> index;
  for (const KeyCandidates& key : keys) {
    for (const Candidate& c : key.*of) index.emplace(c.source, 0);
  }
  std::size_t n = 0;
  for (auto& [name, i] : index) i = n++;
  std::vector<Observation> obs;
  std::size_t total = 0;
  for (const KeyCandidates& key : keys) total += (key.*of).size();
  obs.reserve(total);
  std::vector<std::size_t> key_count(n, 0);
  for (std::size_t k = 0; k < keys.size(); ++k) {
    for (const Candidate& c : keys[k].*of) {
      const std::size_t s = index[c.source];
      obs.push_back({s, k, c.best});
      ++key_count[s];
    }
  }
  const TruthEstimate est = discover_truths(std::move(obs), n, keys.size(), options);
  for (const auto& [name, i] : index) {
    sources.push_back({std::string(voice_name(name)), type, est.source_weights[i], key_count[i]});
  }
  return est.truths;
}

}  // namespace

KeyCandidates candidates_of(const KeyView& view) {
  return {voice_candidates(view), outlet_candidates(view), view.voices.size(), view.voices.empty()};
}

std::vector<Consensus> estimate_consensus(const std::vector<KeyCandidates>& keys,
                                          const TruthDiscoveryOptions& options,
                                          std::vector<SourceReliability>& sources) {
  // Voices and outlets are estimated apart, at once on two threads when there are two.
  std::vector<double> truths;
  std::vector<SourceReliability> outlets;
  tbb::parallel_invoke(
      [&] { truths = estimate(keys, &KeyCandidates::voices, options, "claimant", sources); },
      [&] { (void)estimate(keys, &KeyCandidates::outlets, options, "outlet", outlets); });
  sources.insert(sources.end(), std::make_move_iterator(outlets.begin()),
                 std::make_move_iterator(outlets.end()));

  std::vector<Consensus> out;
  out.reserve(keys.size());
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const auto& cands = keys[k].voices;
    Consensus c;
    c.sources = cands.size();
    c.low = low_of(cands.front());
    c.high = high_of(cands.front());
    for (const Candidate& cand : cands) {
      c.low = std::min(c.low, low_of(cand));
      c.high = std::max(c.high, high_of(cand));
    }
    // Counts of people: the estimate is a whole number (the estimator works in log space).
    c.best = std::clamp(std::round(truths[k]), c.low, c.high);
    const bool left_out = cands.size() < keys[k].voice_count;
    if (cands.size() == 1) {
      c.rule = "the latest figure of its one source (" +
               std::string(voice_name(cands.front().source)) + ")";
    } else {
      c.rule = "weighted median of the latest figures of " + std::to_string(cands.size()) +
               " sources, weighted by their reliability across the corpus";
    }
    if (left_out) c.rule += "; figures from the other side's parties left out";
    if (keys[k].only_earlier)
      c.rule += "; every figure given as an earlier report, since superseded";
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace claimgraph::detail
