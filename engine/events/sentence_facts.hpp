#pragma once
// What one sentence tells the event of the figures in it: the event words it uses (and the
// family of events each belongs to), the sides it names in passing, the capitalised names it
// gives. Read by the event resolver for each claim's sentence and an article's title and lead.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/name.hpp"

namespace claimgraph::detail {

// Event words: the type they give a label, and the family that keeps events apart. Two events
// whose words all lie in different families are never one event: a flood and border clashes in
// the same province and week are two. Words that name no one kind of event (an attack, a fire, a
// shooting in a war or in a street) have no family.
enum Family : std::uint8_t { kNoFamily = 0, kConflict = 1, kQuake = 2, kWeather = 4 };

struct TypeWord {
  std::string_view word;
  std::string_view type;
  Family family;
};

inline constexpr std::array<TypeWord, 16> kTypeWords = {{
    {"war", "war", kConflict},
    {"clashes", "clashes", kConflict},
    {"clash", "clashes", kConflict},
    {"fighting", "fighting", kConflict},
    {"attack", "attack", kNoFamily},
    {"attacks", "attack", kNoFamily},
    {"earthquake", "earthquake", kQuake},
    {"quake", "earthquake", kQuake},
    {"shooting", "shooting", kNoFamily},
    {"bombing", "bombing", kNoFamily},
    {"explosion", "explosion", kNoFamily},
    {"fire", "fire", kNoFamily},
    {"flood", "flood", kWeather},
    {"floods", "flood", kWeather},
    {"storm", "storm", kWeather},
    {"strikes", "strikes", kNoFamily},
}};

/// The families of the event words in `piece`.
[[nodiscard]] std::uint8_t families_in(std::string_view piece);

/// The names a title gives: those of its headline before the site's furniture (" - WMC Action
/// News 5", " | WBTV Charlotte"), read as a sentence's (read_sentence: none from a title in title
/// case, "Five Injured in Shooting at D.C. Soundstage").
[[nodiscard]] std::vector<std::string> title_names(std::string_view title);

/// A title that reports several incidents: "20 people wounded in several Fourth of July
/// shootings in NYC", "Bloody Fourth of July: 20 shot in 12 incidents across the city", "Six
/// injured in violent weekend in Toledo" — plural shootings or incidents, or a violent weekend
/// or a weekend's toll ("Weekend Shooting Death Toll Rises To Four In Chicago").
[[nodiscard]] bool reports_several_incidents(std::string_view title);

// What one sentence tells the local event of a claim in it: sides named, event words (with
// repeats: they are counted), capitalised names — none from a sentence in capitals or in title
// case (in_title_case): a transcript, a headline.
struct SentenceFacts {
  std::vector<Name> context;
  std::vector<const TypeWord*> type_words;
  std::vector<std::string> names;
};

/// Reads `piece`: its sides named (not as a capital), its event words (with repeats: they are
/// counted), its names — capitalised words past the first, none from a sentence in capitals,
/// none in parentheses, none of common_name.
[[nodiscard]] SentenceFacts read_sentence(std::string_view piece);

}  // namespace claimgraph::detail
