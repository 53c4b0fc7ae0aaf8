// find_time_mentions: time expressions resolved to day ranges.
//
// Two sources, merged in text order: the dates, years, year ranges, decades and durations the
// extract stage already found (a duration counts with "ago", or as "N days of fighting": the
// stretch up to publication), and a word scan for the
// expressions that carry no figure — weekdays, "yesterday", "today", "overnight", "last week",
// "earlier this week", "last month", "last year", month names ("in August"), seasons ("the autumn
// of 2020"). Relative expressions resolve against the publication date: a weekday is the latest
// such day on or before it; a month or day written without a year is the latest one not after
// it; weeks run Monday to Sunday. Everything uses std::chrono calendar types. Rules and examples:
// docs/events.md.

#include "claimgraph/time_anchor.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "claimgraph/quantities.hpp"
#include "extract/phrase_set.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph {
namespace {

constexpr double kMaxAgo = 1000;  // the largest "N units ago" read as a date

using std::chrono::days;
using std::chrono::month;
using std::chrono::months;
using std::chrono::sys_days;
using std::chrono::weekday;
using std::chrono::year;
using std::chrono::year_month_day;
using std::chrono::years;

constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {"sunday",   "monday", "tuesday", "wednesday",
                                                       "thursday", "friday", "saturday"};
// The other words a time expression of words turns on (Scan::time_word).
constexpr std::array<std::string_view, 8> kTimeWords = {
    "yesterday", "today", "tonight", "overnight", "midnight", "week", "month", "year"};

// For each first letter, the lengths (as bits) of the words time_word knows that start with it:
// most words of a text fail this test, of two bytes, before the look-up reads three letters.
constexpr std::array<std::uint16_t, 26> kTimeWordLengths = [] {
  std::array<std::uint16_t, 26> lengths{};
  const auto add = [&](std::string_view w) {
    lengths[static_cast<std::size_t>(w[0] - 'a')] |= static_cast<std::uint16_t>(1u << w.size());
  };
  for (const std::string_view w : kWeekdays) add(w);
  for (const std::string_view w : kTimeWords) add(w);
  for (const std::string_view m : kMonthNames) {
    if (m.size() >= 4) add(m);
    if (m.size() > 4) add(m.substr(0, 4));
  }
  return lengths;
}();

// 1..12 for a month name or its usual abbreviation ("Sept", "Aug"), else 0. "May" and "March"
// must be capitalised (they are also ordinary words).
unsigned month_of(std::string_view w) {
  if (w.size() < 3) return 0;
  const char a = detail::to_lower(w[0]);
  const char b = detail::to_lower(w[1]);
  const char c = detail::to_lower(w[2]);
  for (unsigned m = 0; m < 12; ++m) {
    const std::string_view name = kMonthNames[m];
    if (name[0] != a || name[1] != b || name[2] != c) continue;  // every form starts so
    const bool full = detail::iequals(w, name);
    const bool abbreviated = w.size() >= 3 && w.size() <= 4 && w.size() < name.size() &&
                             detail::iequals(w, name.substr(0, w.size()));
    if (!full && !abbreviated) continue;
    if ((m == 2 || m == 4) && !detail::is_upper(w[0])) return 0;
    return m + 1;
  }
  return 0;
}

year_month_day last_day_of(year y, month m) {
  return year_month_day{std::chrono::year_month_day_last{y, std::chrono::month_day_last{m}}};
}

DayRange whole_month(year y, month m) {
  return {year_month_day{y, m, std::chrono::day{1}}, last_day_of(y, m)};
}
DayRange whole_year(int y) {
  return {year_month_day{year{y}, month{1}, std::chrono::day{1}},
          year_month_day{year{y}, month{12}, std::chrono::day{31}}};
}
DayRange one_day(sys_days d) { return {year_month_day{d}, year_month_day{d}}; }

// The latest month `m` not after the publication month.
year year_for_month(unsigned m, const year_month_day& published) {
  return m <= static_cast<unsigned>(published.month()) ? published.year()
                                                       : published.year() - years{1};
}

// Monday of the week containing `d`.
sys_days monday_of(sys_days d) {
  const weekday wd{d};
  const unsigned back = (wd.c_encoding() + 6) % 7;  // Monday → 0 ... Sunday → 6
  return d - days{back};
}

struct Scan {
  std::string_view text;
  std::optional<year_month_day> published;
  std::size_t words_end = 0;  // time words are looked for before it (no word crosses it)
  std::vector<TimeMention> out;
  std::vector<Span> taken;  // spans of quantities already used, not to scan again

