// normalize_claimants: makes claimants comparable across the articles of a set. Two passes over
// the claims: a body named without its side ("the Security Council") takes the one sided body of
// that name the set uses ("Armenia security council"); a surname alone takes the one full name
// the set uses with that surname ("Pashinyan" → "Nikol Pashinyan"), and with it that person's
// side. Quadratic in the number of distinct claimants of a set, which is small.

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "attribute/claim_lexicon.hpp"
#include "claimgraph/claims.hpp"

namespace claimgraph {

using detail::is_casualty_kind;

void normalize_claimants(std::vector<Claim>& claims) {
  // A body named without its side ("the Security Council said") takes the side of the one body
  // of that name the article set names with a side ("Armenia security council").
  for (Claim& c : claims) {
    if (c.outlet_voice || !c.claimant_side.empty() || c.claimant.empty() ||
        std::isupper(static_cast<unsigned char>(c.claimant[0]))) {
      continue;
    }
    const Claim* match = nullptr;
    bool unique = true;
    for (const Claim& o : claims) {
      if (o.claimant_side.empty() || o.claimant.size() <= c.claimant.size() ||
          !o.claimant.ends_with(" " + c.claimant)) {
        continue;
      }
      if (match && match->claimant != o.claimant) unique = false;
      match = &o;
    }
    if (match && unique) {
      const std::string name = match->claimant;
      const std::string side = match->claimant_side;
      c.claimant = name;
      c.claimant_side = side;
      if (c.side.empty() && is_casualty_kind(c.kind)) c.side = side;
    }
  }
  // Full person names used anywhere, by their last word; a surname with one full name becomes it.
  struct Name {
    std::string full;
    std::string side;
    bool unique = true;
  };
  std::vector<std::pair<std::string, Name>> by_surname;
  for (const Claim& c : claims) {
    const std::size_t sp = c.claimant.rfind(' ');
    if (c.outlet_voice || sp == std::string::npos) continue;
    const std::string surname = c.claimant.substr(sp + 1);
    auto it = std::find_if(by_surname.begin(), by_surname.end(),
                           [&](const auto& e) { return e.first == surname; });
    if (it == by_surname.end()) {
      by_surname.push_back({surname, {c.claimant, c.claimant_side, true}});
    } else if (it->second.full != c.claimant) {
      // Only person-like names (two capitalised words) take part; bodies have lower-case words.
      it->second.unique = false;
    } else if (it->second.side.empty()) {
      it->second.side = c.claimant_side;
    }
  }
  for (Claim& c : claims) {
    if (c.outlet_voice) continue;
    const std::string key = c.claimant.substr(c.claimant.rfind(' ') + 1);
    const auto it = std::find_if(by_surname.begin(), by_surname.end(),
                                 [&](const auto& e) { return e.first == key; });
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
