// extract_claims: for every count figure of an article, what is counted, whose, and who says so.
//
// Per sentence (segment stage), tokens (tokens.cpp) are read around each figure, within its
// clause (a comma, semicolon, colon, bracket or another figure ends the look):
//   kind        a casualty trigger right before the figure ("killed at least 99"), else the first
//               one after it ("105 soldiers have been killed", "more than a dozen wounded"),
//               else one a few words before ("the death toll rose to 36"); "killed or missing"
//               and "dead and missing" are their own kind; with no trigger, the counted noun
//               ("two rival republics" → "republics");
//   population  the noun the figure counts ("50 of its soldiers", "some 2,000 peacekeepers"),
//               inherited by a coordinated figure with none ("two ... killed and more than a
//               dozen wounded"); "people" for a casualty figure with no noun;
//   side        a side named in the counted phrase ("Armenian servicemen", "Azerbaijan's
//               troops"); "both" for "on both sides", "Armenian and Azerbaijani troops"; the
//               claimant's side for "its"/"our"/"their" and, by default, for a casualty figure
//               a side's own speaker gives;
//   claimant    the reporting frame of the sentence nearest the figure (speakers.cpp), else a
//               list introduced by a frame ending in ':', else the outlet's own voice.
// Rules and word lists: docs/claims.md.

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "attribute/claim_lexicon.hpp"
#include "attribute/places.hpp"
#include "attribute/speakers.hpp"
#include "attribute/tokens.hpp"
#include "claimgraph/claims.hpp"
#include "claimgraph/quantities.hpp"
#include "claimgraph/segment.hpp"
#include "claimgraph/time_anchor.hpp"
#include "extract/phrase_set.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph {
namespace {

using detail::Frame;
using detail::Places;
using detail::Speaker;
using detail::Token;
using detail::TokenType;
using detail::Trigger;

constexpr std::size_t kAfterWindow = 8;
constexpr std::size_t kBeforeWindow = 6;
constexpr std::size_t kPhraseWindow = 6;

bool clause_end(const Token& t) {
  if (t.type == TokenType::figure) return true;
  if (t.type != TokenType::punct) return false;
  return t.lower == "," || t.lower == ";" || t.lower == ":" || t.lower == "(" || t.lower == ")" ||
         t.lower == "\xE2\x80\x94" || t.lower == "\xE2\x80\x93" || t.lower == ".";
}

bool possessive_pronoun(std::string_view w) {
  return w == "its" || w == "their" || w == "our" || w == "his" || w == "her" || w == "my";
}

// Words that end the counted phrase after a figure.
bool phrase_stop(std::string_view w) {
  static constexpr std::string_view kStops[] = {
      "in",       "on",     "at",        "over",      "for",    "with",    "from",
      "to",       "by",     "during",    "since",     "after",  "before",  "and",
      "or",       "but",    "who",       "that",      "which",  "were",    "was",
      "have",     "has",    "had",       "are",       "is",     "been",    "be",
      "will",     "would",  "as",        "when",      "while",  "across",  "into",
      "near",     "than",   "amid",      "under",     "out",    "up",      "says",
      "said",     "the",    "a",         "it",        "they",   "we",      "he",
      "she",      "this",   "not",       "could",     "can",    "may",     "might",
      "must",     "should", "did",       "do",        "does",   "so",      "there",
      "late",     "early",  "last",      "next",      "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday",  "sunday",    "night",  "morning", "afternoon",
      "evening",  "today",  "yesterday", "overnight", "inside", "outside", "including"};
  for (const auto s : kStops) {
    if (w == s) return true;
  }
  return false;
}

struct Phrase {
  std::size_t end = 0;      // token index after the phrase
  std::string head;         // last word: the counted noun
  std::string population;   // from a population noun in the phrase
  std::string side;         // from a side named in the phrase ("both" for two)
  bool possessive = false;  // "its", "their", "our" in the phrase
};

// The counted phrase after figure token f: "of its soldiers", "Russian peacekeepers",
// "rival ex-Soviet republics".
Phrase counted_phrase(std::string_view text, const std::vector<Token>& tokens, std::size_t f) {
  Phrase p;
  std::size_t k = f + 1;
  const std::size_t n = tokens.size();
  if (k < n && tokens[k].type == TokenType::word && tokens[k].lower == "of") ++k;
  std::vector<std::string> sides;
  bool plural_head = false;
  const Places& places = Places::get();
  for (std::size_t count = 0; k < n && count < kPhraseWindow; ++count) {
    const Token& t = tokens[k];
    if (t.type != TokenType::word) break;
    if (detail::trigger_of(t.lower) != Trigger::none && !detail::population_of(t.lower)) break;
    if (possessive_pronoun(t.lower)) {
      p.possessive = true;
      ++k;
      continue;
    }
    if (t.lower == "'s" || t.lower == "the" || t.lower == "these" || t.lower == "those") {
      ++k;
      continue;
    }
    if (const auto m = places.match(text, tokens, k)) {
      if (std::find(sides.begin(), sides.end(), m->side) == sides.end()) {
        sides.emplace_back(m->side);
      }
      // A plural demonym is itself the counted noun: "50 Armenians".
      if (m->how == detail::PlaceHow::demonym && t.span.in(text).ends_with("s") &&
          !t.span.in(text).ends_with("ss")) {
        p.head = t.lower;
        if (p.population.empty()) p.population = "people";
      }
      k += m->tokens;
      continue;
    }
    if (t.lower == "and" && !sides.empty() && k + 1 < n && places.match(text, tokens, k + 1)) {
      ++k;  // "Armenian and Azerbaijani troops"
      continue;
    }
    if (phrase_stop(t.lower) || detail::is_speech_verb(t.lower)) break;
    // The counted noun: the population noun, else the first plural, else the last word
    // ("two rival ex-Soviet republics", "the two sides trading accusations").
    if (const auto pop = detail::population_of(t.lower); pop && p.population.empty()) {
      p.population = std::string(*pop);
      p.head = t.lower;
    } else if (p.population.empty() && !plural_head) {
      p.head = t.lower;
      plural_head = t.lower.size() > 3 && t.lower.back() == 's' && !t.lower.ends_with("ss");
    }
    ++k;
  }
  p.end = k;
  if (sides.size() == 1) p.side = sides.front();
  if (sides.size() > 1) p.side = "both";
  return p;
}

struct Found {
  Trigger trigger = Trigger::none;
  std::size_t at = 0;
  bool joint_missing = false;  // "killed or missing", "dead and missing"
};

Found trigger_after(const std::vector<Token>& tokens, std::size_t f) {
  const std::size_t n = tokens.size();
  for (std::size_t k = f + 1; k < n && k <= f + kAfterWindow; ++k) {
    const Token& t = tokens[k];
    // "Five people, including three children, were killed": past a parenthetical.
    if (t.lower == "," && k + 1 < n &&
        (tokens[k + 1].lower == "including" || tokens[k + 1].lower == "among")) {
      std::size_t close = k + 1;
      while (close < n && close < k + 10 && tokens[close].lower != ",") ++close;
      if (close < n && tokens[close].lower == ",") {
        k = close;
        continue;
      }
    }
    if (t.type == TokenType::figure && k > f + 1 && tokens[k - 1].type == TokenType::word &&
        (tokens[k - 1].lower == "and" || tokens[k - 1].lower == "or")) {
      continue;
    }
    if (clause_end(t)) break;
    if (t.type != TokenType::word) continue;
    if (t.lower == "when" || t.lower == "while" || t.lower == "because" || t.lower == "after" ||
        t.lower == "before" || t.lower == "until" || t.lower == "since" || t.lower == "where") {
      break;  // another clause: "50 people were in the bar when the shooting occurred"
    }
    if (t.lower == "and" || t.lower == "or") {
      // "293 servicemen and three civilians were wounded": a predicate shared across a second
      // figure; any other "and" starts another predicate ("a family of five and killing two").
      if (k + 1 < n &&
          (tokens[k + 1].type == TokenType::figure || detail::population_of(tokens[k + 1].lower))) {
        ++k;  // "Five men and women were injured"
        continue;
      }
      break;
    }
    // "three of the shooting victims died": "shooting" names the event here, not what happened
    // to those counted.
    if (t.lower == "shooting") continue;
    if (t.lower == "homes" && k >= 2 && tokens[k - 2].lower == "from") {
      return {Trigger::displaced, k, false};  // "forced ... from their homes"
    }
    const Trigger tr = detail::trigger_of(t.lower);
    if (tr == Trigger::none) continue;
    Found found{tr, k, false};
    if (tr == Trigger::shot) {
      // "shot dead", "shot and killed", "shot to death", "fatally shot": killed
      for (std::size_t j = k + 1; j < n && j <= k + 3; ++j) {
        const std::string_view w = tokens[j].lower;
        if (w == "dead" || w == "killed" || w == "death") {
          found.trigger = Trigger::killed;
          break;
        }
      }
      if (k > 0 && tokens[k - 1].lower == "fatally") found.trigger = Trigger::killed;
    }
    // "killed or missing", "dead and missing", "killed or are missing"
    if (tr == Trigger::killed) {
      std::size_t j = k + 1;
      if (j < n && (tokens[j].lower == "or" || tokens[j].lower == "and")) {
        ++j;
        if (j < n && (tokens[j].lower == "are" || tokens[j].lower == "were" ||
                      tokens[j].lower == "remain" || tokens[j].lower == "still")) {
          ++j;
        }
        if (j < n && detail::trigger_of(tokens[j].lower) == Trigger::missing) {
          found.joint_missing = true;
          found.at = j;
        }
      }
    }
    return found;
  }
  return {};
}

Found trigger_before(const std::vector<Token>& tokens, std::size_t f) {
  for (std::size_t d = 1; d <= kBeforeWindow && d <= f; ++d) {
    const Token& t = tokens[f - d];
    if (clause_end(t)) break;
    if (t.type != TokenType::word) continue;
    const Trigger tr = detail::trigger_of(t.lower);
    if (tr != Trigger::none) return {tr, f - d, false};
    // Another clause: "two were killed and seven others", "kill a suspect after two others"
    if (t.lower == "and" || t.lower == "or" || t.lower == "but" || t.lower == "while" ||
        t.lower == "after" || t.lower == "before" || t.lower == "when" || t.lower == "where" ||
        t.lower == "who" || t.lower == "as") {
      break;
    }
  }
  return {};
}

// Verb forms that take the figure as their object: "killed 3", "killing one", "lost 50".
bool active_verb(std::string_view w) {
  return w == "killed" || w == "killing" || w == "kill" || w == "kills" || w == "wounded" ||
         w == "wounding" || w == "injured" || w == "injuring" || w == "lost" || w == "lose" ||
         w == "deployed" || w == "deploying" || w == "deploy" || w == "stationed" ||
         w == "dispatched" || w == "evacuated" || w == "captured" || w == "capturing" ||
         w == "detained" || w == "arrested" || w == "displaced" || w == "left" || w == "shot" ||
         w == "shooting" || w == "struck" || w == "stabbed";
}

// "both sides", "on each side", "combined", "in total" near the figure.
bool both_sides_near(const std::vector<Token>& tokens, std::size_t f) {
  const std::size_t lo = f >= 8 ? f - 8 : 0;
  const std::size_t hi = std::min(tokens.size(), f + 10);
  for (std::size_t k = lo; k < hi; ++k) {
    const std::string_view w = tokens[k].lower;
    if ((w == "both" || w == "each" || w == "either") && k + 1 < tokens.size() &&
        (tokens[k + 1].lower == "sides" || tokens[k + 1].lower == "side" ||
         tokens[k + 1].lower == "countries")) {
      return true;
    }
    if (k > f && (w == "combined" || w == "altogether")) return true;
  }
  return false;
}

// The side named right before a "lost"/"losses" trigger: "Azerbaijan lost 50", "it lost".
std::string loser_before(std::string_view text, const std::vector<Token>& tokens, std::size_t at,
                         const std::string& claimant_side) {
  const Places& places = Places::get();
  std::string found;
  for (std::size_t d = 1; d <= 6 && d <= at; ++d) {
    const std::size_t k = at - d;
    if (clause_end(tokens[k])) break;
    if (tokens[k].type != TokenType::word) continue;
    if (const auto m = places.match(text, tokens, k)) {
      if (!found.empty() && found != m->side) return "both";  // "Armenian and Azerbaijani troops"
      found = std::string(m->side);
      continue;
    }
    const std::string_view w = tokens[k].lower;
    if (found.empty() && (w == "it" || w == "we" || w == "they")) return claimant_side;
  }
  return found;
}

// The reporting frame nearest the figure at token f.
const Frame* nearest_frame(const std::vector<Frame>& frames, std::size_t f) {
  const Frame* best = nullptr;
  std::size_t best_distance = 0;
  for (const Frame& fr : frames) {
    if (fr.whole_sentence) continue;
    const std::size_t d = fr.verb > f ? fr.verb - f : f - fr.verb;
    if (!best || d < best_distance) {
      best = &fr;
      best_distance = d;
    }
  }
  if (!best && !frames.empty()) best = &frames.front();
  return best;
}

// The frame that says who claims the figure at token f: "according to X" covers the sentence;
// otherwise the nearest reporting verb.
const Frame* claimant_frame(const std::vector<Frame>& frames, std::size_t f) {
  for (const Frame& fr : frames) {
    if (fr.whole_sentence) return &fr;
  }
  return nearest_frame(frames, f);
}

bool is_casualty(Trigger t) { return t != Trigger::none && t != Trigger::deployed; }

// A list marker: "1." or "2)" opening a sentence.
bool list_marker(const std::vector<Token>& tokens, std::size_t f) {
  return f == 0 && tokens.size() > 1 && tokens[1].type == TokenType::punct &&
         (tokens[1].lower == "." || tokens[1].lower == ")");
}

bool list_item(const std::vector<Token>& tokens) {
  if (tokens.empty()) return false;
  const std::string_view first = tokens[0].lower;
  return list_marker(tokens, tokens[0].type == TokenType::figure ? 0 : 1) || first == "-" ||
         first == "*" || first == "\xE2\x80\xA2";
}

// A figure restating one given before: "raised the number of its soldiers killed ... to at least
// 135", "the figure ... was 50", "his estimate of about 430". A count word (number, count, toll,
// tally, figure, total, estimate) before the figure in its clause, and any trigger, population
// noun or possessive between them.
struct Restatement {
  bool found = false;
  Trigger trigger = Trigger::none;
  std::string population;
  bool possessive = false;
};

Restatement restatement(const std::vector<Token>& tokens, std::size_t f) {
  Restatement r;
  for (std::size_t d = 1; d <= 14 && d <= f; ++d) {
    const Token& t = tokens[f - d];
    if (t.type == TokenType::figure) break;
    if (t.type == TokenType::punct && (t.lower == ";" || t.lower == ":" || t.lower == ".")) break;
    if (t.type != TokenType::word) continue;
    const std::string_view w = t.lower;
    if (w == "count" || w == "tally" || w == "figure" || w == "number" || w == "total" ||
        w == "estimate" || w == "toll") {
      r.found = true;
      // What lies between the count word and the figure says what it counts.
      for (std::size_t k = f - d + 1; k < f; ++k) {
        const std::string_view x = tokens[k].lower;
        if (r.trigger == Trigger::none) r.trigger = detail::trigger_of(x);
        if (r.population.empty()) {
          if (const auto pop = detail::population_of(x)) r.population = std::string(*pop);
        }
        r.possessive = r.possessive || possessive_pronoun(x);
      }
      if (w == "toll" && r.trigger == Trigger::none) r.trigger = Trigger::killed;
      return r;
    }
  }
  return r;
}

// Population and side named before the figure in its clause ("the number of Azerbaijani
// soldiers killed at some 430", "Armenia's own losses ... stand at 207").
void before_phrase(std::string_view text, const std::vector<Token>& tokens, std::size_t f,
                   std::string& population, std::string& side) {
  const Places& places = Places::get();
  const std::size_t lo = f > 10 ? f - 10 : 0;
  std::vector<std::string> sides;
  bool marked = false;  // a possessive ("Armenia's") or a demonym ("Azerbaijani soldiers")
  for (std::size_t k = f; k-- > lo;) {
    const Token& t = tokens[k];
    if (t.type == TokenType::figure || (t.type == TokenType::punct && t.lower != "'")) break;
    if (t.type != TokenType::word) continue;
    if (population.empty()) {
      if (const auto pop = detail::population_of(t.lower)) population = std::string(*pop);
    }
    if (const auto m = places.match(text, tokens, k)) {
      if (std::find(sides.begin(), sides.end(), m->side) == sides.end())
        sides.emplace_back(m->side);
      const std::size_t after = k + m->tokens;
      const std::string_view next =
          after < tokens.size() ? tokens[after].lower : std::string_view();
      // "Armenia's losses", "Azerbaijani soldiers", "Armenia has had 50 soldiers killed"
      marked = marked || m->how == detail::PlaceHow::demonym || next == "'s" || next == "has" ||
               next == "had" || next == "suffered" || next == "sustained" || next == "saw";
    }
  }
  // "between Armenia and Azerbaijan": both; one side only when it is marked as the owner.
  if (sides.size() > 1) side = "both";
  if (sides.size() == 1 && marked) side = sides.front();
}

// A line labelled with a side: "- Armenia: ...", "- Armenia (Security Council of Armenia):
// ...", "Combined: ...". The label gives the side of the line's casualty figures, and a body in
// brackets is the line's claimant. Datelines ("New Delhi: ...") name cities, not sides.
struct Topic {
  std::string side;
  std::optional<Speaker> speaker;
};

Topic topic_of(std::string_view text, const std::vector<Token>& tokens) {
  Topic topic;
  std::size_t k = 0;
  if (k < tokens.size() && tokens[k].type == TokenType::punct) ++k;  // a bullet
  if (k >= tokens.size()) return topic;
  const std::string_view first = tokens[k].lower;
  if ((first == "combined" || first == "total" || first == "overall") && k + 1 < tokens.size() &&
      tokens[k + 1].lower == ":") {
    topic.side = "both";
    return topic;
  }
  const auto m = Places::get().match(text, tokens, k);
  if (!m || m->how == detail::PlaceHow::capital || m->how == detail::PlaceHow::demonym) {
    return topic;
  }
  std::size_t e = k + m->tokens;
  if (e < tokens.size() && tokens[e].lower == "(") {
    std::size_t close = e + 1;
    while (close < tokens.size() && close < e + 10 && tokens[close].lower != ")") ++close;
    if (close < tokens.size() && tokens[close].lower == ")") {
      topic.speaker = detail::read_speaker(text, tokens, e + 1, close);
      e = close + 1;
    }
  }
  if (e >= tokens.size() || tokens[e].lower != ":") {
    topic.speaker.reset();
    return topic;
  }
  topic.side = std::string(m->side);
  return topic;
}

bool has_count(const std::vector<Quantity>& quantities, Span sentence) {
  auto it = std::lower_bound(quantities.begin(), quantities.end(), sentence.begin,
                             [](const Quantity& q, std::size_t pos) { return q.span.begin < pos; });
  for (; it != quantities.end() && it->span.begin < sentence.end; ++it) {
    if (it->kind == QuantityKind::count) return true;
  }
  return false;
}

bool has_speech_verb(std::string_view lowered, Span sentence) {
  std::size_t p = sentence.begin;
  while (p < sentence.end) {
    while (p < sentence.end && !detail::is_alpha(lowered[p])) ++p;
    const std::size_t b = p;
    while (p < sentence.end && detail::is_alpha(lowered[p])) ++p;
    if (p > b && detail::is_speech_verb(lowered.substr(b, p - b))) return true;
  }
  return false;
}

// The time expression of a figure: the nearest one before it in its sentence, else the nearest
// after it ("Six weeks of fighting in the autumn of 2020 left more than 6,500 people dead"),
// leaving out the time of a statement ("Simonyan said this week").
const TimeMention* time_of(std::string_view text, const std::vector<TimeMention>& times,
                           Span sentence, std::size_t at) {
  const TimeMention* before = nullptr;
  const TimeMention* after = nullptr;
  for (const TimeMention& t : times) {
    if (t.span.begin < sentence.begin || t.span.end > sentence.end) continue;
    // "said this week", "announced on Tuesday", "on Friday raised": when it was said, not when
    // it happened.
    const detail::Neighbours words = detail::words_before(text, t.span.begin, 2);
    const detail::Neighbours next = detail::words_after(text, t.span.end, 1);
    bool speech = next.count > 0 && detail::is_speech_verb(detail::lower_ascii(next.words[0]));
    for (std::size_t k = 0; k < words.count; ++k) {
      speech = speech || detail::is_speech_verb(detail::lower_ascii(words.words[k]));
    }
    if (speech) continue;
    // "YEREVAN, 19th September, 2022 (GCNA) --": a dateline dates the report, not the event.
    const std::string_view lead = text.substr(sentence.begin, t.span.begin - sentence.begin);
    if (!lead.empty() &&
        std::all_of(
            lead.begin(), lead.end(),
            [](char ch) { return detail::is_upper(ch) || ch == ' ' || ch == ',' || ch == '-'; }) &&
        std::any_of(lead.begin(), lead.end(), [](char ch) { return detail::is_upper(ch); })) {
      continue;
    }
    if (t.span.end <= at) before = &t;
    if (t.span.begin >= at && !after) after = &t;
  }
  return before ? before : after;
}

// "the Galwan clash", "the Pulse nightclub massacre", "the Sandy Hook shooting": a named event,
// as "Galwan clash". A name made only of sides ("the Armenia-Azerbaijan clashes") describes, it
// does not name, so it is left out.
std::string named_event_in(std::string_view text, const std::vector<Token>& tokens) {
  static constexpr std::string_view kTypes[] = {
      "war",        "clash", "clashes",  "battle", "massacre", "attack",  "bombing",  "shooting",
      "earthquake", "quake", "conflict", "siege",  "uprising", "attacks", "shootings"};
  const Places& places = Places::get();
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (tokens[i].lower != "the") continue;
    std::size_t k = i + 1;
    bool named = false;
    while (k < tokens.size() && k < i + 5 && tokens[k].type == TokenType::word &&
           tokens[k].capitalised) {
      const auto m = places.match(text, tokens, k);
      if (!m) named = true;
      k += m ? m->tokens : 1;
    }
    // "the Pulse nightclub massacre": one lower-case word may stand before the type
    if (k < tokens.size() && k + 1 < tokens.size() && tokens[k].type == TokenType::word &&
        !tokens[k].capitalised && std::none_of(std::begin(kTypes), std::end(kTypes), [&](auto t) {
          return tokens[k].lower == t;
        })) {
      ++k;
    }
    if (!named || k >= tokens.size() || k == i + 1) continue;
    if (std::none_of(std::begin(kTypes), std::end(kTypes),
                     [&](auto t) { return tokens[k].lower == t; })) {
      continue;
    }
    return std::string(
        text.substr(tokens[i + 1].span.begin, tokens[k].span.end - tokens[i + 1].span.begin));
  }
  return {};
}