  void add(Span span, DayRange range, TimeGrain grain, bool relative) {
    out.push_back({span, range, grain, relative});
  }

  std::string_view word_before(std::size_t pos) const {
    return detail::words_before(text, pos, 1).count ? detail::words_before(text, pos, 1).words[0]
                                                    : std::string_view{};
  }

  // Dates, years and "N units ago" from the extract stage.
  void from_quantities(const std::vector<Quantity>& qs) {
    for (const Quantity& q : qs) {
      switch (q.kind) {
        case QuantityKind::date:
          date(q);
          break;
        case QuantityKind::year:
          year_mention(q);
          break;
        case QuantityKind::duration:
          ago(q);
          break;
        default:
          break;
      }
    }
  }

  void date(const Quantity& q) {
    const std::string_view t = q.span.in(text);
    if (q.value >= 10000000) {  // ISO: YYYYMMDD
      const auto v = static_cast<long long>(q.value);
      const year_month_day d{year{static_cast<int>(v / 10000)},
                             month{static_cast<unsigned>(v / 100 % 100)},
                             std::chrono::day{static_cast<unsigned>(v % 100)}};
      if (d.ok()) add(q.span, {d, d}, TimeGrain::day, false), taken.push_back(q.span);
      return;
    }
    // "Sept. 13", "13 September 2022", "September 13–14": month word, day figures, maybe a year.
    unsigned m = 0;
    std::vector<int> numbers;
    std::size_t p = 0;
    while (p < t.size()) {
      if (detail::is_alpha(t[p])) {
        const std::size_t e = detail::word_end(t, p);
        if (m == 0) m = month_of(t.substr(p, e - p));
        p = e;
      } else if (detail::is_digit(t[p])) {
        const std::size_t e = detail::digits_end(t, p);
        // A day has two digits and a year four: a longer run is no date we can read (and
        // std::stoi threw on one past int's range: the fuzzer's "September 99999999999").
        if (e - p > 4) return;
        int n = 0;
        std::from_chars(t.data() + p, t.data() + e, n);
        numbers.push_back(n);
        p = e;
      } else {
        ++p;
      }
    }
    if (m == 0 || numbers.empty()) return;
    int y = 0;
    if (numbers.back() >= 1000) {
      y = numbers.back();
      numbers.pop_back();
    }
    if (numbers.empty()) return;
    const unsigned first_day = static_cast<unsigned>(numbers.front());
    const unsigned last_day = static_cast<unsigned>(numbers.back());
    bool relative = false;
    if (y == 0) {
      if (!published) return;
      relative = true;
      const year_month_day guess{published->year(), month{m}, std::chrono::day{first_day}};
      // The latest such day not long after publication: articles speak of the recent past.
      y = static_cast<int>(guess.ok() && sys_days{guess} > sys_days{*published} + days{7}
                               ? published->year() - years{1}
                               : published->year());
    }
    const year_month_day a{year{y}, month{m}, std::chrono::day{first_day}};
    const year_month_day b{year{y}, month{m}, std::chrono::day{last_day}};
    if (!a.ok() || !b.ok()) return;
    add(q.span, {a, b}, TimeGrain::day, relative);
    taken.push_back(q.span);
  }

