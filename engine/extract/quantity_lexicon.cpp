// Compiled lexicon tables for quantities. Phrase tables are searched longest-first by the
// extractor, so their order here does not matter; keep them grouped by meaning for review.

#include "extract/quantity_lexicon.hpp"

#include <array>
#include <cstdint>
#include <string>

#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

using Q = Qualifier;

struct QualifierPhrase {
  std::string_view words;
  Qualifier qualifier;
};

constexpr std::array kPrefixes = std::to_array<QualifierPhrase>({
    // [N, ∞)
    {"at least", Q::at_least},
    {"no fewer than", Q::at_least},
    {"no less than", Q::at_least},
    {"not less than", Q::at_least},
    {"not fewer than", Q::at_least},
    {"a minimum of", Q::at_least},
    {"at minimum", Q::at_least},
    {"at least or equal to", Q::at_least},
    {"equal to or more than", Q::at_least},
    {"equal to or greater than", Q::at_least},
    {"greater than or equal to", Q::at_least},
    {"more than or equal to", Q::at_least},
    {"higher or equal than", Q::at_least},
    {"bigger or equal than", Q::at_least},
    {"greater or equal than", Q::at_least},
    {"larger or equal than", Q::at_least},
    {"higher than or equal to", Q::at_least},
    // (N, ∞)
    {"more than", Q::more_than},
    {"over", Q::more_than},
    {"in excess of", Q::more_than},
    {"upwards of", Q::more_than},
    {"upward of", Q::more_than},
    {"above", Q::more_than},
    {"exceeding", Q::more_than},
    {"exceed", Q::more_than},
    {"exceeds", Q::more_than},
    {"surpass", Q::more_than},
    {"surpassed", Q::more_than},
    {"exceeded", Q::more_than},
    {"topped", Q::more_than},
    {"surpassing", Q::more_than},
    {"greater than", Q::more_than},
    {"larger than", Q::more_than},
    {"higher than", Q::more_than},
    {"bigger than", Q::more_than},
    {"well over", Q::more_than},
    {"just over", Q::more_than},
    {"well above", Q::more_than},
    {"north of", Q::more_than},
    // [0, N]
    {"up to", Q::at_most},
    {"as many as", Q::at_most},
    {"at most", Q::at_most},
    {"no more than", Q::at_most},
    {"not more than", Q::at_most},
    {"a maximum of", Q::at_most},
    {"at maximum", Q::at_most},
    {"as much as", Q::at_most},
    {"less than or equal to", Q::at_most},
    {"fewer than or equal to", Q::at_most},
    {"equal to or less than", Q::at_most},
    {"equal to or fewer than", Q::at_most},
    {"less or equal than", Q::at_most},
    {"lower or equal than", Q::at_most},
    {"smaller or equal than", Q::at_most},
    // [0, N)
    {"fewer than", Q::less_than},
    {"less than", Q::less_than},
    {"under", Q::less_than},
    {"below", Q::less_than},
    {"just under", Q::less_than},
    {"lower than", Q::less_than},
    {"smaller than", Q::less_than},
    {"short of", Q::less_than},
    // [N(1-t), N)
    {"nearly", Q::nearly},
    {"almost", Q::nearly},
    {"close to", Q::nearly},
    {"just short of", Q::nearly},
    {"approaching", Q::nearly},
    {"just under", Q::less_than},
    // [N(1-t), N(1+t)]
    {"about", Q::approximately},
    {"around", Q::approximately},
    {"some", Q::approximately},
    {"roughly", Q::approximately},
    {"approximately", Q::approximately},
    {"an estimated", Q::approximately},
    {"estimated", Q::approximately},
    {"circa", Q::approximately},
    {"approx", Q::approximately},
    {"round about", Q::approximately},
    {"in the region of", Q::approximately},
    {"on the order of", Q::approximately},
    // [N, N]
    {"exactly", Q::equal},
    {"precisely", Q::equal},
    {"equal to", Q::equal},
    {"equals", Q::equal},
    {"equals to", Q::equal},
    {"equaling to", Q::equal},
    {"equalling", Q::equal},
    {"a total of", Q::equal},
});

constexpr std::array kSuffixes = std::to_array<QualifierPhrase>({
    {"or more", Q::at_least},         {"and more", Q::at_least},  {"or greater", Q::at_least},
    {"or greater than", Q::at_least}, {"or above", Q::at_least},  {"or over", Q::at_least},
    {"and above", Q::at_least},       {"and over", Q::at_least},  {"and up", Q::at_least},
    {"or more than", Q::at_least},    {"or higher", Q::at_least}, {"plus", Q::at_least},
    {"or less", Q::at_most},          {"or fewer", Q::at_most},   {"or below", Q::at_most},
    {"or under", Q::at_most},         {"and less", Q::at_most},   {"and fewer", Q::at_most},
    {"and below", Q::at_most},        {"or lower", Q::at_most},   {"or so", Q::approximately},
    {"odd", Q::approximately},
});

