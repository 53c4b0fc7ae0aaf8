// region_lexicon.hpp, and set_regions (claimgraph/claims.hpp): the regions compiled once for a
// whole article set, shared by every call of extract_claims.

#include "attribute/region_lexicon.hpp"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace claimgraph {

class RegionLexicon {
 public:
  explicit RegionLexicon(const std::vector<std::string>& regions)
      : places(detail::Places::with_regions(regions)) {}
  detail::Places places;
};

void set_regions(ClaimOptions& options, std::vector<std::string> regions) {
  options.regions = std::move(regions);
  options.region_lexicon =
      options.regions.empty() ? nullptr : std::make_shared<const RegionLexicon>(options.regions);
}

namespace detail {

const Places& places_for(const ClaimOptions& options, std::optional<Places>& storage) {
  if (options.region_lexicon) return options.region_lexicon->places;
  if (options.regions.empty()) return Places::get();
  storage.emplace(Places::with_regions(options.regions));
  return *storage;
}

}  // namespace detail
}  // namespace claimgraph
