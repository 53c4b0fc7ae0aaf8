#pragma once
// The event resolver's local events (one article's claims of one period) and how resolved
// components of them become Events: participants, days, labels and ids. Used by
// resolve_events (event_resolver.cpp); rules in docs/events.md.

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/article.hpp"
#include "claimgraph/claim.hpp"
#include "claimgraph/event.hpp"
#include "claimgraph/name.hpp"
#include "events/sentence_facts.hpp"

namespace claimgraph::detail {

/// One article's claims of one period: its current event, or a background one it recalls.
struct LocalEvent {
  Name article;
  const Article* source = nullptr;  // the article, when it is in the set
  Name name;     // a named earlier event ("galwan clash"), lower case; "" if none
  Name display;  // the name as written ("Galwan clash")
  bool background = false;
  bool roundup = false;           // the current event of an article on several incidents (below)
  bool dated = false;             // the anchored days below are set
  std::chrono::sys_days first{};  // anchored days of its claims
  std::chrono::sys_days last{};
  bool fine = false;  // some claim is anchored to a day: the days below are set
  std::chrono::sys_days fine_first{};
  std::chrono::sys_days fine_last{};
  std::vector<std::chrono::sys_days>
      fine_days;                 // days its day-anchored claims cover: sorted, distinct
  bool windowed = false;         // the matching window below is set
  std::chrono::sys_days from{};  // days used for matching
  std::chrono::sys_days to{};
  std::set<Name> sides;
  std::set<Name> context;
  std::set<std::string> names;
  Name dateline;  // of a current event's report: where it was filed from (report_names.hpp)
  std::map<std::string_view, int> types;  // of detail::kTypeWords
  std::uint8_t families =
      detail::kNoFamily;  // of the event words of its sentences (and title, lead)
  std::vector<std::size_t> claims;
};

/// The first of `article`'s local events: they were made in article order, an article's are one
/// run.
inline std::size_t first_local(const std::vector<LocalEvent>& locals, std::string_view article) {
  return static_cast<std::size_t>(
      std::lower_bound(locals.begin(), locals.end(), article,
                       [](const LocalEvent& l, std::string_view a) { return l.article < a; }) -
      locals.begin());
}

/// A name as an id's part: "Armenia–Azerbaijan" → "armenia-azerbaijan".
std::string slug(const std::string& s);

/// The events of the resolved components (`root_of[i]`: the component of local event i), ordered
/// by first day then label, with unique ids; sets each claim's Claim::event.
std::vector<Event> build_events(const std::vector<LocalEvent>& locals,
                                const std::vector<std::size_t>& root_of,
                                std::vector<Claim>& claims);

}  // namespace claimgraph::detail
