// Arithmetic: totals checked against the sum of their parts, within one event.
//
// Totals are the claims of a key whose side is "both" (parts: the event's participants) or
// whose kind is a sum of kinds ("killed or missing" = killed + missing, "casualties" = killed +
// wounded; parts: the component kinds of the same side). A both-sides total of a joint kind
// takes each side's joint figure, or else that side's components.
//
// A part's figure is the one current when the total was stated: the largest figure for it in
// the total's own article, else the latest figure of the side's own voice up to the total's
// day, else the latest of any voice. A general total (population "people") sums every
// population of a part (soldiers + civilians); a specific one ("soldiers") only its own. A part
// is complete when its general population (soldiers or people) has a figure; when a part is
// missing or incomplete the sum is only a lower bound (the total must be at least it).
//
// The check passes when the total's interval meets the sum's (at least 99 against 49 + 50);
// each total is one flag, info when it adds up and high when it does not.

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <tuple>

#include "claimgraph/claims.hpp"
#include "graph/intervals.hpp"
#include "reconcile/reconcile_detail.hpp"

namespace claimgraph::detail {
namespace {

struct Composite {
  std::string_view kind;
  std::array<std::string_view, 2> parts;
};
constexpr std::array<Composite, 2> kComposites = {{
    {kinds::kKilledOrMissing, {kinds::kKilled, kinds::kMissing}},
    {kinds::kCasualties, {kinds::kKilled, kinds::kWounded}},
}};

const Composite* composite_of(std::string_view kind) {
  for (const Composite& c : kComposites) {
    if (c.kind == kind) return &c;
  }
  return nullptr;
}

bool general_population(std::string_view p) { return p == "people" || p == "soldiers"; }

/// A sum of parts: its interval, the claims it came from, what it lacks.
struct Sum {
  Interval interval = Interval::point(0);
  std::vector<const Claim*> claims;
  std::vector<std::string> terms;    // "Armenia 105", for the explanation
  std::vector<std::string> missing;  // "Azerbaijan missing", parts with no figure
  bool any = false;
};

class EventArithmetic {
 public:
  EventArithmetic(const std::vector<const KeyView*>& keys, double tolerance)
      : keys_(keys), tolerance_(tolerance) {}

  void run(Findings& out) const {
    for (const KeyView* view : keys_) {
      const ComparisonKey& key = *view->key;
      const bool both = key.side == "both";
      if (!both && !composite_of(key.kind)) continue;
      if (both && view->event->participants.size() < 2) continue;
      // Totals with the same figure and the same parts make one flag (five outlets repeating
      // "more than 6,500" are one check), listing every claim.
      std::vector<Discrepancy> checks;
      std::vector<std::pair<Interval, Interval>> shapes;  // (total, sum) of each check
      for (const Statement* total : distinct_totals(*view)) {
        auto c = check(*view, *total, out.relations);
        if (!c) continue;
        std::size_t i = 0;
        while (i < checks.size() && !(shapes[i] == std::make_pair(c->total, c->sum))) ++i;
        if (i == checks.size()) {
          checks.push_back(std::move(c->flag));
          shapes.emplace_back(c->total, c->sum);
          continue;
        }
        for (const std::string& id : c->flag.claims) {
          auto& ids = checks[i].claims;
          if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
        }
        checks[i].explanation += " Also stated by " + c->source + ".";
      }
      for (Discrepancy& d : checks) out.flags.push_back(std::move(d));
    }
  }

 private:
  // One statement per (article, figure): a total repeated in its article is checked once.
  static std::vector<const Statement*> distinct_totals(const KeyView& view) {
    std::map<std::pair<std::string, double>, const Statement*> first;
    for (const VoiceTimeline& t : view.voices) {
      for (const Statement& s : t.statements) {
        const auto k = std::make_pair(s.claim->article, s.claim->quantity.best);
        auto [it, fresh] = first.emplace(k, &s);
        if (!fresh && s.claim->quantity.span.begin < it->second->claim->quantity.span.begin)
          it->second = &s;
      }
    }
    std::vector<const Statement*> out;
    for (const auto& [k, s] : first) out.push_back(s);
    return out;
  }

  // The figure of `view` current at `total`: see the file comment.
  static std::optional<Figure> current(const KeyView& view, const Statement& total) {
    std::optional<Figure> in_article;
    for (const VoiceTimeline& t : view.voices) {
      for (const Statement& s : t.statements) {
        if (s.claim->article != total.claim->article) continue;
        if (!in_article || s.claim->quantity.best > in_article->best) {
          in_article = Figure{s.claim->quantity.interval, s.claim->quantity.best, s.day, {s.claim}};
        }
      }
    }
    if (in_article) return in_article;
    std::optional<Figure> own;
    std::optional<Figure> any;
    const auto later = [](const std::optional<Figure>& have, const Figure& f) {
      return !have || std::tie(f.day, f.best) > std::tie(have->day, have->best);
    };
    for (const VoiceTimeline& t : view.voices) {
      const auto f = t.as_of(total.day);
      if (!f) continue;
      if (t.side == view.key->side && later(own, *f)) own = f;
      if (later(any, *f)) any = f;
    }
    return own ? own : any;
  }

