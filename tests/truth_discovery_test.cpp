#include "claimgraph/truth_discovery.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "naive_truth_discovery.hpp"

namespace cg = claimgraph;

namespace {

// A generated corpus: known truths, honest sources with small noise and biased sources that
// inflate or deflate every figure, each source reporting a random subset of the objects.
struct Generated {
  std::vector<double> truths;
  std::vector<cg::Observation> observations;
  std::size_t sources = 0;
};

// Uniform in [0, 1) from mt19937's raw output (specified by the standard, unlike distributions).
double uniform(std::mt19937& rng) { return static_cast<double>(rng()) / 4294967296.0; }

Generated generate(std::uint32_t seed, const std::vector<double>& bias,
                   const std::vector<double>& noise, std::size_t objects, double coverage) {
  std::mt19937 rng(seed);
  Generated g;
  g.sources = bias.size();
  for (std::size_t j = 0; j < objects; ++j) {
    g.truths.push_back(std::round(std::exp(std::log(10.0) + uniform(rng) * std::log(500.0))));
    for (std::size_t k = 0; k < g.sources; ++k) {
      if (uniform(rng) >= coverage) continue;
      const double jitter = std::exp((uniform(rng) * 2 - 1) * noise[k]);
      g.observations.push_back({k, j, std::round(g.truths[j] * bias[k] * jitter)});
    }
  }
  return g;
}

double mean_log_error(const std::vector<double>& estimate, const std::vector<double>& truths) {
  double sum = 0;
  std::size_t n = 0;
  for (std::size_t j = 0; j < truths.size(); ++j) {
    if (std::isnan(estimate[j])) continue;
    sum += std::abs(std::log1p(estimate[j]) - std::log1p(truths[j]));
    ++n;
  }
  return sum / static_cast<double>(n);
}

std::vector<double> plain_medians(const Generated& g) {
  cg::TruthDiscoveryOptions one_round;
  one_round.max_iterations = 0;
  return cg::discover_truths(g.observations, g.sources, g.truths.size(), one_round).truths;
}

}  // namespace

TEST_SUITE("truth_discovery") {
  TEST_CASE(
      "recovers the truth better than the plain median when biased sources outnumber "
      "honest ones") {
    // Three careful sources; five noisy ones that inflate or deflate every figure, so that
    // many objects are reported mostly by biased sources.
    const std::vector<double> bias = {1.0, 1.0, 1.0, 1.8, 0.5, 2.5, 0.6, 1.6};
    const std::vector<double> noise = {0.03, 0.05, 0.04, 0.3, 0.3, 0.3, 0.3, 0.3};
    for (std::uint32_t seed : {1u, 2u, 3u, 4u, 5u}) {
      CAPTURE(seed);
      const Generated g = generate(seed, bias, noise, 80, 0.7);
      const cg::TruthEstimate estimate =
          cg::discover_truths(g.observations, g.sources, g.truths.size());
      const double median_error = mean_log_error(plain_medians(g), g.truths);
      const double estimate_error = mean_log_error(estimate.truths, g.truths);
      CAPTURE(median_error);
      CAPTURE(estimate_error);
      CHECK(estimate_error < 0.5 * median_error);
      // The careful sources end up with the highest weights.
      const double worst_honest =
          *std::min_element(estimate.source_weights.begin(), estimate.source_weights.begin() + 3);
      const double best_biased =
          *std::max_element(estimate.source_weights.begin() + 3, estimate.source_weights.end());
      CHECK(worst_honest > best_biased);
    }
  }

  TEST_CASE("agrees with the naive reference implementation") {
    const std::vector<double> bias = {1.0, 1.2, 0.7, 3.0, 1.0, 0.9};
    const std::vector<double> noise = {0.1, 0.2, 0.05, 0.5, 0.0, 0.3};
    for (std::uint32_t seed : {7u, 8u, 9u, 10u}) {
      CAPTURE(seed);
      const Generated g = generate(seed, bias, noise, 40, 0.5);
      const cg::TruthEstimate fast = cg::discover_truths(g.observations, g.sources, 40);
      const cg::TruthEstimate naive =
          cg::testing::naive_discover_truths(g.observations, g.sources, 40);
      CHECK(fast.iterations == naive.iterations);
      REQUIRE(fast.truths.size() == naive.truths.size());
      for (std::size_t j = 0; j < fast.truths.size(); ++j) {
        if (std::isnan(naive.truths[j])) {
          CHECK(std::isnan(fast.truths[j]));
        } else {
          CHECK(fast.truths[j] == doctest::Approx(naive.truths[j]).epsilon(1e-9));
        }
      }
      for (std::size_t k = 0; k < g.sources; ++k) {
        CHECK(fast.source_weights[k] == doctest::Approx(naive.source_weights[k]).epsilon(1e-9));
      }
    }
  }

  TEST_CASE("does not depend on the order of the observations") {
    const Generated g = generate(11, {1.0, 2.0, 0.5, 1.0}, {0.1, 0.2, 0.2, 0.05}, 30, 0.8);
    std::vector<cg::Observation> reversed(g.observations.rbegin(), g.observations.rend());
    const cg::TruthEstimate a = cg::discover_truths(g.observations, g.sources, 30);
    const cg::TruthEstimate b = cg::discover_truths(reversed, g.sources, 30);
    CHECK(a.truths == b.truths);  // bit-identical, not approximately
    CHECK(a.source_weights == b.source_weights);
  }

  TEST_CASE("small cases: one figure, agreement, an even split, an unreported object") {
    SUBCASE("a single figure is its own truth") {
      const auto e = cg::discover_truths({{0, 0, 105}}, 1, 1);
      CHECK(e.truths[0] == doctest::Approx(105));
    }
    SUBCASE("sources that agree keep their figure and equal weights") {
      const auto e = cg::discover_truths({{0, 0, 50}, {1, 0, 50}, {2, 0, 50}}, 3, 1);
      CHECK(e.truths[0] == doctest::Approx(50));
      CHECK(e.source_weights == std::vector<double>{1, 1, 1});
    }
    SUBCASE("two sources, two figures: halfway in log space") {
      const auto e = cg::discover_truths({{0, 0, 49}, {1, 0, 99}}, 2, 1);
      CHECK(e.truths[0] == doctest::Approx(std::expm1((std::log(50.0) + std::log(100.0)) / 2)));
    }
    SUBCASE("an object nobody reports has no truth; a silent source has weight 0") {
      const auto e = cg::discover_truths({{0, 0, 10}, {1, 0, 12}, {0, 1, 7}, {1, 1, 7}}, 3, 3);
      CHECK(std::isnan(e.truths[2]));
      CHECK(e.source_weights[2] == 0);
    }
    SUBCASE("nothing in, nothing out") {
      const auto e = cg::discover_truths({}, 2, 2);
      CHECK(std::isnan(e.truths[0]));
      CHECK(e.source_weights == std::vector<double>{0, 0});
      CHECK(e.iterations == 0);
    }
    SUBCASE("a negative figure counts as zero") {
      const auto e = cg::discover_truths({{0, 0, -5}}, 1, 1);
      CHECK(e.truths[0] == doctest::Approx(0));
    }
  }
}
