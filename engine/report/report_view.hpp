#pragma once
// What the human-readable reports (Markdown, HTML, CSV) share: the report indexed by claim,
// article, event and key, and the pieces of a claim as people read it.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/report.hpp"

namespace claimgraph::detail {

/// A claim's sentence cut around its figure, for marking the figure.
struct QuotedSentence {
  std::string before;
  std::string figure;
  std::string after;
};

/// The report, indexed.
class ReportView {
 public:
  explicit ReportView(const Report& report);

  [[nodiscard]] const Report& report() const { return report_; }
  [[nodiscard]] const Claim* claim(const std::string& id) const;
  [[nodiscard]] const Article* article(const std::string& id) const;
  /// The title of a key id ("killed · Armenia · soldiers"), the id itself if unknown.
  [[nodiscard]] std::string key_title(const std::string& key_id) const;
  /// The keys of an event, in key order.
  [[nodiscard]] std::vector<const KeyVerdict*> keys_of(const std::string& event) const;
  /// The flags of a key, most severe first.
  [[nodiscard]] std::vector<const Discrepancy*> flags_of(const std::string& key) const;
  /// The claims of a key, by (date, figure, id).
  [[nodiscard]] std::vector<const Claim*> claims_of(const KeyVerdict& key) const;
  /// The link to a claim's article (safe_url), "" when there is none.
  [[nodiscard]] std::string url_of(const Claim& c) const;
  /// The claim's outlet (its article id when the outlet is unknown).
  [[nodiscard]] static std::string outlet_of(const Claim& c);
  /// The claimant as tables show it: "(outlet)" when the outlet states the figure itself.
  [[nodiscard]] static std::string claimant_of(const Claim& c);
  /// The voice of a claim in its key ("Armenia", "Meridian Wire").
  [[nodiscard]] std::string voice_of(const Claim& c) const;

  /// "killed · Armenia · soldiers" ("all sides" for both, "side unknown" for none).
  [[nodiscard]] static std::string key_title(const ComparisonKey& key);
  /// The claim's sentence with its figure cut out (the quantity's span inside the sentence).
  [[nodiscard]] QuotedSentence quote(const Claim& c) const;
  /// Distinct outlets and claimants of the report's claims.
  [[nodiscard]] std::size_t outlet_count() const;
  [[nodiscard]] std::size_t claimant_count() const;

 private:
  const Report& report_;
  std::map<std::string, const Claim*> claims_;
  std::map<std::string, const Article*> articles_;
  std::map<std::string, const ComparisonKey*> keys_;
  std::map<std::string, std::string> voices_;  // claim id → voice label
};

/// An article URL safe to put in a link: http(s) only (no "javascript:"), with spaces, quotes,
/// brackets and parentheses percent-encoded; "" for anything else.
[[nodiscard]] std::string safe_url(std::string_view url);

/// "2022-09-13 – 2022-09-14", "2022-09-13", or "" when the event has no days.
[[nodiscard]] std::string event_days(const Event& e);

/// "2022-09-13", or "" when unknown.
[[nodiscard]] std::string date_or_empty(const Claim& c);

}  // namespace claimgraph::detail
