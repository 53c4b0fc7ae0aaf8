// Numeric truth discovery in the spirit of CRH (Li et al., SIGMOD 2014), for casualty figures.
//
// Figures are compared in log space (log1p): "50 vs 100" is as far apart as "500 vs 1,000", and a
// source that doubles every toll is equally wrong on small and large ones. Each object's
// distances are divided by the spread (standard deviation) of its own figures, so objects with
// wild disagreement do not dominate the losses. Starting from the plain median of each object,
// every round
//   1. scores each source by its mean normalised absolute distance to the current truths,
//      smoothed towards the corpus-wide mean by `prior_strength` pseudo-observations (a source
//      with one lucky figure is not thereby the most reliable),
//   2. turns losses into weights, w_k = log(sum of losses / loss_k) (CRH's normalised losses),
//   3. re-estimates each truth as the weighted median of its figures (the minimiser of the
//      weighted absolute loss; halfway between the two middle values on an exact tie),
// until no truth moves more than `tolerance` or `max_iterations` rounds have run.
// Observations are sorted by (object, value, source) first, so sums and medians do not depend
// on input order. Eigen holds the per-observation arrays.

#include "claimgraph/truth_discovery.hpp"

#include <Eigen/Core>
#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace claimgraph {
namespace {

struct Sorted {
  Eigen::ArrayXd x;                  // log1p(value), sorted by (object, value, source)
  std::vector<std::size_t> source;   // per observation
  std::vector<Eigen::Index> object;  // per observation
  std::vector<std::size_t> begin;    // per object: first observation; begin[objects] = size
};

Sorted sort_observations(std::vector<Observation> obs, std::size_t objects) {
  for (Observation& o : obs) {
    assert(o.object < objects);
    o.value = std::max(o.value, 0.0);
  }
  std::sort(obs.begin(), obs.end(), [](const Observation& a, const Observation& b) {
    if (a.object != b.object) return a.object < b.object;
    if (a.value != b.value) return a.value < b.value;
    return a.source < b.source;
  });
  Sorted s;
  s.x.resize(static_cast<Eigen::Index>(obs.size()));
  s.begin.assign(objects + 1, obs.size());
  for (std::size_t i = obs.size(); i-- > 0;) {
    s.begin[obs[i].object] = i;
  }
  for (std::size_t j = objects; j-- > 0;) {
    s.begin[j] = std::min(s.begin[j], s.begin[j + 1]);
  }
  for (std::size_t i = 0; i < obs.size(); ++i) {
    s.x(static_cast<Eigen::Index>(i)) = std::log1p(obs[i].value);
    s.source.push_back(obs[i].source);
    s.object.push_back(static_cast<Eigen::Index>(obs[i].object));
  }
  return s;
}

// Weighted median of the sorted values x[b, e) with weights w[source]; unit weights when they
// sum to zero.
double weighted_median(const Sorted& s, std::size_t b, std::size_t e,
                       const Eigen::ArrayXd& weights) {
  auto weight = [&](std::size_t i) { return weights(static_cast<Eigen::Index>(s.source[i])); };
  double total = 0;
  for (std::size_t i = b; i < e; ++i) total += weight(i);
  const bool unit = !(total > 0);
  if (unit) total = static_cast<double>(e - b);
  double cumulative = 0;
  for (std::size_t i = b; i < e; ++i) {
    cumulative += unit ? 1.0 : weight(i);
    const double half = total / 2;
    const double value = s.x(static_cast<Eigen::Index>(i));
    if (std::abs(cumulative - half) <= 1e-12 * total && i + 1 < e) {
      return (value + s.x(static_cast<Eigen::Index>(i + 1))) / 2;
    }
    if (cumulative > half) return value;
  }
  return s.x(static_cast<Eigen::Index>(e - 1));
}

}  // namespace

TruthEstimate discover_truths(std::vector<Observation> observations, std::size_t sources,
                              std::size_t objects, const TruthDiscoveryOptions& options) {
  const Sorted s = sort_observations(std::move(observations), objects);
  for ([[maybe_unused]] std::size_t source : s.source) assert(source < sources);
  const auto n_sources = static_cast<Eigen::Index>(sources);
  const auto n_objects = static_cast<Eigen::Index>(objects);

  // Per-object scale: the standard deviation of its figures (1 when they all agree).
  Eigen::ArrayXd scale = Eigen::ArrayXd::Ones(n_objects);
  Eigen::ArrayXd truth = Eigen::ArrayXd::Constant(n_objects, 0.0);
  Eigen::ArrayXd weights = Eigen::ArrayXd::Ones(n_sources);
  Eigen::ArrayXd counts = Eigen::ArrayXd::Zero(n_sources);
  for (std::size_t source : s.source) counts(static_cast<Eigen::Index>(source)) += 1;
  for (Eigen::Index j = 0; j < n_objects; ++j) {
    const auto b = static_cast<Eigen::Index>(s.begin[static_cast<std::size_t>(j)]);
    const auto e = static_cast<Eigen::Index>(s.begin[static_cast<std::size_t>(j) + 1]);
    if (b == e) continue;
    const Eigen::ArrayXd xs = s.x.segment(b, e - b);
    const double sd = std::sqrt((xs - xs.mean()).square().mean());
    if (sd > 1e-9) scale(j) = sd;
    truth(j) = weighted_median(s, static_cast<std::size_t>(b), static_cast<std::size_t>(e),
                               Eigen::ArrayXd::Ones(n_sources));
  }

  TruthEstimate estimate;
  const Eigen::ArrayXd inv_scale = scale.inverse();
  for (int round = 0; round < options.max_iterations && s.x.size() > 0; ++round) {
    estimate.iterations = round + 1;
    const Eigen::ArrayXd residual = (s.x - truth(s.object)).abs() * inv_scale(s.object);
    Eigen::ArrayXd loss = Eigen::ArrayXd::Zero(n_sources);
    for (std::size_t i = 0; i < s.source.size(); ++i) {
      loss(static_cast<Eigen::Index>(s.source[i])) += residual(static_cast<Eigen::Index>(i));
    }
    const double mean_loss = loss.sum() / counts.sum();
    if (!(mean_loss > 0)) {
      weights = (counts > 0).cast<double>();
      break;  // every source agrees with every truth
    }
    const Eigen::ArrayXd smoothed =
        (loss + options.prior_strength * mean_loss) / (counts + options.prior_strength);
    const double total = (counts > 0).select(smoothed, 0.0).sum();
    weights = (counts > 0).select((total / smoothed).log(), 0.0);

    double moved = 0;
    for (Eigen::Index j = 0; j < n_objects; ++j) {
      const std::size_t b = s.begin[static_cast<std::size_t>(j)];
      const std::size_t e = s.begin[static_cast<std::size_t>(j) + 1];
      if (b == e) continue;
      const double next = weighted_median(s, b, e, weights);
      moved = std::max(moved, std::abs(next - truth(j)));
      truth(j) = next;
    }
    if (moved <= options.tolerance) break;
  }

  estimate.truths.assign(objects, std::numeric_limits<double>::quiet_NaN());
  for (std::size_t j = 0; j < objects; ++j) {
    if (s.begin[j] != s.begin[j + 1]) {
      estimate.truths[j] = std::expm1(truth(static_cast<Eigen::Index>(j)));
    }
  }
  estimate.source_weights.assign(weights.data(), weights.data() + weights.size());
  if (s.x.size() == 0) estimate.source_weights.assign(sources, 0.0);
  return estimate;
}

}  // namespace claimgraph
