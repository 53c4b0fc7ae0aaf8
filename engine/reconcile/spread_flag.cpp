// spread_flag: many voices' figures summarised in one flag, for keys with more voices than can
// be compared pair by pair (kPairwiseVoices).
//
// A figure is incompatible with another when its interval misses the other's. On a line that
// is decided without pairs: a figure misses some other figure exactly when it misses the one
// whose interval ends first or the one whose interval starts last (among the others) — an
// interval meets every other iff it starts no later than the first end and ends no earlier
// than the last start. So each figure is checked against two, and the flag costs time in
// proportion to the figures. Vague amounts ("thousands") are loose readings: they never make
// a figure incompatible, as in the pairwise rules.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "graph/intervals.hpp"
#include "reconcile/reconcile_detail.hpp"

namespace claimgraph::detail {
namespace {

// Ends first: the smaller upper end; of equal ends, the open one (it excludes the value).
bool ends_before(const Interval& a, const Interval& b) {
  if (a.hi.value != b.hi.value) return a.hi.value < b.hi.value;
  return a.hi.open && !b.hi.open;
}

// Starts last: the larger lower end; of equal starts, the open one.
bool starts_after(const Interval& a, const Interval& b) {
  if (a.lo.value != b.lo.value) return a.lo.value > b.lo.value;
  return a.lo.open && !b.lo.open;
}

// The indices of the two figures that come first by `earlier`, among precise ones.
template <typename Earlier>
std::pair<std::size_t, std::size_t> first_two(const std::vector<VoicedFigure>& figures,
                                              Earlier earlier) {
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::size_t one = none;
  std::size_t two = none;
  for (std::size_t i = 0; i < figures.size(); ++i) {
    if (is_vague(figures[i].figure)) continue;
    const Interval& v = figures[i].figure.interval;
    if (one == none || earlier(v, figures[one].figure.interval)) {
      two = one;
      one = i;
    } else if (two == none || earlier(v, figures[two].figure.interval)) {
      two = i;
    }
  }
  return {one, two};
}

}  // namespace

void spread_flag(const KeyView& view, const std::vector<VoicedFigure>& given, double tolerance,
                 const SpreadWording& wording, Findings& out) {
  // A figure with a NaN in it is no figure (the reader gives infinity, never NaN; the library's
  // callers might): every comparison with it is false, which would break the orders below.
  std::vector<VoicedFigure> figures;
  figures.reserve(given.size());
  for (const VoicedFigure& f : given) {
    const Figure& g = f.figure;
    if (!std::isnan(g.best) && !std::isnan(g.interval.lo.value) && !std::isnan(g.interval.hi.value))
      figures.push_back(f);
  }
  if (figures.size() < 2) return;
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  const auto [end1, end2] = first_two(figures, ends_before);
  const auto [start1, start2] = first_two(figures, starts_after);
  std::vector<std::size_t> incompatible;
  std::vector<std::size_t> witness;  // per incompatible figure: one it misses
  for (std::size_t i = 0; i < figures.size(); ++i) {
    if (is_vague(figures[i].figure)) continue;
    const std::size_t ends = end1 == i ? end2 : end1;
    const std::size_t starts = start1 == i ? start2 : start1;
    const Interval& v = figures[i].figure.interval;
    if (ends != none && !overlaps(v, figures[ends].figure.interval)) {
      incompatible.push_back(i);
      witness.push_back(ends);
    } else if (starts != none && !overlaps(v, figures[starts].figure.interval)) {
      incompatible.push_back(i);
      witness.push_back(starts);
    }
  }
  // The lowest and the highest best figures, the first in order on ties.
  std::size_t low = 0;
  std::size_t high = 0;
  for (std::size_t i = 1; i < figures.size(); ++i) {
    if (figures[i].figure.best < figures[low].figure.best) low = i;
    if (figures[i].figure.best > figures[high].figure.best) high = i;
  }
  const bool contradictory = !incompatible.empty();
  if (!contradictory && (!wording.differing || same_figure(figures[low].figure.best,
                                                           figures[high].figure.best, tolerance))) {
    return;
  }
  // Named: the incompatible figures, or (differing) every figure; the ends always.
  std::vector<std::size_t> named = incompatible;
  if (!contradictory) {
    named.resize(figures.size());
    for (std::size_t i = 0; i < figures.size(); ++i) named[i] = i;
  }
  for (const std::size_t end : {low, high}) {
    if (std::find(named.begin(), named.end(), end) == named.end()) named.push_back(end);
  }
  std::sort(named.begin(), named.end());

  std::vector<double> distinct;
  for (const VoicedFigure& f : figures) distinct.push_back(f.figure.best);
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());

  const auto end_text = [&](std::size_t i) {  // "100, from Outlet 0", "10 (Wire), from police"
    Figure f = figures[i].figure;
    f.day = 0;  // the day is said once, in `where`
    return quoted(f, figures[i].voice) + ", from " + std::string(voice_name(figures[i].voice));
  };
  std::string text =
      wording.where + ", " + std::to_string(figures.size()) + " voices give " +
      (distinct.size() == 1 ? std::string("one figure with different ranges")
                            : std::to_string(distinct.size()) + " different figures");
  if (contradictory) {
    text += ", " + std::to_string(incompatible.size()) + " of them incompatible with another";
  }
  text += ": the lowest, " + end_text(low) + "; the highest, " + end_text(high) + ". " +
          (contradictory ? wording.closing : "The ranges are compatible but the figures differ.");

  Discrepancy d;
  d.verdict = contradictory ? Verdict::contradictory : Verdict::differing;
  d.severity = contradictory ? wording.severity : Severity::low;
  d.key = view.key->id;
  d.rule = contradictory ? wording.rule : "different figures from many voices";
  d.explanation = std::move(text);
  for (const std::size_t i : named) d.claims.push_back(figures[i].figure.claims.front()->id);
  out.flags.push_back(std::move(d));

  // Relations: each figure named to the lowest and the highest, as a pair would be.
  const auto relate = [&](std::size_t i, std::size_t end) {
    if (i == end) return;
    const Figure& a = figures[i].figure;
    const Figure& b = figures[end].figure;
    static constexpr Relation kRelations[] = {Relation::agrees, Relation::differs,
                                              Relation::contradicts};
    const Relation r = kRelations[compare_rank(a, b, tolerance)];
    const std::string& x = a.claims.front()->id;
    const std::string& y = b.claims.front()->id;
    out.relations.push_back({std::min(x, y), std::max(x, y), r});
  };
  for (const std::size_t i : named) {
    relate(i, low);
    relate(i, high);
  }
  // and each incompatible figure to one it misses: a contradiction the graph keeps even where
  // the ends meet it
  for (std::size_t k = 0; k < incompatible.size(); ++k) relate(incompatible[k], witness[k]);
}

}  // namespace claimgraph::detail
