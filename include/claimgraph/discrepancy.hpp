#pragma once
/// Discrepancy: a flagged disagreement between claims about one comparison key.

#include <string>
#include <vector>

namespace claimgraph {

/// The verdict on the claims of one key (docs/reconciliation.md).
enum class Verdict { consistent, differing, contradictory, revision, partisan, arithmetic };

/// How much a fact-checker should care, most severe first when sorted descending.
enum class Severity { info, low, medium, high };

/// One flag: which claims disagree, by which rule, and why.
struct Discrepancy {
  Verdict verdict = Verdict::consistent;
  Severity severity = Severity::info;
  std::string key;                  ///< comparison key: event × kind × side × population
  std::vector<std::string> claims;  ///< Claim ids involved, in a stable order
  std::string rule;                 ///< the rule that fired
  std::string explanation;          ///< one or two sentences for the report
};

}  // namespace claimgraph
