/// claimgraph_corpus_gen: writes a deterministic corpus of synthetic, news-like English prose for
/// benchmarking the extract stage.
///
///   claimgraph_corpus_gen --bytes N [--seed S] [--format txt|jsonl]
///
/// Each article picks a topic (conflict, disaster, shooting, election, economy) and a fictional
/// country, region, town and outlet, then strings together paragraphs of sentences drawn from the
/// template tables below, all written for this tool. A `{slot}` in a template is filled with a
/// figure in one of the many ways reporters write one: plain and grouped digits, decimals with
/// multipliers, number words, qualifiers, ranges, vague amounts, years, dates, clock times,
/// ordinals, ages, percentages, money, measures and identifiers. About a third of the sentences
/// carry no number at all. Place and outlet names are invented so the text makes no claim about
/// real events.
///
/// txt output is, per article: the title, a blank line, the paragraphs separated by blank lines,
/// and a blank line. jsonl output is one JSON object per article per line (id, outlet, url,
/// published, title, text). Output stops after the article that brings the total to N bytes or
/// more, so it overshoots N by less than one article (articles are about 2-6 KB).
///
/// Determinism: the only randomness is a splitmix64 stream seeded from --seed, mapped to ranges by
/// plain modulo (std::uniform_int_distribution's output is implementation-defined), and no floating
/// point or locale is involved, so the same arguments give the same bytes on every run and
/// platform. Two draws never sit in the arguments of one call, whose evaluation order is
/// unspecified (GCC and Clang differ). Non-ASCII characters are spelled as UTF-8 byte escapes so
/// no compiler can transcode them.

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <string_view>
#include <system_error>

#include "rng.hpp"

