#pragma once
// The words of claims: casualty triggers (killed, wounded, missing, ...), population nouns
// (soldiers, civilians, children, police, people), reporting verbs (said, claimed, according to),
// and the words that make up speaker phrases (titles, organisation nouns, time words). Compiled
// tables listed in docs/claims.md.

#include <optional>
#include <string_view>

#include "extract/phrase_set.hpp"

namespace claimgraph::detail {

/// What a trigger word says about the figure next to it.
enum class Trigger : unsigned char {
  none,
  killed,      // killed, dead, died, deaths, fatalities, death toll, slain, perished
  wounded,     // wounded, injured, injuries, hurt
  missing,     // missing, unaccounted
  captured,    // captured, taken prisoner, prisoners, hostages
  detained,    // detained, arrested
  displaced,   // displaced, evacuated, fled, refugees
  deployed,    // deployed, stationed, dispatched
  casualties,  // casualties
  lost,        // lost, losses: killed when people are counted
  shot,        // shot, shooting: everyone hit ("shot dead", "fatally shot": killed; "shot and
               // wounded": wounded)
};

// Tested for many words near a figure: an inline test (WordFilter) first.
extern const WordFilter kTriggerStarts;
[[nodiscard]] Trigger listed_trigger(std::string_view lower);

/// The trigger a lower-case word is, if any.
[[nodiscard]] inline Trigger trigger_of(std::string_view lower) {
  return kTriggerStarts.may_contain(lower) ? listed_trigger(lower) : Trigger::none;
}

/// Whether a Claim::kind is a casualty kind (killed, wounded, shot, missing, killed_or_missing,
/// casualties, captured, detained, displaced).
[[nodiscard]] bool is_casualty_kind(std::string_view kind);

/// Whether a lower-case plural names people by their kin: "sons", "daughters", "children",
/// "nephews", ...
[[nodiscard]] bool is_kin(std::string_view lower);

/// The Claim::kind name of a trigger ("killed", ...); "" for none.
[[nodiscard]] std::string_view kind_name(Trigger t);

/// Whether two casualty kinds count the same victims when one figure goes on from another (a
/// list, the rest of a group): the same kind, or "shot" and "wounded" (both the hit).
[[nodiscard]] bool same_outcome(std::string_view a, std::string_view b);
[[nodiscard]] bool same_outcome(Trigger a, Trigger b);

// Tested for many words near a figure: an inline test (WordFilter) first.
extern const WordFilter kPopulationStarts;
[[nodiscard]] std::optional<std::string_view> listed_population(std::string_view noun);

/// The population a lower-case noun counts: "soldiers", "civilians", "children", "police",
/// "people"; none if it is not a population noun.
[[nodiscard]] inline std::optional<std::string_view> population_of(std::string_view lower) {
  // "step-children", "co-workers": the noun after the last hyphen
  if (const std::size_t dash = lower.rfind('-'); dash != std::string_view::npos) {
    lower = lower.substr(dash + 1);
  }
  if (!kPopulationStarts.may_contain(lower)) return std::nullopt;  // most words: inline
  return listed_population(lower);
}

// The three lists below are tested for many words of a text: an inline test (WordFilter) first.
extern const WordFilter kReportingVerbStarts;
extern const WordFilter kTitleStarts;
extern const WordFilter kOrganisationStarts;
[[nodiscard]] bool listed_speech_verb(std::string_view lower);
[[nodiscard]] bool listed_title_word(std::string_view lower);
[[nodiscard]] bool listed_organisation_noun(std::string_view lower);

/// Reporting verbs: said, claimed, reported, told, announced, confirmed, estimated, ...
[[nodiscard]] inline bool is_speech_verb(std::string_view lower) {
  return kReportingVerbStarts.may_contain(lower) && listed_speech_verb(lower);
}

/// Words of titles and roles stripped from person names ("prime", "minister", "gen", "mr").
[[nodiscard]] inline bool is_title_word(std::string_view lower) {
  return kTitleStarts.may_contain(lower) && listed_title_word(lower);
}

/// Head nouns of organisations ("ministry", "council", "army", "authorities", "officials").
[[nodiscard]] inline bool is_organisation_noun(std::string_view lower) {
  return kOrganisationStarts.may_contain(lower) && listed_organisation_noun(lower);
}

// Tested for the words of every speaker phrase: an inline test first.
extern const WordFilter kFillerWords;
extern const WordFilter kBreakWords;
[[nodiscard]] bool listed_speaker_filler(std::string_view lower);
[[nodiscard]] bool listed_phrase_break(std::string_view lower);

/// Words skipped when reading a speaker phrase: auxiliaries and time adverbs ("has", "later",
/// "on", "monday", "also").
[[nodiscard]] inline bool is_speaker_filler(std::string_view lower) {
  return kFillerWords.may_contain(lower) && listed_speaker_filler(lower);
}

/// A weekday or a month name: capitalised in text, but no one's name and no event's.
[[nodiscard]] bool is_time_name(std::string_view lower);

/// Words that end a noun phrase when reading a speaker backwards ("that", "and", "which", ...).
[[nodiscard]] inline bool is_phrase_break(std::string_view lower) {
  return kBreakWords.may_contain(lower) && listed_phrase_break(lower);
}

}  // namespace claimgraph::detail
