// earlier_report_flags: the figures a key's articles give as earlier reports, since superseded
// ("Police had originally said that seven people were shot, but amended that number to four").
// Such a figure is no current claim of its voice, so it is set against no other figure — a
// contradiction with it would be the article's own correction read as a dispute — but it is not
// dropped either: one info flag per key names each, with its voice, outlet and day.

#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "reconcile/key_view.hpp"
#include "reconcile/reconcile_detail.hpp"

namespace claimgraph::detail {

void earlier_report_flags(const KeyView& view, Findings& out) {
  if (view.earlier.empty()) return;
  // (voice, article) → the voice's largest current figure there, which revises the earlier one.
  std::map<std::pair<std::string_view, std::string_view>, const Claim*> current;
  for (const VoiceTimeline& t : view.voices) {
    for (const Statement& s : t.statements) {
      const Claim*& top = current[{t.voice, s.claim->article.str()}];
      if (!top || s.claim->quantity.best > top->quantity.best) top = s.claim;
    }
  }
  Discrepancy d;
  d.verdict = Verdict::revision;
  d.severity = Severity::info;
  d.key = view.key->id;
  d.rule = "earlier report";
  std::string text =
      "Given as earlier reports, since superseded, and compared with no other "
      "figure: ";
  for (std::size_t i = 0; i < view.earlier.size(); ++i) {
    const auto& [voice, s] = view.earlier[i];
    const Figure f{s.claim->quantity.interval, s.claim->quantity.best, s.day, {s.claim}};
    text += (i == 0 ? "" : "; ") + std::string(voice_name(voice)) + " gave " + quoted(f, voice);
    d.claims.push_back(s.claim->id);
    if (const auto it = current.find({voice, s.claim->article.str()}); it != current.end()) {
      out.relations.push_back({it->second->id, s.claim->id, Relation::revises});
    }
  }
  d.explanation = text + ".";
  out.flags.push_back(std::move(d));
}

}  // namespace claimgraph::detail
