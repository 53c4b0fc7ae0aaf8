// Compiled lexicon tables for quantities. Phrase tables are searched longest-first by the
// extractor, so their order here does not matter; keep them grouped by meaning for review.

#include "extract/quantity_lexicon.hpp"

#include <array>

#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

using Q = Qualifier;

constexpr std::array kPrefixes = std::to_array<QualifierPhrase>({
    // [N, ∞)
    {"at least", Q::at_least}, {"no fewer than", Q::at_least}, {"no less than", Q::at_least},
    {"not less than", Q::at_least}, {"not fewer than", Q::at_least}, {"a minimum of", Q::at_least},
    {"at minimum", Q::at_least}, {"at least or equal to", Q::at_least},
    {"equal to or more than", Q::at_least}, {"equal to or greater than", Q::at_least},
    {"greater than or equal to", Q::at_least}, {"more than or equal to", Q::at_least},
    {"higher or equal than", Q::at_least}, {"bigger or equal than", Q::at_least},
    {"greater or equal than", Q::at_least}, {"larger or equal than", Q::at_least},
    {"higher than or equal to", Q::at_least},
    // (N, ∞)
    {"more than", Q::more_than}, {"over", Q::more_than}, {"in excess of", Q::more_than},
    {"upwards of", Q::more_than}, {"upward of", Q::more_than}, {"above", Q::more_than},
    {"exceeding", Q::more_than}, {"exceed", Q::more_than}, {"exceeds", Q::more_than},
    {"surpass", Q::more_than}, {"surpassing", Q::more_than}, {"greater than", Q::more_than},
    {"larger than", Q::more_than}, {"higher than", Q::more_than}, {"bigger than", Q::more_than},
    {"well over", Q::more_than}, {"just over", Q::more_than}, {"well above", Q::more_than},
    {"north of", Q::more_than},
    // [0, N]
    {"up to", Q::at_most}, {"as many as", Q::at_most}, {"at most", Q::at_most},
    {"no more than", Q::at_most}, {"not more than", Q::at_most}, {"a maximum of", Q::at_most},
    {"at maximum", Q::at_most}, {"as much as", Q::at_most},
    {"less than or equal to", Q::at_most}, {"fewer than or equal to", Q::at_most},
    {"equal to or less than", Q::at_most}, {"equal to or fewer than", Q::at_most},
    {"less or equal than", Q::at_most}, {"lower or equal than", Q::at_most},
    {"smaller or equal than", Q::at_most},
    // [0, N)
    {"fewer than", Q::less_than}, {"less than", Q::less_than}, {"under", Q::less_than},
    {"below", Q::less_than}, {"just under", Q::less_than}, {"lower than", Q::less_than},
    {"smaller than", Q::less_than}, {"short of", Q::less_than},
    // [N(1-t), N)
    {"nearly", Q::nearly}, {"almost", Q::nearly}, {"close to", Q::nearly},
    {"just short of", Q::nearly}, {"approaching", Q::nearly}, {"just under", Q::less_than},
    // [N(1-t), N(1+t)]
    {"about", Q::approximately}, {"around", Q::approximately}, {"some", Q::approximately},
    {"roughly", Q::approximately}, {"approximately", Q::approximately},
    {"an estimated", Q::approximately}, {"estimated", Q::approximately},
    {"circa", Q::approximately}, {"approx", Q::approximately}, {"round about", Q::approximately},
    {"in the region of", Q::approximately}, {"on the order of", Q::approximately},
    // [N, N]
    {"exactly", Q::equal}, {"precisely", Q::equal}, {"equal to", Q::equal},
    {"equals", Q::equal}, {"equals to", Q::equal}, {"equaling to", Q::equal},
    {"equalling", Q::equal}, {"a total of", Q::equal},
});

constexpr std::array kSuffixes = std::to_array<QualifierPhrase>({
    {"or more", Q::at_least}, {"and more", Q::at_least}, {"or greater", Q::at_least},
    {"or greater than", Q::at_least}, {"or above", Q::at_least}, {"or over", Q::at_least},
    {"and above", Q::at_least}, {"and over", Q::at_least}, {"and up", Q::at_least},
    {"or more than", Q::at_least}, {"or higher", Q::at_least}, {"plus", Q::at_least},
    {"or less", Q::at_most}, {"or fewer", Q::at_most}, {"or below", Q::at_most},
    {"or under", Q::at_most}, {"and less", Q::at_most}, {"and fewer", Q::at_most},
    {"and below", Q::at_most}, {"or lower", Q::at_most},
    {"or so", Q::approximately}, {"odd", Q::approximately},
});

