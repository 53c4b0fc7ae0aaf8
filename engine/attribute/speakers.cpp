// Reporting frames and speaker normalization.
//
// Frames: for each reporting verb (claim_lexicon), the speaker is the noun phrase before it
// ("Armenia's defence ministry claimed"), skipping auxiliaries and time words ("has later
// said"); if nothing usable stands before it (a quote or comma), the phrase after it ('",
// said Pashinyan'). "according to X" takes the phrase after "to" and covers the whole sentence.
//
// Normalization: side names (places.hpp) give the side; a phrase with an organisation noun is a
// body, named "<Side> <words>" in lower case with "Ministry of Defence" turned into "defence
// ministry" and "defense" into "defence"; otherwise capitalised words that are not titles or
// sides form a person's name. A bare side ("Baku", "Yerevan") names its state.

#include "attribute/speakers.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <functional>
#include <span>
#include <string_view>

#include "attribute/claim_lexicon.hpp"
#include "attribute/places.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

constexpr std::size_t kMaxPhrase = 10;

bool is_word(const Token& t) { return t.type == TokenType::word; }

bool abbreviation_dot(std::span<const Token> tokens, std::size_t i) {
  return i > 0 && tokens[i].lower == "." && is_word(tokens[i - 1]) &&
         is_title_word(tokens[i - 1].lower);
}

// A hyphen glued to the words on both sides ("Nagorno-Karabakh" cut by a figure's span); one
// set between spaces is a dash that ends a phrase ("HOUSTON -- Houston police say").
bool glued_hyphen(std::string_view text, const Token& t) {
  const auto blank = [&](std::size_t p) {
    return text[p] == '\n' || text[p] == '\r' || space_len(text, p) > 0;
  };
  return t.lower == "-" && t.span.begin > 0 && t.span.end < text.size() &&
         !blank(t.span.begin - 1) && !blank(t.span.end);
}

// Tokens that can be part of a speaker phrase.
bool phrase_token(std::string_view text, std::span<const Token> tokens, std::size_t i) {
  const Token& t = tokens[i];
  if (t.type == TokenType::figure) return false;
  if (t.type == TokenType::other) return true;  // "on Sept. 13", "first"
  if (t.type == TokenType::punct) return abbreviation_dot(tokens, i) || glued_hyphen(text, t);
  return !is_speech_verb(t.lower) && !is_phrase_break(t.lower) &&
         trigger_of(t.lower) == Trigger::none;
}

// read_speaker's word lists, on its stack: the heap was two allocations a call. A bump
// allocator over a WordArena; past its bytes (a range longer than speaker_before's phrases), the
// heap. What the arena gave is given back with it.
struct WordArena {
  alignas(std::max_align_t) std::array<std::byte, 4 * kMaxPhrase * sizeof(std::string_view)> bytes;
  std::size_t used = 0;
};

template <typename T>
struct OnStack {
  using value_type = T;
  WordArena* arena;
  explicit OnStack(WordArena& a) noexcept : arena(&a) {}
  template <typename U>
  OnStack(const OnStack<U>& other) noexcept : arena(other.arena) {}
  T* allocate(std::size_t n) {
    constexpr std::size_t kAlign = alignof(std::max_align_t);
    const std::size_t size = (n * sizeof(T) + kAlign - 1) & ~(kAlign - 1);
    if (size <= arena->bytes.size() - arena->used) {
      T* p = reinterpret_cast<T*>(arena->bytes.data() + arena->used);
      arena->used += size;
      return p;
    }
    return static_cast<T*>(::operator new(n * sizeof(T)));
  }
  void deallocate(T* p, std::size_t /*n*/) noexcept {
    // std::less: a total order, also for a pointer from the heap.
    const std::less<const std::byte*> before;
    const auto* b = reinterpret_cast<const std::byte*>(p);
    if (!before(b, arena->bytes.data()) && before(b, arena->bytes.data() + arena->bytes.size())) {
      return;
    }
    // unsized: clang declares the sized form only with -fsized-deallocation
    ::operator delete(p);
  }
  template <typename U>
  bool operator==(const OnStack<U>& other) const noexcept {
    return arena == other.arena;
  }
};
using Words = std::vector<std::string_view, OnStack<std::string_view>>;