constexpr std::array kCurrencySymbols = std::to_array<Currency>({
    {"US$", "USD"},
    {"$", "USD"},
    {"€", "EUR"},
    {"£", "GBP"},
    {"¥", "JPY"},
    {"₹", "INR"},
    {"₽", "RUB"},
    {"֏", "AMD"},
    {"₼", "AZN"},
    {"₺", "TRY"},
    {"USD", "USD"},
    {"EUR", "EUR"},
    {"GBP", "GBP"},
    {"Rs", "INR"},
    {"Rs.", "INR"},
    {"C$", "CAD"},
    {"A$", "AUD"},
    {"HK$", "HKD"},
});

constexpr std::array kCurrencyWords = std::to_array<Currency>({
    {"dollars", "USD"}, {"dollar", "USD"},   {"euros", "EUR"},   {"euro", "EUR"},
    {"pounds", "GBP"},  {"pound", "GBP"},    {"rubles", "RUB"},  {"roubles", "RUB"},
    {"ruble", "RUB"},   {"rouble", "RUB"},   {"drams", "AMD"},   {"dram", "AMD"},
    {"manats", "AZN"},  {"manat", "AZN"},    {"yuan", "CNY"},    {"renminbi", "CNY"},
    {"rupees", "INR"},  {"rupee", "INR"},    {"yen", "JPY"},     {"lira", "TRY"},
    {"liras", "TRY"},   {"hryvnias", "UAH"}, {"hryvnia", "UAH"}, {"francs", "CHF"},
    {"cents", "USD"},   {"usd", "USD"},      {"eur", "EUR"},
});

struct MeasureUnit {
  std::string_view text;  // as written; matched exactly, or case-insensitively when 4+ letters
  std::string_view name;
};

constexpr std::array kUnits = std::to_array<MeasureUnit>({
    {"km2", "km2"},
    {"km\u00b2", "km2"},
    {"sq km", "km2"},
    {"square kilometres", "km2"},
    {"square kilometers", "km2"},
    {"square miles", "mi2"},
    {"sq mi", "mi2"},
    {"square metres", "m2"},
    {"square meters", "m2"},
    {"m2", "m2"},
    {"km", "km"},
    {"kilometres", "km"},
    {"kilometers", "km"},
    {"kilometre", "km"},
    {"kilometer", "km"},
    {"miles", "mi"},
    {"mile", "mi"},
    {"metres", "m"},
    {"meters", "m"},
    {"metre", "m"},
    {"meter", "m"},
    {"m", "m"},
    {"cm", "cm"},
    {"centimetres", "cm"},
    {"mm", "mm"},
    {"millimetres", "mm"},
    {"ft", "ft"},
    {"feet", "ft"},
    {"foot", "ft"},
    {"inches", "in"},
    {"inch", "in"},
    {"yards", "yd"},
    {"kg", "kg"},
    {"kilograms", "kg"},
    {"kilogrammes", "kg"},
    {"kilos", "kg"},
    {"g", "g"},
    {"grams", "g"},
    {"grammes", "g"},
    {"mg", "mg"},
    {"lb", "lb"},
    {"lbs", "lb"},
    {"tonnes", "t"},
    {"tons", "t"},
    {"tonne", "t"},
    {"ton", "t"},
    {"litres", "l"},
    {"liters", "l"},
    {"ml", "ml"},
    {"gallons", "gal"},
    {"barrels", "bbl"},
    {"hectares", "ha"},
    {"ha", "ha"},
    {"acres", "acre"},
    {"degrees", "deg"},
    {"°C", "degC"},
    {"°F", "degF"},
    {"°", "deg"},
    {"mph", "mph"},
    {"km/h", "km/h"},
    {"kph", "km/h"},
    {"knots", "kn"},
    {"MW", "MW"},
    {"GW", "GW"},
    {"kW", "kW"},
    {"kWh", "kWh"},
    {"megawatts", "MW"},
});

struct Month {
  std::string_view word;
  unsigned number;
  bool must_capitalise;
};
constexpr std::array kMonths = std::to_array<Month>({
    {"january", 1, false},   {"jan", 1, false},    {"february", 2, false},  {"feb", 2, false},
    {"march", 3, true},      {"mar", 3, true},     {"april", 4, false},     {"apr", 4, false},
    {"may", 5, true},        {"june", 6, false},   {"jun", 6, false},       {"july", 7, false},
    {"jul", 7, false},       {"august", 8, false}, {"aug", 8, false},       {"september", 9, false},
    {"sept", 9, false},      {"sep", 9, false},    {"october", 10, false},  {"oct", 10, false},
    {"november", 11, false}, {"nov", 11, false},   {"december", 12, false}, {"dec", 12, false},
});

