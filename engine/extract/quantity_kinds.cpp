// classify: rules tried in a fixed order, the first that matches wins —
//   date (a month name next to a day number), clock time with am/pm, ordinal, percent, money,
//   measure, age, duration, identifier, year, letters glued to digits (a name), ratio, count.
// Each rule reads at most a few words on either side, through words_before / words_after.

#include "extract/quantity_kinds.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "extract/kind_rules.hpp"
#include "extract/phrase_set.hpp"
#include "extract/qualifiers.hpp"
#include "extract/quantity_lexicon.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

// "Sept. 13", "September 13, 2022", "13 September", "13th of September"
bool date_with_month(std::string_view s, const NumberMention& n, const Around& a, Quantity& q) {
  if (n.words && !n.ordinal) return false;
  if (n.value < 1 || n.value > 31 || n.value != std::floor(n.value) || !n.suffix.empty()) {
    return false;
  }
  // Month before: "Sept 13", or abbreviated with a dot: "Sept. 13"
  std::size_t p = n.span.begin;
  while (p > 0 && s[p - 1] == ' ') --p;
  const bool dotted = p > 0 && s[p - 1] == '.';
  if (a.before.count > 0 && a.before.edge[0] + a.before.words[0].size() < n.span.begin &&
      month_of(a.before.words[0], a.before_facts) > 0) {
    q.span = {a.before.edge[0], n.span.end};
  } else if (const Neighbours b = dotted ? words_before(s, p - 1, 1) : Neighbours{};
             dotted && b.count > 0 && b.edge[0] + b.words[0].size() == p - 1 &&
             month_of(b.words[0], word_facts(b.words[0])) > 0) {
    q.span = {b.edge[0], n.span.end};
  } else {
    // Month after: "13 September", "13th of September"
    if (!a.spaced || a.after.count == 0) return false;
    std::size_t k = 0;
    WordFacts facts = a.after_facts;
    if (a.after.count > 1 && iequals(a.after.words[0], "of")) {
      k = 1;
      facts = word_facts(a.after.words[1]);
    }
    if (month_of(a.after.words[k], facts) == 0 || !capitalised(a.after.words[k])) return false;
    q.span = {n.span.begin, a.after.edge[k]};
  }
  set(q, QuantityKind::date, Unit::none);
  // A year right after: "September 13, 2022", "13 September 2022"
  std::size_t y = q.span.end;
  if (at(s, y) == ',') ++y;
  y = skip_spaces(s, y);
  if (y > q.span.end && y < s.size() && is_digit(s[y])) {
    const std::size_t ye = digits_end(s, y);
    if (ye - y == 4 && !is_alnum(at(s, ye))) q.span.end = ye;
  }
  return true;
}

// End of an "a.m." / "pm" written at or after `pos` (after spaces), or `pos`.
std::size_t meridiem_after(std::string_view s, std::size_t pos) {
  const std::size_t q = skip_spaces(s, pos);
  for (const std::string_view m : {"a.m.", "p.m.", "a.m", "p.m", "am", "pm"}) {
    if (q + m.size() <= s.size() && iequals(s.substr(q, m.size()), m) &&
        !is_alnum(at(s, q + m.size()))) {
      return q + m.size();
    }
  }
  return pos;
}

