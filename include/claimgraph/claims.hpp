#pragma once
/// Stage "attribute": from an article's count mentions to Claims — what is counted (kind,
/// population), whose people (side), and who says so (claimant). Rules in docs/claims.md.

#include <memory>
#include <string>
#include <vector>

#include "claimgraph/article.hpp"
#include "claimgraph/claim.hpp"
#include "claimgraph/quantities.hpp"

namespace claimgraph {

/// Regions compiled into the side lexicon once (set_regions); opaque.
class RegionLexicon;

/// Options of claim extraction.
struct ClaimOptions {
  QuantityOptions quantities;    ///< how figures are read
  bool casualties_only = false;  ///< drop claims whose kind is a generic noun ("republics")
  /// Region names that are sides of their own in this article set ("Castrel"), as find_regions
  /// gives them; countries and armed groups are always sides. Set them with set_regions when
  /// extracting many articles: regions set here alone are compiled again for every article.
  std::vector<std::string> regions;
  /// `regions` compiled by set_regions; extract_claims uses it when set.
  std::shared_ptr<const RegionLexicon> region_lexicon;
};

/// Sets `options.regions` and compiles them once for every extract_claims call with `options`.
void set_regions(ClaimOptions& options, std::vector<std::string> regions);

/// The regions an article set names as such — "Castrel province", "the province of Castrel",
/// "the Kherson region", "Donetsk oblast" — that the built-in side lexicon does not know. Sorted,
/// so the same set gives the same regions in any order. Rules in docs/claims.md.
[[nodiscard]] std::vector<std::string> find_regions(const std::vector<Article>& articles);

/// The claims of one article, in text order: one per count mention (a mention with two kinds,
/// "killed or missing", gives one claim of the joint kind). Deterministic.
[[nodiscard]] std::vector<Claim> extract_claims(const Article& article,
                                                const ClaimOptions& options = {});

/// Makes claimants comparable across the articles of one event: a surname alone ("Pashinyan")
/// becomes the full name the event's claims use ("Nikol Pashinyan") when exactly one full name
/// ends with it, and a claimant with no side takes the side that name has there. Claims are
/// grouped by Claim::event (by article while it is unset): run it after resolve_events.
void normalize_claimants(std::vector<Claim>& claims);

/// Stable lower-case kind names for casualty kinds, as used in Claim::kind.
namespace kinds {
inline constexpr const char* kKilled = "killed";
inline constexpr const char* kWounded = "wounded";
inline constexpr const char* kMissing = "missing";
inline constexpr const char* kKilledOrMissing = "killed_or_missing";
inline constexpr const char* kCasualties = "casualties";
inline constexpr const char* kCaptured = "captured";
inline constexpr const char* kDetained = "detained";
inline constexpr const char* kDisplaced = "displaced";
inline constexpr const char* kDeployed = "deployed";
}  // namespace kinds

}  // namespace claimgraph
