#pragma once
/// The randomness of the corpus generators: splitmix64 (Steele, Lea, Flood 2014) — tiny, fast and
/// fully specified, unlike the standard distributions, so the same seed gives the same corpus on
/// every platform.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace claimgraph::bench {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() noexcept {
    state_ += 0x9e3779b97f4a7c15ULL;
    std::uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// In [0, n), n > 0. Plain modulo: the bias (below n / 2^64) is irrelevant for a corpus.
  std::uint64_t below(std::uint64_t n) noexcept { return next() % n; }
  /// In [lo, hi], lo <= hi.
  std::uint64_t between(std::uint64_t lo, std::uint64_t hi) noexcept {
    return lo + below(hi - lo + 1);
  }
  /// True with probability p/100.
  bool percent(std::uint64_t p) noexcept { return below(100) < p; }
  /// One item of a non-empty table.
  std::string_view pick(std::span<const std::string_view> items) noexcept {
    return items[static_cast<std::size_t>(below(items.size()))];
  }

 private:
  std::uint64_t state_;
};

}  // namespace claimgraph::bench
