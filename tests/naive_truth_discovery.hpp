#pragma once
// A deliberately plain reference of the truth-discovery estimator (docs/reconciliation.md):
// maps and loops, no Eigen, no sorting tricks beyond what the definition needs. The fast
// estimator must agree with it.

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <utility>
#include <vector>

#include "claimgraph/truth_discovery.hpp"

namespace claimgraph::testing {

// The weighted median of (value, weight) pairs: the smallest value at which the cumulative
// weight passes half the total, or the midpoint of two values when it lands exactly on half.
inline double naive_weighted_median(std::vector<std::pair<double, double>> items) {
  std::sort(items.begin(), items.end());
  double total = 0;
  for (const auto& item : items) total += item.second;
  if (total <= 0) {
    for (auto& item : items) item.second = 1;
    total = static_cast<double>(items.size());
  }
  double cumulative = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    cumulative += items[i].second;
    if (std::abs(cumulative - total / 2) <= 1e-12 * total && i + 1 < items.size()) {
      return (items[i].first + items[i + 1].first) / 2;
    }
    if (cumulative > total / 2) return items[i].first;
  }
  return items.back().first;
}

inline TruthEstimate naive_discover_truths(const std::vector<Observation>& observations,
                                           std::size_t sources, std::size_t objects,
                                           const TruthDiscoveryOptions& options = {}) {
  // object -> list of (source, log value)
  std::map<std::size_t, std::vector<std::pair<std::size_t, double>>> by_object;
  for (const Observation& o : observations) {
    by_object[o.object].push_back({o.source, std::log1p(std::max(o.value, 0.0))});
  }
  std::map<std::size_t, double> truth, scale;
  std::vector<double> count(sources, 0);
  for (auto& [object, list] : by_object) {
    // Sort by (value, source) so sums run in the estimator's order.
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
      return std::tie(a.second, a.first) < std::tie(b.second, b.first);
    });
    double mean = 0;
    for (const auto& [source, x] : list) mean += x;
    mean /= static_cast<double>(list.size());
    double var = 0;
    for (const auto& [source, x] : list) var += (x - mean) * (x - mean);
    const double sd = std::sqrt(var / static_cast<double>(list.size()));
    scale[object] = sd > 1e-9 ? sd : 1.0;
    std::vector<std::pair<double, double>> items;
    for (const auto& [source, x] : list) {
      items.push_back({x, 1.0});
      count[source] += 1;
    }
    truth[object] = naive_weighted_median(items);
  }

  TruthEstimate estimate;
  std::vector<double> weights(sources, 1.0);
  for (int round = 0; round < options.max_iterations && !observations.empty(); ++round) {
    estimate.iterations = round + 1;
    std::vector<double> loss(sources, 0);
    double loss_sum = 0, count_sum = 0;
    for (const auto& [object, list] : by_object) {
      for (const auto& [source, x] : list) {
        const double r = std::abs(x - truth[object]) / scale[object];
        loss[source] += r;
      }
    }
    for (std::size_t k = 0; k < sources; ++k) {
      loss_sum += loss[k];
      count_sum += count[k];
    }
    const double mean_loss = loss_sum / count_sum;
    if (!(mean_loss > 0)) {
      for (std::size_t k = 0; k < sources; ++k) weights[k] = count[k] > 0 ? 1.0 : 0.0;
      break;
    }
    std::vector<double> smoothed(sources, 0);
    double total = 0;
    for (std::size_t k = 0; k < sources; ++k) {
      smoothed[k] =
          (loss[k] + options.prior_strength * mean_loss) / (count[k] + options.prior_strength);
      if (count[k] > 0) total += smoothed[k];
    }
    for (std::size_t k = 0; k < sources; ++k) {
      weights[k] = count[k] > 0 ? std::log(total / smoothed[k]) : 0.0;
    }
    double moved = 0;
    for (const auto& [object, list] : by_object) {
      std::vector<std::pair<double, double>> items;
      for (const auto& [source, x] : list) items.push_back({x, weights[source]});
      const double next = naive_weighted_median(items);
      moved = std::max(moved, std::abs(next - truth[object]));
      truth[object] = next;
    }
    if (moved <= options.tolerance) break;
  }
  estimate.truths.assign(objects, std::numeric_limits<double>::quiet_NaN());
  for (const auto& [object, x] : truth) estimate.truths[object] = std::expm1(x);
  estimate.source_weights = observations.empty() ? std::vector<double>(sources, 0.0) : weights;
  return estimate;
}

}  // namespace claimgraph::testing
