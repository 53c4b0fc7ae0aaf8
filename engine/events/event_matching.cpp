// Step 3 of resolve_events (event_resolver.cpp): local events matched across articles and
// merged into components — docs/events.md, "Resolving events", 3.
//
// Pairs of local events whose days overlap (or lie at most `gap_days` apart) are candidates when
// the sides of their figures share one; when either has no such sides, when both are background
// (unless both name places or people and share none), or they share a named side, or a quarter
// of the smaller set of names by weight (a name many events give, "Chicago", weighs less than
// one two give); never the current event of a roundup. Candidates are merged best first
// (overlap of days + shared sides + shared names); a pair matched by time alone joins only
// components that do not name different towns. Never two local events of one article into one
// event, nor events of different families (war, clashes and fighting; an earthquake; floods and
// storms), nor events whose figures give two sides or more each with neither set holding the
// other, nor events whose current reports would span more than `max_span_days` of publication
// (one named event aside), nor, where no side is named, events whose current reports carry
// different datelines. A follow-up article whose undated current figures matched nothing joins
// the event it recalls when others report that event as current (within 60 days).

#include "events/event_matching.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "events/sentence_facts.hpp"

namespace claimgraph::detail {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using Local = LocalEvent;

std::size_t find(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

// How much of the shorter matching window the two share (0 if they lie more than `gap` days
// apart; a small positive value when they only come within `gap`).
double overlap(const Local& a, const Local& b, int gap) {
  if (!a.windowed || !b.windowed) return 0.0;
  if (a.from > b.to + days{gap} || b.from > a.to + days{gap}) return 0.0;
  const auto lo = std::max(a.from, b.from);
  const auto hi = std::min(a.to, b.to);
  const double shared = hi >= lo ? static_cast<double>((hi - lo).count() + 1) : 0.5;
  const double shorter =
      static_cast<double>(std::min((a.to - a.from).count(), (b.to - b.from).count()) + 1);
  return shared / shorter;
}

bool share(const std::set<Name>& a, const std::set<Name>& b) {
  for (const auto& x : a) {
    if (b.contains(x)) return true;
  }
  return false;
}

// Sides and names as ids, so matching compares integers: a sorted vector per set.
using Ids = std::vector<std::uint32_t>;

class Interner {
 public:
  template <typename Text>
  Ids ids(const std::set<Text>& words) {
    Ids out;
    out.reserve(words.size());
    for (const std::string& w : words) {
      out.push_back(ids_.try_emplace(w, static_cast<std::uint32_t>(ids_.size())).first->second);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
};

// Calls `f(id)` for each id the two sorted sets share.
template <typename F>
void for_each_common(const Ids& a, const Ids& b, F&& f) {
  for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
    if (*x < *y) {
      ++x;
    } else if (*y < *x) {
      ++y;
    } else {
      f(*x);
      ++x, ++y;
    }
  }
}

std::size_t common(const Ids& a, const Ids& b) {
  std::size_t n = 0;
  for_each_common(a, b, [&](std::uint32_t) { ++n; });
  return n;
}

// The weight of the names shared over that of the smaller set (a weighted overlap
// coefficient): a name weighs log(1 + N / n), N the local events naming anything and n those
// naming it, so a city that dozens of reports name ("Chicago") tells less than a street or a
// victim's name that two do. In a small set every name weighs nearly the same.
double name_overlap(const Ids& a, double weight_a, const Ids& b, double weight_b,
                    const std::vector<double>& weight) {
  if (a.empty() || b.empty()) return 0.0;
  double shared = 0.0;
  for_each_common(a, b, [&](std::uint32_t id) { shared += weight[id]; });
  return shared / std::min(weight_a, weight_b);
}

// Two sets of sides that tell two events apart: each holds two sides or more, and neither holds
// the other (figures of Ellovmar and Kenness against figures of Ellovmar and Brenmar; not
// Armenia and Azerbaijan against Armenia, Azerbaijan and Russia).
bool different_parties(const std::set<Name>& a, const std::set<Name>& b) {
  if (a.size() < 2 || b.size() < 2) return false;
  return !std::includes(a.begin(), a.end(), b.begin(), b.end()) &&
         !std::includes(b.begin(), b.end(), a.begin(), a.end());
}

}  // namespace

std::vector<std::size_t> resolve_across(std::vector<LocalEvent>& locals,
                                        const EventOptions& options) {
  // A pair matched by time alone (two recalled periods, one naming nothing: no shared name or
  // side backs it) is weak: its events join only when their components do not name different
  // places (below). The flag is the top bit of `b`, so a candidate stays 16 bytes.
  constexpr std::uint32_t kWeak = 1u << 31;
  if (locals.size() >= kWeak) {
    throw std::length_error("resolve_events: more than 2^31 local events in one report");
  }
  struct Candidate {
    double score;
    std::uint32_t a;  // local events: fewer than 2^31 (checked above)
    std::uint32_t b;  // and kWeak
    bool operator==(const Candidate&) const = default;
  };
  struct Match {
    Ids sides;      // of its figures
    Ids all_sides;  // of its figures and context
    Ids names;
    double weight = 0.0;  // of its names (below)
  };
  std::vector<Match> match(locals.size());
  {
    Interner interner;
    for (std::size_t i = 0; i < locals.size(); ++i) {
      std::set<Name> all = locals[i].sides;
      all.insert(locals[i].context.begin(), locals[i].context.end());
      match[i] = {interner.ids(locals[i].sides), interner.ids(all), interner.ids(locals[i].names)};
      locals[i].names.clear();  // matched by id from here on
    }
  }
  std::vector<double> name_weight;  // by name id (sides share the ids: unused for them)
  {
    std::vector<std::uint32_t> naming;  // local events naming each
    std::size_t named = 0;
    for (const Match& m : match) {
      named += m.names.empty() ? 0u : 1u;
      for (const std::uint32_t n : m.names) {
        if (n >= naming.size()) naming.resize(n + 1, 0);
        ++naming[n];
      }
    }
    name_weight.resize(naming.size(), 0.0);
    for (std::size_t n = 0; n < naming.size(); ++n) {
      if (naming[n] > 0) {
        name_weight[n] =
            std::log(1.0 + static_cast<double>(named) / static_cast<double>(naming[n]));
      }
    }
    for (Match& m : match) {
      for (const std::uint32_t n : m.names) m.weight += name_weight[n];
    }
  }
  std::vector<Candidate> candidates;
  // Best first; a pair found in two buckets is one candidate. Sorting and dropping repeats
  // whenever the list would grow keeps it near its distinct pairs (half of all found, on the
  // event corpus) and gives the same list at the end.
  const auto sort_candidates = [&candidates] {
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
      if (x.score != y.score) return x.score > y.score;
      return std::pair(x.a, x.b) < std::pair(y.a, y.b);
    });
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  };
  const auto add_candidate = [&](double score, std::size_t i, std::size_t j, bool weak = false) {
    if (candidates.size() == candidates.capacity() && candidates.size() >= 4096) {
      sort_candidates();
      // Few repeats: grow now, so the next sort waits for as many new pairs again.
      if (candidates.size() * 4 > candidates.capacity() * 3) {
        candidates.reserve(candidates.capacity() * 2);
      }
    }
    candidates.push_back({score, static_cast<std::uint32_t>(i),
                          static_cast<std::uint32_t>(j) | (weak ? kWeak : 0u)});
  };
  // Adds the pair as a candidate when it matches; says whether it did.
  const auto consider = [&](std::size_t i, std::size_t j) {
    if (j < i) std::swap(i, j);
    const Local& a = locals[i];
    const Local& b = locals[j];
    if (a.article == b.article || a.roundup || b.roundup) return false;
    if (!a.name.empty() && a.name == b.name) {  // the same named event, whatever the dates
      add_candidate(3.0, i, j);
      return true;
    }
    const double days_shared = overlap(a, b, options.gap_days);
    if (days_shared <= 0.0) return false;
    const Ids& sa = match[i].all_sides;
    const Ids& sb = match[j].all_sides;
    const double names =
        name_overlap(match[i].names, match[i].weight, match[j].names, match[j].weight, name_weight);
    const bool sided = !sa.empty() && !sb.empty();
    // Sides of figures must agree; named places only count for a match, never against one.
    bool matched = false;
    bool weak = false;
    if (!match[i].sides.empty() && !match[j].sides.empty()) {
      matched = common(sa, sb) > 0;
    } else if (a.background && b.background) {
      // Recalled periods match by time alone, unless both name places or people and share
      // none of them ("last year" in Chicago is not last year in Washington); nor when one
      // names only places that are no side and the other only sides: "last year, four people
      // were killed in Chicago's Englewood" is not "last year, 300 people were killed in Nepal".
      const auto only_names = [](const Match& m) {
        return m.all_sides.empty() && !m.names.empty();
      };
      const auto only_sides = [](const Match& m) {
        return !m.all_sides.empty() && m.names.empty();
      };
      matched = (match[i].names.empty() || match[j].names.empty() || names > 0.0 ||
                 (sided && common(sa, sb) > 0)) &&
                !(only_names(match[i]) && only_sides(match[j])) &&
                !(only_sides(match[i]) && only_names(match[j]));
      weak = names == 0.0 && !(sided && common(sa, sb) > 0);
    } else {
      // A side only named in the sentences of both, never by a figure of either ("U.S. Highway
      // 41", "U.S. Rep. Danny Davis" in two cities' shootings), does not make them one event
      // unless they share a name too.
      // Where no figure of either names a side, a shared name must back it.
      const bool figure_sided = !match[i].sides.empty() || !match[j].sides.empty();
      matched = (sided && (figure_sided || names > 0.0) && common(sa, sb) > 0) || names >= 0.25;
    }
    if (matched) {
      add_candidate(days_shared + (sided ? 1.0 : 0.0) + names, i, j, weak);
    }
    return matched;
  };
  // Pairs come from buckets, not from all pairs: every pair that can match shares one — a
  // named event, a side (of figures or context), a name, or being background. In a bucket, the
  // members sorted by window start are paired with those that start before their window ends
  // (plus the gap), but with at most `kPartners` matches among at most `kLooks` of them: where
  // more local events than that crowd a bucket's days, each is paired with the next that match,
  // so the cost grows with the articles, not their square, and a crowd still chains into one
  // component. Below that density the candidates are exactly those of all pairs.
  constexpr std::size_t kPartners = 32;
  constexpr std::size_t kLooks = 8 * kPartners;
  std::map<std::string, std::vector<std::size_t>> by_name;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> buckets;  // → local events
  constexpr std::uint64_t kSide = 1ull << 32;
  constexpr std::uint64_t kName = 2ull << 32;
  constexpr std::uint64_t kBackground = 3ull << 32;
  for (std::size_t i = 0; i < locals.size(); ++i) {
    if (!locals[i].name.empty()) by_name[locals[i].name].push_back(i);
    if (!locals[i].windowed) continue;
    const auto local = static_cast<std::uint32_t>(i);
    for (const std::uint32_t s : match[i].all_sides) buckets[kSide | s].push_back(local);
    for (const std::uint32_t n : match[i].names) buckets[kName | n].push_back(local);
    if (locals[i].background) buckets[kBackground].push_back(local);
  }
  for (const auto& [name, members] : by_name) {
    for (std::size_t x = 0; x < members.size(); ++x) {
      std::size_t matches = 0;
      for (std::size_t y = x + 1; y < members.size() && y <= x + kLooks && matches < kPartners;
           ++y) {
        matches += consider(members[x], members[y]) ? 1u : 0u;
      }
    }
  }
  for (auto& [key, members] : buckets) {
    std::sort(members.begin(), members.end(), [&](std::size_t x, std::size_t y) {
      return std::pair(locals[x].from, x) < std::pair(locals[y].from, y);
    });
    for (std::size_t p = 0; p < members.size(); ++p) {
      const Local& a = locals[members[p]];
      std::size_t matches = 0;
      for (std::size_t q = p + 1; q < members.size() && q <= p + kLooks && matches < kPartners;
           ++q) {
        if (locals[members[q]].from > a.to + days{options.gap_days}) break;
        matches += consider(members[p], members[q]) ? 1u : 0u;
      }
    }
  }
  sort_candidates();
  std::vector<std::size_t> parent(locals.size());
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  std::vector<std::set<std::string>> articles_of(locals.size());
  std::vector<std::uint8_t> families_of(locals.size());
  std::vector<std::set<Name>> parties_of(locals.size());
  // The dateline of each component's current reports: reports filed from different places
  // ("ROCHESTER, N.Y." and "BROOKLYN") are of different incidents. A component has one at
  // most, since it merges only with one of the same dateline or none.
  std::vector<Name> dateline_of_root(locals.size());
  // The first and last publication days of each component's current reports (first > last:
  // none). Their anchors are no measure: "this year" makes a current report span months.
  std::vector<std::pair<sys_days, sys_days>> current_days(locals.size(),
                                                          {sys_days::max(), sys_days::min()});
  for (std::size_t i = 0; i < locals.size(); ++i) {
    articles_of[i].insert(locals[i].article);
    families_of[i] = locals[i].families;
    parties_of[i] = locals[i].sides;
    dateline_of_root[i] = locals[i].dateline;
    const Article* source = locals[i].source;
    if (!locals[i].background && source != nullptr && source->published) {
      current_days[i] = {sys_days{*source->published}, sys_days{*source->published}};
    }
  }
  // What a weak pair's components name: one member naming places or people (a current event's
  // names before a recall's: they stand for the component's), whether a figure of any names a
  // side, and whether any sentence does. An unnamed recall ("in 2015, three people were
  // killed") matches every recall of its period; it may join one town's incident, not chain
  // those of several towns into one event (Taunton's June shooting, an Erie trial and a Georgia
  // club shooting, through three recalls of "2015" naming nothing).
  constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> named_by(locals.size(), kNone);  // by root
  std::vector<std::uint8_t> sided_root(locals.size(), 0);     // by root: kFigureSide | kAnySide
  constexpr std::uint8_t kFigureSide = 1;
  constexpr std::uint8_t kAnySide = 2;
  for (std::size_t i = 0; i < locals.size(); ++i) {
    if (!match[i].names.empty()) named_by[i] = static_cast<std::uint32_t>(i);
    sided_root[i] = static_cast<std::uint8_t>((match[i].sides.empty() ? 0 : kFigureSide) |
                                              (match[i].all_sides.empty() ? 0 : kAnySide));
    // An unnamed recall in a report whose figures name no side is of its town: "Last year, 40
    // people were killed" in a report from Washington names Washington's year, not Topeka's.
    // (One in a report on a war or a disaster, whose figures name sides, stays unnamed.)
    if (locals[i].background && match[i].names.empty() && match[i].all_sides.empty()) {
      for (std::size_t j = first_local(locals, locals[i].article);
           j < locals.size() && locals[j].article == locals[i].article; ++j) {
        if (!locals[j].background && match[j].sides.empty() && !match[j].names.empty()) {
          named_by[i] = static_cast<std::uint32_t>(j);
        }
      }
    }
  }
  for (const Candidate& cand : candidates) {
    const std::size_t ra = find(parent, cand.a);
    const std::size_t rb = find(parent, cand.b & ~kWeak);
    if (ra == rb) continue;
    if ((cand.b & kWeak) != 0) {
      const std::uint32_t na = named_by[ra];
      const std::uint32_t nb = named_by[rb];
      if (na != kNone && nb != kNone && ((sided_root[ra] | sided_root[rb]) & kFigureSide) == 0 &&
          common(match[na].names, match[nb].names) == 0) {
        continue;  // two towns' incidents, each joined by an unnamed recall
      }
      const bool only_names_a = na != kNone && sided_root[ra] == 0;
      const bool only_names_b = nb != kNone && sided_root[rb] == 0;
      if ((only_names_a && nb == kNone && sided_root[rb] != 0) ||
          (only_names_b && na == kNone && sided_root[ra] != 0)) {
        continue;  // a town's incident and a side's period
      }
    }
    if (families_of[ra] != kNoFamily && families_of[rb] != kNoFamily &&
        (families_of[ra] & families_of[rb]) == 0) {
      continue;  // a flood is not a war
    }
    if (different_parties(parties_of[ra], parties_of[rb])) continue;
    // Only where no side is named: a war or a disaster is reported from many capitals
    // ("YEREVAN", "MOSCOW"), a local shooting from its own town.
    if (parties_of[ra].empty() && parties_of[rb].empty() && !dateline_of_root[ra].empty() &&
        !dateline_of_root[rb].empty() && dateline_of_root[ra] != dateline_of_root[rb]) {
      continue;  // filed from different places
    }
    const auto [from_a, to_a] = current_days[ra];
    const auto [from_b, to_b] = current_days[rb];
    const Name& name = locals[cand.a].name;
    if (from_a <= to_a && from_b <= to_b &&
        (name.empty() || name != locals[cand.b & ~kWeak].name) &&
        std::max(to_a, to_b) - std::min(from_a, from_b) > days{options.max_span_days}) {
      continue;  // shootings in one city a week apart, chained over a year
    }
    // Look the smaller set up in the larger, and merge it into the larger: linear overall.
    const bool a_small = articles_of[ra].size() < articles_of[rb].size();
    const std::set<std::string>& small = a_small ? articles_of[ra] : articles_of[rb];
    const std::set<std::string>& big = a_small ? articles_of[rb] : articles_of[ra];
    if (std::any_of(small.begin(), small.end(),
                    [&](const std::string& art) { return big.contains(art); })) {
      continue;
    }
    parent[rb] = ra;
    if (named_by[ra] == kNone || (named_by[rb] != kNone && locals[named_by[ra]].background &&
                                  !locals[named_by[rb]].background)) {
      named_by[ra] = named_by[rb];
    }
    sided_root[ra] |= sided_root[rb];
    families_of[ra] |= families_of[rb];
    parties_of[ra].insert(parties_of[rb].begin(), parties_of[rb].end());
    parties_of[rb].clear();
    if (dateline_of_root[ra].empty()) dateline_of_root[ra] = dateline_of_root[rb];
    current_days[ra] = {std::min(from_a, from_b), std::max(to_a, to_b)};
    if (a_small) std::swap(articles_of[ra], articles_of[rb]);
    articles_of[ra].insert(articles_of[rb].begin(), articles_of[rb].end());
    articles_of[rb].clear();
  }
  // What matching used goes before the events are built: at a million articles it is gigabytes.
  std::vector<Candidate>().swap(candidates);
  std::vector<Match>().swap(match);
  std::vector<double>().swap(name_weight);
  decltype(buckets)().swap(buckets);
  by_name.clear();
  std::vector<std::set<std::string>>().swap(articles_of);
  std::vector<Name>().swap(dateline_of_root);
  std::vector<std::set<Name>>().swap(parties_of);
  std::vector<std::uint32_t>().swap(named_by);
  std::vector<std::uint8_t>().swap(sided_root);