constexpr std::array kTimeUnits = std::to_array<std::string_view>({
    "second",     "seconds",   "minute", "minutes", "min",   "mins",   "hour",
    "hours",      "hrs",       "day",    "days",    "week",  "weeks",  "fortnight",
    "fortnights", "month",     "months", "year",    "years", "decade", "decades",
    "century",    "centuries", "night",  "nights",
});

// Nouns a number after names something (capitalised: "Resolution 2334", "Flight 17"), fire and
// ambulance apparatus among them ("Engine 18", "Ladder 5", "Medic 7"), and a hospital's name
// ("Regional One").
constexpr std::array kIdentifierNouns = std::to_array<std::string_view>({
    "resolution", "article",   "chapter",    "section",   "route",      "highway", "interstate",
    "flight",     "room",      "apartment",  "unit",      "building",   "block",   "gate",
    "terminal",   "platform",  "line",       "bus",       "train",      "number",  "no",
    "nos",        "paragraph", "item",       "clause",    "protocol",   "decree",  "order",
    "bill",       "amendment", "regulation", "directive", "case",       "docket",  "precinct",
    "district",   "ward",      "station",    "pier",      "hangar",     "brigade", "battalion",
    "division",   "regiment",  "corps",      "squadron",  "fleet",      "army",    "company",
    "team",       "group",     "zone",       "sector",    "checkpoint", "post",    "hill",
    "height",     "heights",   "road",       "street",    "avenue",     "exit",    "junction",
    "kilometre",  "mile",      "camp",       "phase",     "stage",      "level",   "grade",
    "category",   "class",     "model",      "version",   "volume",     "vol",     "issue",
    "page",       "verse",     "psalm",      "mark",      "type",       "channel", "pillar",
    "marker",     "apollo",    "windows",    "iphone",    "galaxy",     "engine",  "ladder",
    "squad",      "medic",     "regional",
});

constexpr std::array kYearPrepositions = std::to_array<std::string_view>({
    "in",       "since",    "of",         "by",     "until",  "till",    "from",      "during",
    "before",   "after",    "early",      "late",   "mid",    "the",     "circa",     "spring",
    "summer",   "autumn",   "fall",       "winter", "year",   "between", "through",   "to",
    "and",      "around",   "throughout", "fiscal", "season", "class",   "january",   "february",
    "march",    "april",    "may",        "june",   "july",   "august",  "september", "october",
    "november", "december", "jan",        "feb",    "mar",    "apr",     "jun",       "jul",
    "aug",      "sep",      "sept",       "oct",    "nov",    "dec",
});

