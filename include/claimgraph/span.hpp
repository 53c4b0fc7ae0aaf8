#pragma once
/// Byte spans into an input text.

#include <cstddef>
#include <string_view>

namespace claimgraph {

/// A half-open byte range [begin, end) into one text (an article body, a line of input).
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;

  [[nodiscard]] constexpr std::size_t size() const noexcept { return end - begin; }
  [[nodiscard]] constexpr bool empty() const noexcept { return end <= begin; }
  /// The bytes this span covers in `text`; the caller guarantees the span lies inside it.
  [[nodiscard]] constexpr std::string_view in(std::string_view text) const noexcept {
    return text.substr(begin, end - begin);
  }
  friend constexpr bool operator==(const Span&, const Span&) = default;
};

}  // namespace claimgraph
