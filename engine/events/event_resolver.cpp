// resolve_events: claims → events, within and across articles.
//
// 1. Local events. In each article, a claim anchored (Claim::when) to a period that ended before
//    the day before publication — a week, month, year or decade ("last week", "In August", "in
//    2020"), or a day more than `current_days` earlier — belongs to a background event of that
//    period (claims of one article with overlapping periods share it). Every other claim belongs
//    to the article's current event.
// 2. Features: the days of a local event (its claims' anchors; a current event also spans the
//    `current_days` before publication, for matching); its sides (those of its claims and
//    claimants) and context (sides named in its sentences, capitals excepted: a dateline is not
//    a participant); its names (capitalised words of its sentences, and of a current event's
//    lead, title and dateline; none from a sentence in capitals or title case); its type (the
//    most frequent event word: war, clashes, fighting, attack, earthquake, shooting, ...).
// 3. Across articles (event_matching.cpp): candidates by shared days and sides or names, merged
//    best first under cannot-links (one article's events, families, parties, spans of
//    publication, datelines, a weak match naming different towns).
// 4. Ids and labels come from the resolved contents, never from input order: "Armenia–Azerbaijan
//    clashes, 13–14 Sep 2022", id "ev-20220913-armenia-azerbaijan-clashes" (event_building.cpp).

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <chrono>
#include <limits>
#include <map>
#include <numeric>
#include <string>
#include <unordered_map>

#include "claimgraph/events.hpp"
#include "events/event_building.hpp"
#include "events/event_matching.hpp"
#include "events/report_names.hpp"
#include "events/sentence_facts.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;
using Local = detail::LocalEvent;
using detail::slug;

std::string lower_copy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = detail::to_lower(c);
  return out;
}

void add_facts(const detail::SentenceFacts& facts, Local& local) {
  for (const Name& side : facts.context) local.context.insert(side);
  for (const detail::TypeWord* w : facts.type_words) {
    ++local.types[w->type];
    local.families |= w->family;
  }
  for (const std::string& n : facts.names) local.names.insert(n);
}

}  // namespace