constexpr std::array kStreetSuffixes = std::to_array<std::string_view>({
    "street",    "st",      "avenue", "ave",     "road", "rd",     "drive",   "dr",
    "boulevard", "blvd",    "lane",   "ln",      "way",  "court",  "ct",      "place",
    "pl",        "parkway", "pkwy",   "highway", "hwy",  "circle", "cir",     "terrace",
    "trail",     "square",  "plaza",  "alley",   "pike", "route",  "freeway", "expressway",
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

std::uint16_t key_payload(const QualifierPhrase& q, std::size_t) {
  return static_cast<std::uint16_t>(q.qualifier);
}
template <typename T>
std::uint16_t key_payload(const T&, std::size_t i) {
  return static_cast<std::uint16_t>(i);
}

template <typename Table, typename Key>
std::vector<LexiconEntry> phrases(const Table& table, Key key) {
  std::vector<LexiconEntry> out;
  for (std::size_t i = 0; i < table.size(); ++i) {
    out.push_back({key(table[i]), static_cast<std::uint16_t>(key_payload(table[i], i))});
  }
  return out;
}

// For each first byte, bit n: a unit of n < 4 bytes (matched exactly) starts with it.
constexpr std::array<std::uint8_t, 256> kShortUnitStarts = [] {
  std::array<std::uint8_t, 256> starts{};
  for (const MeasureUnit& u : kUnits) {
    if (!u.text.empty() && u.text.size() < 4) {
      starts[static_cast<unsigned char>(u.text[0])] |=
          static_cast<std::uint8_t>(1u << u.text.size());
    }
  }
  return starts;
}();

// End of a unit token at `p`: letters, digits, '/', and the signs °, ², ³ ("km2", "km/h", "°C").
std::size_t unit_token_end(std::string_view s, std::size_t p) {
  while (p < s.size()) {
    const auto c = static_cast<unsigned char>(s[p]);
    if (c == 0xC2 && p + 1 < s.size()) {
      const auto d = static_cast<unsigned char>(s[p + 1]);
      if (d == 0xB0 || d == 0xB2 || d == 0xB3) {
        p += 2;
        continue;
      }
      break;
    }
    if (!is_alnum(s[p]) && s[p] != '/') break;
    ++p;
  }
  while (p > 0 && s[p - 1] == '/') --p;
  return p;
}

std::optional<std::string_view> unit_name(std::string_view token) {
  // Abbreviations match exactly ("MW" is not "mw"); words of 4+ letters in any case.
  static const WordMap words = [] {
    std::vector<LexiconEntry> w;
    for (std::size_t i = 0; i < kUnits.size(); ++i) {
      if (kUnits[i].text.size() >= 4) w.push_back({kUnits[i].text, static_cast<std::uint16_t>(i)});
    }
    return WordMap(w);
  }();
  if (token.size() >= 4) {
    if (const auto i = words.find(token)) return kUnits[*i].name;
    return std::nullopt;
  }
  // Most short words next to a figure ("of", "in", "to") start no unit of their length.
  if (token.empty() ||
      ((kShortUnitStarts[static_cast<unsigned char>(token[0])] >> token.size()) & 1) == 0) {
    return std::nullopt;
  }
  for (const MeasureUnit& u : kUnits) {
    if (token == u.text) return u.name;
  }
  return std::nullopt;
}

}  // namespace

const PhraseSet& qualifier_prefixes() {
  static const PhraseSet set(phrases(kPrefixes, [](const QualifierPhrase& q) { return q.words; }));
  return set;
}

const PhraseSet& qualifier_suffixes() {
  static const PhraseSet set(phrases(kSuffixes, [](const QualifierPhrase& q) { return q.words; }));
  return set;
}

std::span<const Currency> currency_symbols() noexcept { return kCurrencySymbols; }

std::optional<UnitMatch> measure_unit_at(std::string_view s, std::size_t pos) {
  const std::size_t e = unit_token_end(s, pos);
  if (e == pos || e - pos > 20) return std::nullopt;
  const std::string_view token = s.substr(pos, e - pos);
  if (iequals(token, "sq") || iequals(token, "square")) {
    // Two words: "sq km", "square kilometres".
    const std::size_t b2 = skip_spaces(s, e);
    const std::size_t e2 = unit_token_end(s, b2);
    if (b2 == e || e2 == b2 || e2 - b2 > 20) return std::nullopt;
    std::string key = iequals(token, "sq") ? "sq " : "square ";
    key.append(s.substr(b2, e2 - b2));
    if (const auto name = unit_name(key)) return UnitMatch{e2, *name};
    return std::nullopt;
  }
  if (const auto name = unit_name(token)) return UnitMatch{e, *name};
  return std::nullopt;
}

namespace {

// All single-word tables merged into one map: word → index into a vector of facts.
struct FactTable {
  std::vector<WordFacts> facts;
  std::vector<LexiconEntry> words;
  std::optional<WordMap> map;

  WordFacts& entry(std::string_view w) {
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (words[i].text == w) return facts[i];
    }
    words.push_back({w, static_cast<std::uint16_t>(words.size())});
    facts.emplace_back();
    return facts.back();
  }

  FactTable() {
    for (const Month& m : kMonths) {
      WordFacts& f = entry(m.word);
      f.month = m.number;
      f.month_needs_capital = m.must_capitalise;
    }
    for (const auto w : kTimeUnits) entry(w).time_unit = true;
    for (const auto w : kIdentifierNouns) entry(w).identifier_noun = true;
    for (const auto w : kYearPrepositions) entry(w).year_preposition = true;
    for (const Currency& c : kCurrencyWords) entry(c.text).currency = c.iso;
    map.emplace(words);
  }
};

}  // namespace

WordFacts word_facts(std::string_view word) {
  static const FactTable table;
  const auto i = table.map->find(word);
  return i ? table.facts[*i] : WordFacts{};
}

unsigned month_of(std::string_view word, const WordFacts& facts) {
  if (facts.month == 0 || word.empty()) return 0;
  if (facts.month_needs_capital && !is_upper(word[0])) return 0;
  return facts.month;
}

bool is_street_suffix(std::string_view word) {
  static const WordMap map = [] {
    std::vector<LexiconEntry> words;
    for (const auto w : kStreetSuffixes) words.push_back({w, 0});
    return WordMap(words);
  }();
  return map.find(word).has_value();
}

std::span<const VagueAmount> vague_amount_table() noexcept { return kVague; }

const PhraseSet& vague_amounts() {
  static const PhraseSet set(phrases(kVague, [](const VagueAmount& v) { return v.words; }));
  return set;
}

}  // namespace claimgraph::detail
