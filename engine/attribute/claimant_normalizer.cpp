// normalize_claimants: makes claimants comparable across the articles of a set. Two passes over
// the claims: a body named without its side ("the Security Council") takes the one sided body of
// that name the set uses ("Armenia security council"); a surname alone takes the one full name
// the set uses with that surname ("Pashinyan" → "Nikol Pashinyan"), and with it that person's
// side. Both passes look names up in maps built once: linear in the claims (times the words of
// a name).

#include <algorithm>
#include <cctype>
#include <map>
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

}  // namespace

void normalize_claimants(std::vector<Claim>& claims) {
  // A body named without its side ("the Security Council said") takes the side of the one body
  // of that name the article set names with a side ("Armenia security council").
  // Every word-boundary suffix of a sided claimant ("security council", "council" of "Armenia
  // security council") → that claimant, or "" when two sided claimants share the suffix.
  std::map<std::string, const Claim*> by_suffix;
  std::map<std::string, bool> ambiguous;
  for (const Claim& o : claims) {
    if (o.claimant_side.empty()) continue;
    for (std::size_t sp = o.claimant.find(' '); sp != std::string::npos;
         sp = o.claimant.find(' ', sp + 1)) {
      const std::string suffix = o.claimant.substr(sp + 1);
      const auto [it, fresh] = by_suffix.emplace(suffix, &o);
      if (!fresh && it->second->claimant != o.claimant) ambiguous[suffix] = true;
    }
  }
  for (Claim& c : claims) {
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
  for (const Claim& c : claims) {
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
  for (Claim& c : claims) {
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

}  // namespace claimgraph
