#pragma once
// The reconciler's rule families, each adding flags and claim↔claim relations for a key or an
// event. reconcile.cpp runs them and orders the results; docs/reconciliation.md has the rules.

#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/discrepancy.hpp"
#include "claimgraph/reconcile.hpp"
#include "reconcile/key_view.hpp"

namespace claimgraph::detail {

/// What the rule families append to.
struct Findings {
  std::vector<Discrepancy> flags;
  std::vector<ClaimRelation> relations;
};

/// One voice's figures over time: revision timelines (and decreases, same-day spreads), or in a
/// timeless key two incompatible figures from one voice.
void voice_history_flags(const KeyView& view, double tolerance, Findings& out);

/// Two voices against each other: contradictory, differing, or partisan (a party's figure for
/// the other side's losses against that side's own).
void cross_voice_flags(const KeyView& view, double tolerance, Findings& out);

/// One article quoting two attributed voices with incompatible figures for the key (12 from the
/// ministry, 19 from the rescue service): contradictory, medium — or a part against a whole.
void same_article_flags(const KeyView& view, double tolerance, Findings& out);

/// Totals against their parts, for the keys of one event: a "both" total against the sum of
/// the sides, "killed or missing" against killed + missing, "casualties" against killed +
/// wounded.
void arithmetic_flags(const std::vector<const KeyView*>& event_keys, double tolerance,
                      Findings& out);

/// The figures a key's articles give as earlier reports, since superseded ("Police had
/// originally said that seven people were shot"): one info flag naming them, and a relation from
/// the same voice's current figure in the same article, which revises it.
void earlier_report_flags(const KeyView& view, Findings& out);

/// A vague amount ("thousands"): a loose reading, not a bound.
[[nodiscard]] bool is_vague(const Figure& f);

/// 0 agrees, 1 differs, 2 incompatible. A vague amount against a figure outside it differs but
/// does not contradict.
[[nodiscard]] int compare_rank(const Figure& a, const Figure& b, double tolerance);

/// Above this many voices in a key (or attributed voices in one article), their disagreements
/// are summarised by spread_flag, not listed pair by pair: pairs grow with the square of the
/// voices (docs/reconciliation.md, "Many voices").
inline constexpr std::size_t kPairwiseVoices = 32;

/// A voice's figure, for spread_flag.
struct VoicedFigure {
  std::string_view voice;
  Figure figure;
};

/// What a spread flag says and how hard.
struct SpreadWording {
  std::string where;      ///< "On 14 Sep 2022", "In one article (Wire, 14 Sep 2022)"
  Severity severity;      ///< of the flag when some figures are incompatible
  std::string rule;       ///< "incompatible figures from many voices"
  std::string closing;    ///< the explanation's last sentence
  bool differing = true;  ///< flag compatible figures whose best figures differ too
};

/// Many voices' figures at once (one day's, or one article's): one flag giving their spread —
/// contradictory when some figure's interval misses another's, naming those figures; else, when
/// `wording.differing`, differing when the best figures differ — and relations from each figure
/// named to the lowest and the highest. Time and size grow with the figures, not their pairs.
void spread_flag(const KeyView& view, const std::vector<VoicedFigure>& figures, double tolerance,
                 const SpreadWording& wording, Findings& out);

/// The figure as quoted, with where and when: "at least 49 (Straits Morning Post, 13 Sep 2022)";
/// the outlet is left out when it is `voice` itself.
[[nodiscard]] std::string quoted(const Figure& f, std::string_view voice = {});

}  // namespace claimgraph::detail
