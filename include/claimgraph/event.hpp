#pragma once
/// Event: something that happened, which claims from many articles are about.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace claimgraph {

/// One real-world event (a clash, a war, an attack), resolved across articles.
struct Event {
  std::string id;     ///< stable: derived from its signature, not from input order
  std::string label;  ///< readable: "Armenia–Azerbaijan border clashes, 13–14 Sep 2022"
  std::optional<std::chrono::year_month_day> first_day;  ///< earliest day it covers
  std::optional<std::chrono::year_month_day> last_day;   ///< latest day it covers
  std::vector<std::string> places;                       ///< place names mentioned for it
  std::vector<std::string> participants;                 ///< sides involved
  std::vector<std::string> articles;                     ///< Article ids that report it
  bool background = false;  ///< true for an earlier event an article only recalls (the 2020 war)
};

}  // namespace claimgraph