  void year_mention(const Quantity& q) {
    int lo = static_cast<int>(q.interval.lo.value);
    int hi = static_cast<int>(q.interval.hi.value);
    Span span = q.span;
    TimeGrain grain = lo == hi ? TimeGrain::year : TimeGrain::decade;
    // "the early 1990s", "the late 1990s", "mid-1990s"
    const std::string_view before = word_before(q.span.begin);
    if (hi - lo == 9 && lo % 10 == 0) {
      if (detail::iequals(before, "early")) hi = lo + 3;
      if (detail::iequals(before, "mid")) lo += 3, hi = lo + 3;
      if (detail::iequals(before, "late")) lo += 6;
      if (hi - lo < 9) span.begin = detail::words_before(text, q.span.begin, 1).edge[0];
    }
    DayRange r{whole_year(lo).first, whole_year(hi).last};
    // "since 1994": from then until publication
    if (detail::iequals(before, "since") && published && lo == hi &&
        static_cast<int>(published->year()) > lo) {
      r.last = *published;
      span.begin = detail::words_before(text, q.span.begin, 1).edge[0];
      grain = TimeGrain::era;
    }
    // "the autumn of 2020", "autumn 2020"
    if (lo == hi) {
      const detail::Neighbours w = detail::words_before(text, q.span.begin, 2);
      std::size_t k = w.count > 0 && detail::iequals(w.words[0], "of") ? 1 : 0;
      if (w.count > k) {
        const std::string_view season = w.words[k];
        int from = 0;
        if (detail::iequals(season, "spring")) from = 3;
        if (detail::iequals(season, "summer")) from = 6;
        if (detail::iequals(season, "autumn") || detail::iequals(season, "fall")) from = 9;
        if (from > 0) {
          r = {year_month_day{year{lo}, month{static_cast<unsigned>(from)}, std::chrono::day{1}},
               last_day_of(year{lo}, month{static_cast<unsigned>(from + 2)})};
          span.begin = w.edge[k];
          grain = TimeGrain::month;
        }
        // "in August 2022", "August 2022"
        if (const unsigned m = month_of(w.words[0]); m > 0 && from == 0) {
          r = whole_month(year{lo}, month{m});
          span.begin = w.edge[0];
          grain = TimeGrain::month;
        }
      }
    }
    add(span, r, grain, false);
    taken.push_back(q.span);
  }

  // "two days of fighting", "six weeks of war": a stretch of the event, up to publication.
  bool of_fighting(const Quantity& q) {
    const detail::Neighbours after = detail::words_after(text, q.span.end, 2);
    if (after.count < 2 || !detail::iequals(after.words[0], "of")) return false;
    static constexpr std::string_view kWords[] = {"fighting", "war",      "clashes", "violence",
                                                  "conflict", "shelling", "combat",  "hostilities",
                                                  "unrest",   "protests", "bombing", "strikes"};
    if (!detail::iequals_any(after.words[1], kWords)) return false;
    const auto n = static_cast<int>(q.value);
    const std::string_view unit = q.unit_name;
    const sys_days pub{*published};
    sys_days start = pub;
    if (unit.starts_with("day")) start = pub - days{n - 1};
    if (unit.starts_with("week")) start = pub - days{7 * n - 1};
    if (unit.starts_with("month")) start = sys_days{year_month_day{pub} - months{n}} + days{1};
    if (unit.starts_with("year")) start = sys_days{year_month_day{pub} - years{n}} + days{1};
    if (start == pub && !unit.starts_with("day")) return false;
    const TimeGrain grain = unit.starts_with("day")     ? TimeGrain::day
                            : unit.starts_with("week")  ? TimeGrain::week
                            : unit.starts_with("month") ? TimeGrain::month
                                                        : TimeGrain::year;
    add({q.span.begin, after.edge[1]}, {year_month_day{start}, year_month_day{pub}}, grain, true);
    taken.push_back(q.span);
    return true;
  }

