#pragma once
/// Stage "extract", part 1: find every number written in a text (digits, words, fractions,
/// powers, multipliers) with its byte span and value. No context beyond the number itself:
/// qualifiers, units and kinds are added by extract_quantities (quantities.hpp).

#include <string_view>
#include <vector>

#include "claimgraph/span.hpp"

namespace claimgraph {

/// How a number is written, for its value's type.
enum class NumberForm {
  integer,   ///< "105", "fifty", "2 million"
  decimal,   ///< "2.5", "two point five"
  fraction,  ///< "3/4", "two thirds", "one and a half", "one in five"
  power,     ///< "1e10", "1.1^23", "1.3x10^6"
};

/// One number found in a text.
struct NumberMention {
  Span span;           ///< the number as written, sign and multiplier included
  double value = 0.0;  ///< its value; ±inf for numbers beyond double range
  NumberForm form = NumberForm::integer;
  bool ordinal = false;    ///< "first", "2nd", "tenth": `value` is the rank
  bool words = false;      ///< written (partly) in words
  bool grouped = false;    ///< digits with thousands separators ("6,500", "40 000")
  Span suffix;             ///< letters glued after the digits ("ml" in "180ml"); empty if none
  double numerator = 0.0;  ///< for fractions: the parts as written ("one in five": 1 and 5)
  double denominator = 0.0;
};

/// Finds the numbers in `text`, in order, non-overlapping. Linear time in text.size().
/// Invalid UTF-8 is tolerated (treated as non-number bytes).
[[nodiscard]] std::vector<NumberMention> find_numbers(std::string_view text);

/// Lower-case name of a form: "integer", "decimal", "fraction", "power".
[[nodiscard]] std::string_view to_string(NumberForm f) noexcept;

}  // namespace claimgraph