std::string join(std::span<const std::string_view> words) {
  std::string out;
  for (const std::string_view w : words) {
    if (w.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

}  // namespace

std::optional<Speaker> read_speaker(std::string_view text, std::span<const Token> tokens,
                                    std::size_t begin, std::size_t end, const Places& places) {
  // The head of a speaker phrase, its last word, names someone: a body ("ministry"), a title
  // ("speaker"), a pronoun, or a capitalised name; "the two former Soviet republics" or "the
  // army checking" are not speakers.
  std::size_t last = end;
  while (last > begin && !is_word(tokens[last - 1])) --last;
  if (last == begin) return std::nullopt;
  const Token& head = tokens[last - 1];
  if (!head.capitalised && !is_organisation_noun(head.lower) && !is_title_word(head.lower) &&
      head.lower != "he" && head.lower != "she" && head.lower != "it" && head.lower != "they" &&
      head.lower != "countries" && head.lower != "sides" && head.lower != "'s") {
    return std::nullopt;
  }
  Speaker s;
  // Views of the lowered text (org_words) and of the text (person_words).
  WordArena arena;
  Words org_words{Words::allocator_type(arena)};
  Words person_words{Words::allocator_type(arena)};
  org_words.reserve(end - begin);
  person_words.reserve(end - begin);
  bool organisation = false;
  bool any_place = false;
  std::size_t first_place_word = 0;
  bool any_place_at_end = false;
  std::string group;
  std::size_t in_at = 0;  // org_words' count at an "in" after a body's words, if any
  // person_words' count at an "of" after a name of two words or more: "Lt. John Walker of the
  // Southwest Detective Division" is John Walker, the division his affiliation.
  std::size_t name_before_of = 0;
  for (std::size_t i = begin; i < end; ++i) {
    const Token& t = tokens[i];
    if (!is_word(t)) continue;
    if (t.lower == "of" && name_before_of == 0 && person_words.size() >= 2 && !organisation) {
      name_before_of = person_words.size();
    }
    if (t.lower == "both" && i + 1 < end &&
        (tokens[i + 1].lower == "countries" || tokens[i + 1].lower == "sides")) {
      s.side = "both";  // "the defence ministries of both countries"
      ++i;
      continue;
    }
    if (const auto m = places.match(text, tokens, i); m && i + m->tokens <= end) {
      any_place_at_end = i + m->tokens >= last;
      if (s.side.empty()) s.side = std::string(m->side);
      if (!any_place) first_place_word = org_words.size();
      any_place = true;
      if (m->how == PlaceHow::group) {
        // An armed group speaks as itself: "the Karabakh army" → "Nagorno-Karabakh Defence Army".
        organisation = true;
        group = std::string(m->entity);
      }
      i += m->tokens - 1;
      continue;
    }
    if (t.lower == "'s" || t.lower == "the" || t.lower == "a" || t.lower == "an") continue;
    if (t.lower == "he" || t.lower == "she" || t.lower == "it" || t.lower == "they") {
      if (end - begin == 1) {
        s.pronoun = true;
        s.person = t.lower == "he" || t.lower == "she";
        s.name = t.lower;
        return s;
      }
      continue;
    }
    // "Police in Vallejo": the place after "in" goes before the body (`in_at`, below).
    if (t.lower == "in" && !org_words.empty() && in_at == 0) {
      in_at = org_words.size();
      continue;
    }
    if (in_at > 0 && (!t.capitalised || is_organisation_noun(t.lower))) {
      in_at = std::string::npos;  // not a place name after "in": leave the words as they are
    }
    if (is_speaker_filler(t.lower) && !is_organisation_noun(t.lower)) continue;
    // Times of day in lower case ("early Saturday morning in Kansas City police said"); not
    // "The Sydney Morning Herald", "Sheriff Tom Early".
    if (!t.capitalised && (t.lower == "morning" || t.lower == "afternoon" || t.lower == "evening" ||
                           t.lower == "early")) {
      continue;
    }
    // "Officers say", "Deputies said": a plural noun of people, capitalised only because it
    // opens the sentence, is a group speaking, not a name.
    if (i == 0 && t.capitalised && t.lower.size() > 3 && t.lower.ends_with('s') &&
        population_of(t.lower)) {
      organisation = true;
    }
    if (is_organisation_noun(t.lower)) organisation = true;
    org_words.emplace_back(t.lower == "defense" ? std::string_view("defence") : t.lower);
    if (t.capitalised && !is_title_word(t.lower) && !(i == 0 && organisation)) {
      person_words.emplace_back(t.span.in(text));
    }
  }
  // Words before a side name that are not titles or bodies are not part of the speaker ("The
  // figure Azerbaijan's defence ministry announced").
  if (first_place_word > 0) {
    Words kept{Words::allocator_type(arena)};
    for (std::size_t k = 0; k < org_words.size(); ++k) {
      if (k >= first_place_word || is_organisation_noun(org_words[k]) ||
          is_title_word(org_words[k])) {
        kept.push_back(org_words[k]);
      }
    }
    org_words = std::move(kept);
  }
  // "Interior Ministry spokesman Tomas Reval": a name after a body's title is a person.
  const bool ends_in_name = head.capitalised && !is_organisation_noun(head.lower) &&
                            !is_title_word(head.lower) && !any_place_at_end;
  if (organisation && ends_in_name && person_words.size() >= 2) {
    s.person = true;
    s.name = join(std::span(person_words).last(2));
    return s;
  }
  if (organisation) {
    if (in_at > 0 && in_at < org_words.size()) {  // "police in vallejo" → "vallejo police"
      std::rotate(org_words.begin(), org_words.begin() + static_cast<std::ptrdiff_t>(in_at),
                  org_words.end());
    }
    // "ministry of defence" → "defence ministry"; "ministry of foreign affairs" → "foreign
    // ministry"
    for (std::size_t k = 0; k + 2 < org_words.size(); ++k) {
      if (org_words[k] == "ministry" && org_words[k + 1] == "of") {
        const std::string_view what = org_words[k + 2];
        const auto at = org_words.begin() + static_cast<std::ptrdiff_t>(k);
        org_words.erase(at + 1, at + 3);
        org_words.insert(org_words.begin() + static_cast<std::ptrdiff_t>(k), what);
      }
    }
    std::erase(org_words, std::string_view("affairs"));
    std::erase(org_words, std::string_view("of"));
    s.name = join(org_words);
    const std::string& owner = group.empty() ? s.side : group;
    if (!owner.empty()) s.name = s.name.empty() ? owner : owner + " " + s.name;
    s.generic = s.side.empty();
    if (s.name.empty()) return std::nullopt;
    return s;
  }
  // A month or a weekday alone is no one's name ("in February, the county prosecutor's office
  // announced", "March 2017 recorded 26"), though one may end a name ("Theresa May", "Mrs
  // May").
  const bool titled = std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(begin),
                                  tokens.begin() + static_cast<std::ptrdiff_t>(end),
                                  [](const Token& t) { return is_title_word(t.lower); });
  const bool only_times =
      !titled && std::all_of(person_words.begin(), person_words.end(),
                             [](std::string_view w) { return is_time_name(lower_ascii(w)); });
  if (!person_words.empty() && !only_times) {
    if (name_before_of > 0) person_words.resize(name_before_of);
    s.person = true;
    s.name = join(person_words);
    return s;
  }
  if (any_place) {
    s.name = s.side;  // "Baku said": the state
    return s;
  }
  if (!org_words.empty() && std::all_of(org_words.begin(), org_words.end(),
                                        [](std::string_view w) { return is_title_word(w); })) {
    s.name = std::string(
        org_words.back());  // "the Speaker", "the minister": resolved to the last person named
    s.generic = true;
    return s;
  }
  return std::nullopt;
}

namespace {

bool pronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "it" || w == "they" || w == "we";
}

// A reporting verb at `v` in the passive: a form of "be" among the auxiliaries [e, v) before
// it, or "been"/"being"/"be" just before them, and the verb not an "-ing" form ("was saying").
bool passive(std::span<const Token> tokens, std::size_t e, std::size_t v) {
  if (tokens[v].lower.ends_with("ing")) return false;
  const auto be = [](std::string_view w) {
    return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "being" ||
           w == "be";
  };
  for (std::size_t k = e; k < v; ++k) {
    if (be(tokens[k].lower)) return true;
  }
  return e > 0 && be(tokens[e - 1].lower);
}

// Verbs after which an inverted speaker may follow ('"...," said Pashinyan').
bool inverts(std::string_view w) {
  return w == "said" || w == "says" || w == "added" || w == "claimed" || w == "insisted" ||
         w == "wrote" || w == "declared" || w == "stated" || w == "noted" || w == "explained";
}

// The speaker of the phrase ending at token `e` (exclusive), reading left; across up to two
// commas of apposition or parenthesis ("Alen Simonyan, said", "authorities, for their part,
// have said").
std::optional<Speaker> speaker_before(std::string_view text, std::span<const Token> tokens,
                                      std::size_t e, const Places& places) {
  std::size_t end = e;
  for (int attempt = 0; attempt < 3; ++attempt) {
    // An aside between commas is no speaker: "Police Chief Eliot Isaac, while providing an
    // update Monday morning at City Hall, said" — the phrase before its opening comma is
    if (attempt > 0) {
      static constexpr std::string_view kAsides[] = {"while", "when",   "after",    "before",
                                                     "as",    "during", "speaking", "standing",
                                                     "in",    "at",     "on",       "addressing"};
      std::size_t c = end;
      while (c > 0 && end - c < 24 && tokens[c - 1].lower != ",") --c;
      if (c > 0 && c < end && tokens[c - 1].lower == "," && iequals_any(tokens[c].lower, kAsides)) {
        end = c - 1;
      }
    }
    if (end > 0 && is_word(tokens[end - 1]) && pronoun(tokens[end - 1].lower)) {
      return read_speaker(text, tokens, end - 1, end, places);
    }
    std::size_t b = end;
    while (b > 0 && end - b < kMaxPhrase && phrase_token(text, tokens, b - 1)) --b;
    if (b < end) {
      if (auto sp = read_speaker(text, tokens, b, end, places)) {
        // "Alen Simonyan, the speaker of Armenia's parliament, said": the name before an
        // appositive title is the speaker; the title gives the side.
        // The phrase is a title ("the speaker of ...", "a police spokesman"): a title word that
        // is no body noun, or names one person — "police" opens titles ("police chief") but
        // "near West 93rd Street, police said" has no name before it.
        bool appositive = false;
        for (std::size_t k = b; k < end; ++k) {
          const std::string_view w = tokens[k].lower;
          const bool one_person = w == "spokesman" || w == "spokeswoman" || w == "spokesperson" ||
                                  w == "sheriff";  // bodies' words too
          appositive = appositive || (is_title_word(w) && (!is_organisation_noun(w) || one_person));
        }
        if (!sp->person && appositive && b >= 2 && tokens[b - 1].lower == ",") {
          std::size_t nb = b - 1;
          while (nb > 0 && b - 1 - nb < kMaxPhrase && phrase_token(text, tokens, nb - 1)) --nb;
          if (nb < b - 1) {
            if (auto name = read_speaker(text, tokens, nb, b - 1, places); name && name->person) {
              if (name->side.empty()) name->side = sp->side;
              return name;
            }
          }
        }
        // "the Speaker of Armenia's National Assembly, Alen Simonyan, said": a title in
        // apposition before the name gives its side.
        if (sp->person && sp->side.empty() && b >= 2 && tokens[b - 1].lower == ",") {
          std::size_t tb = b - 1;
          while (tb > 0 && b - 1 - tb < kMaxPhrase && phrase_token(text, tokens, tb - 1)) --tb;
          bool titled = false;
          for (std::size_t k = tb; k + 1 < b; ++k)
            titled = titled || is_title_word(tokens[k].lower);
          if (tb < b - 1 && titled) {
            if (auto title = read_speaker(text, tokens, tb, b - 1, places)) sp->side = title->side;
          }
        }
        return sp;
      }
    }
    // Step left past the nearest comma and try the phrase before it.
    std::size_t p = end;
    while (p > 0 && end - p < kMaxPhrase && tokens[p - 1].lower != "," &&
           tokens[p - 1].type != TokenType::figure) {
      --p;
    }
    if (p == 0 || tokens[p - 1].lower != ",") return std::nullopt;
    end = p - 1;
  }
  return std::nullopt;
}

// The bodies "they" can be: plural ones, and a police department ("the Dallas Police
// Department says they ..."). Not "who" (the WHO's word, and a relative pronoun), nor "group",
// "office" or "hospital", which name what a sentence is about as often as a speaker.
bool they_body(std::string_view lower) {
  static constexpr std::string_view kBodies[] = {
      "police",     "authorities", "officials", "investigators", "officers",  "deputies",
      "detectives", "prosecutors", "troopers",  "agents",        "department"};
  return std::find(std::begin(kBodies), std::end(kBodies), lower) != std::end(kBodies);
}

// "Police are searching for a man they say shot four people": the body the sentence names
// before "they" is who they are — the phrase ending in its last body noun ("authorities",
// "police"), token `k` (none when `k` is past the tokens).
std::optional<Speaker> body_at(std::string_view text, std::span<const Token> tokens, std::size_t k,
                               const Places& places) {
  if (k >= tokens.size()) return std::nullopt;
  std::size_t b = k;
  while (b > 0 && k + 1 - b < kMaxPhrase && phrase_token(text, tokens, b - 1)) --b;
  auto sp = read_speaker(text, tokens, b, k + 1, places);
  if (sp && !sp->person && !sp->pronoun) return sp;
  return std::nullopt;
}

// The first word at or after `v` that may start a frame, or tokens.size(): a reporting verb, or
// "stating" for "a call stating ..." (most words are neither, and are passed in a tight loop).
std::size_t next_verb(std::span<const Token> tokens, std::size_t v) {
  while (v < tokens.size() && !(is_word(tokens[v]) && (is_speech_verb(tokens[v].lower) ||
                                                       tokens[v].lower == "stating"))) {
    ++v;
  }
  return v;
}

// A sentence set in capitals, as a broadcast's caption transcript is: ten words or more of two
// letters or more, none with a lower-case letter (a headline in capitals is shorter:
// "PASHINYAN ANNOUNCED 105 SOLDIERS DIED" keeps its speaker).
bool shouted(std::string_view text, std::span<const Token> tokens) {
  std::size_t words = 0;
  for (const Token& t : tokens) {
    if (!is_word(t) || t.span.size() < 2) continue;
    for (std::size_t p = t.span.begin; p < t.span.end; ++p) {
      if (text[p] >= 'a' && text[p] <= 'z') return false;
    }
    ++words;
  }
  return words >= 10;
}

}  // namespace