  // "two years ago", "three days ago"; "six months before that", "two years earlier": a time
  // before an earlier one, so at least that long before publication — read as if "ago", for
  // months and longer only (days "earlier" may count from yesterday's event).
  void ago(const Quantity& q) {
    if (!published) return;
    if (of_fighting(q)) return;
    const detail::Neighbours after = detail::words_after(text, q.span.end, 2);
    if (after.count == 0) return;
    const bool ago_word = detail::iequals(after.words[0], "ago");
    const bool before_that = detail::iequals(after.words[0], "earlier") ||
                             (after.count > 1 && detail::iequals(after.words[0], "before") &&
                              detail::iequals(after.words[1], "that"));
    const std::string_view unit_name = q.unit_name;
    const bool long_unit = unit_name.starts_with("month") || unit_name.starts_with("year") ||
                           unit_name.starts_with("decade");
    if (!ago_word && !(before_that && long_unit)) return;
    // News recalls decades, not millennia: "3,000 years ago" is no calendar date we can write,
    // and "10 billion years ago" would overflow an int.
    if (!(q.value >= 0 && q.value <= kMaxAgo)) return;
    const auto n = static_cast<int>(q.value);
    const std::string_view unit = q.unit_name;
    const sys_days pub{*published};
    Span span{q.span.begin, ago_word || detail::iequals(after.words[0], "earlier") ? after.edge[0]
                                                                                   : after.edge[1]};
    if (unit.starts_with("day")) {
      add(span, one_day(pub - days{n}), TimeGrain::day, true);
    } else if (unit.starts_with("week")) {
      const sys_days start = monday_of(pub) - days{7 * n};
      add(span, {year_month_day{start}, year_month_day{start + days{6}}}, TimeGrain::week, true);
    } else if (unit.starts_with("month")) {
      const year_month_day m = year_month_day{pub} - months{n};
      add(span, whole_month(m.year(), m.month()), TimeGrain::month, true);
    } else if (unit.starts_with("year")) {
      add(span, whole_year(static_cast<int>(published->year()) - n), TimeGrain::year, true);
    } else if (unit.starts_with("decade")) {
      const int y = static_cast<int>(published->year()) - 10 * n;
      add(span, {whole_year(y - 4).first, whole_year(y + 5).last}, TimeGrain::decade, true);
    } else {
      return;
    }
    taken.push_back(q.span);
  }

  // `taken` is in text order (quantities come sorted and never overlap): a binary search.
  bool inside_taken(std::size_t pos) const {
    const auto after = std::upper_bound(taken.begin(), taken.end(), pos,
                                        [](std::size_t p, const Span& s) { return p < s.begin; });
    return after != taken.begin() && pos < std::prev(after)->end;
  }

  // Expressions with no figure.
  void from_words() {
    if (!published) return;
    const sys_days pub{*published};
    detail::for_each_word(text, 0, words_end, [&](std::size_t b, std::size_t e) {
      // No time word is shorter or longer (time_word).
      if (e - b >= 4 && e - b <= 9) from_word(Span{b, e}, pub);
      return false;
    });
  }

  // A word of four to nine ASCII letters.
  void from_word(Span span, sys_days pub) {
    // Most words have a length no time word of their first letter has (a word is ASCII letters).
    const auto first = static_cast<std::size_t>(detail::to_lower(text[span.begin]) - 'a');
    if (((kTimeWordLengths[first] >> span.size()) & 1) == 0) return;
    if (span.begin > 0 && detail::is_digit(text[span.begin - 1])) return;  // "10am"
    const std::string_view w = span.in(text);
    if (time_word(w) && !inside_taken(span.begin)) word(w, span, pub);
  }

  // The words a time expression of words turns on: weekdays, "yesterday", "today", "tonight",
  // "overnight", "midnight", "week", "month", "year" and month names (four letters or more).
  // Every other word is passed over before its neighbours are read.
  // One hashed look-up (most words end on its three-letter prefix test): the weekdays and
  // words above (payload 0), and the month names and four-letter abbreviations ("Sept", "Augu")
  // month_of reads (payload 1: month_of then checks the capital of "March" and "May").
  static bool time_word(std::string_view w) {
    static const detail::WordMap map = [] {
      std::vector<detail::LexiconEntry> entries;
      for (const std::string_view t : kWeekdays) entries.push_back({t, 0});
      for (const std::string_view t : kTimeWords) entries.push_back({t, 0});
      for (const std::string_view m : kMonthNames) {
        if (m.size() >= 4) entries.push_back({m, 1});
        if (m.size() > 4) entries.push_back({m.substr(0, 4), 1});  // views of the literals
      }
      return detail::WordMap(entries);
    }();
    if (w.size() < 4 || w.size() > 9) return false;
    const std::optional<std::uint16_t> found = map.find(w);
    return found && (*found == 0 || month_of(w) > 0);
  }

