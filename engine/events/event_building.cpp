// Events from the event resolver's components: participants (the sides of their figures, else
// of the articles recalling them, else those named in passing), days (for a current event, those
// two or more articles anchor figures to), labels ("Armenia–Azerbaijan clashes, 13–14 Sep 2022")
// and ids ("ev-20220913-armenia-azerbaijan-clashes"), from the contents, never from input order.

#include "events/event_building.hpp"

#include <array>
#include <cstdio>

#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

std::string month_name(unsigned m) {
  static constexpr std::array<const char*, 12> kNames = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return kNames[(m + 11) % 12];
}

// "13 Sep 2022", "13–19 Sep 2022", "Sep–Nov 2020", "1990–1993"
std::string date_label(const year_month_day& a, const year_month_day& b) {
  const int ya = static_cast<int>(a.year());
  const int yb = static_cast<int>(b.year());
  const unsigned ma = static_cast<unsigned>(a.month());
  const unsigned mb = static_cast<unsigned>(b.month());
  const unsigned da = static_cast<unsigned>(a.day());
  const unsigned db = static_cast<unsigned>(b.day());
  const bool whole_years = ma == 1 && da == 1 && mb == 12 && db == 31;
  if (whole_years)
    return ya == yb ? std::to_string(ya) : std::to_string(ya) + "–" + std::to_string(yb);
  const bool whole_months =
      da == 1 && year_month_day{sys_days{b} + days{1}}.day() == std::chrono::day{1};
  if (ya == yb && whole_months) {
    return ma == mb ? month_name(ma) + " " + std::to_string(ya)
                    : month_name(ma) + "–" + month_name(mb) + " " + std::to_string(ya);
  }
  if (ya == yb && ma == mb) {
    return da == db ? std::to_string(da) + " " + month_name(ma) + " " + std::to_string(ya)
                    : std::to_string(da) + "–" + std::to_string(db) + " " + month_name(ma) + " " +
                          std::to_string(ya);
  }
  return std::to_string(da) + " " + month_name(ma) + " " + std::to_string(ya) + " – " +
         std::to_string(db) + " " + month_name(mb) + " " + std::to_string(yb);
}

}  // namespace

std::string slug(const std::string& s) {
  std::string out;
  for (const char c : s) {
    if (is_alnum(c)) {
      out.push_back(to_lower(c));
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::vector<Event> build_events(const std::vector<LocalEvent>& locals,
                                const std::vector<std::size_t>& root_of,
                                std::vector<Claim>& claims) {
  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < locals.size(); ++i) groups[root_of[i]].push_back(i);
  struct Built {
    Event event;
    sys_days first{};
    std::vector<std::size_t> claims;
  };
  std::vector<Built> built;
  for (const auto& [root, members] : groups) {
    Built b;
    Event& e = b.event;
    std::set<std::string> sides;
    std::set<std::string> context;
    std::set<std::string> articles_in;
    std::map<std::string, int> types;
    bool dated = false;
    sys_days first{};
    sys_days last{};
    bool fine = false;
    std::map<sys_days, int> day_articles;  // day → articles anchoring a figure to it
    sys_days ffirst{};
    sys_days flast{};
    bool windowed = false;
    sys_days wfrom{};
    sys_days wto{};
    e.background = true;
    for (const std::size_t m : members) {
      const LocalEvent& l = locals[m];
      sides.insert(l.sides.begin(), l.sides.end());
      context.insert(l.context.begin(), l.context.end());
      articles_in.insert(l.article);
      for (const auto& [t, n] : l.types) types[std::string(t)] += n;
      e.background = e.background && l.background;
      if (l.dated) {
        if (!dated || l.first < first) first = l.first;
        if (!dated || l.last > last) last = l.last;
        dated = true;
      }
      if (l.fine) {
        if (!fine || l.fine_first < ffirst) ffirst = l.fine_first;
        if (!fine || l.fine_last > flast) flast = l.fine_last;
        fine = true;
      }
      for (const sys_days d : l.fine_days) ++day_articles[d];
      if (l.windowed) {
        if (!windowed || l.from < wfrom) wfrom = l.from;
        if (!windowed || l.to > wto) wto = l.to;
        windowed = true;
      }
      b.claims.insert(b.claims.end(), l.claims.begin(), l.claims.end());
    }
    if (sides.empty() && e.background) {
      // A recalled event whose figures name no side ("more than 6,500 people dead") is between
      // the parties of the articles that recall it.
      for (const std::string& art : articles_in) {
        for (std::size_t i = first_local(locals, art);
             i < locals.size() && locals[i].article == art; ++i) {
          if (!locals[i].background) sides.insert(locals[i].sides.begin(), locals[i].sides.end());
        }
      }
    }
    if (sides.empty()) sides = context;
    e.participants.assign(sides.begin(), sides.end());
    e.articles.assign(articles_in.begin(), articles_in.end());
    std::string type = "events";
    int best = 0;
    for (const auto& [t, n] : types) {
      if (n > best) best = n, type = t;
    }
    if (fine && !e.background) {
      // A current event is labelled by its days: those two or more articles anchor figures to,
      // else all its day anchors ("13–14 Sep 2022", not "Sep 2022").
      first = ffirst;
      last = flast;
      bool agreed = false;
      for (const auto& [d, n] : day_articles) {
        if (n < 2) continue;
        if (!agreed) first = d;
        last = d;
        agreed = true;
      }
    }
    if (!dated && windowed) {  // no claim is anchored: the reporting window
      first = wfrom;
      last = wto;
      dated = true;
    }
    std::string who;
    for (const auto& s : e.participants) who += (who.empty() ? "" : "–") + s;
    if (dated) {
      e.first_day = year_month_day{first};
      e.last_day = year_month_day{last};
      b.first = first;
    }
    std::string name;
    for (const std::size_t m : members) {
      if (!locals[m].display.empty()) name = locals[m].display;
    }
    if (!name.empty()) type = name;
    e.label = (who.empty() ? std::string() : who + " ") + type +
              (dated ? ", " + date_label(*e.first_day, *e.last_day) : std::string(", undated"));
    std::string key = dated ? [&] {
      char buf[16];
      const year_month_day d{first};
      std::snprintf(buf, sizeof buf, "%04d%02u%02u", static_cast<int>(d.year()),
                    static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
      return std::string(buf);
    }()
                          : std::string("undated");
    e.id = "ev-" + key + (who.empty() ? "" : "-" + slug(who)) + "-" + slug(type);
    std::sort(b.claims.begin(), b.claims.end());
    built.push_back(std::move(b));
  }
  std::sort(built.begin(), built.end(), [&](const Built& x, const Built& y) {
    if (x.first != y.first) return x.first < y.first;
    if (x.event.label != y.event.label) return x.event.label < y.event.label;
    return claims[x.claims.front()].id < claims[y.claims.front()].id;
  });
  // Unique ids: a suffix for events that share a signature.
  std::map<std::string, int> seen;
  std::vector<Event> events;
  for (Built& b : built) {
    const int n = seen[b.event.id]++;
    if (n > 0) b.event.id += "-" + std::to_string(n + 1);
    for (const std::size_t ci : b.claims) claims[ci].event = b.event.id;
    events.push_back(std::move(b.event));
  }
  return events;
}

}  // namespace claimgraph::detail
