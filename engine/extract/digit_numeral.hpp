#pragma once
// Reading a run of digits with separators ("6,500", "1 234 567", "12,34,567.89", "1.111,11",
// "192.168.1.2") into one number or a list of separate numbers.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::detail {

/// The first number of a digit run.
struct Numeral {
  std::size_t begin = 0;
  std::size_t end = 0;      ///< end of this number (not of the whole run when `split`)
  double value = 0.0;       ///< +inf when beyond double range
  bool integer = true;      ///< no decimal part
  bool grouped = false;     ///< thousands separators were used
  bool split = false;       ///< the run is a list ("22,24,26", "192.168.1.2"): each group alone
  std::size_t run_end = 0;  ///< end of the whole run
};

/// A group of digits after a separator, inside a run.
struct NumeralGroup {
  enum class Sep : unsigned char { comma, dot, space } sep = Sep::comma;  ///< separator before it
  std::size_t begin = 0;                                                  ///< first digit
  std::size_t end = 0;
};

/// Reusable buffers for read_numeral, so reading a number does not allocate once warm.
struct NumeralScratch {
  std::string digits;                ///< the digits without separators
  std::vector<NumeralGroup> groups;  ///< the groups after the first
};

/// Reads the digit run starting at `pos` (a digit, or '.' followed by a digit).
[[nodiscard]] Numeral read_numeral(std::string_view s, std::size_t pos, NumeralScratch& scratch);

/// Parses ASCII digits with an optional '.' into a double (+inf on overflow).
[[nodiscard]] double parse_decimal(std::string_view digits) noexcept;

}  // namespace claimgraph::detail
