// comparison_keys: claims → comparison keys (event × kind × side × population) and voices.
//
// 1. Only claims with an event and a casualty kind are keyed, and no tally of many incidents.
// 2. Side: a claim that names no side, in an event with two or more participants, counts every
//    side: its key side is "both" ("more than 6,500 killed" in the 2020 war = "more than 6,500
//    troops from both sides").
// 3. Population: a figure that names no population ("people") joins the "soldiers" key of the
//    same event, kind and side when there is one: in war reporting "Armenia lost 105" and "105
//    Armenian soldiers" are the same count. Civilians, children and police stay apart.
// 4. Voice: an attributed claim speaks with its claimant's side ("Armenia" for the prime
//    minister and the defence ministry alike: a government revising its toll is one voice), or
//    the claimant's name when it has no side. An unattributed figure that repeats, in the same
//    article and key, a figure the article attributes to someone is that someone's restatement;
//    any other unattributed figure is the outlet's own voice.
// Keys and the claims in them are sorted by id, so input order never shows.

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "attribute/claim_lexicon.hpp"
#include "claimgraph/claims.hpp"
#include "claimgraph/keys.hpp"
#include "graph/intervals.hpp"

namespace claimgraph {
namespace {

constexpr double kRestatementTolerance = 0.01;

struct KeyParts {
  Name event, kind, side, population;  // ordered by text, as the key ids are
  friend bool operator<(const KeyParts& a, const KeyParts& b) {
    return std::tie(a.event, a.kind, a.side, a.population) <
           std::tie(b.event, b.kind, b.side, b.population);
  }
};

bool claim_order(const Claim& a, const Claim& b) {
  return std::tie(a.article, a.quantity.span.begin, a.id) <
         std::tie(b.article, b.quantity.span.begin, b.id);
}

constexpr std::string_view kOutletVoice = "outlet:";

std::string outlet_voice_name(const Claim& c) {
  return std::string(kOutletVoice) + (c.outlet.empty() ? c.article : c.outlet);
}

using FigureBits = std::tuple<std::uint64_t, bool, std::uint64_t, bool>;

// An interval as bits: equal bits, the same interval for every comparison.
FigureBits bits(const Interval& i) {
  return {std::bit_cast<std::uint64_t>(i.lo.value), i.lo.open,
          std::bit_cast<std::uint64_t>(i.hi.value), i.hi.open};
}

// The attributed figures of one article's run of a key, for finding the first one an
// unattributed figure repeats: one entry per distinct figure (best value and interval), with the
// earliest position giving it, sorted by best value. A look-up reads only the figures within the
// tolerance of its own, so an article of many figures costs about a look-up per figure, not a
// comparison per pair (docs/reliability.md, "Linear time").
class AttributedFigures {
 public:
  AttributedFigures(const std::vector<Claim>& claims, const std::vector<KeyedClaim>& keyed,
                    std::size_t first, std::size_t last) {
    for (std::size_t y = first; y < last; ++y) {
      const Claim& o = claims[keyed[y].claim];
      if (o.outlet_voice || std::isnan(o.quantity.best)) continue;  // NaN is no figure's match
      (std::isinf(o.quantity.best) ? unbounded_ : finite_)
          .push_back({o.quantity.best, o.quantity.interval, y});
    }
    // Ordered by best value, then by the interval's bits (a total order even with NaN ends),
    // then by position; one entry per figure, its earliest.
    const auto by_figure = [](const Entry& a, const Entry& b) {
      if (a.best != b.best) return a.best < b.best;
      return std::tuple(bits(a.interval), a.position) < std::tuple(bits(b.interval), b.position);
    };
    const auto same_entry = [](const Entry& a, const Entry& b) {
      return a.best == b.best && bits(a.interval) == bits(b.interval);
    };
    for (auto* v : {&finite_, &unbounded_}) {
      std::sort(v->begin(), v->end(), by_figure);
      v->erase(std::unique(v->begin(), v->end(), same_entry), v->end());
    }
  }

  // The earliest position whose figure overlaps `q` and is the same figure within the
  // tolerance, or `none`.
  [[nodiscard]] std::size_t first_match(const Quantity& q) const {
    std::size_t found = none;
    const auto consider = [&](const Entry& e) {
      if (e.position < found && detail::overlaps(e.interval, q.interval) &&
          detail::same_figure(e.best, q.best, kRestatementTolerance))
        found = e.position;
    };
    if (std::isnan(q.best)) return none;
    if (std::isinf(q.best)) {
      for (const Entry& e : finite_) consider(e);
    } else {
      // |o − v| ≤ t·max(|o|, |v|) implies |o − v| ≤ t·|v| / (1 − t): only that band can match
      // (twice as wide, against rounding; the test itself decides).
      const double reach =
          2 * kRestatementTolerance * std::fabs(q.best) / (1 - kRestatementTolerance);
      const auto from = std::lower_bound(finite_.begin(), finite_.end(), q.best - reach,
                                         [](const Entry& e, double v) { return e.best < v; });
      for (auto it = from; it != finite_.end() && it->best <= q.best + reach; ++it) consider(*it);
    }
    for (const Entry& e : unbounded_) consider(e);  // infinite figures: few, always tried
    return found;
  }

