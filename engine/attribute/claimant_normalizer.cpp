// normalize_claimants: makes claimants comparable across the articles that report one event.
// Two passes over the claims of each event: a body named without its side ("the Security
// Council") takes the one sided body of that name the event's claims use ("Armenia security
// council"); a surname alone takes the one full name they use with that surname ("Pashinyan" →
// "Nikol Pashinyan"), and with it that person's side. Claims of other events never lend a name:
// in a set that holds both a border war and an earthquake, the earthquake's "authorities" are
// not the war's "Azerbaijan authorities". Before events are resolved, an article is the scope.
// Both passes look names up in maps built once per event: linear in the claims (times the words
// of a name), after one sort.

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <numeric>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "attribute/claim_lexicon.hpp"
#include "claimgraph/claims.hpp"

namespace claimgraph {

using detail::is_casualty_kind;

namespace {

// A person's name as speakers are normalized: words that each open in upper case ("Nikol
// Pashinyan", "Pashinyan"), not a body ("Armenia defence ministry", "authorities").
bool person_like(const std::string& name) {
  if (name.empty()) return false;
  for (std::size_t b = 0; b < name.size(); b = name.find(' ', b) + 1) {
    if (!std::isupper(static_cast<unsigned char>(name[b]))) return false;
    if (name.find(' ', b) == std::string::npos) break;
  }
  return true;
}

// The claims `group` points at: those of one event.
void normalize_group(std::vector<Claim>& claims, std::span<const std::size_t> group) {
  // A body named without its side ("the Security Council said") takes the side of the one body
  // of that name the event's claims name with a side ("Armenia security council").
  // Every word-boundary suffix of a sided claimant ("security council", "council" of "Armenia
  // security council") → that claimant, or "" when two sided claimants share the suffix.
  std::map<std::string, const Claim*> by_suffix;
  std::map<std::string, bool> ambiguous;
  for (const std::size_t i : group) {
    const Claim& o = claims[i];
    if (o.claimant_side.empty()) continue;
    for (std::size_t sp = o.claimant.find(' '); sp != std::string::npos;
         sp = o.claimant.find(' ', sp + 1)) {
      const std::string suffix = o.claimant.substr(sp + 1);
      const auto [it, fresh] = by_suffix.emplace(suffix, &o);
      if (!fresh && it->second->claimant != o.claimant) ambiguous[suffix] = true;
    }
  }
  for (const std::size_t i : group) {
    Claim& c = claims[i];
    if (c.outlet_voice || !c.claimant_side.empty() || c.claimant.empty() ||
        std::isupper(static_cast<unsigned char>(c.claimant[0]))) {
      continue;
    }
    const auto it = by_suffix.find(c.claimant);
    if (it == by_suffix.end() || ambiguous.count(c.claimant) != 0) continue;
    const std::string name = it->second->claimant;
    const std::string side = it->second->claimant_side;
    c.claimant = name;
    c.claimant_side = side;
    if (c.side.empty() && is_casualty_kind(c.kind)) c.side = side;
  }
  // Full person names used anywhere, by their last word; a surname with one full name becomes it.
  // Only person-like names take part: "authorities" is no surname of "Chicago authorities".
  struct FullName {
    claimgraph::Name full;
    claimgraph::Name side;
    bool unique = true;
  };
  std::map<std::string, FullName> by_surname;
  for (const std::size_t i : group) {
    const Claim& c = claims[i];
    const std::size_t sp = c.claimant.rfind(' ');
    if (c.outlet_voice || sp == std::string::npos || !person_like(c.claimant)) continue;
    const std::string surname = c.claimant.substr(sp + 1);
    auto it = by_surname.find(surname);
    if (it == by_surname.end()) {
      by_surname.emplace(surname, FullName{c.claimant, c.claimant_side, true});
    } else if (it->second.full != c.claimant) {
      // Only person-like names (two capitalised words) take part; bodies have lower-case words.
      it->second.unique = false;
    } else if (it->second.side.empty()) {
      it->second.side = c.claimant_side;
    }
  }
  for (const std::size_t i : group) {
    Claim& c = claims[i];
    if (c.outlet_voice || !person_like(c.claimant)) continue;
    const std::string key = c.claimant.substr(c.claimant.rfind(' ') + 1);
    const auto it = by_surname.find(key);
    if (it == by_surname.end() || !it->second.unique) continue;
    if (c.claimant == key || c.claimant == it->second.full) {
      c.claimant = it->second.full;
      if (c.claimant_side.empty() && !it->second.side.empty()) {
        c.claimant_side = it->second.side;
        // A casualty figure a side's own speaker gives is that side's, by default.
        if (c.side.empty() && is_casualty_kind(c.kind)) c.side = c.claimant_side;
      }
    }
  }
}

}  // namespace

void normalize_claimants(std::vector<Claim>& claims) {
  // The claims of one event (of one article while `event` is unset) in one run, in claim order.
  // Runs are ordered by the address of their interned name: groups never read each other, so
  // their order cannot change the result, and comparing addresses is cheaper than texts.
  const auto scope = [](const Claim& c) -> std::pair<bool, const std::string*> {
    return {c.event.empty(), c.event.empty() ? &c.article.str() : &c.event.str()};
  };
  std::vector<std::size_t> order(claims.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto x = scope(claims[a]);
    const auto y = scope(claims[b]);
    return x.first != y.first ? x.first : std::less<const std::string*>()(x.second, y.second);
  });
  for (std::size_t b = 0; b < order.size();) {
    std::size_t e = b + 1;
    while (e < order.size() && scope(claims[order[e]]) == scope(claims[order[b]])) ++e;
    normalize_group(claims, std::span<const std::size_t>(order).subspan(b, e - b));
    b = e;
  }
}

}  // namespace claimgraph
