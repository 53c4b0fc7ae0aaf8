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
#include <map>
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
    std::size_t run = 0;  // the first claim of the current claim's article
    for (std::size_t x = 0; x < key.claims.size(); ++x) {
      KeyedClaim& k = key.claims[x];
      const Claim& c = claims[k.claim];
      if (claims[key.claims[run].claim].article != c.article) run = x;
      if (!k.voice.empty()) continue;
      for (std::size_t y = run;
           y < key.claims.size() && claims[key.claims[y].claim].article == c.article; ++y) {
        const KeyedClaim& other = key.claims[y];
        const Claim& o = claims[other.claim];
        if (o.outlet_voice) continue;
        if (detail::overlaps(o.quantity.interval, c.quantity.interval) &&
            detail::same_figure(o.quantity.best, c.quantity.best, kRestatementTolerance)) {
          k.voice = other.voice;
          k.voice_side = other.voice_side;
          break;
        }
      }
      if (k.voice.empty()) k.voice = outlet_voice_name(c);
    }
    keys.push_back(std::move(key));
  }
  return keys;
}

}  // namespace claimgraph