  // A follow-up: an article whose current figures carry no date and matched nothing, but which
  // recalls an event others report as current ("last month's attack"), is about that event.
  std::vector<std::size_t> size_of(locals.size(), 0);  // by root
  std::vector<char> all_background(locals.size(), 1);  // by root
  for (std::size_t i = 0; i < locals.size(); ++i) {
    const std::size_t r = find(parent, i);
    ++size_of[r];
    all_background[r] = static_cast<char>(all_background[r] != 0 && locals[i].background);
  }
  for (std::size_t i = 0; i < locals.size(); ++i) {
    const Local& cur = locals[i];
    if (cur.background || cur.dated || size_of[find(parent, i)] != 1) continue;
    std::size_t best = locals.size();
    for (std::size_t j = first_local(locals, cur.article);
         j < locals.size() && locals[j].article == cur.article; ++j) {
      const Local& bg = locals[j];
      const std::size_t r = find(parent, j);
      if (j == i || bg.article != cur.article || !bg.background || all_background[r] != 0 ||
          size_of[r] < 2 || !share(bg.sides, cur.sides) || bg.last < cur.to - days{60}) {
        continue;
      }
      if (best == locals.size() || bg.last > locals[best].last) best = j;
    }
    if (best != locals.size()) parent[find(parent, i)] = find(parent, best);
  }

  std::vector<std::size_t> root_of(locals.size());
  for (std::size_t i = 0; i < locals.size(); ++i) root_of[i] = find(parent, i);
  return root_of;
}

}  // namespace claimgraph::detail
