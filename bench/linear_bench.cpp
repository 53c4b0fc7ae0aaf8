// claimgraph_bench_linear: time on pathological text grows linearly with its size.
//
// For each adversarial shape — one endless run of digits, digits with separators, an endless
// "and"-chain of number words, qualifiers with no figure, text with no sentence end, a chain of
// coordinated figures, dense dates and time words, region nouns in one run of bytes — builds
// inputs of 1, 2, 4 and 8 MB and times the number reader, the sentence splitter, the claim
// extractor, the region finder (find_regions) and the comparison of the article's claims
// (resolve_events, normalize_claimants, comparison_keys, reconcile) on each. Doubling the
// input should double the time (ratio ≈ 2), not square it (ratio ≈ 4). Prints one table per
// shape.
//
//   claimgraph_bench_linear [--max-mb 8] [--shape "side lists"]

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/claims.hpp"
#include "claimgraph/events.hpp"
#include "claimgraph/keys.hpp"
#include "claimgraph/numbers.hpp"
#include "claimgraph/quantities.hpp"
#include "claimgraph/reconcile.hpp"
#include "claimgraph/segment.hpp"

namespace {

struct Shape {
  const char* name;
  std::string unit;  // repeated to the wanted size
};

std::string build(const Shape& s, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + s.unit.size());
  while (out.size() < bytes) out += s.unit;
  return out;
}

double seconds(const std::function<void()>& f) {
  const auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t max_mb = 8;
  std::string_view only;  // one shape by name; all when empty
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string_view(argv[i]) == "--max-mb") max_mb = std::strtoul(argv[i + 1], nullptr, 10);
    if (std::string_view(argv[i]) == "--shape") only = argv[i + 1];
  }
  const std::vector<Shape> shapes = {
      {"digit run", "9"},
      {"separated digits", "1,000,"},
      {"number-word chain", "one hundred and "},
      {"qualifiers, no figure", "at least more than nearly about "},
      {"no sentence end", "soldiers were killed and "},
      {"figures, no sentence end", "10 soldiers were killed, "},
      {"coordinated figures", "5 killed and 3 wounded and "},
      {"dates and weekdays", "On Tuesday, 12 March 2022, 5 were killed last week in August. "},
      {"attributed claims", "Armenia said 5 of its soldiers were killed. "},
      {"quoted claims", "\"Five soldiers were killed,\" the ministry said. "},
      {"side lists", "- Armenia: 5 killed\n"},
      {"paragraphs", "Police said 3 people died.\n\n"},
      {"provinces", "Fighting in Ellovmar province killed 4 people. "},
      {"recalled events", "In 2020, 6,500 died in the war, officials said last month. "},
      {"nouns in one run", "Ellovmar-province,oblast,"},
      {"earlier reports", "In initial reports, police originally said 5 were shot, "},
      {"they say, others", "police say a man they say was shot and 2 other people and "},
      {"ages", "a 17-year-old and two 16-year-olds were shot and "},
  };
  std::printf("%-22s %6s %10s %10s %10s %10s %10s  (seconds; ratio to the half size)\n", "shape",
              "MB", "numbers", "sentences", "claims", "regions", "compare");
  for (const Shape& s : shapes) {
    if (!only.empty() && only != s.name) continue;
    double prev[5] = {0, 0, 0, 0, 0};
    for (std::size_t mb = 1; mb <= max_mb; mb *= 2) {
      const std::string text = build(s, mb << 20);
      claimgraph::Article a;
      a.id = "bench";
      a.text = text;
      // Dated, so relative times ("last week", "on Tuesday") are read too.
      a.published = std::chrono::year{2022} / std::chrono::September / 14;
      std::vector<claimgraph::Claim> claims;
      const double t[5] = {
          seconds([&] { (void)claimgraph::extract_quantities(text); }),
          seconds([&] { (void)claimgraph::split_sentences(text); }),
          seconds([&] { claims = claimgraph::extract_claims(a); }),
          seconds([&] { (void)claimgraph::find_regions({a}); }),
          seconds([&] {
            const auto events = claimgraph::resolve_events({a}, claims);
            claimgraph::normalize_claimants(claims);
            const auto keys = claimgraph::comparison_keys(claims, events);
            (void)claimgraph::reconcile(claims, events, keys);
          }),
      };
      std::printf("%-22s %6zu", s.name, mb);
      for (int k = 0; k < 5; ++k) {
        if (prev[k] > 0) {
          std::printf(" %5.2f (%3.1f)", t[k], t[k] / prev[k]);
        } else {
          std::printf(" %5.2f      ", t[k]);
        }
        prev[k] = t[k];
      }
      std::printf("\n");
      std::fflush(stdout);
    }
  }
  return 0;
}
