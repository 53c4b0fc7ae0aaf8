// Ages (kind_rules.hpp): "15-year-old", "aged 15", an age in apposition to a name or a
// person's noun, the ages listed after a count of people. Rules: docs/quantities.md.

#include <algorithm>
#include <string_view>

#include "extract/kind_rules.hpp"

namespace claimgraph::detail {
namespace {

// Whether a comma (after spaces) ends right before `pos` and a plural noun of people before it:
// "Two men, 18 and 20,".
bool after_people_comma(std::string_view s, std::size_t pos) {
  while (pos > 0 && s[pos - 1] == ' ') --pos;
  if (pos == 0 || s[pos - 1] != ',') return false;
  const Neighbours noun = words_before(s, pos - 1, 1);
  if (noun.count == 0 || noun.edge[0] + noun.words[0].size() != pos - 1) return false;
  static constexpr std::string_view kPeople[] = {
      "men",      "women",    "boys",    "girls", "teens",    "teenagers",
      "victims",  "brothers", "sisters", "males", "females",  "adults",
      "children", "friends",  "cousins", "sons",  "daughters"};
  return std::any_of(std::begin(kPeople), std::end(kPeople),
                     [&](std::string_view w) { return iequals(noun.words[0], w); });
}

// Whether two-digit-or-less plain digits start at `pos` and a comma, full stop, semicolon or
// bracket closes them, or the verb of the people they follow ("two males, 30 and 42 were
// injured"); their end, or npos.
std::size_t closed_age_at(std::string_view s, std::size_t pos) {
  const std::size_t end = digits_end(s, pos);
  if (end == pos || end - pos > 2) return std::string_view::npos;
  const char close = at(s, end);
  if (close == ',' || close == '.' || close == ';' || close == ')') return end;
  static constexpr std::string_view kVerbs[] = {"were", "are", "have", "had", "remain", "remained"};
  const Neighbours verb = words_after(s, end, 1);
  if (close == ' ' && verb.count > 0 &&
      std::any_of(std::begin(kVerbs), std::end(kVerbs),
                  [&](std::string_view w) { return iequals(verb.words[0], w); })) {
    return end;
  }
  return std::string_view::npos;
}

}  // namespace

// "15-year-old", "15 years old", "26 yr old", "aged 15", "age 15"
bool age(std::string_view s, const NumberMention& n, const Around& a, Quantity& q) {
  // "15-year-old", "20–year–old" (any dash), "15 years old", "15-year-olds"
  {
    std::size_t p = n.span.end;
    if (at(s, p) == ' ' && dash_len(s, p + 1) > 0) ++p;  // "a 9 -year-old", a stray space
    const std::size_t d1 = dash_len(s, p);
    p += d1 > 0 ? d1 : (at(s, p) == ' ' ? 1 : 0);
    // "year", or "yr" ("26 yr old man in critical condition")
    const std::size_t unit = p + 4 <= s.size() && iequals(s.substr(p, 4), "year") ? 4
                             : p + 2 <= s.size() && iequals(s.substr(p, 2), "yr") ? 2
                                                                                  : 0;
    if (p > n.span.end && unit > 0) {
      p += unit;
      if (at(s, p) == 's') ++p;
      const std::size_t d2 = dash_len(s, p);
      p += d2 > 0 ? d2 : (at(s, p) == ' ' ? 1 : 0);
      const bool olds = at(s, p + 3) == 's' && !is_alpha(at(s, p + 4));  // "16-year-olds"
      if (p + 3 <= s.size() && iequals(s.substr(p, 3), "old") &&
          (!is_alpha(at(s, p + 3)) || olds)) {
        set(q, QuantityKind::age, Unit::none);
        q.span.end = p + 3;
        if (at(s, q.span.end) == 's') ++q.span.end;
        return true;
      }
      // "males 17 and 33 years of age"
      if (d1 == 0 && p + 6 <= s.size() && iequals(s.substr(p, 6), "of age") &&
          !is_alpha(at(s, p + 6))) {
        set(q, QuantityKind::age, Unit::none);
        q.span.end = p + 6;
        return true;
      }
    }
  }
  // "in their 30's", "in her 40’s": a decade of life (a glued "30s" is read as an identifier)
  if (plain_digits(s, n) && n.span.size() == 2 && static_cast<int>(n.value) % 10 == 0 &&
      n.value >= 10) {
    const std::string_view rest = s.substr(n.span.end);
    const std::size_t mark = rest.starts_with('\'') ? 1 : rest.starts_with("\xE2\x80\x99") ? 3 : 0;
    if (mark > 0 && rest.size() > mark && (rest[mark] == 's' || rest[mark] == 'S') &&
        !is_alpha(at(rest, mark + 1))) {
      set(q, QuantityKind::age, Unit::none);
      q.span.end = n.span.end + mark + 1;
      return true;
    }
  }
  // "Age: 24" in a police blotter
  if (n.span.begin >= 5 && iequals(s.substr(n.span.begin - 5, 5), "age: ")) {
    set(q, QuantityKind::age, Unit::none);
    q.span.begin = n.span.begin - 5;
    return true;
  }
  // "Vincent Pizzolato, 44, of Monroe", "identified as Tyquavious Charles, 21.": an age in
  // apposition to a name, closed by a comma, a full stop, a semicolon or a bracket.
  if (plain_digits(s, n) && n.value >= 1 && n.value < 120 && n.span.size() <= 3) {
    std::size_t p = n.span.begin;
    while (p > 0 && s[p - 1] == ' ') --p;
    const char close = at(s, n.span.end);
    if (p > 0 && s[p - 1] == ',' &&
        (close == ',' || close == '.' || close == ';' || close == ')')) {
      // "Hubert Allen Jr., 72,": an abbreviation's dot before the comma
      const std::size_t name_end = p >= 2 && s[p - 2] == '.' ? p - 2 : p - 1;
      const Neighbours name = words_before(s, name_end, 1);
      // ... or to a person named by a noun: "the other, 25, suffered gunshot wounds"
      static constexpr std::string_view kPersons[] = {
          "other",  "victim",     "man",       "woman",   "boy",       "girl",   "teen",
          "driver", "suspect",    "gunman",    "shooter", "passenger", "son",    "daughter",
          "wife",   "husband",    "mother",    "father",  "brother",   "sister", "friend",
          "cousin", "girlfriend", "boyfriend", "teenager"};
      if (name.count > 0 && name.edge[0] + name.words[0].size() == name_end &&
          (capitalised(name.words[0]) ||
           std::any_of(std::begin(kPersons), std::end(kPersons),
                       [&](std::string_view w) { return iequals(name.words[0], w); }))) {
        set(q, QuantityKind::age, Unit::none);
        return true;
      }
    }
    // "Gary Rhoden (pictured with his son), 38, was named": a name, an aside, then the age
    if (p >= 2 && s[p - 1] == ',' && s[p - 2] == ')' && (close == ',' || close == '.')) {
      const std::size_t open = s.rfind('(', p - 2);
      if (open != std::string_view::npos && p - 2 - open < 80) {
        std::size_t e = open;
        while (e > 0 && s[e - 1] == ' ') --e;
        const Neighbours name = words_before(s, e, 1);
        if (name.count > 0 && name.edge[0] + name.words[0].size() == e &&
            capitalised(name.words[0])) {
          set(q, QuantityKind::age, Unit::none);
          return true;
        }
      }
    }
    // "Dennie Reeves, 66 and Ginger Reeves, 64 were found dead": names and ages listed with no
    // closing comma — a first and last name before the comma, and another name after "and" (or
    // before: the list's last)
    if (n.span.size() <= 2 && p > 0 && s[p - 1] == ',') {
      const Neighbours name = words_before(s, p - 1, 2);
      const bool full_name = name.count == 2 && capitalised(name.words[0]) &&
                             capitalised(name.words[1]) &&
                             name.edge[0] + name.words[0].size() == p - 1;
      const bool next_named =
          a.after.count >= 2 && iequals(a.after.words[0], "and") && capitalised(a.after.words[1]);
      bool after_aged = false;  // "..., 66 and Ginger Reeves, 64"
      if (full_name && name.count == 2) {
        const Neighbours before = words_before(s, name.edge[1], 1);
        if (before.count == 1 && iequals(before.words[0], "and")) {
          std::size_t e = before.edge[0];
          while (e > 0 && s[e - 1] == ' ') --e;
          std::size_t b = e;
          while (b > 0 && is_digit(s[b - 1])) --b;
          after_aged = e > b && e - b <= 2 && b >= 2 && s[b - 1] == ' ' && s[b - 2] == ',';
        }
      }
      if (full_name && (next_named || after_aged)) {
        set(q, QuantityKind::age, Unit::none);
        return true;
      }
    }
    // "Two men, 18 and 20, and one woman, 19,": the ages of the people just counted
    if (n.span.size() <= 2 && a.after.count == 2 && iequals(a.after.words[0], "and") &&
        after_people_comma(s, n.span.begin)) {
      const std::size_t m = skip_spaces(s, n.span.end + 1 + 3);
      if (s.substr(skip_spaces(s, n.span.end), 4) == "and " &&
          closed_age_at(s, m) != std::string_view::npos) {
        set(q, QuantityKind::age, Unit::none);
        return true;
      }
    }
    if (n.span.size() <= 2 && closed_age_at(s, n.span.begin) != std::string_view::npos &&
        a.before.count > 0 && iequals(a.before.words[0], "and")) {
      std::size_t e = a.before.edge[0];
      while (e > 0 && s[e - 1] == ' ') --e;
      std::size_t b = e;
      while (b > 0 && is_digit(s[b - 1])) --b;
      if (e > b && e - b <= 2 && after_people_comma(s, b)) {
        set(q, QuantityKind::age, Unit::none);
        return true;
      }
    }
    // "McAllister and Marquise Frederick, both 19, are charged": their common age
    if (p > 0 && (close == ',' || close == '.' || close == ';' || close == ')') &&
        a.before.count > 0 && iequals(a.before.words[0], "both") && a.before.edge[0] + 4 == p) {
      std::size_t c = a.before.edge[0];
      while (c > 0 && s[c - 1] == ' ') --c;
      if (c > 0 && s[c - 1] == ',') {
        set(q, QuantityKind::age, Unit::none);
        q.span.begin = a.before.edge[0];
        return true;
      }
    }
  }
  if (a.before.count > 0 && a.before.edge[0] + a.before.words[0].size() < n.span.begin &&
      (iequals(a.before.words[0], "aged") || iequals(a.before.words[0], "age") ||
       iequals(a.before.words[0], "ages"))) {
    set(q, QuantityKind::age, Unit::none);
    q.span.begin = a.before.edge[0];
    return true;
  }
  // "between the ages of 20-29", "at the age of 23", "who range in age from 23 to 31"
  if (a.before.count > 0 &&
      (iequals(a.before.words[0], "of") || iequals(a.before.words[0], "from"))) {
    const Neighbours noun = words_before(s, a.before.edge[0], 1);
    if (noun.count > 0 && noun.edge[0] + noun.words[0].size() < a.before.edge[0] &&
        (iequals(noun.words[0], "age") || iequals(noun.words[0], "ages"))) {
      set(q, QuantityKind::age, Unit::none);
      q.span.begin = noun.edge[0];
      return true;
    }
  }
  return false;
}

}  // namespace claimgraph::detail
