// Verdicts from voices: one voice's history, and two voices against each other.
//
// History (current events only). A voice's distinct figures in order of first appearance form
// its timeline: 49 → 105 → 135 is a revision (info), not a conflict. It is flagged harder when
// the voice's figure of a later day is below, and incompatible with, that of an earlier day (a
// decrease: medium), or when one day's articles quote it with incompatible figures (49 and 105
// on 13 Sep: low, the datelines or updates of those articles matter). In a timeless key
// (a background event) one voice giving two incompatible figures contradicts itself (medium).
//
// Two voices. A party's figure for the other side's losses against another voice's figure as
// of the same day (that side's own, an outlet's, a bystander's) is partisan when the two are
// incompatible (high when one is at least twice the other, else medium); compatible, it is no flag.
// Any other two voices are compared on the days both speak (a stale figure from an earlier day is
// not a disagreement about a toll that grows): incompatible intervals are contradictory (high);
// compatible ones with different best figures are differing (low); a vague amount is at most
// differing. Voices are compared by their article totals only (KeyView::totals: a lower figure
// beside its article's largest is a part or a recall). One result per pair of voices, its worst
// comparison (the latest on ties); results with the same verdict and figures are one flag.
//
// One article. An article quoting two attributed voices with incompatible figures for the key is
// contradictory at medium: two sources at odds, or a part against a whole.
//
// Many voices. Above kPairwiseVoices voices in a key (or attributed voices in one article), pairs
// would grow with the square of the voices: the voices that are no other party are summarised,
// one spread flag a day (one an article), by spread_flag; a party's figure for another side's
// losses is still weighed against each voice.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <tuple>

#include "graph/intervals.hpp"
#include "reconcile/reconcile_detail.hpp"