std::vector<Frame> find_frames(std::string_view text, std::span<const Token> tokens,
                               const Places& places) {
  std::vector<Frame> frames;
  const std::size_t n = tokens.size();
  // The last body noun before the verb, for "they": followed as the verbs are, so a sentence of
  // many frames costs linear time.
  std::size_t last_body = n;
  std::size_t read_to = 0;
  for (std::size_t v = next_verb(tokens, 0); v < n; v = next_verb(tokens, v + 1)) {
    const Token& t = tokens[v];
    // "a 911 call stating that five people were dead", "a call saying five people were shot",
    // "dispatch called him early Sunday to report six to 10 people had been shot": the caller's
    // words, the first report of what the article tells, so an earlier one (not "a call
    // reporting a multiple shooting ..., where they found two people shot": what the call was
    // about)
    const bool call_says = v > 0 &&
                           (tokens[v - 1].lower == "call" || tokens[v - 1].lower == "calls") &&
                           (t.lower == "stating" || t.lower == "saying" || t.lower == "reporting");
    bool called_to_report = false;
    if (v > 1 && t.lower == "report" && tokens[v - 1].lower == "to") {
      for (std::size_t k = v - 1; k-- > 0 && k + 7 >= v;) {
        if (tokens[k].type == TokenType::punct) break;
        called_to_report = called_to_report || tokens[k].lower == "called";
      }
    }
    if (call_says || called_to_report) {
      bool said = v + 1 < n && tokens[v + 1].lower == "that";
      for (std::size_t k = v + 1; k < n && k <= v + 3; ++k) {
        said = said || tokens[k].type == TokenType::figure;
      }
      if (said) {
        frames.push_back({v, false, Speaker{"caller", "", false, false, true}, true});
        continue;
      }
    }
    if (!is_speech_verb(t.lower)) continue;
    // A page label: "Posted: Saturday ... 10:39 PM EDT Updated: Sunday".
    if (t.capitalised && v + 1 < n && tokens[v + 1].lower == ":" &&
        (t.lower == "posted" || t.lower == "updated" || t.lower == "published")) {
      continue;
    }
    // "Officers responded to a call", "Police responded at about 12:30 p.m. to the home": a
    // response in deed, not in words — in words it is followed by what was said ("responded
    // that", "responded:", a quote)
    if (t.lower.starts_with("respond") &&
        !(v + 1 < n && (tokens[v + 1].lower == "that" || tokens[v + 1].lower == ":" ||
                        tokens[v + 1].lower == "," || tokens[v + 1].lower == "\"" ||
                        tokens[v + 1].lower == "\xE2\x80\x9C"))) {
      continue;
    }
    // "the reported figures", "its stated aim": a participle used as an adjective.
    if (v > 0 && is_word(tokens[v - 1])) {
      const std::string_view d = tokens[v - 1].lower;
      if (d == "the" || d == "a" || d == "an" || d == "these" || d == "those" || d == "its" ||
          d == "their" || d == "his" || d == "her") {
        continue;
      }
    }
    if (t.lower == "according") {
      if (v + 1 >= n || tokens[v + 1].lower != "to") continue;
      // "according to figures released by the ministries": the speaker follows "by".
      std::size_t b = v + 2;
      for (std::size_t k = b; k < n && k < v + 2 + kMaxPhrase; ++k) {
        if (tokens[k].type != TokenType::word) break;
        if (tokens[k].lower == "by") {
          b = k + 1;
          break;
        }
      }
      std::size_t e = b;
      while (e < n && e < b + kMaxPhrase &&
             (phrase_token(text, tokens, e) || tokens[e].lower == "of"))
        ++e;
      if (auto sp = read_speaker(text, tokens, b, e, places))
        frames.push_back({v, true, std::move(*sp)});
      continue;
    }
    // Passive: "a toll announced by Prime Minister Nikol Pashinyan".
    if (v + 1 < n && tokens[v + 1].lower == "by") {
      std::size_t e = v + 2;
      while (e < n && e < v + 2 + kMaxPhrase && phrase_token(text, tokens, e)) ++e;
      if (auto sp = read_speaker(text, tokens, v + 2, e, places)) {
        frames.push_back({v, false, std::move(*sp)});
        continue;
      }
    }
    // The subject before the verb, past auxiliaries and time words ("has later said").
    std::size_t e = v;
    while (e > 0 &&
           ((is_word(tokens[e - 1]) && is_speaker_filler(tokens[e - 1].lower) &&
             !is_organisation_noun(tokens[e - 1].lower) && !pronoun(tokens[e - 1].lower)) ||
            tokens[e - 1].lower == "\"" || tokens[e - 1].lower == "\xE2\x80\x9C")) {
      --e;  // auxiliaries, time words and an opening quote: 'Baku had "reported 70 dead'
    }
    // A passive without "by" names who was spoken to or of, not who spoke: "when he was denied
    // entry", "police were told", "it is estimated".
    if (passive(tokens, e, v)) continue;
    std::optional<Speaker> sp = speaker_before(text, tokens, e, places);
    if (!sp && inverts(t.lower) && v > 0 && tokens[v - 1].type == TokenType::punct) {
      std::size_t a = v + 1;
      while (a < n && a < v + 1 + kMaxPhrase && phrase_token(text, tokens, a)) ++a;
      if (a > v + 1) sp = read_speaker(text, tokens, v + 1, a, places);
    }
    if (sp && sp->pronoun && sp->name == "they") {
      for (; read_to < v; ++read_to) {
        if (is_word(tokens[read_to]) && they_body(tokens[read_to].lower)) last_body = read_to;
      }
      if (auto body = body_at(text, tokens, last_body, places)) sp = std::move(body);
    }
    if (sp) {
      // "Police had originally said", "Authorities initially had said": an earlier report.
      // ("first" is an ordinal figure's token, so read from the text.)
      bool earlier = false;
      bool first = false;
      for (std::size_t k = std::min(e, v - 1); k < v; ++k) {
        const std::string_view w = tokens[k].span.in(text);
        earlier = earlier || iequals(w, "initially") || iequals(w, "originally");
        first = first || iequals(w, "first");
      }
      // "Authorities said earlier that four agents were injured" (not "said earlier Monday
      // that": a time of day)
      earlier = earlier ||
                (v + 2 < n && tokens[v + 1].lower == "earlier" && tokens[v + 2].lower == "that");
      frames.push_back({v, false, std::move(*sp), earlier, first});
    }
  }
  // In text set in capitals (a broadcast's caption transcript: "ACCORDING TO THE RECORDS
  // WERECEIVED") capitals name no one: only a body, a title or a pronoun is a speaker there.
  // (Read only when a person speaks: most sentences have no frame at all.)
  const auto named_person = [](const Frame& f) { return f.speaker.person && !f.speaker.pronoun; };
  if (std::any_of(frames.begin(), frames.end(), named_person) && shouted(text, tokens)) {
    std::erase_if(frames, named_person);
  }
  return frames;
}

