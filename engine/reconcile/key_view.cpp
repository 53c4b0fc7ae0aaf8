// view_key: a comparison key's claims grouped by voice and ordered in time (see key_view.hpp).

#include "reconcile/key_view.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <map>
#include <tuple>

#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

bool statement_order(const Statement& a, const Statement& b) {
  const Claim& x = *a.claim;
  const Claim& y = *b.claim;
  return std::tie(a.day, x.quantity.best, x.article, x.quantity.span.begin) <
         std::tie(b.day, y.quantity.best, y.article, y.quantity.span.begin);
}

}  // namespace

int day_number(const std::chrono::year_month_day& d) {
  return static_cast<int>(std::chrono::sys_days{d}.time_since_epoch().count());
}

Figure VoiceTimeline::on(int day) const {
  Figure f;
  f.day = day;
  const Statement* top = nullptr;
  for (const Statement& s : statements) {
    if (s.day == day && (!top || s.claim->quantity.best >= top->claim->quantity.best)) top = &s;
  }
  f.interval = top->claim->quantity.interval;
  f.best = top->claim->quantity.best;
  for (const Statement& s : statements) {
    if (s.day == day && s.claim->quantity.best == f.best) f.claims.push_back(s.claim);
  }
  return f;
}

std::optional<Figure> VoiceTimeline::as_of(int day) const {
  const auto it = std::upper_bound(days.begin(), days.end(), day);
  if (it == days.begin()) return std::nullopt;
  return on(*std::prev(it));
}

KeyView view_key(const std::vector<Claim>& claims, const ComparisonKey& key, const Event& event) {
  KeyView view;
  view.key = &key;
  view.event = &event;
  view.timeless = event.background;
  const int fallback = event.first_day ? day_number(*event.first_day) : 0;
  std::map<std::string, VoiceTimeline> by_voice;
  for (const KeyedClaim& k : key.claims) {
    const Claim& c = claims[k.claim];
    int day = 0;
    if (!view.timeless) {
      const auto when = statement_day(c);  // "the 50 it reported on Tuesday": that Tuesday
      day = when ? day_number(*when) : fallback;
    }
    if (c.earlier) {
      view.earlier.emplace_back(k.voice, Statement{&c, day});
      continue;
    }
    VoiceTimeline& t = by_voice[k.voice];
    t.voice = k.voice;
    t.side = k.voice_side;
    t.statements.push_back({&c, day});
  }
  for (auto& [name, t] : by_voice) {
    // An article's lower figures for a voice, undated, are recalls of earlier ones ("71, up from
    // the 50 it reported"): never later than the article's top figure.
    std::map<std::string, const Statement*> top;
    for (const Statement& s : t.statements) {
      const Statement*& best = top[s.claim->article];
      if (!best || s.claim->quantity.best > best->claim->quantity.best) best = &s;
    }
    std::vector<std::pair<Statement*, int>> moves;
    for (Statement& s : t.statements) {
      const Statement* best = top[s.claim->article];
      if (!s.claim->stated && s.claim->quantity.best < best->claim->quantity.best &&
          best->day < s.day) {
        moves.emplace_back(&s, best->day);
      }
    }
    for (auto& [s, day] : moves) s->day = day;
    std::sort(t.statements.begin(), t.statements.end(), statement_order);
    for (const Statement& s : t.statements) {
      if (t.days.empty() || t.days.back() != s.day) t.days.push_back(s.day);
    }
    view.voices.push_back(std::move(t));
  }

  // Article totals: per article, the largest figure among the parties' figures for another
  // side's losses, and the largest among everyone else's.
  std::map<std::pair<std::string, bool>, double> article_max;
  for (const VoiceTimeline& t : view.voices) {
    const bool partisan = other_party(t.side, key.side);
    for (const Statement& s : t.statements) {
      auto [it, fresh] =
          article_max.emplace(std::make_pair(s.claim->article, partisan), s.claim->quantity.best);
      if (!fresh) it->second = std::max(it->second, s.claim->quantity.best);
    }
  }
  for (const VoiceTimeline& t : view.voices) {
    const bool partisan = other_party(t.side, key.side);
    VoiceTimeline totals{t.voice, t.side, {}, {}};
    for (const Statement& s : t.statements) {
      if (s.claim->quantity.best == article_max[{s.claim->article, partisan}]) {
        totals.statements.push_back(s);
      }
    }
    for (const Statement& s : totals.statements) {
      if (totals.days.empty() || totals.days.back() != s.day) totals.days.push_back(s.day);
    }
    if (!totals.statements.empty()) view.totals.push_back(std::move(totals));
  }
  return view;
}

std::string day_text(int day) {
  if (day == 0) return {};
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::chrono::year_month_day d{std::chrono::sys_days{std::chrono::days{day}}};
  return std::to_string(static_cast<unsigned>(d.day())) + " " +
         kMonths[static_cast<unsigned>(d.month()) - 1] + " " +
         std::to_string(static_cast<int>(d.year()));
}

std::string figure_text(const Claim& c) {
  std::string text = c.quantity.text;
  if (text.size() > 1 && detail::is_upper(text[0]) && text[1] >= 'a' && text[1] <= 'z') {
    text[0] = detail::to_lower(text[0]);
  }
  return text;
}

std::string_view says(std::string_view voice) {
  // Group nouns that take a plural verb; a name that merely ends in "s" ("Reuters", "United
  // Nations", "Kenness") takes "says".
  static constexpr std::array<std::string_view, 24> kPlural = {
      "activists",  "analysts",      "authorities", "doctors",   "experts",    "forces",
      "hospitals",  "investigators", "medics",      "militants", "officers",   "officials",
      "organisers", "organizers",    "police",      "rebels",    "rescuers",   "researchers",
      "residents",  "separatists",   "sources",     "troops",    "volunteers", "witnesses"};
  const std::size_t space = voice.rfind(' ');
  std::string last(voice.substr(space == std::string_view::npos ? 0 : space + 1));
  for (char& ch : last) ch = detail::to_lower(ch);
  return std::find(kPlural.begin(), kPlural.end(), last) != kPlural.end() ? "say" : "says";
}

bool other_party(std::string_view voice_side, std::string_view side) {
  return !voice_side.empty() && voice_side != "both" && !side.empty() && side != "both" &&
         voice_side != side;
}

std::vector<std::string> ids(const std::vector<const Claim*>& claims) {
  std::vector<std::string> out;
  out.reserve(claims.size());
  for (const Claim* c : claims) out.push_back(c->id);
  return out;
}

}  // namespace claimgraph::detail
