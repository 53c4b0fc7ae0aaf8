// Compiled word tables for sentence splitting. Each table is sorted by its lower-case key (a
// static_assert checks it), so a look-up lower-cases the word into a small stack buffer, binary
// searches, and then applies the entry's case rule. Words longer than any key are rejected before
// any work is done, which also bounds the cost of a look-up.

#include "segment/segment_lexicon.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

struct AbbreviationEntry {
  std::string_view written;  // as usually written: "Mr", "Sept", "vs"
  Abbreviation kind = Abbreviation::none;
};

constexpr Abbreviation kNever = Abbreviation::never_end;
constexpr Abbreviation kMay = Abbreviation::may_end;

constexpr char lower(char c) noexcept { return to_lower(c); }

// Lower-case order of two words, as the tables are sorted.
constexpr bool lower_less(std::string_view a, std::string_view b) noexcept {
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (lower(a[i]) != lower(b[i])) return lower(a[i]) < lower(b[i]);
  }
  return a.size() < b.size();
}

// Sorted by lower-case spelling. Titles written before a name never end a sentence; everything
// else can, and does so only before a common sentence starter (see is_sentence_starter).
constexpr auto kAbbreviations = std::to_array<AbbreviationEntry>({
    {"Adm", kNever}, {"al", kMay},     {"approx", kMay},   {"Apr", kMay},    {"Aug", kMay},
    {"Ave", kMay},   {"Blvd", kMay},   {"Brig", kNever},   {"ca", kMay},     {"Capt", kNever},
    {"cf", kNever},  {"Cmdr", kNever}, {"Co", kMay},       {"Col", kNever},  {"Corp", kMay},
    {"Cpl", kNever}, {"Dec", kMay},    {"dept", kMay},     {"Dr", kNever},   {"est", kMay},
    {"Feb", kMay},   {"fig", kMay},    {"figs", kMay},     {"Fri", kMay},    {"Ft", kNever},
    {"Gen", kNever}, {"Gov", kNever},  {"Hon", kNever},    {"Inc", kMay},    {"Jan", kMay},
    {"Jr", kMay},    {"Jul", kMay},    {"Jun", kMay},      {"Lt", kNever},   {"Ltd", kMay},
    {"Maj", kNever}, {"Mar", kMay},    {"Messrs", kNever}, {"Mon", kMay},    {"Mr", kNever},
    {"Mrs", kNever}, {"Ms", kNever},   {"Msgr", kNever},   {"Mt", kNever},   {"No", kMay},
    {"Nos", kMay},   {"Nov", kMay},    {"Oct", kMay},      {"Pres", kNever}, {"Prof", kNever},
    {"Pvt", kNever}, {"Rd", kMay},     {"Rep", kNever},    {"Rev", kNever},  {"Sat", kMay},
    {"Sen", kNever}, {"Sep", kMay},    {"Sept", kMay},     {"Sgt", kNever},  {"Sr", kMay},
    {"St", kNever},  {"Sun", kMay},    {"Supt", kNever},   {"Thu", kMay},    {"Thur", kMay},
    {"Thurs", kMay}, {"Tue", kMay},    {"Tues", kMay},     {"vol", kMay},    {"vs", kNever},
    {"Wed", kMay},
});

// Capitalised words that commonly open a news sentence. Kept to function words and sentence
// adverbs: a name after "U.S." or "Sept." must not be here.
constexpr auto kSentenceStarters = std::to_array<std::string_view>({
    "A",       "About",  "According", "After",  "Also", "An",        "And",    "Another", "As",
    "At",      "Before", "Both",      "But",    "By",   "Despite",   "During", "Each",    "Earlier",
    "For",     "From",   "He",        "Her",    "His",  "However",   "I",      "If",      "In",
    "It",      "Its",    "Last",      "Later",  "Many", "Meanwhile", "More",   "Most",    "My",
    "Neither", "Nor",    "Now",       "On",     "One",  "Or",        "Our",    "She",     "Since",
    "So",      "Some",   "Still",     "That",   "The",  "Their",     "Then",   "There",   "These",
    "They",    "This",   "Those",     "Though", "Thus", "To",        "Under",  "We",      "What",
    "When",    "Where",  "While",     "Who",    "Why",  "With",      "Yet",    "You",     "Your",
});