namespace claimgraph::detail {
namespace {

std::string ratio_text(double a, double b) {
  const double lo = std::min(a, b);
  const double hi = std::max(a, b);
  if (lo <= 0) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", hi / lo);
  return std::string(buf) + " times as many";
}

struct Comparison {
  Figure a;
  Figure b;
  int rank = 0;  // 0 agrees, 1 differs, 2 incompatible
};

// One side of a disagreement: the voices that give one figure.
struct Member {
  std::string voice;
  Figure figure;
};
struct Camps {
  std::vector<Member> a;
  std::vector<Member> b;
};

void dedupe(std::vector<Member>& camp) {
  std::sort(camp.begin(), camp.end(),
            [](const Member& x, const Member& y) { return x.voice < y.voice; });
  camp.erase(std::unique(camp.begin(), camp.end(),
                         [](const Member& x, const Member& y) { return x.voice == y.voice; }),
             camp.end());
}

// "Euronews, Meridian Wire say more than 6,500" / "Armenia says some 430 (Caucasus Weekly, …)".
std::string describe(const std::vector<Member>& camp) {
  std::string who;
  for (std::size_t i = 0; i < camp.size(); ++i) {
    who += (i == 0                 ? ""
            : i + 1 == camp.size() ? " and "
                                   : ", ") +
           std::string(voice_name(camp[i].voice));
  }
  std::string text =
      who + " " + std::string(camp.size() > 1 ? "say" : says(voice_name(camp.front().voice))) + " ";
  if (camp.size() == 1) return text + quoted(camp.front().figure, camp.front().voice);
  return text + figure_text(*camp.front().figure.claims.front());
}

// Two articles of one day quoting the voice with incompatible figures, each article read at its
// largest figure (an article recalling "up from 50" beside its 71 is not a spread): the lowest
// one incompatible with `now`, the day's figure, against it.
std::optional<std::pair<Figure, Figure>> same_day_spread(const VoiceTimeline& t,
                                                         const Figure& now) {
  std::map<std::string, const Claim*> article_top;
  for (const Statement& s : t.statements) {
    if (s.day != now.day) continue;
    const Claim*& top = article_top[s.claim->article];
    if (!top || s.claim->quantity.best > top->quantity.best) top = s.claim;
  }
  const Claim* low = nullptr;
  for (const auto& [article, c] : article_top) {
    if (overlaps(c->quantity.interval, now.interval)) continue;  // "at least 49" fits 105
    if (!low || c->quantity.best < low->quantity.best) low = c;
  }
  if (!low) return std::nullopt;
  return std::make_pair(Figure{low->quantity.interval, low->quantity.best, now.day, {low}}, now);
}

Discrepancy make_flag(const KeyView& view, Verdict verdict, Severity severity, std::string rule,
                      std::string explanation, std::vector<const Claim*> claims) {
  Discrepancy d;
  d.verdict = verdict;
  d.severity = severity;
  d.key = view.key->id;
  d.rule = std::move(rule);
  d.explanation = std::move(explanation);
  d.claims = ids(claims);
  return d;
}

}  // namespace

bool is_vague(const Figure& f) { return f.claims.front()->quantity.qualifier == Qualifier::vague; }

namespace {

// A lower bound the text does not write: some of those counted ("two remain in critical
// condition", claims.md), read as "at least two".
bool some_of_them(const Figure& f) {
  const Quantity& q = f.claims.front()->quantity;
  return q.qualifier == Qualifier::at_least && q.span.begin == q.number_span.begin &&
         q.span.end == q.number_span.end;
}

}  // namespace

int compare_rank(const Figure& a, const Figure& b, double tolerance) {
  if (!overlaps(a.interval, b.interval)) return is_vague(a) || is_vague(b) ? 1 : 2;
  // Some of them against a total they fit is no news: "two remain in critical condition" (at
  // least two, a bound the text does not write) against "seven were wounded" — unlike "more
  // than 6,500" against "more than 6,600", two figures as written.
  if (!same_figure(a.best, b.best, tolerance)) return some_of_them(a) || some_of_them(b) ? 0 : 1;
  return 0;
}

std::string quoted(const Figure& f, std::string_view voice) {
  const Claim& c = *f.claims.front();
  std::string where = c.outlet.empty() ? c.article : c.outlet;
  if (where == voice_name(voice)) where.clear();
  const std::string when = day_text(f.day);
  if (!when.empty()) where += (where.empty() ? "" : ", ") + when;
  return where.empty() ? figure_text(c) : figure_text(c) + " (" + where + ")";
}

void voice_history_flags(const KeyView& view, double tolerance, Findings& out) {
  for (const VoiceTimeline& t : view.voices) {
    // A party's figures for the other side's losses are judged against that side's own
    // (partisan), not as a timeline of its own.
    if (other_party(t.side, view.key->side)) continue;
    std::vector<Figure> series;  // distinct figures, by first appearance
    for (const Statement& s : t.statements) {
      const double best = s.claim->quantity.best;
      const bool seen = std::any_of(series.begin(), series.end(), [&](const Figure& f) {
        return same_figure(f.best, best, tolerance);
      });
      if (!seen) series.push_back({s.claim->quantity.interval, best, s.day, {s.claim}});
    }
    if (series.size() < 2) continue;
    const std::string who(voice_name(t.voice));

    if (view.timeless) {
      const Figure& lo = series.front();
      const Figure& hi = series.back();
      if (overlaps(lo.interval, hi.interval)) continue;
      out.flags.push_back(make_flag(view, Verdict::contradictory, Severity::medium,
                                    "one voice, incompatible figures",
                                    who + " gives both " + quoted(lo, t.voice) + " and " +
                                        quoted(hi, t.voice) + " for the same count.",
                                    {lo.claims.front(), hi.claims.front()}));
      out.relations.push_back(
          {hi.claims.front()->id, lo.claims.front()->id, Relation::contradicts});
      continue;
    }

    std::optional<std::pair<Figure, Figure>> decrease;  // (earlier, later)
    std::optional<std::pair<Figure, Figure>> spread;    // (low, high) on one day
    Figure top = t.on(t.days.front());
    for (std::size_t k = 0; k < t.days.size(); ++k) {
      const Figure now = t.on(t.days[k]);
      if (k > 0 && !decrease && now.best < top.best && !overlaps(now.interval, top.interval)) {
        decrease.emplace(top, now);
      }
      if (now.best > top.best) top = now;
      if (!spread) spread = same_day_spread(t, now);
    }

    std::string text = who + " revised its figure: ";
    std::vector<const Claim*> claims;
    for (std::size_t i = 0; i < series.size(); ++i) {
      text += (i ? " → " : "") + quoted(series[i], t.voice);
      claims.push_back(series[i].claims.front());
      if (i > 0) {
        out.relations.push_back(
            {series[i].claims.front()->id, series[i - 1].claims.front()->id, Relation::revises});
      }
    }
    text += ". A timeline, not a conflict.";
    Severity severity = Severity::info;
    std::string rule = "revision";
    if (spread) {
      severity = Severity::low;
      rule = "revision, incompatible figures on one day";
      Figure low = spread->first;
      Figure high = spread->second;
      const std::string day = day_text(low.day);
      low.day = high.day = 0;  // the day is said once
      text += " On " + day + " articles quote it with both " + quoted(low) + " and " +
              quoted(high) + ": check those articles' datelines and updates.";
      for (const Figure* f : {&low, &high}) {  // the flag holds every figure it names
        const Claim* c = f->claims.front();
        if (std::find(claims.begin(), claims.end(), c) == claims.end()) claims.push_back(c);
      }
    }
    if (decrease) {
      severity = Severity::medium;
      rule = "revision downwards";
      text += " Its figure went down: " + quoted(decrease->first, t.voice) + ", later " +
              quoted(decrease->second, t.voice) + ".";
      const Claim* later = decrease->second.claims.front();
      if (std::find(claims.begin(), claims.end(), later) == claims.end()) claims.push_back(later);
    }
    out.flags.push_back(
        make_flag(view, Verdict::revision, severity, rule, std::move(text), std::move(claims)));
  }
}

// Many voices (more than kPairwiseVoices): the voices that are no other party, compared day by
// day in one spread flag a day, not pair by pair.
void many_voice_flags(const KeyView& view, double tolerance, Findings& out) {
  std::vector<const VoiceTimeline*> voices;
  std::vector<int> days;
  for (const VoiceTimeline& t : view.totals) {
    if (other_party(t.side, view.key->side)) continue;
    voices.push_back(&t);
    days.insert(days.end(), t.days.begin(), t.days.end());
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  for (const int day : days) {
    std::vector<VoicedFigure> figures;
    for (const VoiceTimeline* t : voices) {
      if (std::binary_search(t->days.begin(), t->days.end(), day))
        figures.push_back({t->voice, t->on(day)});
    }
    const std::string when = day_text(day);
    spread_flag(
        view, figures, tolerance,
        {when.empty() ? std::string("Across the key's reports") : "On " + when, Severity::high,
         "incompatible figures from many voices", "Not all can be true.", true},
        out);
  }
}

void cross_voice_flags(const KeyView& view, double tolerance, Findings& out) {
  const std::string& side = view.key->side;
  // With many voices, pairs are compared only where a party speaks of another side's losses
  // (few voices, against each of the rest); the others are summarised day by day.
  const bool many = view.totals.size() > kPairwiseVoices;
  if (many) many_voice_flags(view, tolerance, out);
  std::map<std::tuple<int, double, double>, Camps> merged;  // (rank, best a, best b) → camps
  const auto compare_pair = [&](std::size_t i, std::size_t j) {
    const VoiceTimeline* a = &view.totals[i];
    const VoiceTimeline* b = &view.totals[j];
    // Partisan: one voice is another party, the other is not (the side whose losses are
    // counted, an outlet, anyone without a side).
    if (other_party(b->side, side) && !other_party(a->side, side)) std::swap(a, b);
    const bool partisan = other_party(a->side, side) && !other_party(b->side, side);

    std::optional<Comparison> worst;
    const auto consider = [&](const Figure& fa, const Figure& fb) {
      const int rank = compare_rank(fa, fb, tolerance);
      if (!worst || rank >= worst->rank) worst = Comparison{fa, fb, rank};
    };
    for (int day : a->days) {
      if (partisan) {
        if (const auto own = b->as_of(day)) consider(a->on(day), *own);
      } else if (std::binary_search(b->days.begin(), b->days.end(), day)) {
        consider(a->on(day), b->on(day));
      }
    }
    if (!worst) return;
    const Claim* ca = worst->a.claims.front();
    const Claim* cb = worst->b.claims.front();
    static constexpr Relation kRelations[] = {Relation::agrees, Relation::differs,
                                              Relation::contradicts, Relation::contradicts};
    out.relations.push_back(
        {std::min(ca->id, cb->id), std::max(ca->id, cb->id), kRelations[worst->rank]});
    // A party's figure that fits the other side's own is no news, even if it differs.
    if (worst->rank == 0 || (partisan && worst->rank == 1)) return;
    int rank = worst->rank;
    if (partisan && rank == 2) rank = 3;
    // Non-partisan camps are ordered by figure, so "6,500 vs 6,600" and "6,600 vs 6,500" meet.
    if (!partisan && worst->b.best < worst->a.best) {
      std::swap(worst->a, worst->b);
      std::swap(a, b);
    }
    Camps& camps = merged[{rank, worst->a.best, worst->b.best}];
    camps.a.push_back({a->voice, worst->a});
    camps.b.push_back({b->voice, worst->b});
  };
  if (!many) {
    for (std::size_t i = 0; i < view.totals.size(); ++i) {
      for (std::size_t j = i + 1; j < view.totals.size(); ++j) compare_pair(i, j);
    }
  } else {
    // Each party against every other voice; two parties once.
    for (std::size_t p = 0; p < view.totals.size(); ++p) {
      if (!other_party(view.totals[p].side, side)) continue;
      for (std::size_t q = 0; q < view.totals.size(); ++q) {
        if (q == p || (q < p && other_party(view.totals[q].side, side))) continue;
        compare_pair(std::min(p, q), std::max(p, q));
      }
    }
  }
  // Most severe first is decided later; here one flag per pair of camps.
  for (auto& [k, camps] : merged) {
    const auto [rank, best_a, best_b] = k;
    dedupe(camps.a);
    dedupe(camps.b);
    std::vector<const Claim*> claims;
    for (const auto* camp : {&camps.a, &camps.b}) {
      for (const Member& m : *camp) {
        for (const Claim* c : m.figure.claims) {
          if (std::find(claims.begin(), claims.end(), c) == claims.end()) claims.push_back(c);
        }
      }
    }
    const std::string says_a = describe(camps.a);
    const std::string says_b = describe(camps.b);
    const bool vague = is_vague(camps.a.front().figure) || is_vague(camps.b.front().figure);
    if (rank == 3) {
      const std::string ratio = ratio_text(best_a, best_b);
      const bool far = std::max(best_a, best_b) >= 2 * std::min(best_a, best_b);
      out.flags.push_back(
          make_flag(view, Verdict::partisan, far ? Severity::high : Severity::medium,
                    "a party's figure for the other side's losses",
                    says_a + " for " + side + "'s losses; at the time " + says_b +
                        (ratio.empty() ? "" : " (" + ratio + ")") +
                        ". A party's figure for another side's losses is not independent.",
                    std::move(claims)));
    } else if (rank == 2) {
      out.flags.push_back(make_flag(view, Verdict::contradictory, Severity::high,
                                    "incompatible figures from different voices",
                                    says_a + "; " + says_b + ". Both cannot be true.",
                                    std::move(claims)));
    } else {
      out.flags.push_back(make_flag(
          view, Verdict::differing, Severity::low,
          vague ? "a vague figure against a precise one" : "compatible figures that differ",
          says_a + "; " + says_b +
              (vague ? ". A vague amount cannot confirm or refute a figure; worth checking."
                     : ". The ranges are compatible but the figures differ."),
          std::move(claims)));
    }
  }
}

// Low: in real news one article's figures for a key are far more often a part against the
// article's total than two sources at odds (gva-news, reconciliation.md).
void same_article_flags(const KeyView& view, double tolerance, Findings& out) {
  const std::string& side = view.key->side;
  // article → voice → its largest figure there (attributed, non-partisan voices only)
  std::map<std::string, std::map<std::string, const Statement*>> tops;
  for (const VoiceTimeline& t : view.voices) {
    if (other_party(t.side, side)) continue;
    for (const Statement& s : t.statements) {
      if (s.claim->outlet_voice) continue;
      const Statement*& top = tops[s.claim->article][t.voice];
      if (!top || s.claim->quantity.best > top->claim->quantity.best) top = &s;
    }
  }
  for (const auto& [article, voices] : tops) {
    if (voices.size() > kPairwiseVoices) {  // many sources in one article: their spread
      std::vector<VoicedFigure> figures;
      for (const auto& [voice, s] : voices) {
        const Claim* c = s->claim;
        figures.push_back({voice, Figure{c->quantity.interval, c->quantity.best, s->day, {c}}});
      }
      const Claim& first = *voices.begin()->second->claim;
      std::string where = first.outlet.empty() ? article : first.outlet.str();
      if (voices.begin()->second->day != 0) where += ", " + day_text(voices.begin()->second->day);
      spread_flag(view, figures, tolerance,
                  {"In one article (" + where + ")", Severity::low, "one article, many sources",
                   "Sources at odds, or parts against a whole: check the article.", false},
                  out);
      continue;
    }
    for (auto a = voices.begin(); a != voices.end(); ++a) {
      for (auto b = std::next(a); b != voices.end(); ++b) {
        const Statement* slo = a->second;
        const Statement* shi = b->second;
        if (shi->claim->quantity.best < slo->claim->quantity.best) std::swap(slo, shi);
        const Claim* lo = slo->claim;
        const Claim* hi = shi->claim;
        const Figure fl{lo->quantity.interval, lo->quantity.best, 0, {lo}};
        const Figure fh{hi->quantity.interval, hi->quantity.best, 0, {hi}};
        if (compare_rank(fl, fh, tolerance) != 2) continue;
        const std::string who_lo(voice_name(slo == a->second ? a->first : b->first));
        const std::string who_hi(voice_name(shi == b->second ? b->first : a->first));
        std::string where = lo->outlet.empty() ? article : lo->outlet.str();
        if (slo->day != 0) where += ", " + day_text(slo->day);
        out.flags.push_back(
            make_flag(view, Verdict::contradictory, Severity::low, "one article, two sources",
                      "In one article (" + where + "), " + who_lo + " " +
                          std::string(says(who_lo)) + " " + figure_text(*lo) + " and " + who_hi +
                          " " + std::string(says(who_hi)) + " " + figure_text(*hi) +
                          ". Two sources at odds, or a part against a whole: check the article.",
                      {lo, hi}));
        out.relations.push_back(
            {std::min(lo->id, hi->id), std::max(lo->id, hi->id), Relation::contradicts});
      }
    }
  }
}

}  // namespace claimgraph::detail