Speaker SpeakerMemory::resolve(Speaker s) {
  if (s.pronoun) {
    for (auto it = seen_.rbegin(); it != seen_.rend(); ++it) {
      if (it->person == s.person) return *it;
    }
    return s;
  }
  if (s.generic && is_title_word(s.name) && !is_organisation_noun(s.name) &&
      s.name.find(' ') == std::string::npos) {
    // "the Speaker", "the minister": the last person named (not "police" or "the army",
    // words that also open a title but name a body).
    for (auto it = seen_.rbegin(); it != seen_.rend(); ++it) {
      if (it->person) return *it;
    }
  }
  if (s.generic) {
    // "the ministry said" → the last body whose name ends with the same words.
    for (auto it = seen_.rbegin(); it != seen_.rend(); ++it) {
      if (!it->person && !it->side.empty() && it->name.size() > s.name.size() &&
          it->name.ends_with(s.name) && it->name[it->name.size() - s.name.size() - 1] == ' ') {
        return *it;
      }
    }
  }
  if (s.person) {
    // A surname alone, or a name without a side: take the fuller earlier mention.
    for (auto it = seen_.rbegin(); it != seen_.rend(); ++it) {
      if (!it->person) continue;
      const bool same = it->name == s.name ||
                        (it->name.size() > s.name.size() && it->name.ends_with(" " + s.name));
      if (same) {
        if (s.side.empty()) s.side = it->side;
        s.name = it->name;
        break;
      }
    }
  }
  remember(s);
  return s;
}

// A speaker mentioned again moves to the back: every look-up above takes the most recent
// match, which a repeated mention cannot change but for its own place.
void SpeakerMemory::remember(const Speaker& s) {
  if (const auto same = std::find(seen_.begin(), seen_.end(), s); same != seen_.end()) {
    seen_.erase(same);
  } else if (seen_.size() == kRemembered) {
    seen_.erase(seen_.begin());
  } else if (seen_.empty()) {
    seen_.reserve(16);  // most articles' speakers, at once
  }
  seen_.push_back(s);
}

}  // namespace claimgraph::detail