  // Adds the figures of (kind, side) in `population` scope to `sum`; true when complete.
  bool add_part(const std::string& kind, const std::string& side, const std::string& population,
                const Statement& total, Sum& sum) const {
    bool found = false;
    bool complete = false;
    for (const KeyView* view : keys_) {
      const ComparisonKey& key = *view->key;
      if (key.kind != kind || key.side != side) continue;
      if (population != "people" && key.population != population) continue;
      const auto f = current(*view, total);
      if (!f) continue;
      found = true;
      complete = complete || general_population(key.population);
      sum.interval = detail::sum(sum.interval, f->interval);
      sum.claims.push_back(f->claims.front());
      std::string term = side + " " + kind;
      if (!general_population(key.population)) term += " (" + key.population + ")";
      sum.terms.push_back(term + " " + figure_text(*f->claims.front()));
      sum.any = true;
    }
    if (found) {
      if (!complete) sum.missing.push_back(side + " " + kind + " (soldiers or people)");
      return complete;
    }
    if (const Composite* c = composite_of(kind)) {
      bool all = true;
      for (std::string_view part : c->parts) {
        all = add_part(std::string(part), side, population, total, sum) && all;
      }
      return all;
    }
    sum.missing.push_back(side + " " + kind);
    return false;
  }

  struct Check {
    Interval total;
    Interval sum;
    std::string source;  // "Euronews, 13 Sep 2022"
    Discrepancy flag;
  };

  std::optional<Check> check(const KeyView& view, const Statement& total,
                             std::vector<ClaimRelation>& relations) const {
    const ComparisonKey& key = *view.key;
    Sum sum;
    bool complete = true;
    std::string rule;
    if (key.side == "both") {
      rule = "a total of all sides against the sum of the sides";
      std::size_t sides = 0;
      for (const std::string& side : view.event->participants) {
        const std::size_t before = sum.claims.size();
        complete = add_part(key.kind, side, key.population, total, sum) && complete;
        if (sum.claims.size() > before) ++sides;
      }
      if (sides < 2) return std::nullopt;  // one side alone says little about a total
    } else {
      const Composite* c = composite_of(key.kind);
      rule = std::string(c->kind) + " against " + std::string(c->parts[0]) + " + " +
             std::string(c->parts[1]);
      for (std::string_view part : c->parts) {
        complete = add_part(std::string(part), key.side, key.population, total, sum) && complete;
      }
      if (!sum.any) return std::nullopt;
    }
    if (!complete) sum.interval.hi = {std::numeric_limits<double>::infinity(), true};

    const Claim& t = *total.claim;
    const Figure total_figure{t.quantity.interval, t.quantity.best, total.day, {&t}};
    const bool adds_up = overlaps(t.quantity.interval, sum.interval);
    std::string parts;
    for (std::size_t i = 0; i < sum.terms.size(); ++i) parts += (i ? " + " : "") + sum.terms[i];
    const std::string sum_text = number_text(sum.interval.lo.value);
    std::string text = "The total " + quoted(total_figure);
    if (adds_up && complete) {
      text += " adds up: " + parts + " = " + sum_text + ".";
      if (!same_figure(t.quantity.best, sum.interval.lo.value, tolerance_))
        text += " (Within the total's stated range, not equal to it.)";
    } else if (adds_up) {
      text += " is at least what its known parts give: " + parts + " = " + sum_text +
              ". No figure for: ";
      for (std::size_t i = 0; i < sum.missing.size(); ++i) text += (i ? ", " : "") + sum.missing[i];
      text += ".";
    }
    const bool parts_exceed =
        sum.interval.lo.value > t.quantity.interval.hi.value ||
        (sum.interval.lo.value == t.quantity.interval.hi.value && t.quantity.interval.hi.open);
    if (adds_up) {
      // said above
    } else if (parts_exceed) {
      text += " does not add up: its parts alone give more, " + parts + " = " + sum_text + ".";
    } else {
      text += " does not add up: " + parts + " = " + sum_text + ", less than the total.";
      if (key.side != "both") text += " A part may be missing or only partly counted.";
    }
    // Parts above their total never fit; a total above its parts is a clear error only for a
    // total of the sides (each side's figure is its own total) — a joint kind's parts are often
    // partial ("one victim remains in critical condition" beside "five people were shot").
    Severity severity = Severity::info;
    if (!adds_up) severity = parts_exceed || key.side == "both" ? Severity::high : Severity::low;
    Discrepancy d;
    d.verdict = Verdict::arithmetic;
    d.severity = severity;
    d.key = key.id;
    d.rule = rule;
    d.explanation = std::move(text);
    d.claims.push_back(t.id);
    for (const Claim* c : sum.claims) {
      d.claims.push_back(c->id);
      relations.push_back({t.id, c->id, adds_up ? Relation::agrees : Relation::contradicts});
    }
    std::string source = t.outlet.empty() ? t.article : t.outlet;
    if (total.day != 0) source += ", " + day_text(total.day);
    return Check{t.quantity.interval, sum.interval, std::move(source), std::move(d)};
  }

  const std::vector<const KeyView*>& keys_;
  double tolerance_;
};

}  // namespace

void arithmetic_flags(const std::vector<const KeyView*>& event_keys, double tolerance,
                      Findings& out) {
  EventArithmetic(event_keys, tolerance).run(out);
}

}  // namespace claimgraph::detail