bool opens_quote(const std::vector<Token>& tokens) {
  return !tokens.empty() && tokens[0].type == TokenType::punct &&
         (tokens[0].lower == "\"" || tokens[0].lower == "\xE2\x80\x9C");
}

struct Pending {
  Claim claim;
  Trigger trigger = Trigger::none;
  bool has_noun = false;
  bool restated = false;
  std::size_t frame_key = 0;  // identity of the claimant frame, to coordinate within one frame
};

}  // namespace

std::vector<Claim> extract_claims(const Article& article, const ClaimOptions& options) {
  const std::string_view text = article.text;
  const std::vector<Quantity> quantities = extract_quantities(text, options.quantities);
  const std::vector<Span> sentences = split_sentences(text);
  const std::string lowered = detail::lower_ascii(text);
  const std::vector<TimeMention> times = find_time_mentions(text, article.published);
  std::vector<Claim> claims;
  detail::SpeakerMemory memory;
  std::vector<Frame> colon_frames;          // the frames of a line ending in ':' introducing a list
  const TimeMention* colon_time = nullptr;  // and its time ("losses from that war differ:")
  const TimeMention* last_time = nullptr;   // the latest time expression of earlier sentences
  std::optional<Claim> last_casualty;       // the article's last casualty claim, for restatements

  // Pass 1: tokens and reporting frames of every sentence, speakers resolved in text order.
  struct Sentence {
    std::vector<Token> tokens;
    std::vector<Frame> frames;
    std::size_t paragraph = 0;
  };
  std::vector<Sentence> read(sentences.size());
  std::size_t paragraph = 0;
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const Span& sentence = sentences[i];
    if (text.substr(previous_end, sentence.begin - previous_end).find("\n\n") !=
        std::string_view::npos) {
      ++paragraph;
    }
    previous_end = sentence.end;
    read[i].paragraph = paragraph;
    // Only sentences with a count figure or a reporting verb matter to the claims; the others
    // are not tokenized at all (most sentences of an article).
    if (!has_count(quantities, sentence) && !has_speech_verb(lowered, sentence)) continue;
    read[i].tokens = detail::tokenize(text, lowered, sentence, quantities);
    read[i].frames = detail::find_frames(text, read[i].tokens);
    std::vector<Frame>& frames = read[i].frames;
    for (std::size_t k = 0; k < frames.size(); ++k) {
      // "Baku had not revised the toll of 50 dead it announced": a pronoun refers first to a
      // speaker earlier in the same sentence.
      if (frames[k].speaker.pronoun) {
        for (std::size_t j = k; j-- > 0;) {
          if (!frames[j].speaker.pronoun && frames[j].speaker.person == frames[k].speaker.person) {
            frames[k].speaker = frames[j].speaker;
            break;
          }
        }
      }
      frames[k].speaker = memory.resolve(std::move(frames[k].speaker));
    }
  }

  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const Span& sentence = sentences[i];
    const std::vector<Token>& tokens = read[i].tokens;
    std::vector<Frame> frames = read[i].frames;
    if (frames.empty() && list_item(tokens)) frames = colon_frames;
    const bool item = list_item(tokens);
    if (!item) {
      colon_frames.clear();
      colon_time = nullptr;
    }
    const TimeMention* own_time = time_of(text, times, sentence, sentence.begin);
    if (!text.substr(sentence.begin, sentence.size()).empty() && text[sentence.end - 1] == ':') {
      if (!frames.empty()) colon_frames = frames;
      // "Reported military losses from that war differ by source:" — the war just named.
      const std::string_view intro = lowered.substr(sentence.begin, sentence.size());
      colon_time = own_time ? own_time
                   : (intro.find("that war") != std::string_view::npos ||
                      intro.find("that conflict") != std::string_view::npos)
                       ? last_time
                       : nullptr;
    }
    // A quote of several sentences is attributed after its last one: '"The number of dead
    // stands at 135. I am afraid it is not the final figure," Mr. Pashinyan said.'
    if (frames.empty() && opens_quote(tokens)) {
      for (std::size_t j = i + 1; j < sentences.size() && j <= i + 3; ++j) {
        if (read[j].paragraph != read[i].paragraph) break;
        if (!read[j].frames.empty()) {
          frames = {read[j].frames.back()};
          frames.front().verb = tokens.size() + 1;  // after this sentence
          break;
        }
      }
    }
    const std::string named = named_event_in(text, tokens);
    const Topic label = topic_of(text, tokens);
    const std::string& topic = label.side;
    if (label.speaker) {
      frames.insert(frames.begin(), Frame{0, true, memory.resolve(*label.speaker)});
    }
    if (!topic.empty() && topic != "both") {
      // "- Azerbaijan: the authorities reported ...": a generic body speaks for the labelled side.
      for (Frame& fr : frames) {
        if (fr.speaker.generic && fr.speaker.side.empty() && !fr.speaker.person) {
          fr.speaker.name = topic + " " + fr.speaker.name;
          fr.speaker.side = topic;
          fr.speaker.generic = false;
        }
      }
    }
    std::vector<Pending> pending;
    for (std::size_t f = 0; f < tokens.size(); ++f) {
      if (tokens[f].type != TokenType::figure || list_marker(tokens, f)) continue;
      const Quantity& q = quantities[tokens[f].figure];
      if (q.kind != QuantityKind::count) continue;

      Pending pc;
      Claim& c = pc.claim;
      c.article = article.id;
      c.outlet = article.outlet;
      c.published = article.published;
      c.quantity = q;
      c.sentence = sentence;
      c.id = article.id + "#" + std::to_string(q.number_span.begin);

      const Frame* frame = claimant_frame(frames, f);
      const Frame* inner = nearest_frame(frames, f);
      if (frame) {
        c.claimant = frame->speaker.name;
        c.claimant_side = frame->speaker.side;
        pc.frame_key = static_cast<std::size_t>(frame - frames.data()) + 1;
      } else {
        c.claimant = article.outlet.empty() ? std::string("(outlet)") : article.outlet;
        c.outlet_voice = true;
      }
      // Whose figure it is: the nearest speaker ("According to the Speaker, Baku had reported
      // 70 dead": Simonyan claims it, the dead are Baku's).
      const std::string& owner_side = inner ? inner->speaker.side : c.claimant_side;

      const Phrase phrase = counted_phrase(text, tokens, f);
      const Found before = trigger_before(tokens, f);
      const Found after = trigger_after(tokens, f);
      Found use;
      if (before.trigger != Trigger::none && f - before.at <= 1 &&
          active_verb(tokens[before.at].lower)) {
        use = before;
      } else if (after.trigger != Trigger::none) {
        use = after;
      } else {
        use = before;
      }
      // A count of things is not a casualty figure ("three homes where bodies were found"), nor
      // is a figure used as a modifier ("the five-bedroom house", "a two-story home").
      const bool modifier = q.span.end < text.size() && text[q.span.end] == '-' &&
                            q.span.end + 1 < text.size() && detail::is_alpha(text[q.span.end + 1]);
      const bool human = !phrase.population.empty() || phrase.head.empty() ||
                         phrase.head == "others" || phrase.head == "more";
      if ((!human || modifier) && !(use.joint_missing)) use = Found{};
      std::size_t claim_end = std::max(f + 1, phrase.end);
      if (use.trigger != Trigger::none && use.at > f) claim_end = std::max(claim_end, use.at + 1);

      Restatement restated;
      if (use.trigger == Trigger::none && phrase.head.empty()) restated = restatement(tokens, f);
      if (restated.trigger != Trigger::none) use = Found{restated.trigger, f, false};
      pc.trigger = use.joint_missing ? Trigger::missing : use.trigger;
      pc.has_noun = !phrase.head.empty();
      pc.restated = restated.found && restated.trigger == Trigger::none;
      if (use.joint_missing) {
        c.kind = kinds::kKilledOrMissing;
      } else if (use.trigger != Trigger::none) {
        c.kind = std::string(detail::kind_name(use.trigger));
      } else {
        c.kind = phrase.head.empty() ? "count" : phrase.head;
      }
      c.population = phrase.population.empty() ? restated.population : phrase.population;
      std::string side_before;
      {
        std::string pop_before;
        before_phrase(text, tokens, f, pop_before, side_before);
        if (c.population.empty() && is_casualty(use.trigger)) c.population = pop_before;
      }

      if (!phrase.side.empty()) {
        c.side = phrase.side;
      } else if (phrase.possessive || restated.possessive) {
        c.side = owner_side;
      } else if (both_sides_near(tokens, f)) {
        c.side = "both";
      } else if ((use.trigger == Trigger::lost || use.trigger == Trigger::deployed) && use.at < f) {
        // "Azerbaijan lost 50", "Russia then stationed about 2,000 peacekeepers"
        c.side = loser_before(text, tokens, use.at, owner_side);
      }
      if (c.side.empty() && is_casualty(use.trigger) && !side_before.empty()) c.side = side_before;
      if (c.side.empty() && is_casualty(use.trigger) && !topic.empty()) c.side = topic;
      if (c.side.empty() && !c.outlet_voice && is_casualty(use.trigger)) c.side = owner_side;

      if (!named.empty() && detail::lower_ascii(article.title).find(detail::lower_ascii(named)) ==
                                std::string::npos) {
        c.named_event = named;
      }
      const TimeMention* t = time_of(text, times, sentence, q.span.begin);
      if (!t && item) t = colon_time;  // a list item dated by its introduction
      if (t) {
        c.when = t->days;
        c.when_span = t->span;
        c.when_grain = t->grain;
      }
      c.claim_span = {std::min(q.span.begin, tokens[f].span.begin),
                      std::max(q.span.end, tokens[claim_end - 1].span.end)};
      pending.push_back(std::move(pc));
    }

    // Coordination within the sentence: a figure with no noun takes the population (and, in the
    // same frame, the side) of the casualty figure before it ("two ... killed and more than a
    // dozen wounded"); one with no kind takes the whole reading of a casualty figure next to it
    // ("raised its count to 71, up from the 50 it reported").
    for (std::size_t pi = 0; pi < pending.size(); ++pi) {
      Pending& p = pending[pi];
      Claim& c = p.claim;
      const Pending* prev = pi > 0 ? &pending[pi - 1] : nullptr;
      if (prev && !p.has_noun && is_casualty(prev->trigger)) {
        if (c.population.empty() || c.population == "people") c.population = prev->claim.population;
        if (p.frame_key == prev->frame_key && (c.side.empty() || c.side == c.claimant_side)) {
          c.side = prev->claim.side;
        }
      }
      if (p.trigger == Trigger::none && !p.has_noun) {
        const Claim* source = nullptr;
        for (std::size_t j = 0; j < pending.size() && !source; ++j) {
          if (j != pi && is_casualty(pending[j].trigger)) source = &pending[j].claim;
        }
        if (!source && p.restated && last_casualty) source = &*last_casualty;
        if (source) {
          c.kind = source->kind;
          c.population = source->population;
          if (c.side.empty() && !c.outlet_voice) c.side = c.claimant_side;
          if (c.side.empty()) c.side = source->side;
          p.trigger = Trigger::killed;  // counts as a casualty figure from here on
        }
      }
    }
    for (const TimeMention& tm : times) {
      if (tm.span.begin >= sentence.begin && tm.span.end <= sentence.end) last_time = &tm;
    }
    for (Pending& p : pending) {
      if (is_casualty(p.trigger) && p.claim.population.empty()) p.claim.population = "people";
      if (options.casualties_only && !is_casualty(p.trigger)) continue;
      if (is_casualty(p.trigger)) last_casualty = p.claim;
      claims.push_back(std::move(p.claim));
    }
  }
  return claims;
}

}  // namespace claimgraph
