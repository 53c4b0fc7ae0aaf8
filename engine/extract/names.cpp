// Stable names and texts for the values of the public model (enums, figures, intervals), used by
// every output format.

#include <cmath>
#include <cstdio>

#include "claimgraph/numbers.hpp"
#include "claimgraph/quantity.hpp"

namespace claimgraph {

std::string number_text(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

std::string to_string(const Interval& iv) {
  std::string s = iv.lo.open ? "(" : "[";
  s += iv.lo.unbounded() ? "" : number_text(iv.lo.value);
  s += ", ";
  s += iv.hi.unbounded() ? "" : number_text(iv.hi.value);
  s += iv.hi.open ? ")" : "]";
  return s;
}

std::string_view to_string(NumberForm f) noexcept {
  switch (f) {
    case NumberForm::integer:
      return "integer";
    case NumberForm::decimal:
      return "decimal";
    case NumberForm::fraction:
      return "fraction";
    case NumberForm::power:
      return "power";
  }
  return "integer";
}

std::string_view to_string(Qualifier q) noexcept {
  switch (q) {
    case Qualifier::exact:
      return "exact";
    case Qualifier::equal:
      return "equal";
    case Qualifier::at_least:
      return "at_least";
    case Qualifier::more_than:
      return "more_than";
    case Qualifier::at_most:
      return "at_most";
    case Qualifier::less_than:
      return "less_than";
    case Qualifier::nearly:
      return "nearly";
    case Qualifier::approximately:
      return "approximately";
    case Qualifier::range:
      return "range";
    case Qualifier::vague:
      return "vague";
  }
  return "exact";
}

std::string_view to_string(Unit u) noexcept {
  switch (u) {
    case Unit::count:
      return "count";
    case Unit::percent:
      return "percent";
    case Unit::currency:
      return "currency";
    case Unit::measure:
      return "measure";
    case Unit::none:
      return "none";
  }
  return "count";
}

std::string_view to_string(QuantityKind k) noexcept {
  switch (k) {
    case QuantityKind::count:
      return "count";
    case QuantityKind::year:
      return "year";
    case QuantityKind::date:
      return "date";
    case QuantityKind::time:
      return "time";
    case QuantityKind::duration:
      return "duration";
    case QuantityKind::age:
      return "age";
    case QuantityKind::ordinal:
      return "ordinal";
    case QuantityKind::ratio:
      return "ratio";
    case QuantityKind::percent:
      return "percent";
    case QuantityKind::money:
      return "money";
    case QuantityKind::measure:
      return "measure";
    case QuantityKind::phone:
      return "phone";
    case QuantityKind::identifier:
      return "identifier";
  }
  return "count";
}

}  // namespace claimgraph
