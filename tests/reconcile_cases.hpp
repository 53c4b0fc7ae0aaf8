#pragma once
// Helpers of the reconciler's and the comparison keys' tests: claims of a few voices (Src),
// figures (Fig), events, and a run of the reconciler.

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "claimgraph/keys.hpp"
#include "claimgraph/reconcile.hpp"

namespace claimgraph::testing::reconcile {

using claimgraph::Claim;
using claimgraph::Discrepancy;
using claimgraph::Event;
using claimgraph::Interval;
using claimgraph::Qualifier;
using claimgraph::Severity;
using claimgraph::Verdict;

inline constexpr double kInf = std::numeric_limits<double>::infinity();

inline std::chrono::year_month_day day(int d, unsigned month = 9) {
  return std::chrono::year{2022} / std::chrono::month{month} / std::chrono::day{unsigned(d)};
}

// The figure of a claim: "105", "at least 49", "more than 6,500", "thousands", "about 300".
struct Fig {
  std::string text;
  double best;
  Interval interval;
  Qualifier qualifier = Qualifier::exact;
};
inline Fig exact(double v) { return {std::to_string(static_cast<long>(v)), v, Interval::point(v)}; }
inline Fig at_least(double v) {
  return {"at least " + std::to_string(static_cast<long>(v)),
          v,
          {{v, false}, {kInf, true}},
          Qualifier::at_least};
}
// "two" of "two remain in critical condition": at least two, the bound not written (claims.md)
inline Fig some(double v) {
  return {std::to_string(static_cast<long>(v)), v, {{v, false}, {kInf, true}}, Qualifier::at_least};
}
inline Fig more_than(double v) {
  return {"more than " + std::to_string(static_cast<long>(v)),
          v,
          {{v, true}, {kInf, true}},
          Qualifier::more_than};
}
inline Fig about(double v) {
  return {"about " + std::to_string(static_cast<long>(v)),
          v,
          {{v * 0.9, false}, {v * 1.1, false}},
          Qualifier::approximately};
}
inline Fig thousands() {
  return {"thousands", 2000, {{2000, false}, {10000, true}}, Qualifier::vague};
}

// Who says it and where.
struct Src {
  std::string article;
  std::string outlet;
  int published;  // day of September 2022
  std::string claimant;
  std::string claimant_side;
};

inline Claim claim(const Src& s, std::size_t offset, const std::string& event,
                   const std::string& kind, const std::string& side, const Fig& f,
                   const std::string& population = "soldiers") {
  Claim c;
  c.id = s.article + "#" + std::to_string(offset);
  c.article = s.article;
  c.outlet = s.outlet;
  c.published = day(s.published);
  c.kind = kind;
  c.population = population;
  c.side = side;
  c.outlet_voice = s.claimant.empty();
  c.claimant = c.outlet_voice ? s.outlet : s.claimant;
  c.claimant_side = s.claimant_side;
  c.event = event;
  c.quantity.text = f.text;
  c.quantity.value = f.best;
  c.quantity.best = f.best;
  c.quantity.interval = f.interval;
  c.quantity.qualifier = f.qualifier;
  c.quantity.span = {offset, offset + f.text.size()};
  // the number is the last word of the text: "49" of "at least 49"
  const std::size_t space = f.text.rfind(' ');
  c.quantity.number_span = {space == std::string::npos ? offset : offset + space + 1,
                            offset + f.text.size()};
  return c;
}

inline Event event(const std::string& id, std::vector<std::string> participants,
                   bool background = false) {
  Event e;
  e.id = id;
  e.label = id;
  e.participants = std::move(participants);
  e.background = background;
  if (!background) e.first_day = e.last_day = day(13);
  return e;
}

inline const std::string kNow = "ev-now";
inline const std::string kWar = "ev-war";

inline claimgraph::Reconciliation run(const std::vector<Claim>& claims,
                                      const std::vector<Event>& events) {
  return claimgraph::reconcile(claims, events, claimgraph::comparison_keys(claims, events));
}

inline std::vector<const Discrepancy*> flags_of(const claimgraph::Reconciliation& r, Verdict v) {
  std::vector<const Discrepancy*> out;
  for (const Discrepancy& d : r.flags) {
    if (d.verdict == v) out.push_back(&d);
  }
  return out;
}

inline const Src kPm1{"wire-13", "Wire", 13, "Nikol Pashinyan", "Armenia"};
inline const Src kPm2{"daily-14", "Daily", 14, "Nikol Pashinyan", "Armenia"};
inline const Src kMod3{"site-16", "Site", 16, "Armenia defence ministry", "Armenia"};
inline const Src kAz1{"wire-13", "Wire", 13, "Azerbaijan defence ministry", "Azerbaijan"};
inline const Src kAz5{"agency-19", "Agency", 19, "Azerbaijan government", "Azerbaijan"};
inline const Src kSpeaker{"weekly-30", "Weekly", 30, "Alen Simonyan", "Armenia"};

}  // namespace claimgraph::testing::reconcile