namespace claimgraph::bench {
namespace {

using u64 = std::uint64_t;

// ---------------------------------------------------------------------------------------------
// Names. All invented; none may contain a number word, since plain sentences use them too.
// ---------------------------------------------------------------------------------------------

constexpr std::string_view kCountries[] = {"Valdoria", "Kestrava", "Serelia", "Durnovia",
                                           "Almerin",  "Tavoria",  "Belmark", "Corvania"};
constexpr std::string_view kRegions[] = {
    "the northern highlands",       "the Varn valley", "the coastal province of Elsin",
    "the eastern border districts", "Ardel province",  "the Sarn delta",
    "the southern plains",          "the Korrin hills"};
constexpr std::string_view kTowns[] = {
    "Port Amsel", "Kalvik", "Novar\xc3\xa9", "Brenholm", "Tessin Falls", "Marrow Creek",
    "Aldercy",    "Vessa",  "Duran",         "Lindgrad", "Ostwick",      "S\xc3\xa1ralo"};
constexpr std::string_view kOfficials[] = {"the interior ministry",
                                           "a police spokesman",
                                           "the regional governor",
                                           "health officials",
                                           "the defence ministry",
                                           "a senior military official",
                                           "the mayor",
                                           "emergency services",
                                           "a government spokeswoman",
                                           "the prime minister's office"};
constexpr std::string_view kAgencies[] = {
    "the UN refugee agency",         "the Red Cross",
    "the World Health Organization", "local authorities",
    "the civil protection agency",   "an independent monitoring group",
    "Doctors Without Borders"};
constexpr std::string_view kGroups[] = {"separatist fighters", "government forces", "the rebels",
                                        "the militia", "the opposing army"};
constexpr std::string_view kParties[] = {"the ruling party",     "the opposition alliance",
                                         "the Social Democrats", "the National Unity party",
                                         "the Greens",           "the Liberal Front",
                                         "the Farmers' Union"};
constexpr std::string_view kCandidates[] = {"Ana Varga",   "Tomas Elling", "Mira Dossou",
                                            "Pieter Halm", "Leyla Arslan", "Jonas Brecht"};
constexpr std::string_view kVenues[] = {"supermarket",     "nightclub", "high school",
                                        "shopping centre", "church",    "music festival",
                                        "train station"};
constexpr std::string_view kCompanies[] = {"Norhaven Steel", "Aster Motors", "Bluefield Energy",
                                           "Corvane Logistics", "Pellam Foods"};
constexpr std::string_view kAircraft[] = {"a Su-25 jet",     "a Su-24 bomber",  "a Mi-8 helicopter",
                                          "a Mi-24 gunship", "a MiG-29",        "an F-16",
                                          "a Bayraktar TB2", "a Tu-22M3 bomber"};
constexpr std::string_view kGuns[] = {"an AR-15-style rifle", "a 9mm handgun",
                                      "a .22-calibre rifle", "a 12-gauge shotgun",
                                      "a modified AK-47"};
constexpr std::string_view kWeekdays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                          "Thursday", "Friday", "Saturday"};
constexpr std::string_view kMonths[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
/// AP-style abbreviations ("Sept. 13"); short months are spelled out.
constexpr std::string_view kMonthsAp[] = {"Jan.", "Feb.", "March", "April", "May",  "June",
                                          "July", "Aug.", "Sept.", "Oct.",  "Nov.", "Dec."};

struct Outlet {
  std::string_view name;
  std::string_view domain;
};
constexpr Outlet kOutlets[] = {{"The Meridian Post", "meridianpost.example"},
                               {"Northgate Herald", "northgateherald.example"},
                               {"Continental Wire", "continentalwire.example"},
                               {"Eastbridge Times", "eastbridgetimes.example"},
                               {"Harbor Daily", "harbordaily.example"},
                               {"Global Ledger", "globalledger.example"}};

// ---------------------------------------------------------------------------------------------
// Writing numbers
// ---------------------------------------------------------------------------------------------

void append_uint(std::string& out, u64 n) {
  char buf[24];
  const auto result = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, result.ptr);
}

/// `n` zero-padded to two digits ("05").
void append_2d(std::string& out, u64 n) {
  if (n < 10) out += '0';
  append_uint(out, n);
}

/// `n` with a separator between groups of three digits: "1,674,200", "40 000".
void append_grouped(std::string& out, u64 n, std::string_view separator) {
  std::string digits;
  append_uint(digits, n);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
}

/// "2.3" from whole 2 and tenth 3; "2" when the tenth is zero.
void append_decimal(std::string& out, u64 whole, u64 tenth) {
  append_uint(out, whole);
  if (tenth != 0) {
    out += '.';
    append_uint(out, tenth);
  }
}

/// A decimal with a whole part in [lo, hi] and tenths in [tenth_lo, tenth_hi]. The two draws are
/// separate statements: as arguments of one call their order would be unspecified, and GCC and
/// Clang do pick different orders.
void append_random_decimal(std::string& out, Rng& rng, u64 lo, u64 hi, u64 tenth_lo, u64 tenth_hi) {
  const u64 whole = rng.between(lo, hi);
  const u64 tenth = rng.between(tenth_lo, tenth_hi);
  append_decimal(out, whole, tenth);
}

constexpr std::string_view kOnes[] = {"zero",    "one",     "two",       "three",    "four",
                                      "five",    "six",     "seven",     "eight",    "nine",
                                      "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::string_view kTens[] = {"",      "",      "twenty",  "thirty", "forty",
                                      "fifty", "sixty", "seventy", "eighty", "ninety"};

std::string_view ones(u64 n) { return kOnes[static_cast<std::size_t>(n)]; }

void append_words_below_100(std::string& out, u64 n) {
  if (n < 20) {
    out += ones(n);
    return;
  }
  out += kTens[static_cast<std::size_t>(n / 10)];
  if (n % 10 != 0) {
    out += '-';
    out += ones(n % 10);
  }
}

/// British style puts "and" after the hundreds ("one hundred and five").
void append_words_below_1000(std::string& out, u64 n, bool british) {
  if (n >= 100) {
    out += ones(n / 100);
    out += " hundred";
    n %= 100;
    if (n == 0) return;
    out += british ? " and " : " ";
  }
  append_words_below_100(out, n);
}

/// `n` (below 10^12) in words: "twenty-three", "six thousand five hundred",
/// "two thousand and five" (British).
void append_words(std::string& out, u64 n, bool british) {
  if (n == 0) {
    out += "zero";
    return;
  }
  struct Scale {
    u64 size;
    std::string_view name;
  };
  constexpr Scale kScales[] = {
      {1'000'000'000, "billion"}, {1'000'000, "million"}, {1'000, "thousand"}};
  bool wrote = false;
  for (const Scale& scale : kScales) {
    if (n < scale.size) continue;
    if (wrote) out += ' ';
    append_words_below_1000(out, n / scale.size, british);
    out += ' ';
    out += scale.name;
    n %= scale.size;
    wrote = true;
  }
  if (n == 0) return;
  if (wrote) out += (british && n < 100) ? " and " : " ";
  append_words_below_1000(out, n, british);
}

/// Digits, grouped with commas from 10,000 (and usually from 1,000), or words.
void append_number(std::string& out, Rng& rng, u64 n, bool words) {
  if (words) {
    append_words(out, n, rng.percent(50));
  } else if (n >= 10'000 || (n >= 1'000 && rng.percent(80))) {
    append_grouped(out, n, ",");
  } else {
    append_uint(out, n);
  }
}

constexpr std::string_view kOrdinalWords[] = {"first", "second", "third",   "fourth",
                                              "fifth", "sixth",  "seventh", "eighth",
                                              "ninth", "tenth",  "twelfth", "twentieth"};

/// "2nd", "11th", "23rd".
void append_ordinal_digits(std::string& out, u64 n) {
  append_uint(out, n);
  const u64 tens = n % 100;
  if (tens >= 11 && tens <= 13) {
    out += "th";
    return;
  }
  switch (n % 10) {
    case 1:
      out += "st";
      break;
    case 2:
      out += "nd";
      break;
    case 3:
      out += "rd";
      break;
    default:
      out += "th";
      break;
  }
}

// ---------------------------------------------------------------------------------------------
// Per-article context
// ---------------------------------------------------------------------------------------------

struct Date {
  int year = 2022;
  int month = 1;  ///< 1-12
  int day = 1;    ///< 1-28, so every month has it
};