std::vector<Event> resolve_events(const std::vector<Article>& articles, std::vector<Claim>& claims,
                                  const EventOptions& options) {
  // Articles by id (the first of equal ids), looked up by binary search.
  std::vector<const Article*> by_id;
  by_id.reserve(articles.size());
  for (const Article& a : articles) by_id.push_back(&a);
  std::stable_sort(by_id.begin(), by_id.end(),
                   [](const Article* x, const Article* y) { return x->id < y->id; });
  const auto article_of = [&](std::string_view id) -> const Article* {
    const auto it =
        std::lower_bound(by_id.begin(), by_id.end(), id,
                         [](const Article* a, std::string_view v) { return a->id < v; });
    return it != by_id.end() && (*it)->id == id ? *it : nullptr;
  };

  // 1. Local events, keyed by article; claims in a stable order (article, then offset).
  std::vector<std::size_t> order(claims.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    if (claims[x].article != claims[y].article) return claims[x].article < claims[y].article;
    return claims[x].quantity.number_span.begin < claims[y].quantity.number_span.begin;
  });
  // Each claim's sentence is read on every core, a block of claims at a time, before the
  // claims join their local events in order. A sentence is read once: the claims after the
  // first of its sentence (they follow it in this order) point back to the first's facts, so
  // a sentence of many figures costs one reading, not one per figure.
  constexpr std::size_t kFactsBlock = 16384;
  std::vector<detail::SentenceFacts> facts;
  std::vector<std::size_t> facts_of;  // per claim of the block: the slot holding its facts
  const auto read_block = [&](std::size_t first) {
    const std::size_t last = std::min(order.size(), first + kFactsBlock);
    facts.assign(last - first, {});
    facts_of.assign(last - first, 0);
    tbb::parallel_for(tbb::blocked_range<std::size_t>(first, last, 256),
                      [&](const tbb::blocked_range<std::size_t>& range) {
                        const Article* source = nullptr;
                        for (std::size_t n = range.begin(); n != range.end(); ++n) {
                          const Claim& c = claims[order[n]];
                          const bool new_article =
                              n == range.begin() || c.article != claims[order[n - 1]].article;
                          if (new_article) source = article_of(c.article);
                          if (!new_article && c.sentence == claims[order[n - 1]].sentence) {
                            facts_of[n - first] = facts_of[n - 1 - first];
                            continue;
                          }
                          facts_of[n - first] = n - first;
                          if (source)
                            facts[n - first] = detail::read_sentence(text_at(*source, c.sentence));
                        }
                      });
  };
  std::vector<Local> locals;
  std::size_t article_begin = 0;  // the first local event of the claim's article
  // The current local event of the claim's article (its claims come one after another).
  std::size_t current = std::numeric_limits<std::size_t>::max();
  const Article* article = nullptr;  // the claim's
  for (std::size_t n = 0; n < order.size(); ++n) {
    if (n % kFactsBlock == 0) read_block(n);
    const std::size_t ci = order[n];
    const Claim& c = claims[ci];
    if (n == 0 || c.article != claims[order[n - 1]].article) {
      article_begin = locals.size();
      current = std::numeric_limits<std::size_t>::max();
      article = article_of(c.article);
    }
    const std::optional<year_month_day> published = article ? article->published : std::nullopt;
    const std::string name = c.when ? std::string() : lower_copy(c.named_event);
    const bool background =
        !name.empty() ||
        (c.when && published && sys_days{c.when->last} < sys_days{*published} - days{1} &&
         (c.when_grain != TimeGrain::day ||
          sys_days{c.when->last} < sys_days{*published} - days{options.current_days}));
    std::size_t li = locals.size();
    if (background) {
      for (std::size_t k = article_begin; k < locals.size(); ++k) {
        const Local& l = locals[k];
        const bool same_name = !name.empty() && l.name == name;
        const bool same_days = name.empty() && l.name.empty() && c.when && l.dated &&
                               l.first <= sys_days{c.when->last} &&
                               sys_days{c.when->first} <= l.last;
        if (l.article == c.article && l.background && (same_name || same_days)) {
          li = k;
          break;
        }
      }
    } else if (current != std::numeric_limits<std::size_t>::max()) {
      li = current;
    }
    if (li == locals.size()) {
      Local l;
      l.article = c.article;
      l.source = article;
      l.name = name;
      l.display = c.named_event;
      l.background = background;
      if (!background) current = li;
      locals.push_back(std::move(l));
    }
    Local& l = locals[li];
    l.claims.push_back(ci);
    // A running total "since 2013" belongs to the current event but does not date it: its
    // years-long range would make the event overlap every other one.
    const bool running_total = !background && c.when_grain == TimeGrain::era;
    if (c.when && !running_total) {
      const sys_days a{c.when->first};
      const sys_days b{c.when->last};
      if (!l.dated || a < l.first) l.first = a;
      if (!l.dated || b > l.last) l.last = b;
      l.dated = true;
      if (c.when_grain == TimeGrain::day) {
        if (!l.fine || a < l.fine_first) l.fine_first = a;
        if (!l.fine || b > l.fine_last) l.fine_last = b;
        l.fine = true;
        for (sys_days d = a; d <= b && d < a + days{31}; d += days{1}) l.fine_days.push_back(d);
      }
    }
    for (const Name* s : {&c.side, &c.claimant_side}) {
      if (!s->empty() && *s != "both") l.sides.insert(*s);
    }
    add_facts(facts[facts_of[n % kFactsBlock]], l);
  }
  std::vector<detail::SentenceFacts>().swap(facts);
  std::vector<std::size_t>().swap(facts_of);
  std::vector<std::size_t>().swap(order);
  std::vector<const Article*>().swap(by_id);
  for (Local& l : locals) {
    std::sort(l.fine_days.begin(), l.fine_days.end());
    l.fine_days.erase(std::unique(l.fine_days.begin(), l.fine_days.end()), l.fine_days.end());
    l.fine_days.shrink_to_fit();
  }
  // A current event is known by the name its article's title gives it ("... the Galwan clash");
  // of several, the name whose last mention comes last. Names are looked up by their first word
  // at each word of the title.
  std::unordered_map<std::string, std::vector<std::size_t>> named_by_word;  // → last local
  {
    std::map<std::string, std::size_t> last_of;
    for (std::size_t i = 0; i < locals.size(); ++i) {
      if (!locals[i].name.empty()) last_of[locals[i].name] = i;
    }
    for (const auto& [name, i] : last_of) {
      named_by_word[name.substr(0, name.find(' '))].push_back(i);
    }
  }
  for (Local& l : locals) {
    if (l.background || l.source == nullptr || named_by_word.empty()) continue;
    const std::string title = lower_copy(l.source->title);
    std::size_t best = locals.size();
    for (std::size_t b = 0; b < title.size(); ++b) {
      if (b > 0 && detail::is_alnum(title[b - 1])) continue;  // not a word's start
      std::size_t e = b;
      while (e < title.size() && title[e] != ' ') ++e;
      const auto found = named_by_word.find(title.substr(b, e - b));
      if (found == named_by_word.end()) continue;
      for (const std::size_t i : found->second) {
        if (title.compare(b, locals[i].name.size(), locals[i].name) == 0 &&
            (best == locals.size() || i > best)) {
          best = i;
        }
      }
    }
    if (best != locals.size()) {
      l.name = locals[best].name;
      l.display = locals[best].display;
    }
  }
  // A current event is also of the kind its article's title and lead tell ("Floods in ..."). An
  // article whose title reports several incidents and which gives a total over them is a
  // roundup: its current figures are of several incidents it does not tell apart ("One person
  // was shot in the Bronx" in "20 people wounded in several Fourth of July shootings in NYC"),
  // so its current event is matched with no other (its recalled events still are).
  for (Local& l : locals) {
    if (l.background || l.source == nullptr) continue;
    l.roundup = std::any_of(l.claims.begin(), l.claims.end(),
                            [&](std::size_t ci) { return claims[ci].tally; }) &&
                detail::reports_several_incidents(l.source->title);
    l.families |= detail::families_in(l.source->title);
    l.families |= detail::families_in(lead_of(*l.source));
    for (std::string& n : detail::read_sentence(lead_of(*l.source)).names)
      l.names.insert(std::move(n));
    // The title's names and the dateline's words are names too: "7 injured in Galt drive-by
    // shooting" and a report filed from "GALT, Calif." name one town.
    for (std::string& n : detail::title_names(l.source->title)) l.names.insert(std::move(n));
    if (std::string d = detail::dateline_of(l.source->text); !d.empty()) {
      detail::for_each_word(d, 0, d.size(), [&](std::size_t b, std::size_t e) {
        const std::string_view w = std::string_view(d).substr(b, e - b);
        if (w.size() > 2 && !detail::common_name(w)) l.names.emplace(w);
        return false;
      });
      l.dateline = Name(d);
    }
  }
  // Matching windows: a background event its anchored days; a current event those and the
  // `current_days` before publication.
  for (Local& l : locals) {
    if (l.dated) {
      l.from = l.first;
      l.to = l.last;
      l.windowed = true;
    }
    if (l.background || l.source == nullptr || !l.source->published) continue;
    const sys_days pub{*l.source->published};
    const sys_days start = pub - days{options.current_days};
    l.from = l.windowed ? std::min(l.from, start) : start;
    l.to = l.windowed ? std::max(l.to, pub) : pub;
    l.windowed = true;
  }
  // Names that are sides are not names.
  for (Local& l : locals) {
    std::erase_if(l.names, [&](const std::string& n) {
      return std::any_of(l.sides.begin(), l.sides.end(),
                         [&](const Name& s) { return slug(s) == n; });
    });
  }

  // 3. Merged across articles (event_matching.cpp).
  const std::vector<std::size_t> root_of = detail::resolve_across(locals, options);

  // 4. Events from the components.
  return detail::build_events(locals, root_of, claims);
}

}  // namespace claimgraph
