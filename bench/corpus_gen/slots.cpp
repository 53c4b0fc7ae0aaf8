// The template slots (slots.hpp): one function per slot (those of percentages, money and
// measures in slot_measures.cpp), and the table expand() looks slots up in. Two draws never sit in
// the arguments of one call, whose evaluation order is unspecified.

#include "slots.hpp"

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <iterator>

#include "number_text.hpp"
#include "slot_measures.hpp"

namespace claimgraph::bench {
namespace {

/// Day of the week, 0 = Sunday (Sakamoto's method).
int weekday(const Date& d) {
  constexpr int kOffsets[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  const int y = d.month < 3 ? d.year - 1 : d.year;
  return (y + y / 4 - y / 100 + y / 400 + kOffsets[d.month - 1] + d.day) % 7;
}

std::string_view month_name(int month) { return kMonths[static_cast<std::size_t>(month - 1)]; }

// ---------------------------------------------------------------------------------------------
// Figures: one function per template slot
// ---------------------------------------------------------------------------------------------

using SlotFill = void (*)(std::string& out, Rng& rng, const ArticleContext& ctx);

constexpr std::string_view kDozens[] = {"a dozen", "two dozen", "half a dozen", "three dozen"};

/// How large a count may be: `few` keeps it below a thousand, for templates where thousands
/// would read as nonsense ("a gunman killed 34,500 people").
enum class Scale { few, any };

/// A count of people or things, bare: "105", "6,500", "fifty", "2.3 million", "10k".
void append_count(std::string& out, Rng& rng, Scale scale) {
  // Cases 0-7 stay below a thousand.
  switch (rng.below(scale == Scale::few ? 8 : 14)) {
    case 0:
    case 1:
    case 2:
      append_uint(out, rng.between(2, 99));
      break;
    case 3:
      append_words(out, rng.between(2, 99), false);
      break;
    case 4:
      out += rng.pick(kDozens);
      break;
    case 5:
    case 6:
      append_uint(out, rng.percent(60) ? rng.between(100, 999) : rng.between(1, 9) * 100);
      break;
    case 7: {
      const u64 n = rng.percent(50) ? rng.between(101, 999) : rng.between(1, 9) * 100;
      append_words(out, n, rng.percent(60));
      break;
    }
    case 8:
    case 9: {
      const u64 n = rng.percent(50) ? rng.between(1'000, 99'999) : rng.between(2, 99) * 500;
      switch (rng.below(6)) {
        case 0:
          append_uint(out, n);
          break;
        case 1:
          append_grouped(out, n, " ");
          break;
        default:
          append_grouped(out, n, ",");
          break;
      }
      break;
    }
    case 10: {
      u64 n = rng.between(2, 20) * 1'000;
      if (rng.percent(30)) n += rng.between(1, 9) * 100;
      append_words(out, n, false);
      break;
    }
    case 11: {
      u64 n = rng.between(100'000, 9'999'999);
      if (rng.percent(50)) n -= n % 100;
      append_grouped(out, n, ",");
      break;
    }
    case 12:
      switch (rng.below(7)) {
        case 0:
        case 1:
          append_random_decimal(out, rng, 1, 9, 0, 9);
          out += " million";
          break;
        case 2:
          append_random_decimal(out, rng, 1, 9, 0, 9);
          out += 'm';
          break;
        case 3:
          append_decimal(out, 1, rng.below(10));
          out += "bn";
          break;
        case 4:
          out += ones(rng.between(2, 9));
          out += " and a half million";
          break;
        case 5:
          out += "half a million";
          break;
        default:
          out += ones(rng.between(2, 9));
          out += " million";
          break;
      }
      break;
    default:
      append_uint(out, rng.between(2, 99));
      out += 'k';
      break;
  }
}

constexpr std::string_view kQualifiers[] = {
    "at least",     "more than",  "nearly",        "about",         "some",
    "up to",        "fewer than", "almost",        "around",        "roughly",
    "an estimated", "over",       "as many as",    "no fewer than", "close to",
    "in excess of", "less than",  "approximately", "at most",       "under"};

/// "at least 105", "nearly a dozen", "50 or more".
void append_qualified(std::string& out, Rng& rng, Scale scale) {
  std::string count;
  append_count(count, rng, scale);
  if (rng.percent(10)) {
    out += count;
    out += " or more";
    return;
  }
  std::string_view qualifier = rng.pick(kQualifiers);
  // "some a dozen" is not English.
  const bool has_article = count.starts_with("a ") || count.starts_with("half");
  if (has_article && (qualifier == "some" || qualifier == "an estimated")) qualifier = "about";
  out += qualifier;
  out += ' ';
  out += count;
}

/// "between 40 and 50", "40-50", "40 to 50", "200–300", "5,000 to 7,000", "1.5-2 million".
void append_range(std::string& out, Rng& rng, Scale scale) {
  if (scale == Scale::any && rng.percent(10)) {
    const u64 lo = rng.between(1, 5);
    append_decimal(out, lo, rng.percent(50) ? 5 : 0);
    out += rng.percent(50) ? "-" : " to ";
    append_uint(out, lo + rng.between(1, 3));
    out += " million";
    return;
  }
  u64 lo = 0;
  u64 hi = 0;
  switch (rng.below(4)) {
    case 0:
      lo = rng.between(2, 9) * 10;
      hi = lo + rng.between(1, 5) * 10;
      break;
    case 1:
      lo = rng.between(1, 9) * 100;
      hi = lo + rng.between(1, 5) * 100;
      break;
    case 2:
      if (scale == Scale::any) {
        lo = rng.between(1, 20) * 1'000;
        hi = lo + rng.between(1, 10) * 1'000;
        break;
      }
      [[fallthrough]];
    default:
      lo = rng.between(10, 60);
      hi = lo + rng.between(2, 20);
      break;
  }
  const u64 form = rng.below(5);
  // Words read badly around a dash ("forty-fifty"), so only the spelled-out connectives get them.
  const bool words = (form == 0 || form == 2) && hi < 100 && rng.percent(30);
  if (form == 0) out += "between ";
  if (form == 4) out += "from ";
  append_number(out, rng, lo, words);
  switch (form) {
    case 0:
      out += " and ";
      break;
    case 1:
      out += '-';
      break;
    case 3:
      out += "\xe2\x80\x93";
      break;  // en dash
    default:
      out += " to ";
      break;
  }
  append_number(out, rng, hi, words);
}

/// Vague amounts below a thousand come first, so `few` can take a prefix of the table.
constexpr std::string_view kVague[] = {"dozens of",
                                       "scores of",
                                       "hundreds of",
                                       "several hundred",
                                       "a few dozen",
                                       "a handful of",
                                       "a dozen or so",
                                       "thousands of",
                                       "tens of thousands of",
                                       "hundreds of thousands of",
                                       "millions of",
                                       "several thousand"};
constexpr std::size_t kVagueFew = 7;

/// A count that precedes a noun: bare, qualified, a range, or vague ("dozens of").
void append_qcount(std::string& out, Rng& rng, Scale scale) {
  const u64 roll = rng.below(100);
  if (roll < 40) {
    append_count(out, rng, scale);
  } else if (roll < 75) {
    append_qualified(out, rng, scale);
  } else if (roll < 88) {
    append_range(out, rng, scale);
  } else {
    const std::span<const std::string_view> vague(kVague);
    out += rng.pick(scale == Scale::few ? vague.first(kVagueFew) : vague);
  }
}

/// A count that can stand alone ("the toll rose to ..."): no vague "dozens of".
void append_toll(std::string& out, Rng& rng, Scale scale) {
  const u64 roll = rng.below(100);
  if (roll < 45) {
    append_count(out, rng, scale);
  } else if (roll < 85) {
    append_qualified(out, rng, scale);
  } else {
    append_range(out, rng, scale);
  }
}

void fill_qcount(std::string& out, Rng& rng, const ArticleContext&) {
  append_qcount(out, rng, Scale::any);
}
void fill_qfew(std::string& out, Rng& rng, const ArticleContext&) {
  append_qcount(out, rng, Scale::few);
}
void fill_toll(std::string& out, Rng& rng, const ArticleContext&) {
  append_toll(out, rng, Scale::any);
}
void fill_tollfew(std::string& out, Rng& rng, const ArticleContext&) {
  append_toll(out, rng, Scale::few);
}

/// 2-30, digits or words.
void fill_small(std::string& out, Rng& rng, const ArticleContext&) {
  const u64 n = rng.between(2, 30);
  append_number(out, rng, n, rng.percent(50));
}

void fill_year(std::string& out, Rng& rng, const ArticleContext&) {
  append_uint(out, rng.between(1975, 2023));
}

/// "1990s"; templates write "the {decade}".
void fill_decade(std::string& out, Rng& rng, const ArticleContext&) {
  append_uint(out, rng.between(196, 201) * 10);
  out += 's';
}

/// "1992-1995", "1988–1994".
void fill_war_years(std::string& out, Rng& rng, const ArticleContext&) {
  const u64 start = rng.between(1975, 2015);
  append_uint(out, start);
  out += rng.percent(60) ? "-" : "\xe2\x80\x93";
  append_uint(out, start + rng.between(1, 8));
}

/// A date in the article's month: "Sept. 13", "13 September 2022", "2022-09-13", ...
void fill_date(std::string& out, Rng& rng, const ArticleContext& ctx) {
  const Date d{ctx.published.year, ctx.published.month,
               static_cast<int>(rng.between(1, static_cast<u64>(ctx.published.day)))};
  const auto year = static_cast<u64>(d.year);
  const auto month = static_cast<u64>(d.month);
  const auto day = static_cast<u64>(d.day);
  switch (rng.below(8)) {
    case 0:
    case 1:
      out += month_ap(d.month);
      out += ' ';
      append_uint(out, day);
      break;
    case 2:
      out += month_name(d.month);
      out += ' ';
      append_uint(out, day);
      break;
    case 3:
      append_uint(out, day);
      out += ' ';
      out += month_name(d.month);
      break;
    case 4:
      append_uint(out, day);
      out += ' ';
      out += month_name(d.month);
      out += ' ';
      append_uint(out, year);
      break;
    case 5:
      out += month_name(d.month);
      out += ' ';
      append_uint(out, day);
      out += ", ";
      append_uint(out, year);
      break;
    case 6:
      append_uint(out, year);
      out += '-';
      append_2d(out, month);
      out += '-';
      append_2d(out, day);
      break;
    default:
      out += kWeekdays[static_cast<std::size_t>(weekday(d))];
      out += ", ";
      append_uint(out, day);
      out += ' ';
      out += month_name(d.month);
      break;
  }
}

void fill_month(std::string& out, Rng& rng, const ArticleContext&) {
  out += month_name(static_cast<int>(rng.between(1, 12)));
}

void fill_month_year(std::string& out, Rng& rng, const ArticleContext& ctx) {
  out += month_name(static_cast<int>(rng.between(1, 12)));
  out += ' ';
  append_uint(out, static_cast<u64>(ctx.published.year) - rng.between(1, 3));
}

void fill_weekday(std::string& out, Rng& rng, const ArticleContext&) { out += rng.pick(kWeekdays); }

/// "00:05", "9am", "10:05 p.m.", "6 a.m.", "3:40pm".
void fill_time(std::string& out, Rng& rng, const ArticleContext&) {
  const u64 hour = rng.below(24);
  const u64 minute = rng.below(12) * 5;
  const u64 hour12 = hour % 12 == 0 ? 12 : hour % 12;
  const bool pm = hour >= 12;
  switch (rng.below(5)) {
    case 0:
    case 1:
      append_2d(out, hour);
      out += ':';
      append_2d(out, minute);
      break;
    case 2:
      append_uint(out, hour12);
      out += pm ? "pm" : "am";
      break;
    case 3:
      append_uint(out, hour12);
      out += ':';
      append_2d(out, minute);
      out += pm ? " p.m." : " a.m.";
      break;
    default:
      append_uint(out, hour12);
      out += ':';
      append_2d(out, minute);
      out += pm ? "pm" : "am";
      break;
  }
}

/// "six weeks", "48 hours", "ten days", in units kUnits[first..last].
void append_duration(std::string& out, Rng& rng, u64 first, u64 last) {
  struct Unit {
    std::string_view plural;
    u64 max;
  };
  constexpr Unit kUnits[] = {{"minutes", 45}, {"hours", 72},  {"days", 30},
                             {"weeks", 12},   {"months", 18}, {"years", 40}};
  const Unit& unit = kUnits[static_cast<std::size_t>(rng.between(first, last))];
  const u64 n = rng.between(2, unit.max);
  append_number(out, rng, n, n <= 12 && rng.percent(70));
  out += ' ';
  out += unit.plural;
}

void fill_duration(std::string& out, Rng& rng, const ArticleContext&) {
  append_duration(out, rng, 0, 5);
}
/// Minutes or hours.
void fill_brief(std::string& out, Rng& rng, const ArticleContext&) {
  append_duration(out, rng, 0, 1);
}
/// Hours or days.
void fill_days(std::string& out, Rng& rng, const ArticleContext&) {
  append_duration(out, rng, 1, 2);
}

/// A town's or country's population: "40,000", "1,674,200", "2.3 million", "about 12,000".
void fill_population(std::string& out, Rng& rng, const ArticleContext&) {
  if (rng.percent(25)) out += rng.percent(50) ? "about " : "some ";
  if (rng.percent(75)) {
    u64 n = rng.between(2'000, 2'000'000);
    if (rng.percent(60)) n -= n % 1'000;
    append_grouped(out, n, ",");
  } else {
    append_random_decimal(out, rng, 1, 9, 0, 9);
    out += " million";
  }
}

/// "first", "tenth", "2nd", "23rd".
void fill_ordinal(std::string& out, Rng& rng, const ArticleContext&) {
  if (rng.percent(60)) {
    out += rng.pick(kOrdinalWords);
  } else {
    append_ordinal_digits(out, rng.between(1, 31));
  }
}

constexpr std::string_view kQuarters[] = {"first", "second", "third", "fourth", "3rd", "2nd"};
void fill_quarter(std::string& out, Rng& rng, const ArticleContext&) { out += rng.pick(kQuarters); }

/// "a 15-year-old", "an 18-year-old", "an eleven-year-old", with the right article.
void append_a_age(std::string& out, Rng& rng, u64 age) {
  std::string number;
  append_number(number, rng, age, rng.percent(20));
  const bool vowel = number.front() == 'e' || number.front() == '8' || age == 11 || age == 18;
  out += vowel ? "an " : "a ";
  out += number;
  out += "-year-old";
}

void fill_a_adult(std::string& out, Rng& rng, const ArticleContext&) {
  append_a_age(out, rng, rng.between(18, 95));
}
void fill_a_child(std::string& out, Rng& rng, const ArticleContext&) {
  append_a_age(out, rng, rng.between(2, 17));
}

void fill_age(std::string& out, Rng& rng, const ArticleContext&) {
  append_uint(out, rng.between(19, 88));
}

/// "15 to 72", for "ranged in age from {age_range}".
void fill_age_range(std::string& out, Rng& rng, const ArticleContext&) {
  append_uint(out, rng.between(2, 30));
  out += " to ";
  append_uint(out, rng.between(40, 90));
}

void fill_category(std::string& out, Rng& rng, const ArticleContext&) {
  append_uint(out, rng.between(1, 5));
}

void fill_aircraft(std::string& out, Rng& rng, const ArticleContext&) {
  out += rng.pick(kAircraft);
}
void fill_gun(std::string& out, Rng& rng, const ArticleContext&) { out += rng.pick(kGuns); }

void fill_resolution(std::string& out, Rng& rng, const ArticleContext&) {
  out += "Resolution ";
  append_uint(out, rng.between(200, 2700));
}

void fill_article(std::string& out, Rng& rng, const ArticleContext&) {
  out += "Article ";
  append_uint(out, rng.between(1, 120));
}

/// Numbers from ranges reserved for fiction (555-01xx, Ofcom's 020 7946 0xxx).
void fill_phone(std::string& out, Rng& rng, const ArticleContext&) {
  if (rng.percent(50)) {
    out += "+1-202-555-01";
    append_2d(out, rng.below(100));
  } else {
    out += "+44 20 7946 0";
    append_uint(out, rng.between(100, 999));
  }
}

void fill_pages(std::string& out, Rng& rng, const ArticleContext&) {
  append_uint(out, rng.between(40, 600));
}

constexpr u64 kChamberSizes[] = {101, 150, 200, 225, 300, 350, 450, 600};

u64 chamber_size(Rng& rng) {
  return kChamberSizes[static_cast<std::size_t>(rng.below(std::size(kChamberSizes)))];
}

/// "187 of the 450", for "{party} won {seat_share} seats".
void fill_seat_share(std::string& out, Rng& rng, const ArticleContext&) {
  const u64 size = chamber_size(rng);
  append_uint(out, rng.between(5, size - 1));
  out += " of the ";
  append_uint(out, size);
}

/// "450-seat".
void fill_chamber(std::string& out, Rng& rng, const ArticleContext&) {
  append_uint(out, chamber_size(rng));
  out += "-seat";
}

/// "1,674,200", "2.3 million".
void fill_votes(std::string& out, Rng& rng, const ArticleContext&) {
  if (rng.percent(70)) {
    append_grouped(out, rng.between(50'000, 9'999'999), ",");
  } else {
    append_random_decimal(out, rng, 1, 9, 0, 9);
    out += " million";
  }
}

void fill_town(std::string& out, Rng&, const ArticleContext& ctx) { out += ctx.town; }
void fill_region(std::string& out, Rng&, const ArticleContext& ctx) { out += ctx.region; }
void fill_country(std::string& out, Rng&, const ArticleContext& ctx) { out += ctx.country; }
void fill_outlet(std::string& out, Rng&, const ArticleContext& ctx) { out += ctx.outlet.name; }

/// Another town than the article's own.
void fill_town2(std::string& out, Rng& rng, const ArticleContext& ctx) {
  auto i = static_cast<std::size_t>(rng.below(std::size(kTowns)));
  if (kTowns[i] == ctx.town) i = (i + 1) % std::size(kTowns);
  out += kTowns[i];
}

void fill_country2(std::string& out, Rng& rng, const ArticleContext& ctx) {
  std::string_view country = rng.pick(kCountries);
  if (country == ctx.country) country = "neighbouring countries";
  out += country;
}

void fill_official(std::string& out, Rng& rng, const ArticleContext&) {
  out += rng.pick(kOfficials);
}
void fill_agency(std::string& out, Rng& rng, const ArticleContext&) { out += rng.pick(kAgencies); }
void fill_group(std::string& out, Rng& rng, const ArticleContext&) { out += rng.pick(kGroups); }
void fill_party(std::string& out, Rng& rng, const ArticleContext&) { out += rng.pick(kParties); }
void fill_candidate(std::string& out, Rng& rng, const ArticleContext&) {
  out += rng.pick(kCandidates);
}
void fill_venue(std::string& out, Rng& rng, const ArticleContext&) { out += rng.pick(kVenues); }
void fill_company(std::string& out, Rng& rng, const ArticleContext&) {
  out += rng.pick(kCompanies);
}

struct Slot {
  std::string_view name;
  SlotFill fill;
};

constexpr Slot kSlots[] = {
    {"qcount", fill_qcount},
    {"qfew", fill_qfew},
    {"toll", fill_toll},
    {"tollfew", fill_tollfew},
    {"small", fill_small},
    {"year", fill_year},
    {"decade", fill_decade},
    {"war_years", fill_war_years},
    {"date", fill_date},
    {"month", fill_month},
    {"month_year", fill_month_year},
    {"weekday", fill_weekday},
    {"time", fill_time},
    {"duration", fill_duration},
    {"brief", fill_brief},
    {"days", fill_days},
    {"population", fill_population},
    {"money_few", fill_money_few},
    {"ordinal", fill_ordinal},
    {"quarter", fill_quarter},
    {"a_adult", fill_a_adult},
    {"a_child", fill_a_child},
    {"age", fill_age},
    {"age_range", fill_age_range},
    {"percent", fill_percent},
    {"ratio", fill_ratio},
    {"money", fill_money},
    {"price", fill_price},
    {"index_level", fill_index_level},
    {"bp", fill_bp},
    {"area", fill_area},
    {"distance", fill_distance},
    {"depth", fill_depth},
    {"magnitude", fill_magnitude},
    {"rain", fill_rain},
    {"height", fill_height},
    {"speed", fill_speed},
    {"weight", fill_weight},
    {"category", fill_category},
    {"aircraft", fill_aircraft},
    {"gun", fill_gun},
    {"resolution", fill_resolution},
    {"article", fill_article},
    {"phone", fill_phone},
    {"pages", fill_pages},
    {"seat_share", fill_seat_share},
    {"chamber", fill_chamber},
    {"votes", fill_votes},
    {"town", fill_town},
    {"town2", fill_town2},
    {"region", fill_region},
    {"country", fill_country},
    {"country2", fill_country2},
    {"outlet", fill_outlet},
    {"official", fill_official},
    {"agency", fill_agency},
    {"group", fill_group},
    {"party", fill_party},
    {"candidate", fill_candidate},
    {"venue", fill_venue},
    {"company", fill_company},
};

}  // namespace

std::string_view month_ap(int month) { return kMonthsAp[static_cast<std::size_t>(month - 1)]; }

void expand(std::string& out, std::string_view tmpl, Rng& rng, const ArticleContext& ctx) {
  std::size_t i = 0;
  while (i < tmpl.size()) {
    const std::size_t open = tmpl.find('{', i);
    if (open == std::string_view::npos) {
      out += tmpl.substr(i);
      return;
    }
    out += tmpl.substr(i, open - i);
    const std::size_t close = tmpl.find('}', open);
    const std::string_view name = tmpl.substr(open + 1, close - open - 1);
    const Slot* slot = nullptr;
    for (const Slot& s : kSlots) {
      if (s.name == name) slot = &s;
    }
    if (close == std::string_view::npos || slot == nullptr) {
      std::fprintf(stderr, "corpus_gen: bad template slot in: %.*s\n",
                   static_cast<int>(tmpl.size()), tmpl.data());
      std::abort();
    }
    slot->fill(out, rng, ctx);
    i = close + 1;
  }
}

}  // namespace claimgraph::bench