  void word(std::string_view w, Span span, sys_days pub) {
    const detail::Neighbours before = detail::words_before(text, span.begin, 2);
    const std::string_view prev = before.count > 0 ? before.words[0] : std::string_view{};
    const std::string_view prev2 = before.count > 1 ? before.words[1] : std::string_view{};
    // Weekdays: the latest one on or before publication ("last Tuesday": the week before).
    for (unsigned d = 0; d < 7; ++d) {
      if (!detail::iequals(w, kWeekdays[d]) || !detail::is_upper(w[0])) continue;
      if (detail::iequals(prev, "next")) return;
      const unsigned today = weekday{pub}.c_encoding();
      sys_days day = pub - days{(today + 7 - d) % 7};
      Span s = span;
      if (detail::iequals(prev, "last")) {
        if (day == pub) day -= days{7};
        s.begin = before.edge[0];
      }
      add(s, one_day(day), TimeGrain::day, true);
      return;
    }
    if (detail::iequals(w, "yesterday"))
      return add(span, one_day(pub - days{1}), TimeGrain::day, true);
    if (detail::iequals(w, "today") || detail::iequals(w, "tonight")) {
      return add(span, one_day(pub), TimeGrain::day, true);
    }
    if (detail::iequals(w, "overnight")) {
      return add(span, {year_month_day{pub - days{1}}, year_month_day{pub}}, TimeGrain::day, true);
    }
    if (detail::iequals(w, "midnight") && detail::iequals(prev, "after")) {
      Span s{
          before.count > 1 && detail::iequals(prev2, "shortly") ? before.edge[1] : before.edge[0],
          span.end};
      return add(s, one_day(pub), TimeGrain::day, true);
    }
    const bool last = detail::iequals(prev, "last") || detail::iequals(prev, "previous");
    const bool current = detail::iequals(prev, "this");
    if (detail::iequals(w, "week") && (last || current)) {
      const sys_days monday = monday_of(pub) - days{last ? 7 : 0};
      const sys_days end = last ? monday + days{6} : pub;
      Span s{before.edge[0], span.end};
      if (current && detail::iequals(prev2, "earlier")) s.begin = before.edge[1];
      return add(s, {year_month_day{monday}, year_month_day{end}}, TimeGrain::week, true);
    }
    if (detail::iequals(w, "month") && (last || current)) {
      const year_month_day m = last ? year_month_day{pub} - months{1} : year_month_day{pub};
      return add({before.edge[0], span.end}, whole_month(m.year(), m.month()), TimeGrain::month,
                 true);
    }
    if (detail::iequals(w, "year") && (last || current)) {
      const int y = static_cast<int>(year_month_day{pub}.year()) - (last ? 1 : 0);
      return add({before.edge[0], span.end}, whole_year(y), TimeGrain::year, true);
    }
    // "in August", "last August", "that June weekend", "a December shooting": the latest such
    // month not after publication.
    if (const unsigned m = month_of(w);
        m > 0 && w.size() > 3 && detail::is_upper(w[0]) &&
        (detail::iequals(prev, "in") || last || current || detail::iequals(prev, "since") ||
         detail::iequals(prev, "during") || detail::iequals(prev, "that") ||
         detail::iequals(prev, "the") || detail::iequals(prev, "a")) &&
        !detail::is_digit(text[std::min(span.end + 1, text.size() - 1)])) {
      const year_month_day published_day{pub};
      add(span, whole_month(year_for_month(m, published_day), month{m}), TimeGrain::month, true);
    }
  }
};

}  // namespace

std::vector<TimeMention> find_time_mentions(std::string_view text,
                                            std::optional<std::chrono::year_month_day> published) {
  return find_time_mentions(text, published, extract_quantities(text));
}

std::vector<TimeMention> find_time_mentions(std::string_view text,
                                            std::optional<std::chrono::year_month_day> published,
                                            const std::vector<Quantity>& quantities,
                                            std::size_t words_end) {
  words_end = std::min(words_end, text.size());
  while (words_end < text.size() && detail::is_alpha(text[words_end])) ++words_end;
  Scan scan{text, published, words_end, {}, {}};
  // Most articles name a few times, and each quantity is taken at most once: room for them at
  // once instead of growth by doubling.
  scan.out.reserve(16);
  scan.taken.reserve(quantities.size());
  scan.from_quantities(quantities);
  scan.from_words();
  std::sort(scan.out.begin(), scan.out.end(),
            [](const TimeMention& a, const TimeMention& b) { return a.span.begin < b.span.begin; });
  return std::move(scan.out);
}

std::string iso_date(const std::chrono::year_month_day& d) {
  if (!d.ok() || d.year() < std::chrono::year{1} || d.year() > std::chrono::year{9999}) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

}  // namespace claimgraph