  static constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

 private:
  struct Entry {
    double best;
    Interval interval;
    std::size_t position;  // in the key's claims
  };
  std::vector<Entry> finite_;
  std::vector<Entry> unbounded_;
};

// Rule 4 for the claims [first, last) of a key, one article's: an unattributed figure takes the
// voice of the first attributed figure of the article it repeats, else it is the outlet's own.
void assign_restatements(const std::vector<Claim>& claims, std::vector<KeyedClaim>& keyed,
                         std::size_t first, std::size_t last) {
  std::optional<AttributedFigures> figures;  // built on the run's first unattributed figure
  // Answers by figure (best value's bits, interval): a figure repeated is looked up once.
  std::map<std::pair<std::uint64_t, FigureBits>, std::size_t> answers;
  for (std::size_t x = first; x < last; ++x) {
    KeyedClaim& k = keyed[x];
    if (!k.voice.empty()) continue;
    const Claim& c = claims[k.claim];
    if (!figures) figures.emplace(claims, keyed, first, last);
    const auto [at, fresh] = answers.try_emplace(
        {std::bit_cast<std::uint64_t>(c.quantity.best), bits(c.quantity.interval)}, 0);
    if (fresh) at->second = figures->first_match(c.quantity);
    if (const std::size_t y = at->second; y != AttributedFigures::none) {
      k.voice = keyed[y].voice;
      k.voice_side = keyed[y].voice_side;
    }
    if (k.voice.empty()) k.voice = outlet_voice_name(c);
  }
}

}  // namespace

std::string_view voice_name(std::string_view voice) noexcept {
  if (voice.substr(0, kOutletVoice.size()) == kOutletVoice)
    voice.remove_prefix(kOutletVoice.size());
  return voice;
}

std::optional<std::chrono::year_month_day> statement_day(const Claim& c) noexcept {
  if (c.stated && (!c.published || *c.stated <= *c.published)) return c.stated;
  return c.published;
}

std::vector<ComparisonKey> comparison_keys(const std::vector<Claim>& claims,
                                           const std::vector<Event>& events) {
  // Events by their interned id: one text, one address.
  std::unordered_map<const char*, const Event*> event_by_id;
  for (const Event& e : events) event_by_id.emplace(Name(e.id).data(), &e);
  const Name people("people");
  const Name soldiers_name("soldiers");
  const Name both("both");

  std::map<KeyParts, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    const auto ev = event_by_id.find(c.event.data());
    if (ev == event_by_id.end() || !detail::is_casualty_kind(c.kind) || c.tally) continue;
    KeyParts parts{c.event, c.kind, c.side, c.population.empty() ? people : c.population};
    if (parts.side.empty() && ev->second->participants.size() >= 2) parts.side = both;
    groups[parts].push_back(i);
  }
  // Rule 3: unnamed populations join the soldiers of the same event, kind and side.
  for (auto it = groups.begin(); it != groups.end();) {
    KeyParts soldiers = it->first;
    soldiers.population = soldiers_name;
    const auto target = groups.find(soldiers);
    if (it->first.population == people && target != groups.end()) {
      target->second.insert(target->second.end(), it->second.begin(), it->second.end());
      it = groups.erase(it);
    } else {
      ++it;
    }
  }

  std::vector<ComparisonKey> keys;
  keys.reserve(groups.size());
  for (auto& [parts, members] : groups) {
    std::sort(members.begin(), members.end(),
              [&](std::size_t a, std::size_t b) { return claim_order(claims[a], claims[b]); });
    ComparisonKey key;
    key.event = parts.event;
    key.kind = parts.kind;
    key.side = parts.side;
    key.population = parts.population;
    key.id = key.event + "/" + key.kind + "/" + (key.side.empty() ? "-" : key.side) + "/" +
             key.population;
    for (std::size_t i : members) {
      const Claim& c = claims[i];
      KeyedClaim k{i, {}, {}};
      if (!c.outlet_voice) {
        k.voice = c.claimant_side.empty() ? c.claimant : c.claimant_side;
        k.voice_side = c.claimant_side;
      }
      key.claims.push_back(std::move(k));
    }
    // Rule 4: an unattributed figure repeating an attributed one of its article is a restatement.
    // The key's claims are in article order: an article's claims are one run of them.
    for (std::size_t run = 0; run < key.claims.size();) {
      std::size_t end = run + 1;
      while (end < key.claims.size() &&
             claims[key.claims[end].claim].article == claims[key.claims[run].claim].article)
        ++end;
      assign_restatements(claims, key.claims, run, end);
      run = end;
    }
    keys.push_back(std::move(key));
  }
  return keys;
}

}  // namespace claimgraph