constexpr std::array kCurrencySymbols = std::to_array<Currency>({
    {"US$", "USD"}, {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₹", "INR"},
    {"₽", "RUB"}, {"֏", "AMD"}, {"₼", "AZN"}, {"₺", "TRY"}, {"USD", "USD"}, {"EUR", "EUR"},
    {"GBP", "GBP"}, {"Rs", "INR"}, {"Rs.", "INR"}, {"C$", "CAD"}, {"A$", "AUD"},
    {"HK$", "HKD"},
});

constexpr std::array kCurrencyWords = std::to_array<Currency>({
    {"dollars", "USD"}, {"dollar", "USD"}, {"euros", "EUR"}, {"euro", "EUR"},
    {"pounds", "GBP"}, {"pound", "GBP"}, {"rubles", "RUB"}, {"roubles", "RUB"},
    {"ruble", "RUB"}, {"rouble", "RUB"}, {"drams", "AMD"}, {"dram", "AMD"},
    {"manats", "AZN"}, {"manat", "AZN"}, {"yuan", "CNY"}, {"renminbi", "CNY"},
    {"rupees", "INR"}, {"rupee", "INR"}, {"yen", "JPY"}, {"lira", "TRY"}, {"liras", "TRY"},
    {"hryvnias", "UAH"}, {"hryvnia", "UAH"}, {"francs", "CHF"}, {"cents", "USD"},
    {"usd", "USD"}, {"eur", "EUR"},
});

constexpr std::array kUnits = std::to_array<MeasureUnit>({
    {"km2", "km2"}, {"km²", "km2"}, {"sq km", "km2"}, {"square kilometres", "km2"},
    {"square kilometers", "km2"}, {"square miles", "mi2"}, {"sq mi", "mi2"},
    {"square metres", "m2"}, {"square meters", "m2"}, {"m2", "m2"},
    {"km", "km"}, {"kilometres", "km"}, {"kilometers", "km"}, {"kilometre", "km"},
    {"kilometer", "km"}, {"miles", "mi"}, {"mile", "mi"}, {"metres", "m"}, {"meters", "m"},
    {"metre", "m"}, {"meter", "m"}, {"m", "m"}, {"cm", "cm"}, {"centimetres", "cm"},
    {"mm", "mm"}, {"millimetres", "mm"}, {"ft", "ft"}, {"feet", "ft"}, {"foot", "ft"},
    {"inches", "in"}, {"inch", "in"}, {"yards", "yd"},
    {"kg", "kg"}, {"kilograms", "kg"}, {"kilogrammes", "kg"}, {"kilos", "kg"},
    {"g", "g"}, {"grams", "g"}, {"grammes", "g"}, {"mg", "mg"}, {"lb", "lb"}, {"lbs", "lb"},
    {"pounds of", "lb"}, {"tonnes", "t"}, {"tons", "t"}, {"tonne", "t"}, {"ton", "t"},
    {"litres", "l"}, {"liters", "l"}, {"ml", "ml"}, {"gallons", "gal"}, {"barrels", "bbl"},
    {"hectares", "ha"}, {"ha", "ha"}, {"acres", "acre"},
    {"degrees", "deg"}, {"°C", "degC"}, {"°F", "degF"}, {"°", "deg"},
    {"mph", "mph"}, {"km/h", "km/h"}, {"kph", "km/h"}, {"knots", "kn"},
    {"MW", "MW"}, {"GW", "GW"}, {"kW", "kW"}, {"kWh", "kWh"}, {"megawatts", "MW"},
    {"calibre", "mm"}, {"mm calibre", "mm"},
});

struct Month {
  std::string_view word;
  unsigned number;
  bool must_capitalise;
};
constexpr std::array kMonths = std::to_array<Month>({
    {"january", 1, false}, {"jan", 1, false}, {"february", 2, false}, {"feb", 2, false},
    {"march", 3, true}, {"mar", 3, true}, {"april", 4, false}, {"apr", 4, false},
    {"may", 5, true}, {"june", 6, false}, {"jun", 6, false}, {"july", 7, false},
    {"jul", 7, false}, {"august", 8, false}, {"aug", 8, false}, {"september", 9, false},
    {"sept", 9, false}, {"sep", 9, false}, {"october", 10, false}, {"oct", 10, false},
    {"november", 11, false}, {"nov", 11, false}, {"december", 12, false}, {"dec", 12, false},
});

constexpr std::array kTimeUnits = std::to_array<std::string_view>({
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hrs", "day",
    "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years",
    "decade", "decades", "century", "centuries", "night", "nights",
});

constexpr std::array kIdentifierNouns = std::to_array<std::string_view>({
    "Resolution", "Article", "Chapter", "Section", "Route", "Highway", "Interstate", "Flight",
    "Room", "Apartment", "Unit", "Building", "Block", "Gate", "Terminal", "Platform", "Line",
    "Bus", "Train", "Number", "No", "Nos", "Paragraph", "Item", "Clause", "Protocol", "Decree",
    "Order", "Bill", "Amendment", "Regulation", "Directive", "Case", "Docket", "Precinct",
    "District", "Ward", "Station", "Pier", "Hangar", "Brigade", "Battalion", "Division",
    "Regiment", "Corps", "Squadron", "Fleet", "Army", "Company", "Team", "Group", "Zone",
    "Sector", "Checkpoint", "Post", "Hill", "Height", "Heights", "Road", "Street", "Avenue",
    "Exit", "Junction", "Kilometre", "Mile", "Camp", "Phase", "Stage", "Level", "Grade",
    "Category", "Class", "Model", "Version", "Volume", "Vol", "Issue", "Page", "Verse", "Psalm",
    "Mark", "Type", "Channel", "Pillar", "Marker", "Apollo", "Windows", "iPhone", "Galaxy",
});

constexpr std::array kYearPrepositions = std::to_array<std::string_view>({
    "in", "since", "of", "by", "until", "till", "from", "during", "before", "after", "early",
    "late", "mid", "the", "circa", "spring", "summer", "autumn", "fall", "winter", "year",
    "between", "through", "to", "and", "around", "throughout", "fiscal", "season", "class",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
});

// Intervals for vague amounts: the smallest amount the phrase would be used for (two of the
// unit, or two dozen) up to, but excluding, the next order of magnitude.
constexpr std::array kVague = std::to_array<VagueAmount>({
    {"dozens", 24, 100},
    {"scores", 40, 200},
    {"hundreds", 200, 1000},
    {"thousands", 2000, 10000},
    {"tens of thousands", 20000, 100000},
    {"hundreds of thousands", 200000, 1000000},
    {"millions", 2000000, 10000000},
    {"tens of millions", 20000000, 100000000},
    {"hundreds of millions", 200000000, 1000000000},
    {"billions", 2000000000, 10000000000},
});

template <typename Array>
bool contains_ci(const Array& a, std::string_view w) {
  for (const auto& x : a) {
    if (iequals(w, x)) return true;
  }
  return false;
}

}  // namespace

std::span<const QualifierPhrase> qualifier_prefixes() noexcept { return kPrefixes; }
std::span<const QualifierPhrase> qualifier_suffixes() noexcept { return kSuffixes; }
std::span<const Currency> currency_symbols() noexcept { return kCurrencySymbols; }
std::span<const Currency> currency_words() noexcept { return kCurrencyWords; }
std::span<const MeasureUnit> measure_units() noexcept { return kUnits; }
std::span<const VagueAmount> vague_amounts() noexcept { return kVague; }

unsigned month_number(std::string_view word) noexcept {
  if (word.empty()) return 0;
  for (const Month& m : kMonths) {
    if (iequals(word, m.word)) {
      if (m.must_capitalise && !is_upper(word[0])) return 0;
      return m.number;
    }
  }
  return 0;
}

bool is_time_unit(std::string_view word) noexcept { return contains_ci(kTimeUnits, word); }

bool is_identifier_noun(std::string_view word) noexcept {
  for (const auto n : kIdentifierNouns) {
    if (word == n) return true;
  }
  return false;
}

bool is_year_preposition(std::string_view word) noexcept {
  return contains_ci(kYearPrepositions, word);
}

}  // namespace claimgraph::detail
