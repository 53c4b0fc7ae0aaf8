#pragma once
// The word tables sentence splitting consults (listed in docs/segmentation.md): abbreviations
// that a period does not end, the common words that open a sentence after an abbreviation that
// can also end one, the reporting verbs of a quote's attribution, and the function words a
// hard-wrapped line can end with but a headline cannot. Compiled, sorted tables searched by binary
// search on the lower-cased word: no allocation, no initialisation at run time.

#include <string_view>

namespace claimgraph::detail {

/// What a word written right before a period says about that period.
enum class Abbreviation {
  none,       ///< not an abbreviation: the period may end the sentence
  never_end,  ///< "Mr.", "Gen.", "St.", "vs.", "e.g.": written before more of the sentence
  may_end,    ///< "Sept.", "Inc.", "U.S.", "J.": ends a sentence only before a common starter
};

/// The kind of abbreviation `word` (ASCII letters as written, without the period) is. `dotted`
/// says the word is the last part of a dotted run such as "U.S" or "e.g" (the letters before it
/// are given in `previous`, empty otherwise). Capitalised entries ("Mr", "Sat", "No") match only
/// as written or in capitals; lower-case entries ("vs", "approx") also match capitalised.
[[nodiscard]] Abbreviation abbreviation_kind(std::string_view word,
                                             std::string_view previous) noexcept;

/// True for a capitalised word that commonly opens a sentence ("The", "He", "But", "In"):
/// after a may-end abbreviation such a word starts a new sentence. Case-sensitive.
[[nodiscard]] bool is_sentence_starter(std::string_view word) noexcept;

/// True for a lower-case reporting verb ("said", "asked", "told") that attributes a quote:
/// '"Why now?" Pashinyan asked.' is one sentence. Case-sensitive.
[[nodiscard]] bool is_reporting_verb(std::string_view word) noexcept;

/// True for a lower-case function word ("the", "of", "with", "said") that a line broken by
/// hard wrapping can end with but a headline, list item or dateline does not. Case-sensitive.
[[nodiscard]] bool is_continuation_word(std::string_view word) noexcept;

}  // namespace claimgraph::detail
