#pragma once
// Earlier reports: a figure its article gives as an earlier report, since superseded ("Police
// had originally said that seven people were shot, but amended that number to four"; "In
// initial reports, police announced ..., but ..."). Claim::earlier; rules in docs/claims.md,
// "Earlier reports". The reconciler compares such a figure with no other.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "attribute/speakers.hpp"
#include "attribute/tokens.hpp"

namespace claimgraph::detail {

/// One sentence's reading, made once for all its figures: where an opening sets what follows
/// as an earlier report, and — counted the first time a figure is marked at all — the turns
/// ("but", "later", "then" ...) as prefix counts, so each figure costs constant time.
class EarlierReports {
 public:
  EarlierReports(std::string_view text, std::span<const Token> tokens);

  /// Figure token `f`, claimed through `frame` (null if none), is an earlier report.
  [[nodiscard]] bool of(const Frame* frame, std::size_t f) const;

 private:
  void count_turns() const;
  // A turn strictly between tokens `a` and `b` (either order).
  [[nodiscard]] bool turn_between(std::size_t a, std::size_t b) const;
  // A contrast after token `a`.
  [[nodiscard]] bool contrast_after(std::size_t a) const;

  std::size_t opening_ = 0;      // the opening's end; the token count when there is none
  bool strong_opening_ = false;  // "Initially,", "Originally,", "At first,"
  std::span<const Token> tokens_;
  mutable std::vector<std::uint32_t> turns_;      // turns among tokens [0, k); empty until counted
  mutable std::vector<std::uint32_t> contrasts_;  // contrasts among tokens [0, k)
};

}  // namespace claimgraph::detail
