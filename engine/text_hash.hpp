#pragma once
// A hash of a short text for the tables looked up once a word or a claim: most of their keys
// (kinds, sides, outlets, first words of place names) have at most 16 bytes, and reading those
// as two 8-byte (or 4-byte) loads mixed by multiplications costs less than std::hash's loop.
// Only for in-process tables: its values are not stable across versions.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string_view>

namespace claimgraph::detail {

[[nodiscard]] inline std::size_t text_hash(std::string_view s) noexcept {
  const std::size_t n = s.size();
  if (n > 16) return std::hash<std::string_view>{}(s);
  std::uint64_t a = 0;
  std::uint64_t b = 0;
  if (n >= 8) {
    std::memcpy(&a, s.data(), 8);
    std::memcpy(&b, s.data() + n - 8, 8);
  } else if (n >= 4) {
    std::uint32_t x = 0;
    std::uint32_t y = 0;
    std::memcpy(&x, s.data(), 4);
    std::memcpy(&y, s.data() + n - 4, 4);
    a = x;
    b = y;
  } else if (n > 0) {
    a = std::uint64_t{static_cast<unsigned char>(s[0])} |
        std::uint64_t{static_cast<unsigned char>(s[n / 2])} << 8 |
        std::uint64_t{static_cast<unsigned char>(s[n - 1])} << 16;
  }
  std::uint64_t h = (a * 0x9E3779B97F4A7C15u) ^ (b * 0xC2B2AE3D27D4EB4Fu) ^ n;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9u;
  return static_cast<std::size_t>(h ^ (h >> 32));
}

}  // namespace claimgraph::detail
