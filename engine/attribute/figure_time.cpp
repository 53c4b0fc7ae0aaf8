// The time a figure is anchored to (Claim::when): the nearest time expression of its sentence
// before it, else after it, leaving out a statement's time, a dateline's date and the time a
// superlative is measured from. Rules and examples: docs/events.md, "Anchoring claims".

#include "attribute/figure_time.hpp"

#include <algorithm>

#include "attribute/claim_lexicon.hpp"
#include "attribute/tokens.hpp"
#include "extract/phrase_set.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

// A semicolon or a dash set between spaces (or an em dash), or a relative clause of place
// (", where another gunman killed 13 people in 2009"): the end of a clause.
bool clause_break(std::string_view between) {
  return between.find(';') != std::string_view::npos ||
         between.find(", where ") != std::string_view::npos ||
         between.find("\xE2\x80\x94") != std::string_view::npos ||    // em dash
         between.find(" \xE2\x80\x93 ") != std::string_view::npos ||  // spaced en dash
         between.find(" - ") != std::string_view::npos ||
         between.find(" -- ") != std::string_view::npos;
}

// "Chicago's deadliest year since the late 1990s, four people were found shot to death
// Saturday": the time a superlative is measured from dates no figure — unless the figure is of
// that time ("the deadliest attack since 2019, when 30 people were killed"). A running total
// ("Since 2013, 436 people have been killed") has no superlative before its "since".
bool compared_since(std::string_view text, const TimeMention& t, std::size_t at) {
  // Most times have no "since" near them: one look at the bytes around the time's start.
  const std::size_t from = t.span.begin > 12 ? t.span.begin - 12 : 0;
  const std::string_view near = text.substr(from, t.span.begin + 6 - from);
  bool since_near = false;
  for (std::size_t i = 0; i + 5 <= near.size() && !since_near; ++i) {
    since_near = (near[i] | 0x20) == 's' && iequals(near.substr(i, 5), "since");
  }
  if (!since_near) return false;
  const std::string_view span = text.substr(t.span.begin, t.span.size());
  std::size_t since = std::string_view::npos;  // where "since" begins
  if (span.size() > 6 && iequals(span.substr(0, 6), "since ")) {
    since = t.span.begin;
  } else {
    const Neighbours before = words_before(text, t.span.begin, 2);
    const std::size_t k = before.count > 0 && iequals(before.words[0], "the") ? 1 : 0;
    if (before.count <= k || !iequals(before.words[k], "since")) return false;
    since = before.edge[k];
  }
  // A figure after the time is of that time unless a comma parts them, and then unless a
  // relative follows: "since the 2019 bombing that killed 30 people", "since 2019, when 30
  // people were killed", ", in which 30 ...", ", which killed 2,000".
  if (at >= t.span.end) {
    const std::string_view between = text.substr(t.span.end, at - t.span.end);
    const std::size_t comma = between.find(',');
    if (comma == std::string_view::npos) return false;
    const Neighbours next = words_after(text, t.span.end + comma + 1, 2);
    static constexpr std::string_view kRelatives[] = {"when", "which", "that", "where", "who"};
    if (next.count > 0 &&
        (iequals_any(next.words[0], kRelatives) ||
         (iequals(next.words[0], "in") && next.count > 1 && iequals(next.words[1], "which")))) {
      return false;
    }
  }
  static constexpr std::string_view kSuperlatives[] = {
      "most",    "first",  "worst",   "best",     "least",     "highest", "lowest",
      "largest", "fewest", "biggest", "greatest", "strongest", "longest", "smallest"};
  const Neighbours words = words_before(text, since, 5);
  for (std::size_t k = 0; k < words.count; ++k) {
    const std::string_view w = words.words[k];
    // "At least two people have died since Monday": "at least", "at most" are no superlatives
    if ((iequals(w, "least") || iequals(w, "most"))) {
      const Neighbours at_word = words_before(text, words.edge[k], 1);
      if (at_word.count > 0 && iequals(at_word.words[0], "at")) continue;
    }
    if (iequals_any(w, kSuperlatives) ||
        (w.size() > 5 && iequals(w.substr(w.size() - 3), "est") &&
         to_lower(w[w.size() - 4]) == 'i')) {  // deadliest, bloodiest, busiest
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<TimeMention> claim_times(std::string_view text,
                                     std::optional<std::chrono::year_month_day> published,
                                     const std::vector<Quantity>& quantities,
                                     std::size_t words_end) {
  std::vector<TimeMention> times = find_time_mentions(text, published, quantities, words_end);
  // Those the limit leaves out all end past it. The rest are in the whole scan's order when no
  // two start together.
  const bool tie = std::adjacent_find(times.begin(), times.end(),
                                      [](const TimeMention& a, const TimeMention& b) {
                                        return a.span.begin == b.span.begin;
                                      }) != times.end();
  return tie ? find_time_mentions(text, published, quantities) : times;
}

// The time expression of a figure: the nearest one before it in its sentence, else the nearest
// after it ("Six weeks of fighting in the autumn of 2020 left more than 6,500 people dead"),
// leaving out the time of a statement ("Simonyan said this week"); with `statement`, only the
// time of a statement ("the 50 it reported on the first day").
const TimeMention* time_of(std::string_view text, const std::vector<TimeMention>& times,
                           Span sentence, std::size_t at, bool statement) {
  const TimeMention* before = nullptr;
  const TimeMention* after = nullptr;
  for (const TimeMention& t : times_in(times, sentence)) {
    if (t.span.begin < sentence.begin || t.span.end > sentence.end) continue;
    // "said this week", "announced on Tuesday", "on Friday raised": when it was said, not when
    // it happened.
    const Neighbours words = words_before(text, t.span.begin, 2);
    const Neighbours next = words_after(text, t.span.end, 2);
    bool speech = next.count > 0 && is_speech_verb(lower_ascii(next.words[0]));
    // "which on Tuesday had reported 19": an auxiliary between the time and the verb
    static constexpr std::string_view kAuxiliaries[] = {"had", "has", "have", "was", "were"};
    speech = speech || (next.count > 1 && iequals_any(next.words[0], kAuxiliaries) &&
                        is_speech_verb(lower_ascii(next.words[1])));
    for (std::size_t k = 0; k < words.count; ++k) {
      speech = speech || is_speech_verb(lower_ascii(words.words[k]));
    }
    if (speech != statement) continue;
    if (!statement && compared_since(text, t, at)) continue;
    // "YEREVAN, 19th September, 2022 (GCNA) --": a dateline dates the report, not the event.
    const std::string_view lead = text.substr(sentence.begin, t.span.begin - sentence.begin);
    if (!lead.empty() &&
        std::all_of(lead.begin(), lead.end(),
                    [](char ch) { return is_upper(ch) || ch == ' ' || ch == ',' || ch == '-'; }) &&
        std::any_of(lead.begin(), lead.end(), [](char ch) { return is_upper(ch); })) {
      continue;
    }
    // The time of a statement dates only the figures of its own clause: "which on Tuesday had
    // reported 19 dead, now counts 37".
    if (statement) {
      const std::size_t lo = std::min(t.span.end, at);
      const std::size_t hi = std::max(t.span.begin, at);
      if (text.substr(lo, hi - lo).find_first_of(",;") != std::string_view::npos) continue;
    }
    if (t.span.end <= at) before = &t;
    if (t.span.begin >= at && !after) after = &t;
  }
  // "Four were wounded on Thursday — a block from where five were wounded in a December
  // shooting": a time after the figure, in its clause, wins over one before it across a dash,
  // a semicolon or a ", where" ("Last month, a gunman killed three people at Fort Hood, where
  // another gunman killed 13 people in 2009": 13 in 2009).
  // Not past a comma: "..., where 12 people were killed, the deadliest attack since 2019"
  // compares with 2019, it does not date the 12.
  if (before != nullptr && after != nullptr &&
      clause_break(text.substr(before->span.end, at - before->span.end)) &&
      !clause_break(text.substr(at, after->span.begin - at)) &&
      text.substr(at, after->span.begin - at).find(',') == std::string_view::npos) {
    return after;
  }
  return before ? before : after;
}

bool years_since(std::string_view lowered, const TimeMention& t) {
  return lowered.substr(t.span.begin, 6) == "since " &&
         std::chrono::sys_days{t.days.last} - std::chrono::sys_days{t.days.first} >
             std::chrono::days{366};
}

}  // namespace claimgraph::detail