// Lower-case verbs that attribute a quote ("...?" Pashinyan asked).
constexpr auto kReportingVerbs = std::to_array<std::string_view>({
    "added",   "adds",     "announced", "answered", "argued",    "asked",     "asks",
    "claimed", "cried",    "declared",  "demanded", "exclaimed", "explained", "insisted",
    "noted",   "recalled", "replied",   "said",     "says",      "shouted",   "stated",
    "tells",   "told",     "warned",    "wondered", "writes",    "wrote",
});

// Lower-case function words that leave a phrase open: a line ending with one continues on the
// next line. "like", "up", "out", "off" are left out on purpose: headlines end with them.
constexpr auto kContinuationWords = std::to_array<std::string_view>({
    "a",    "about",  "after",   "against", "an",    "and",   "are",   "as",     "at",    "be",
    "been", "before", "between", "but",     "by",    "can",   "could", "during", "for",   "from",
    "had",  "has",    "have",    "her",     "his",   "in",    "into",  "is",     "its",   "least",
    "may",  "might",  "more",    "most",    "must",  "my",    "nor",   "not",    "of",    "on",
    "onto", "or",     "our",     "over",    "per",   "said",  "says",  "should", "since", "than",
    "that", "the",    "their",   "these",   "this",  "those", "to",    "told",   "under", "until",
    "upon", "via",    "was",     "were",    "which", "while", "who",   "whom",   "whose", "will",
    "with", "would",  "your",
});

constexpr bool abbreviations_sorted() {
  for (std::size_t i = 1; i < kAbbreviations.size(); ++i) {
    if (!lower_less(kAbbreviations[i - 1].written, kAbbreviations[i].written)) return false;
  }
  return true;
}
template <std::size_t N>
constexpr bool words_sorted(const std::array<std::string_view, N>& words) {
  for (std::size_t i = 1; i < N; ++i) {
    if (!(words[i - 1] < words[i])) return false;
  }
  return true;
}
static_assert(abbreviations_sorted(), "kAbbreviations must be sorted case-insensitively");
static_assert(words_sorted(kSentenceStarters), "kSentenceStarters must be sorted");
static_assert(words_sorted(kReportingVerbs), "kReportingVerbs must be sorted");
static_assert(words_sorted(kContinuationWords), "kContinuationWords must be sorted");

constexpr std::size_t kLongestAbbreviation = 6;  // "Messrs", "approx"

bool all_upper(std::string_view word) noexcept {
  return std::all_of(word.begin(), word.end(), [](char c) { return is_upper(c); });
}

// The case rule: a capitalised entry matches as written or in capitals ("Mr", "MR"); a
// lower-case entry also matches with a capital first letter ("vs", "Vs", "VS").
bool case_matches(std::string_view word, std::string_view written) noexcept {
  if (word == written || all_upper(word)) return true;
  if (is_upper(written[0])) return false;
  return is_upper(word[0]) && word.substr(1) == written.substr(1);
}

}  // namespace

Abbreviation abbreviation_kind(std::string_view word, std::string_view previous) noexcept {
  if (word.empty()) return Abbreviation::none;
  if (word.size() == 1) {
    // "e.g." and "i.e." introduce the rest of the sentence; any other single letter is an
    // initial ("J."), part of a dotted acronym ("U.S.", "p.m.") or a letter such as "Plan B."
    if (previous.size() == 1 && ((iequals(previous, "e") && iequals(word, "g")) ||
                                 (iequals(previous, "i") && iequals(word, "e")))) {
      return Abbreviation::never_end;
    }
    return Abbreviation::may_end;
  }
  if (!previous.empty() || word.size() > kLongestAbbreviation) return Abbreviation::none;
  const auto* it = std::lower_bound(
      kAbbreviations.begin(), kAbbreviations.end(), word,
      [](const AbbreviationEntry& e, std::string_view w) { return lower_less(e.written, w); });
  if (it == kAbbreviations.end() || lower_less(word, it->written)) return Abbreviation::none;
  return case_matches(word, it->written) ? it->kind : Abbreviation::none;
}

bool is_sentence_starter(std::string_view word) noexcept {
  return std::binary_search(kSentenceStarters.begin(), kSentenceStarters.end(), word);
}

bool is_reporting_verb(std::string_view word) noexcept {
  return std::binary_search(kReportingVerbs.begin(), kReportingVerbs.end(), word);
}

bool is_continuation_word(std::string_view word) noexcept {
  return std::binary_search(kContinuationWords.begin(), kContinuationWords.end(), word);
}

}  // namespace claimgraph::detail
