#pragma once
/// Quantity: one numeric mention in a text, normalized to an interval with a unit and a kind.

#include <limits>
#include <string>
#include <string_view>

#include "claimgraph/span.hpp"

namespace claimgraph {

/// One end of an interval. An unbounded end has value ±infinity and `open` true.
struct Bound {
  double value = 0.0;
  bool open = false;  ///< true: the end itself is excluded ("more than 50" excludes 50)

  [[nodiscard]] bool unbounded() const noexcept {
    return value == std::numeric_limits<double>::infinity() ||
           value == -std::numeric_limits<double>::infinity();
  }
  friend bool operator==(const Bound&, const Bound&) = default;
};

/// The set of values a mention allows: [lo, hi] with each end open or closed.
struct Interval {
  Bound lo;
  Bound hi;

  /// The closed point interval [v, v].
  [[nodiscard]] static Interval point(double v) noexcept { return {{v, false}, {v, false}}; }
  friend bool operator==(const Interval&, const Interval&) = default;
};

/// How the text qualifies the figure; docs/quantities.md maps each to an interval.
enum class Qualifier {
  exact,          ///< "105": the bare figure                           → [N, N]
  equal,          ///< "exactly 105", "equal to 105", "equals 105"        → [N, N]
  at_least,       ///< "at least 105", "no fewer than", "105 or more"  → [N, ∞)
  more_than,      ///< "more than", "over", "in excess of"              → (N, ∞)
  at_most,        ///< "up to", "as many as", "at most", "or less"      → [0, N]
  less_than,      ///< "fewer than", "under", "less than"               → [0, N)
  nearly,         ///< "nearly", "almost", "close to"                   → [N·(1−t), N)
  approximately,  ///< "about", "around", "some", "roughly", "an estimated" → [N·(1−t), N·(1+t)]
  range,          ///< "40 to 50", "40-50", "between 40 and 50"         → [40, 50]
  vague,          ///< "dozens", "hundreds of thousands"                → documented interval
};

/// What the figure is measured in.
enum class Unit {
  count,     ///< a number of things (people, soldiers, vehicles)
  percent,   ///< "5%", "five per cent"
  currency,  ///< money; `unit_name` holds the ISO code when known ("USD", "EUR")
  measure,   ///< a physical measure; `unit_name` holds it ("km2", "km", "kg")
  none,      ///< no unit: a year, a date, a clock time, an ordinal, an identifier
};

/// What kind of mention it is. Only `count` mentions can become casualty claims.
enum class QuantityKind {
  count,       ///< a number of things
  year,        ///< "2020", "the 1990s", "1991-1994"
  date,        ///< "Sept. 13", "13 September", "2022-09-13"
  time,        ///< "00:05", "9am", "10:05 p.m."
  duration,    ///< "six weeks", "two years", "48 hours"
  age,         ///< "a 15-year-old", "aged 15"
  ordinal,     ///< "first", "2nd", "the tenth"
  ratio,       ///< "half", "two-thirds", "one in five", "3/4"
  percent,     ///< "5%", "5 percent"
  money,       ///< "$1.1 million"
  measure,     ///< "140 km2"
  phone,       ///< "+1-222-2222"
  identifier,  ///< "Su-25", "PP 14", "Resolution 2334"
};

/// One numeric mention with its normalized meaning.
struct Quantity {
  Span span;           ///< bytes of the whole mention, qualifier and unit included
  Span number_span;    ///< bytes of the figure itself ("105" in "at least 105 soldiers")
  std::string text;    ///< the mention as written (`span` of the input)
  double value = 0.0;  ///< the figure as written: 105 for "at least 105"
  double best = 0.0;   ///< best single estimate: the figure, or the middle of a range
  Interval interval;   ///< values the mention allows
  Qualifier qualifier = Qualifier::exact;
  Unit unit = Unit::count;
  std::string unit_name;  ///< "USD", "km2", "" for counts
  QuantityKind kind = QuantityKind::count;
  bool written_in_words = false;  ///< "fifty" rather than "50"

  friend bool operator==(const Quantity&, const Quantity&) = default;
};

/// A figure as reports print it: up to 15 significant digits ("105", "2.5"), "inf" for infinity.
[[nodiscard]] std::string number_text(double v);

/// An interval as reports print it: "[105, )", "(6500, )", "[1800, 2200]".
[[nodiscard]] std::string to_string(const Interval& iv);

/// Stable lower-case names, as used in JSON output and docs ("at_least", "count", ...).
[[nodiscard]] std::string_view to_string(Qualifier q) noexcept;
[[nodiscard]] std::string_view to_string(Unit u) noexcept;
[[nodiscard]] std::string_view to_string(QuantityKind k) noexcept;

}  // namespace claimgraph