// "Around 10 Saturday night, four people were shot": an hour without a.m. or p.m., said by a
// preposition of time that opens its clause and a day's part after it — not "killed about 10
// Saturday night", where the figure counts. ("at" is left out: "the death toll stood at 7
// Sunday morning" counts, "found dead at 11 Sunday night" does not, and nothing here tells them
// apart.)
bool hour_of_night(std::string_view s, const NumberMention& n, const Around& a) {
  if (!plain_digits(s, n) || n.value < 1 || a.before.count == 0 || a.after.count < 1) return false;
  const std::string_view prep = a.before.words[0];
  static constexpr std::string_view kOpeners[] = {
      "around", "about", "approximately", "after", "before", "until", "till", "by", "since"};
  if (!std::any_of(std::begin(kOpeners), std::end(kOpeners),
                   [&](std::string_view w) { return iequals(prep, w); })) {
    return false;
  }
  // the clause opens at the preposition: the text's start or a mark before it, or "at",
  // "shortly", "just"
  std::size_t p = a.before.edge[0];
  while (p > 0 && s[p - 1] == ' ') --p;
  if (p > 0 && std::string_view(".,;:!?(\"").find(s[p - 1]) == std::string_view::npos &&
      s[p - 1] != '\n') {
    const Neighbours b = words_before(s, p, 1);
    if (b.count == 0 || b.edge[0] + b.words[0].size() != p ||
        !(iequals(b.words[0], "at") || iequals(b.words[0], "shortly") ||
          iequals(b.words[0], "just"))) {
      return false;
    }
  }
  static constexpr std::string_view kWeekdays[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this"};
  static constexpr std::string_view kParts[] = {"night", "morning", "evening", "afternoon"};
  const auto any = [](std::string_view w, const auto& list) {
    return std::any_of(std::begin(list), std::end(list),
                       [&](std::string_view x) { return iequals(w, x); });
  };
  std::size_t said = 0;  // words of the time after the figure
  if (iequals(a.after.words[0], "tonight")) {
    said = 1;
  } else if (a.after.count == 2 && any(a.after.words[0], kWeekdays) &&
             any(a.after.words[1], kParts)) {
    said = 2;
  }
  if (said == 0) return false;
  // ... unless the figure is the subject of a verb right after the time: "About 10 Saturday
  // night were taken to hospitals"
  static constexpr std::string_view kVerbs[] = {"were",     "was",     "are",     "is",
                                                "had",      "have",    "died",    "remain",
                                                "remained", "remains", "suffered"};
  const Neighbours next = words_after(s, n.span.end, said + 1);
  return next.count <= said || !any(next.words[said], kVerbs);
}

// "9am", "10pm", "9 a.m."
bool clock_time(std::string_view s, const NumberMention& n, const Around& a, Quantity& q) {
  if (n.words || n.value > 12 || n.value < 0) return false;
  if (hour_of_night(s, n, a)) {
    set(q, QuantityKind::time, Unit::none);
    return true;
  }
  std::size_t end = 0;
  if (!n.suffix.empty()) {
    const std::string_view suf = n.suffix.in(s);
    if (iequals(suf, "am") || iequals(suf, "pm")) end = n.suffix.end;
    if ((iequals(suf, "a") || iequals(suf, "p")) && at(s, n.suffix.end) == '.') {
      const std::size_t e = meridiem_after(s, n.span.end);
      if (e > n.span.end) end = e;
    }
  } else if (plain_digits(s, n)) {
    const std::size_t e = meridiem_after(s, n.span.end);
    if (e > n.span.end) end = e;
  }
  if (end == 0) return false;
  set(q, QuantityKind::time, Unit::none);
  q.span.end = end;
  return true;
}

bool percent(std::string_view s, const NumberMention& n, const Around& a, Quantity& q) {
  if (!n.suffix.empty()) return false;
  const std::size_t p = skip_spaces(s, n.span.end);
  std::size_t end = 0;
  if (at(s, p) == '%') {
    end = p + 1;
  } else if (s.substr(p, 3) == "\xEF\xBC\x85") {
    end = p + 3;  // fullwidth ％
  } else {
    if (!a.spaced || a.after.count == 0) return false;
    const Neighbours& after = a.after;
    const std::string_view w = after.words[0];
    if (iequals(w, "percent") || iequals(w, "percents") || iequals(w, "percentage") ||
        iequals(w, "pct") || iequals(w, "pc")) {
      end = after.edge[0];
      if (iequals(w, "percentage") && after.count > 1 &&
          (iequals(after.words[1], "points") || iequals(after.words[1], "point"))) {
        end = after.edge[1];
      }
    } else if (iequals(w, "per") && after.count > 1 && iequals(after.words[1], "cent")) {
      end = after.edge[1];
    }
  }
  if (end == 0) return false;
  set(q, QuantityKind::percent, Unit::percent);
  q.span.end = end;
  return true;
}

// Whether the byte before `b` (after one optional space) can end a currency sign or code.
bool currency_may_precede(std::string_view s, std::size_t b) {
  if (b > 0 && s[b - 1] == ' ') --b;
  if (b == 0) return false;
  const char c = s[b - 1];
  return c == '$' || c == '.' || is_upper(c) || c == 's' || static_cast<unsigned char>(c) >= 0x80;
}

bool money(std::string_view s, const NumberMention& n, const Around& a, Quantity& q) {
  // A sign or code right before the figure ("$5", "US$ 1MM", "USD 5").
  for (const Currency& c : currency_symbols()) {
    if (!currency_may_precede(s, n.span.begin)) break;
    std::size_t p = n.span.begin;
    const bool letters = is_alpha(c.text.back());
    if (p > 0 && s[p - 1] == ' ' && (letters || c.text.size() > 1)) --p;
    if (p < c.text.size() || s.substr(p - c.text.size(), c.text.size()) != c.text) continue;
    const std::size_t b = p - c.text.size();
    if (b > 0 && is_alpha(s[b - 1])) continue;  // "US$" is its own entry; not "ABC$"
    q.span.begin = b;
    q.unit_name = std::string(c.iso);
    break;
  }
  if (!q.unit_name.empty()) {
    if (!n.suffix.empty()) {
      // "$2.3m": a glued lower-case m after a currency sign is a million.
      if (n.suffix.in(s) == "m") q.value = n.value * 1e6;
      q.span.end = n.suffix.end;
    }
  } else {
    if (a.after_facts.currency.empty()) return false;
    q.unit_name = std::string(a.after_facts.currency);
    q.span.end = a.after.edge[0];
  }
  set(q, QuantityKind::money, Unit::currency);
  q.best = q.value;
  q.interval = Interval::point(q.value);
  return true;
}

bool measure(std::string_view s, const NumberMention& n, Quantity& q) {
  std::optional<UnitMatch> unit;
  if (!n.suffix.empty()) {
    unit = measure_unit_at(s, n.suffix.begin);  // "140km2", "180ml"
    if (unit && unit->end < n.suffix.end) unit.reset();
  } else if (at(s, n.span.end) == ' ') {
    unit = measure_unit_at(s, n.span.end + 1);  // "140 km2"
  } else if (static_cast<unsigned char>(at(s, n.span.end)) == 0xC2) {
    unit = measure_unit_at(s, n.span.end);  // "45°C"
  }
  if (!unit) return false;
  // "1m people", "2.5m refugees": a glued m before a plural noun is a million, not a metre.
  if (unit->name == "m" && !n.suffix.empty()) {
    const Neighbours after = words_after(s, unit->end, 1);
    if (after.count > 0 && skip_spaces(s, unit->end) > unit->end && after.words[0].size() > 3 &&
        (after.words[0].back() == 's' || iequals(after.words[0], "people"))) {
      q.value = n.value * 1e6;
      q.best = q.value;
      q.interval = Interval::point(q.value);
      q.span.end = n.suffix.end;
      return false;  // a count: the caller goes on classifying
    }
  }
  set(q, QuantityKind::measure, Unit::measure);
  q.unit_name = std::string(unit->name);
  q.span.end = unit->end;
  return true;
}

// "six weeks", "48 hours", "a 10-day truce"
bool duration(std::string_view s, const NumberMention& n, const Around& a, Quantity& q) {
  if (!n.suffix.empty()) return false;
  Neighbours after = a.after;
  bool unit = a.after_facts.time_unit;
  if (at(s, n.span.end) == '-') {  // "a 10-day truce"
    after = words_after(s, n.span.end + 1, 1);
    unit = after.count > 0 && word_facts(after.words[0]).time_unit;
  }
  if (!unit) return false;
  set(q, QuantityKind::duration, Unit::none);
  q.unit_name = std::string(after.words[0]);
  q.span.end = after.edge[0];
  return true;
}

// An address: "the 500 block of", "1234 Main Street", "Nine Mile Road". The span covers the
// street name.
bool address(std::string_view s, const NumberMention& n, const Around& a, Quantity& q) {
  if (n.ordinal || n.form != NumberForm::integer) return false;
  // "in the 100-block of West 105th Street"
  if (at(s, n.span.end) == '-' && n.suffix.empty()) {
    const Neighbours next = words_after(s, n.span.end + 1, 1);
    if (next.count > 0 && next.edge[0] == n.span.end + 1 + next.words[0].size() &&
        (iequals(next.words[0], "block") || iequals(next.words[0], "blocks"))) {
      set(q, QuantityKind::identifier, Unit::none);
      q.span.end = next.edge[0];
      return true;
    }
  }
  if (!a.spaced || a.after.count == 0) return false;
  const std::string_view next = a.after.words[0];
  if (iequals(next, "block") || iequals(next, "blocks")) {
    set(q, QuantityKind::identifier, Unit::none);
    q.span.end = a.after.edge[0];
    return true;
  }
  if (!capitalised(next)) return false;
  const Neighbours after = words_after(s, n.span.end, 4);
  for (std::size_t k = 0; k < after.count; ++k) {
    if (!capitalised(after.words[k])) return false;
    if (k > 0 && is_street_suffix(after.words[k])) {
      set(q, QuantityKind::identifier, Unit::none);
      q.span.end = after.edge[k];
      // the dot of an abbreviation ("Main St.") is part of the name
      if (after.words[k].size() <= 4 && at(s, q.span.end) == '.') ++q.span.end;
      return true;
    }
  }
  return false;
}

// "Su-25", "SCP-173", "COVID-19", "PP 14", "Resolution 2334", "No. 5", "#3"
bool identifier(std::string_view s, const NumberMention& n, const Around& a, Quantity& q) {
  const std::size_t b = n.span.begin;
  // "District Two", "Channel Four": a capitalised number word naming a capitalised place or
  // unit (digits after such a noun are read below)
  if (n.words) {
    if (a.before.count == 0 || !a.before_facts.identifier_noun || !capitalised(a.before.words[0]) ||
        !is_upper(s[b])) {
      return false;
    }
    set(q, QuantityKind::identifier, Unit::none);
    q.span.begin = a.before.edge[0];
    return true;
  }
  // "NYC ’90 shooting", "the class of ’08": a year written with two digits after an
  // apostrophe (U+2019; an ASCII ' may open a quotation: "'90 people'")
  if (n.span.size() == 2 && plain_digits(s, n) && b >= 3 && s.substr(b - 3, 3) == "\xE2\x80\x99" &&
      (b == 3 || !is_alnum(s[b - 4]))) {
    set(q, QuantityKind::identifier, Unit::none);
    q.span.begin = b - 3;
    return true;
  }
  std::size_t l = b >= 1 ? b - 1 : 0;
  while (l > 0 && is_alpha(s[l - 1])) --l;
  if (b >= 2 && s[b - 1] == '-' && l < b - 1 && (l == 0 || !is_digit(s[l - 1]))) {
    while (l > 0 && is_alnum(s[l - 1])) --l;
    set(q, QuantityKind::identifier, Unit::none);
    q.span.begin = l;
    return true;
  }
  // "call 911", "an anonymous 911 call", "911 dispatchers": the emergency number.
  static constexpr std::string_view kEmergency[] = {
      "call",      "calls",  "caller", "callers", "dispatcher", "dispatchers", "operator",
      "operators", "center", "centre", "system",  "line",       "recording",   "tape"};
  if (n.value == 911 && n.span.size() == 3 &&
      ((a.before.count > 0 &&
        (iequals(a.before.words[0], "call") || iequals(a.before.words[0], "dial") ||
         iequals(a.before.words[0], "dialed") || iequals(a.before.words[0], "called"))) ||
       (a.after.count > 0 && iequals_any(a.after.words[0], kEmergency)))) {
    set(q, QuantityKind::phone, Unit::none);
    return true;
  }
  // "Image 4 of 10", "Photo 2 of 7": a gallery caption's number.
  if (a.before.count > 0 && (a.before.words[0] == "Image" || a.before.words[0] == "Photo" ||
                             a.before.words[0] == "Slide" || a.before.words[0] == "Picture")) {
    set(q, QuantityKind::identifier, Unit::none);
    q.span.begin = a.before.edge[0];
    return true;
  }
  // "[6]", "[21][46]": a citation mark.
  if (b >= 1 && s[b - 1] == '[' && at(s, n.span.end) == ']' && !n.words) {
    set(q, QuantityKind::identifier, Unit::none);
    q.span = {b - 1, n.span.end + 1};
    return true;
  }
  // "[note 2]", "[nb 1]": a note's mark.
  if (b >= 3 && at(s, n.span.end) == ']' && !n.words && s[b - 1] == ' ') {
    std::size_t open = b - 1;
    while (open > 0 && open + 6 > b && is_alpha(s[open - 1])) --open;
    if (open > 0 && s[open - 1] == '[' && open + 1 < b) {
      set(q, QuantityKind::identifier, Unit::none);
      q.span = {open - 1, n.span.end + 1};
      return true;
    }
  }
  // "[16]:136": the page of a citation.
  if (b >= 2 && s[b - 1] == ':' && s[b - 2] == ']' && !n.words) {
    set(q, QuantityKind::identifier, Unit::none);
    q.span.begin = b - 1;
    return true;
  }
  if (b >= 1 && s[b - 1] == '#') {
    set(q, QuantityKind::identifier, Unit::none);
    q.span.begin = b - 1;
    return true;
  }
  std::size_t p = b;
  while (p > 0 && s[p - 1] == ' ') --p;
  const bool dotted = p > 0 && s[p - 1] == '.';
  const Neighbours before = dotted ? words_before(s, p - 1, 1) : a.before;
  if (before.count == 0) return false;
  const std::string_view w = before.words[0];
  if (dotted) {
    if (w != "No" && w != "Nos" && w != "no") return false;
  } else {
    // "PP 14", "MH 17"; not "PDT 2015", where the figure is a year
    bool all_caps = w.size() >= 2 && w.size() <= 4 && n.value == std::floor(n.value) &&
                    !(n.span.size() == 4 && n.value >= 1800 && n.value <= 2100);
    for (const char c : w) all_caps = all_caps && is_upper(c);
    // ... but not a common word in a text written in capitals, where the word after is one
    // too: "POLICE SAID 16 PEOPLE WERE SHOT", "WE HAD 16 SHOT" (a broadcast transcript; "US 41
    // SATURDAY", "HWY 61", "MH 17 WAS" stay codes)
    static constexpr std::string_view kCommon[] = {"SAID", "SAYS", "SAY",  "HAD",  "HAS", "HAVE",
                                                   "WERE", "WAS",  "ARE",  "IS",   "AND", "TO",
                                                   "OF",   "BY",   "FOR",  "WITH", "AT",  "THE",
                                                   "ALL",  "SAW",  "LEFT", "ONLY", "NOW", "ABOUT"};
    if (all_caps && a.after.count > 0 && a.after.words[0].size() >= 2 &&
        std::any_of(std::begin(kCommon), std::end(kCommon),
                    [&](std::string_view c) { return w == c; })) {
      bool shouted = true;
      for (const char c : a.after.words[0]) shouted = shouted && is_upper(c);
      all_caps = !shouted;
    }
    // "inside apartment 38", "suite 200": a dwelling's number, in lower case too
    const bool dwelling = w == "apartment" || w == "apt" || w == "suite";
    if (!all_caps && !dwelling && !(a.before_facts.identifier_noun && capitalised(w))) {
      return false;
    }
  }
  set(q, QuantityKind::identifier, Unit::none);
  q.span.begin = before.edge[0];
  return true;
}

bool is_year_value(double v) { return v >= 1000 && v <= 2100; }

bool year(std::string_view s, const NumberMention& n, const Around& a, Quantity& q) {
  if (n.words || n.grouped || n.form != NumberForm::integer) return false;
  if (n.span.size() != 4 || !is_year_value(n.value)) return false;
  for (std::size_t i = n.span.begin; i < n.span.end; ++i) {
    if (!is_digit(s[i])) return false;
  }
  if (!n.suffix.empty()) {  // "1990s": a decade
    if (n.suffix.in(s) != "s" || static_cast<long long>(n.value) % 10 != 0) return false;
    set(q, QuantityKind::year, Unit::none);
    q.span.end = n.suffix.end;
    q.qualifier = Qualifier::range;
    q.interval = {{n.value, false}, {n.value + 9, false}};
    return true;
  }
  if (!a.before_facts.year_preposition) {
    // "2000 peacekeepers", "about 1500 troops", "1200 people": a count when a plural noun
    // follows (a regular one, or a people noun without an s) or a qualifier precedes.
    const std::string_view w =
        a.after.count > 0 && a.spaced ? a.after.words[0] : std::string_view{};
    static constexpr std::array<std::string_view, 8> kPluralsWithoutS = {
        "people", "children", "men", "women", "police", "personnel", "dead", "staff"};
    const bool noun = (w.size() > 2 && w.back() == 's' && !capitalised(w) && !iequals(w, "was") &&
                       !iequals(w, "has") && !iequals(w, "this") && !iequals(w, "is")) ||
                      std::any_of(kPluralsWithoutS.begin(), kPluralsWithoutS.end(),
                                  [&](std::string_view p) { return w == p; });
    if (noun || qualifier_before(s, n.span.begin).has_value()) return false;
  }
  set(q, QuantityKind::year, Unit::none);
  return true;
}

}  // namespace

Classified classify(std::string_view s, const NumberMention& n, Quantity& q) {
  const Around a(s, n);
  if (date_with_month(s, n, a, q) || clock_time(s, n, a, q) || address(s, n, a, q)) {
    return Classified::final;
  }
  if (n.ordinal) {
    set(q, QuantityKind::ordinal, Unit::none);
    return Classified::final;
  }
  if (percent(s, n, a, q) || money(s, n, a, q) || measure(s, n, q) || age(s, n, a, q) ||
      duration(s, n, a, q)) {
    return Classified::qualify;
  }
  if (identifier(s, n, a, q) || year(s, n, a, q)) return Classified::final;
  if (!n.suffix.empty() && q.value == n.value) {
    // "5G", "4x4": letters glued to digits that no rule reads
    set(q, QuantityKind::identifier, Unit::none);
    q.span.end = n.suffix.end;
    return Classified::final;
  }
  if (n.form == NumberForm::fraction && (std::fabs(n.value) < 1 || n.denominator > 0) &&
      !(n.value >= 1 && n.words)) {
    set(q, QuantityKind::ratio, Unit::none);
    return Classified::qualify;
  }
  set(q, QuantityKind::count, Unit::count);
  return Classified::qualify;
}

}  // namespace claimgraph::detail