/// Day of the week, 0 = Sunday (Sakamoto's method).
int weekday(const Date& d) {
  constexpr int kOffsets[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  const int y = d.month < 3 ? d.year - 1 : d.year;
  return (y + y / 4 - y / 100 + y / 400 + kOffsets[d.month - 1] + d.day) % 7;
}

/// What stays fixed across one article, so its sentences agree on where and when.
struct ArticleContext {
  std::string_view country;
  std::string_view region;
  std::string_view town;
  Outlet outlet;
  Date published;
};

std::string_view month_name(int month) { return kMonths[static_cast<std::size_t>(month - 1)]; }
std::string_view month_ap(int month) { return kMonthsAp[static_cast<std::size_t>(month - 1)]; }

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

/// "5%", "5.2%", "12 per cent", "3.4 percent", "forty per cent".
void fill_percent(std::string& out, Rng& rng, const ArticleContext&) {
  switch (rng.below(6)) {
    case 0:
      append_uint(out, rng.between(1, 95));
      out += '%';
      break;
    case 1:
      append_random_decimal(out, rng, 0, 30, 1, 9);
      out += '%';
      break;
    case 2:
      append_uint(out, rng.between(1, 95));
      out += " per cent";
      break;
    case 3:
      append_random_decimal(out, rng, 0, 30, 1, 9);
      out += " percent";
      break;
    case 4:
      append_words(out, rng.between(1, 9) * 10, false);
      out += " per cent";
      break;
    default:
      append_uint(out, rng.between(1, 95));
      out += " percent";
      break;
  }
}

constexpr std::string_view kRatios[] = {"half",         "a third",           "two-thirds",
                                        "one in five",  "three out of four", "a quarter",
                                        "one in three", "nine in ten",       "three-quarters"};
void fill_ratio(std::string& out, Rng& rng, const ArticleContext&) { out += rng.pick(kRatios); }

/// Modest sums: "$69,350", "€250,000", "$10k".
void fill_money_few(std::string& out, Rng& rng, const ArticleContext&) {
  switch (rng.below(3)) {
    case 0:
      out += '$';
      append_number(out, rng, rng.between(100, 99'999), false);
      break;
    case 1:
      out += "\xe2\x82\xac";  // euro sign
      append_grouped(out, rng.between(10, 999) * 1'000, ",");
      break;
    default:
      out += '$';
      append_uint(out, rng.between(2, 99));
      out += 'k';
      break;
  }
}

/// "$1.1 million", "$4.5bn", "€250,000", "£3bn", "12 million euros", "US$2.3 billion", "$10k".
void fill_money(std::string& out, Rng& rng, const ArticleContext&) {
  const u64 whole = rng.between(1, 99);
  const u64 tenth = rng.percent(60) ? rng.below(10) : 0;
  switch (rng.below(9)) {
    case 0:
    case 1:
      out += '$';
      append_decimal(out, whole, tenth);
      out += rng.percent(70) ? " million" : " billion";
      break;
    case 2:
      out += '$';
      append_decimal(out, whole, tenth);
      out += rng.percent(50) ? "m" : "bn";
      break;
    case 3:
      out += "\xe2\x82\xac";  // euro sign
      append_grouped(out, rng.between(10, 999) * 1'000, ",");
      break;
    case 4:
      out += "\xc2\xa3";  // pound sign
      append_uint(out, rng.between(1, 40));
      out += "bn";
      break;
    case 5:
      append_decimal(out, whole, tenth);
      out += rng.percent(50) ? " million euros" : " billion dollars";
      break;
    case 6:
      out += "US$";
      append_decimal(out, rng.between(1, 9), tenth);
      out += " billion";
      break;
    case 7:
      out += '$';
      append_number(out, rng, rng.between(100, 99'999), false);
      break;
    default:
      out += '$';
      append_uint(out, rng.between(2, 99));
      out += 'k';
      break;
  }
}

/// "$1.45", "1.89 euros", "€2.05".
void fill_price(std::string& out, Rng& rng, const ArticleContext&) {
  const u64 cents = rng.between(120, 260);
  const auto append_amount = [&] {
    append_uint(out, cents / 100);
    out += '.';
    append_2d(out, cents % 100);
  };
  switch (rng.below(3)) {
    case 0:
      out += '$';
      append_amount();
      break;
    case 1:
      append_amount();
      out += " euros";
      break;
    default:
      out += "\xe2\x82\xac";
      append_amount();
      break;
  }
}

/// "4,512.7": a stock index level.
void fill_index_level(std::string& out, Rng& rng, const ArticleContext&) {
  append_grouped(out, rng.between(1'000, 39'999), ",");
  out += '.';
  append_uint(out, rng.below(10));
}

constexpr std::string_view kBasisPoints[] = {"25", "50", "75", "100", "150"};
void fill_bp(std::string& out, Rng& rng, const ArticleContext&) { out += rng.pick(kBasisPoints); }

/// "140 km2", "140 sq km", "3.5 km²", "54 square miles", "1,200 hectares".
void fill_area(std::string& out, Rng& rng, const ArticleContext&) {
  switch (rng.below(6)) {
    case 0:
      append_uint(out, rng.between(2, 900));
      out += " km2";
      break;
    case 1:
      append_uint(out, rng.between(2, 900));
      out += " sq km";
      break;
    case 2:
      append_number(out, rng, rng.between(2, 5'000), false);
      out += " square kilometres";
      break;
    case 3:
      append_random_decimal(out, rng, 1, 20, 1, 9);
      out += " km\xc2\xb2";
      break;
    case 4:
      append_uint(out, rng.between(2, 300));
      out += " square miles";
      break;
    default:
      append_number(out, rng, rng.between(2, 400) * 100, false);
      out += " hectares";
      break;
  }
}

/// "35 km", "35km", "12 miles", "500 metres", "40 kilometres (25 miles)".
void fill_distance(std::string& out, Rng& rng, const ArticleContext&) {
  const u64 km = rng.between(2, 400);
  switch (rng.below(5)) {
    case 0:
      append_uint(out, km);
      out += " km";
      break;
    case 1:
      append_uint(out, km);
      out += "km";
      break;
    case 2:
      append_uint(out, km * 5 / 8);
      out += " miles";
      break;
    case 3:
      append_uint(out, rng.between(1, 9) * 100);
      out += " metres";
      break;
    default:
      append_uint(out, km);
      out += " kilometres (";
      append_uint(out, km * 5 / 8);
      out += " miles)";
      break;
  }
}

void fill_depth(std::string& out, Rng& rng, const ArticleContext&) {
  const u64 whole = rng.between(5, 70);
  append_decimal(out, whole, rng.percent(50) ? rng.below(10) : 0);
  out += rng.percent(60) ? " km" : " kilometres";
}

void fill_magnitude(std::string& out, Rng& rng, const ArticleContext&) {
  append_random_decimal(out, rng, 4, 8, 1, 9);
}

void fill_rain(std::string& out, Rng& rng, const ArticleContext&) {
  switch (rng.below(4)) {
    case 0:
      append_uint(out, rng.between(40, 400));
      out += "mm";
      break;
    case 1:
      append_uint(out, rng.between(40, 400));
      out += " mm";
      break;
    case 2:
      append_uint(out, rng.between(2, 15));
      out += " inches";
      break;
    default:
      append_uint(out, rng.between(40, 400));
      out += " millimetres";
      break;
  }
}

void fill_height(std::string& out, Rng& rng, const ArticleContext&) {
  switch (rng.below(3)) {
    case 0:
      append_random_decimal(out, rng, 3, 12, 1, 9);
      out += " metres";
      break;
    case 1:
      append_random_decimal(out, rng, 3, 12, 1, 9);
      out += 'm';
      break;
    default:
      append_uint(out, rng.between(10, 40));
      out += " feet";
      break;
  }
}

/// "185 km/h (115 mph)", "120 mph", "200km/h".
void fill_speed(std::string& out, Rng& rng, const ArticleContext&) {
  const u64 kmh = rng.between(12, 30) * 10;
  switch (rng.below(3)) {
    case 0:
      append_uint(out, kmh);
      out += " km/h (";
      append_uint(out, kmh * 5 / 8);
      out += " mph)";
      break;
    case 1:
      append_uint(out, kmh * 5 / 8);
      out += " mph";
      break;
    default:
      append_uint(out, kmh);
      out += "km/h";
      break;
  }
}

/// "120 tonnes", "2,000 tonnes", "1.5 tonnes", "40 kg".
void fill_weight(std::string& out, Rng& rng, const ArticleContext&) {
  switch (rng.below(3)) {
    case 0:
      append_number(out, rng, rng.between(2, 90) * 50, false);
      out += " tonnes";
      break;
    case 1:
      append_random_decimal(out, rng, 1, 9, 1, 9);
      out += " tonnes";
      break;
    default:
      append_uint(out, rng.between(5, 900));
      out += " kg";
      break;
  }
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

// ---------------------------------------------------------------------------------------------
// Templates. Sentences under `plain` may use only name slots (town, region, official, ...).
// ---------------------------------------------------------------------------------------------

struct Topic {
  std::string_view section;  ///< URL path segment
  std::span<const std::string_view> titles;
  std::span<const std::string_view> figures;  ///< sentences with at least one figure
  std::span<const std::string_view> plain;    ///< sentences without numbers
};

constexpr std::string_view kConflictTitles[] = {
    "{tollfew} soldiers killed as fighting flares near {town}",
    "Ceasefire collapses in {region} after {duration} of calm",
    "Shelling hits {town} as {qcount} civilians flee",
    "Border clashes in {region}: what we know so far",
    "{country} says {small} drones downed overnight"};
constexpr std::string_view kConflictFigures[] = {
    "{qfew} soldiers were killed in overnight clashes near {town}, {official} said.",
    "The defence ministry put its own losses at {toll} troops, while {group} claimed to have "
    "killed {qcount} enemy fighters.",
    "Shelling of {town} began at about {time} and went on for {days}.",
    "{official} said {small} drones and {aircraft} had been shot down over {region}.",
    "The fighting is the worst since the war of {year}, which left {qcount} people dead.",
    "{qcount} civilians have crossed the border since {date}, according to {agency}.",
    "Among the dead was {a_child} boy hit by shrapnel in his family's courtyard.",
    "The Security Council will discuss {resolution}, adopted in {year}, at a closed meeting on "
    "{weekday}.",
    "Government forces said they had retaken {area} of territory around {town}.",
    "It is the {ordinal} ceasefire to break down since the conflict flared in the {decade}.",
    "Satellite images show {qcount} buildings damaged in {town}, roughly {percent} of the town.",
    "A convoy of {small} trucks carrying {weight} of food and medicine reached {town} on {date}.",
    "Prisoner swaps have returned {toll} captives to each side since {month_year}.",
    "The army said {qfew} of its servicemen were wounded and {small} remain missing.",
    "Officials in {town} said {tollfew} had died after a missile struck an apartment block at "
    "{time}.",
    "Monitors logged {qcount} violations of the truce in {duration}.",
    "The front line runs for {distance} through farmland and forest.",
    "The {ordinal} round of talks is expected in {town2}, where both delegations met in {year}.",
    "Aid groups estimate that {qcount} people in {region} need food aid, up from {toll} a year "
    "ago.",
    "The {war_years} war killed {qcount} people and displaced {toll} others.",
    "\xe2\x80\x9cWe lost {small} men in a single night,\xe2\x80\x9d a commander told {outlet}."};
constexpr std::string_view kConflictPlain[] = {
    "Both sides accused each other of starting the latest round of fighting.",
    "Residents of {town} spent the night in basements as explosions shook the streets.",
    "{official} said the situation along the border remained tense but under control.",
    "The foreign ministry summoned the ambassador to protest what it called a deliberate "
    "provocation.",
    "Journalists were not allowed into the area, and the claims could not be verified.",
    "Diplomats in {town2} urged restraint and called for an immediate return to talks.",
    "Video posted online appeared to show columns of smoke rising over the hills east of {town}.",
    "The government declared martial law in several border districts.",
    "{group} denied targeting civilian areas and called the strikes a response to attacks."};

constexpr std::string_view kDisasterTitles[] = {
    "Magnitude {magnitude} quake strikes near {town}",
    "Floods force {toll} from their homes in {region}",
    "Death toll from {region} landslide rises to {toll}",
    "Rescuers race to reach villages cut off in {region}", "Wildfire near {town} burns {area}"};
constexpr std::string_view kDisasterFigures[] = {
    "A magnitude {magnitude} earthquake struck {distance} from {town} at {time} local time.",
    "The quake hit at a depth of {depth}, according to the geological survey.",
    "Rescuers have pulled {qfew} survivors from the rubble so far.",
    "The death toll rose to {toll} on {weekday}, with {qcount} people still unaccounted for.",
    "Floodwater covered {area} of farmland, and {qcount} homes were destroyed.",
    "Some areas received {rain} of rain in {days}, more than the usual total for a month.",
    "The storm made landfall as a Category {category} hurricane with winds of {speed}.",
    "{agency} appealed for {money} to pay for shelter and clean water.",
    "The fire has burned through {area} since it started on {date}.",
    "{a_child} girl was found alive after {days} under the debris.",
    "More than {percent} of the buildings in {town} were damaged, officials estimated.",
    "The region was hit by a similar disaster in {year}, when {qcount} people died.",
    "{qfew} firefighters and {small} aircraft are battling the blaze.",
    "Power was cut to {qcount} households, the utility said.",
    "This is the {ordinal} major flood in the province since the {decade}.",
    "Emergency crews evacuated {toll} residents from {small} villages along the river.",
    "The river peaked at {height} on {date}, beating the record set in {year}.",
    "Insurers put the losses at {money}.",
    "About {ratio} of the wells in the district are now unsafe to drink from."};
constexpr std::string_view kDisasterPlain[] = {
    "Rescue teams worked through the night with sniffer dogs and heavy machinery.",
    "Many families are sleeping in cars or tents, afraid to return to damaged homes.",
    "Roads into the worst-hit valleys remain blocked by landslides.",
    "The government declared a state of emergency and asked neighbouring countries for help.",
    "Forecasters warned that more heavy rain was expected over the weekend.",
    "Survivors described the ground shaking violently before the walls gave way.",
    "Hospitals in {town} said they were overwhelmed and running short of blood.",
    "{official} said the priority was to reach villages cut off by the floods."};

constexpr std::string_view kShootingTitles[] = {"{tollfew} dead in {town} shooting, police say",
                                                "Gunman kills {small} at {venue} in {town}",
                                                "Suspect, {age}, charged after {town} shooting",
                                                "What we know about the {town} {venue} attack"};
constexpr std::string_view kShootingFigures[] = {
    "A gunman opened fire at a {venue} in {town} shortly after {time}, killing {qfew} people.",
    "Police said the suspect, {a_adult} man from {town2}, was arrested at the scene.",
    "{small} of the wounded were in critical condition, a hospital spokeswoman said.",
    "Officers found {small} firearms, including {gun}, in the suspect's car.",
    "It was the {ordinal} mass shooting in the country this year, according to a group that "
    "tracks attacks with {small} or more victims.",
    "Witnesses said they heard {tollfew} shots in quick succession.",
    "The attack lasted about {brief} before officers reached the building.",
    "Vigils were held on {date} for the victims, who ranged in age from {age_range}.",
    "The city has recorded {qfew} homicides so far this year, up {percent} on {year}.",
    "The suspect had bought the weapon {duration} earlier, investigators said.",
    "The first emergency calls came in at {time}, and officers arrived {brief} later.",
    "A fund for the victims' families has raised {money_few}.",
    "{a_child} student was among those killed.",
    "Police received {qfew} tips after releasing CCTV images."};
constexpr std::string_view kShootingPlain[] = {
    "The motive for the attack was not immediately clear.",
    "Police urged anyone with phone footage to come forward.",
    "Students barricaded themselves in classrooms as the gunman moved through the corridors.",
    "The mayor described the shooting as a senseless act of violence.",
    "Investigators are examining the suspect's social media accounts.",
    "Flowers and candles were left outside the building throughout the day.",
    "Lawmakers renewed calls for tighter controls on assault weapons."};

constexpr std::string_view kElectionTitles[] = {
    "{percent} for {party} as turnout falls", "{country} votes: results so far",
    "Run-off set for {date} after close race", "{candidate} claims victory in {country}"};
constexpr std::string_view kElectionFigures[] = {
    "Turnout was {percent}, the lowest since {year}.",
    "With {percent} of ballots counted, {party} had {percent} of the vote.",
    "{party} won {seat_share} seats in the lower house.",
    "The result gives {party} control of the {chamber} parliament for the {ordinal} time.",
    "{candidate} received {votes} votes, against {votes} for the incumbent.",
    "{qfew} polling stations opened late, the election commission said.",
    "The run-off is scheduled for {date}.",
    "The {ordinal} round of voting takes place on {date}.",
    "Observers from {agency} deployed {qfew} monitors across {small} regions.",
    "{candidate}, {age}, entered parliament in {year}.",
    "The party has not won a majority since the {decade}.",
    "Polls closed at {time}, and preliminary results are expected by {time}.",
    "{qcount} voters are registered, including {toll} living abroad.",
    "The threshold to enter parliament is {percent}.",
    "Campaign spending topped {money}, according to the electoral watchdog.",
    "The opposition filed {small} complaints alleging irregularities at {qfew} precincts."};
constexpr std::string_view kElectionPlain[] = {
    "Supporters gathered outside the party headquarters in {town} as results came in.",
    "The opposition said it would not recognise the outcome and called for protests.",
    "Queues formed outside polling stations early in the morning.",
    "The incumbent conceded defeat in a short televised address.",
    "Coalition talks are expected to be long and difficult.",
    "International observers said the vote was competitive but marred by misuse of state "
    "resources.",
    "{candidate} campaigned on promises to fight corruption and lower energy prices."};

constexpr std::string_view kEconomyTitles[] = {
    "Inflation hits {percent} in {country}", "Central bank raises rates by {bp} basis points",
    "{company} to cut {toll} jobs", "Markets slip as growth slows in {country}"};
constexpr std::string_view kEconomyFigures[] = {
    "Inflation rose to {percent} in {month}, the highest rate since {year}.",
    "The central bank raised its key rate by {bp} basis points to {percent}.",
    "The economy grew {percent} in the {quarter} quarter compared with a year earlier.",
    "The main index fell {percent} to {index_level} points.",
    "The government announced a {money} support package for households.",
    "Unemployment edged down to {percent}, with {qcount} people out of work.",
    "{company} said it would cut {qcount} jobs, about {percent} of its workforce.",
    "Exports to {country2} were worth {money} last year.",
    "The currency has lost {percent} against the dollar since {date}.",
    "Petrol now costs {price} a litre in {town}.",
    "The budget deficit is forecast to reach {percent} of GDP in {year}.",
    "Analysts polled by {outlet} had expected growth of {percent}.",
    "{company} reported a net profit of {money} for the {quarter} quarter.",
    "Household debt stands at {money}, or {ratio} of disposable income.",
    "Real wages have risen {percent} since the {decade}.",
    "The plant, which employs {toll} people, opened in {year}."};
constexpr std::string_view kEconomyPlain[] = {
    "Economists said the figures pointed to a gradual slowdown in consumer spending.",
    "The finance minister said the government would not raise taxes.",
    "Markets reacted calmly to the announcement.",
    "Business groups warned that higher borrowing costs would hurt small firms.",
    "The central bank signalled that further increases were likely.",
    "Shoppers in {town} said they were cutting back on meat and fuel.",
    "Trade unions called for pay rises to keep pace with prices."};

constexpr std::string_view kGeneralFigures[] = {
    "{official} told {outlet} on {weekday} that the figures were preliminary.",
    "The statement was released at {time} on {date}.",
    "{qcount} people attended a rally in central {town} on {date}.",
    "A hotline for relatives has been set up on {phone}.",
    "The town, home to {population} people, lies {distance} from {town2}.",
    "The report runs to {pages} pages and covers the period since {year}.",
    "{agency} said {ratio} of the population now depended on aid.",
    "{a_adult} resident said it was the worst thing she had seen in her {age} years.",
    "The agency's figures, last updated on {date}, list {toll} cases.",
    "The building was completed in {year} and renovated in the {decade}.",
    "The decree takes effect at {time} on {date}.",
    "Under {article} of the constitution, the government can declare an emergency for up to "
    "{duration}."};
constexpr std::string_view kGeneralPlain[] = {
    "{official} declined to comment on the report.",
    "The ministry did not respond to a request for comment.",
    "Local media reported similar accounts from nearby villages.",
    "The claims could not be independently verified.",
    "Officials said more details would be released later in the day.",
    "The information was shared with reporters on condition of anonymity.",
    "Residents said they had received little warning.",
    "Critics accused the authorities of playing down the scale of the problem.",
    "\"We are doing everything we can,\" {official} told reporters.",
    "\"Nobody expected this,\" said a shopkeeper in {town}.",
    "Further updates are expected from the authorities."};

constexpr Topic kTopics[] = {
    {"world", kConflictTitles, kConflictFigures, kConflictPlain},
    {"disasters", kDisasterTitles, kDisasterFigures, kDisasterPlain},
    {"crime", kShootingTitles, kShootingFigures, kShootingPlain},
    {"politics", kElectionTitles, kElectionFigures, kElectionPlain},
    {"business", kEconomyTitles, kEconomyFigures, kEconomyPlain},
};

// ---------------------------------------------------------------------------------------------
// Assembling articles
// ---------------------------------------------------------------------------------------------

/// Appends `tmpl` with every `{slot}` filled. An unknown slot is a bug in the tables above.
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

/// Upper-cases the first letter of what was appended from `from` on (after an opening quote).
void capitalize_from(std::string& text, std::size_t from) {
  while (from < text.size() && text[from] == '"') ++from;
  if (from < text.size() && text[from] >= 'a' && text[from] <= 'z') {
    text[from] = static_cast<char>(text[from] - 'a' + 'A');
  }
}

/// The templates used last in an article, so the same sentence shape does not come back at once.
class RecentTemplates {
 public:
  [[nodiscard]] bool contains(std::string_view tmpl) const noexcept {
    for (const char* seen : seen_) {
      if (seen == tmpl.data()) return true;
    }
    return false;
  }
  void add(std::string_view tmpl) noexcept {
    seen_[next_] = tmpl.data();
    next_ = (next_ + 1) % seen_.size();
  }

 private:
  std::array<const char*, 6> seen_{};
  std::size_t next_ = 0;
};

/// One sentence: about a third without numbers, a quarter from the topic-neutral pools.
void append_sentence(std::string& out, const Topic& topic, Rng& rng, const ArticleContext& ctx,
                     RecentTemplates& recent) {
  const std::size_t start = out.size();
  const bool plain = rng.percent(33);
  const bool general = rng.percent(25);
  std::span<const std::string_view> pool;
  if (plain) {
    pool = general ? std::span<const std::string_view>(kGeneralPlain) : topic.plain;
  } else {
    pool = general ? std::span<const std::string_view>(kGeneralFigures) : topic.figures;
  }
  std::string_view tmpl = rng.pick(pool);
  for (int retry = 0; retry < 4 && recent.contains(tmpl); ++retry) tmpl = rng.pick(pool);
  recent.add(tmpl);
  expand(out, tmpl, rng, ctx);
  capitalize_from(out, start);
}

struct Article {
  std::string id;
  std::string url;
  std::string published;  ///< YYYY-MM-DD
  std::string title;
  std::string text;  ///< paragraphs separated by blank lines
  Outlet outlet;
};

/// "Ceasefire collapses in ..." -> "ceasefire-collapses-in-...", ASCII letters and digits only.
std::string slugify(std::string_view title) {
  constexpr std::size_t kMaxSlug = 60;
  std::string slug;
  for (const char c : title) {
    if (slug.size() >= kMaxSlug) break;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug += c;
    } else if (c >= 'A' && c <= 'Z') {
      slug += static_cast<char>(c - 'A' + 'a');
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

Article make_article(u64 index, Rng& rng) {
  ArticleContext ctx;
  ctx.country = rng.pick(kCountries);
  ctx.region = rng.pick(kRegions);
  ctx.town = rng.pick(kTowns);
  ctx.outlet = kOutlets[static_cast<std::size_t>(rng.below(std::size(kOutlets)))];
  ctx.published.year = static_cast<int>(rng.between(2015, 2024));
  ctx.published.month = static_cast<int>(rng.between(1, 12));
  ctx.published.day = static_cast<int>(rng.between(1, 28));
  const Topic& topic = kTopics[static_cast<std::size_t>(rng.below(std::size(kTopics)))];

  Article article;
  article.outlet = ctx.outlet;
  article.id = "gen-";
  for (u64 scale = 100'000; scale > 1 && index < scale; scale /= 10) article.id += '0';
  append_uint(article.id, index);

  const auto year = static_cast<u64>(ctx.published.year);
  const auto month = static_cast<u64>(ctx.published.month);
  const auto day = static_cast<u64>(ctx.published.day);
  append_uint(article.published, year);
  article.published += '-';
  append_2d(article.published, month);
  article.published += '-';
  append_2d(article.published, day);

  expand(article.title, rng.pick(topic.titles), rng, ctx);
  capitalize_from(article.title, 0);

  article.url = "https://www.";
  article.url += ctx.outlet.domain;
  article.url += '/';
  article.url += topic.section;
  article.url += '/';
  append_uint(article.url, year);
  article.url += '/';
  append_2d(article.url, month);
  article.url += '/';
  append_2d(article.url, day);
  article.url += '/';
  article.url += slugify(article.title);
  article.url += '-';
  append_uint(article.url, rng.between(100'000, 999'999));

  // Dateline, then paragraphs of 2-5 sentences until the article reaches its drawn size.
  const u64 target = rng.between(2'000, 5'400);
  std::string& text = article.text;
  text += ctx.town;
  text += ", ";
  text += month_ap(ctx.published.month);
  text += ' ';
  append_uint(text, day);
  text += " (";
  text += ctx.outlet.name;
  text += ") \xe2\x80\x94 ";
  RecentTemplates recent;
  while (text.size() < target) {
    if (text.back() != ' ') text += "\n\n";
    const u64 sentences = rng.between(2, 5);
    for (u64 s = 0; s < sentences; ++s) {
      if (s > 0) text += ' ';
      append_sentence(text, topic, rng, ctx, recent);
    }
  }
  return article;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/// Appends `s` as a JSON string literal. Bytes >= 0x80 pass through: the text is UTF-8.
void append_json_string(std::string& out, std::string_view s) {
  constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (const char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default: {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20) {
          out += "\\u00";
          out += kHex[byte >> 4];
          out += kHex[byte & 0xf];
        } else {
          out += c;
        }
      }
    }
  }
  out += '"';
}

void format_txt(std::string& out, const Article& a) {
  out += a.title;
  out += "\n\n";
  out += a.text;
  out += "\n\n";
}

void format_jsonl(std::string& out, const Article& a) {
  out += "{\"id\":";
  append_json_string(out, a.id);
  out += ",\"outlet\":";
  append_json_string(out, a.outlet.name);
  out += ",\"url\":";
  append_json_string(out, a.url);
  out += ",\"published\":";
  append_json_string(out, a.published);
  out += ",\"title\":";
  append_json_string(out, a.title);
  out += ",\"text\":";
  append_json_string(out, a.text);
  out += "}\n";
}

enum class Format { txt, jsonl };

struct Options {
  u64 bytes = 0;
  u64 seed = 1;
  Format format = Format::txt;
};

constexpr std::string_view kUsage =
    "usage: claimgraph_corpus_gen --bytes N [--seed S] [--format txt|jsonl]\n"
    "Writes about N bytes of synthetic news articles to stdout; the same arguments always give\n"
    "the same bytes. Default seed 1, default format txt.\n";

bool parse_u64(std::string_view s, u64& value) {
  const char* end = s.data() + s.size();
  const auto [ptr, ec] = std::from_chars(s.data(), end, value);
  return ec == std::errc{} && ptr == end;
}

/// Returns false (after printing why) when the arguments are not usable.
bool parse_options(int argc, char** argv, Options& options) {
  bool have_bytes = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::fputs(kUsage.data(), stdout);
      std::exit(0);
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "corpus_gen: %s needs a value\n", argv[i]);
      return false;
    }
    const std::string_view value = argv[++i];
    if (arg == "--bytes" && parse_u64(value, options.bytes)) {
      have_bytes = true;
    } else if (arg == "--seed" && parse_u64(value, options.seed)) {
    } else if (arg == "--format" && (value == "txt" || value == "jsonl")) {
      options.format = value == "txt" ? Format::txt : Format::jsonl;
    } else {
      std::fprintf(stderr, "corpus_gen: bad argument %s %s\n", argv[i - 1], argv[i]);
      return false;
    }
  }
  if (!have_bytes) std::fputs("corpus_gen: --bytes is required\n", stderr);
  return have_bytes;
}

int run(int argc, char** argv) {
  Options options;
  if (!parse_options(argc, argv, options)) {
    std::fputs(kUsage.data(), stderr);
    return 2;
  }
  Rng rng(options.seed);
  std::string buffer;
  u64 written = 0;
  for (u64 index = 1; written < options.bytes; ++index) {
    buffer.clear();
    const Article article = make_article(index, rng);
    if (options.format == Format::txt) {
      format_txt(buffer, article);
    } else {
      format_jsonl(buffer, article);
    }
    if (std::fwrite(buffer.data(), 1, buffer.size(), stdout) != buffer.size()) {
      std::fputs("corpus_gen: write to stdout failed\n", stderr);
      return 1;
    }
    written += buffer.size();
  }
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace
}  // namespace claimgraph::bench

int main(int argc, char** argv) { return claimgraph::bench::run(argc, argv); }
