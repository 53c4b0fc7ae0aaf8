// Stable lower-case names for the enums of the public model, used by every output format.

#include "claimgraph/numbers.hpp"
#include "claimgraph/quantity.hpp"

namespace claimgraph {

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
