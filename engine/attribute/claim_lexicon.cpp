// Claim lexicon tables. Each is a list of lower-case words, hashed once into a WordMap
// (extract/phrase_set.hpp) on first use.

#include "attribute/claim_lexicon.hpp"

#include <array>
#include <vector>

#include "extract/phrase_set.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

struct TriggerWord {
  std::string_view word;
  Trigger trigger;
};

constexpr std::array kTriggers = std::to_array<TriggerWord>({
    {"killed", Trigger::killed},
    {"kill", Trigger::killed},
    {"kills", Trigger::killed},
    {"killing", Trigger::killed},
    {"dead", Trigger::killed},
    {"died", Trigger::killed},
    {"die", Trigger::killed},
    {"dies", Trigger::killed},
    {"deaths", Trigger::killed},
    {"death", Trigger::killed},
    {"toll", Trigger::killed},
    {"fatalities", Trigger::killed},
    {"fatality", Trigger::killed},
    {"perished", Trigger::killed},
    {"slain", Trigger::killed},
    {"murdered", Trigger::killed},
    {"bodies", Trigger::killed},
    {"lives", Trigger::killed},
    {"martyred", Trigger::killed},
    {"martyrs", Trigger::killed},
    {"wounded", Trigger::wounded},
    {"wounding", Trigger::wounded},
    {"injured", Trigger::wounded},
    {"injuring", Trigger::wounded},
    {"injuries", Trigger::wounded},
    {"wounds", Trigger::shot},
    {"hurt", Trigger::wounded},
    {"missing", Trigger::missing},
    {"unaccounted", Trigger::missing},
    {"captured", Trigger::captured},
    {"capturing", Trigger::captured},
    {"prisoner", Trigger::captured},
    {"prisoners", Trigger::captured},
    {"captive", Trigger::captured},
    {"captives", Trigger::captured},
    {"hostage", Trigger::captured},
    {"hostages", Trigger::captured},
    {"abducted", Trigger::captured},
    {"kidnapped", Trigger::captured},
    {"pows", Trigger::captured},
    {"detained", Trigger::detained},
    {"arrested", Trigger::detained},
    {"arrests", Trigger::detained},
    {"detentions", Trigger::detained},
    {"jailed", Trigger::detained},
    {"displaced", Trigger::displaced},
    {"evacuated", Trigger::displaced},
    {"fled", Trigger::displaced},
    {"refugees", Trigger::displaced},
    {"homeless", Trigger::displaced},
    {"uprooted", Trigger::displaced},
    {"deployed", Trigger::deployed},
    {"deploying", Trigger::deployed},
    {"deploy", Trigger::deployed},
    {"stationed", Trigger::deployed},
    {"dispatched", Trigger::deployed},
    {"casualties", Trigger::casualties},
    {"casualty", Trigger::casualties},
    {"lost", Trigger::lost},
    {"losses", Trigger::lost},
    {"lose", Trigger::lost},
    {"losing", Trigger::lost},
    {"hospitalized", Trigger::wounded},
    {"hospitalised", Trigger::wounded},
    {"stabbed", Trigger::wounded},
    {"homicides", Trigger::killed},
    {"murders", Trigger::killed},
    {"slayings", Trigger::killed},
    {"driven", Trigger::displaced},
    {"shot", Trigger::shot},
    {"shoots", Trigger::shot},
    {"shooting", Trigger::shot},
    {"struck", Trigger::wounded},
    {"injure", Trigger::wounded},
    {"injures", Trigger::wounded},
    {"life", Trigger::killed},
    {"murdering", Trigger::killed},
    {"fatally", Trigger::killed},
    {"succumbed", Trigger::killed},
    {"deceased", Trigger::killed},
    {"condition", Trigger::wounded},
});

struct PopulationWord {
  std::string_view word;
  std::string_view population;
};

constexpr std::array kPopulations = std::to_array<PopulationWord>({
    {"soldier", "soldiers"},
    {"soldiers", "soldiers"},
    {"troops", "soldiers"},
    {"troop", "soldiers"},
    {"servicemen", "soldiers"},
    {"serviceman", "soldiers"},
    {"servicewomen", "soldiers"},
    {"servicemembers", "soldiers"},
    {"personnel", "soldiers"},
    {"fighters", "soldiers"},
    {"fighter", "soldiers"},
    {"militants", "soldiers"},
    {"conscripts", "soldiers"},
    {"guards", "soldiers"},
    {"guardsmen", "soldiers"},
    {"peacekeepers", "soldiers"},
    {"marines", "soldiers"},
    {"sailors", "soldiers"},
    {"airmen", "soldiers"},
    {"combatants", "soldiers"},
    {"rebels", "soldiers"},
    {"insurgents", "soldiers"},
    {"militiamen", "soldiers"},
    {"paratroopers", "soldiers"},
    {"commandos", "soldiers"},
    {"civilian", "civilians"},
    {"civilians", "civilians"},
    {"noncombatants", "civilians"},
    {"child", "children"},
    {"children", "children"},
    {"kids", "children"},
    {"minors", "children"},
    {"babies", "children"},
    {"infants", "children"},
    {"boys", "children"},
    {"girls", "children"},
    {"teenagers", "children"},
    {"teens", "children"},
    {"schoolchildren", "children"},
    {"students", "children"},
    {"police", "police"},
    {"policemen", "police"},
    {"policeman", "police"},
    {"officers", "police"},
    {"officer", "police"},
    {"deputies", "police"},
    {"troopers", "police"},
    {"cops", "police"},
    {"people", "people"},
    {"persons", "people"},
    {"person", "people"},
    {"residents", "people"},
    {"villagers", "people"},
    {"victims", "people"},
    {"victim", "people"},
    {"individuals", "people"},
    {"men", "people"},
    {"women", "people"},
    {"adults", "people"},
    {"others", "people"},
    {"migrants", "people"},
    {"workers", "people"},
    {"passengers", "people"},
    {"pilgrims", "people"},
    {"protesters", "people"},
    {"demonstrators", "people"},
    {"inhabitants", "people"},
    {"citizens", "people"},
    {"nationals", "people"},
    {"worshippers", "people"},
    {"bystanders", "people"},
    {"shoppers", "people"},
    {"spectators", "people"},
    {"employees", "people"},
    {"miners", "people"},
    {"patients", "people"},
    {"males", "people"},
    {"females", "people"},
    {"male", "people"},
    {"female", "people"},
    {"youths", "people"},
    {"suspects", "people"},
    {"relatives", "people"},
    {"teenager", "children"},
    {"teen", "children"},
    {"juveniles", "children"},
    {"members", "people"},
    {"man", "people"},
    {"woman", "people"},
    // People named by their work, their kin or where they were: "four federal agents were
    // injured", "wounding five of his companions", "two brothers were killed".
    {"agents", "police"},
    {"agent", "police"},
    {"sergeants", "police"},
    {"detectives", "police"},
    {"marshals", "police"},
    {"constables", "police"},
    {"doctors", "people"},
    {"nurses", "people"},
    {"paramedics", "people"},
    {"firefighters", "people"},
    {"journalists", "people"},
    {"reporters", "people"},
    {"teachers", "people"},
    {"hunters", "people"},
    {"brothers", "people"},
    {"sisters", "people"},
    {"siblings", "people"},
    {"sons", "people"},
    {"daughters", "people"},
    {"cousins", "people"},
    {"parents", "people"},
    {"friends", "people"},
    {"companions", "people"},
    {"roommates", "people"},
    {"classmates", "people"},
    {"coworkers", "people"},
    {"colleagues", "people"},
    {"customers", "people"},
    {"patrons", "people"},
    {"guests", "people"},
    {"partygoers", "people"},
    {"revelers", "people"},
    {"revellers", "people"},
    {"attendees", "people"},
    {"clubgoers", "people"},
    {"concertgoers", "people"},
    {"churchgoers", "people"},
    {"parishioners", "people"},
    {"congregants", "people"},
    {"tourists", "people"},
    {"visitors", "people"},
    {"fans", "people"},
    {"pedestrians", "people"},
    {"motorists", "people"},
    {"drivers", "people"},
    {"occupants", "people"},
    {"inmates", "people"},
    {"guys", "people"},
    {"toddlers", "children"},
    {"newborns", "children"},
    {"pupils", "children"},
});

constexpr std::array kReportingVerbs = std::to_array<std::string_view>({
    "said",      "says",      "say",          "saying",    "claimed",    "claims",
    "claim",     "claiming",  "reported",     "reports",   "report",     "reporting",
    "told",      "tells",     "announced",    "announces", "confirmed",  "confirms",
    "estimated", "estimates", "stated",       "added",     "adds",       "counted",
    "noted",     "notes",     "wrote",        "writes",    "tweeted",    "posted",
    "insisted",  "insists",   "acknowledged", "admitted",  "accused",    "accuses",
    "alleged",   "alleges",   "declared",     "declares",  "informed",   "indicated",
    "warned",    "cited",     "quoted",       "published", "revealed",   "disclosed",
    "explained", "conceded",  "according",    "puts",      "put",        "gave",
    "gives",     "raised",    "raises",       "revised",   "revises",    "updated",
    "updates",   "lowered",   "listed",       "recorded",  "registered", "acknowledges",
    "spoke",     "spoken",    "speaks",       "rejected",  "denied",     "disputed",
    "replied",   "responded", "countered",
});

constexpr std::array kTitles = std::to_array<std::string_view>({
    "prime",       "minister",     "president",
    "foreign",     "defence",      "defense",
    "interior",    "deputy",       "spokesman",
    "spokeswoman", "spokesperson", "secretary",
    "general",     "gen",          "lt",
    "col",         "maj",          "capt",
    "sgt",         "mr",           "mrs",
    "ms",          "dr",           "sheriff",
    "chief",       "detective",    "mayor",
    "governor",    "gov",          "sen",
    "senator",     "rep",          "representative",
    "speaker",     "chairman",     "chairwoman",
    "commander",   "director",     "ambassador",
    "envoy",       "king",         "queen",
    "prince",      "leader",       "parliamentary",
    "acting",      "former",       "state",
    "lieutenant",  "colonel",      "major",
    "captain",     "sergeant",     "officer",
    "head",        "prosecutor",   "attorney",
    "district",    "county",       "police",
    "fire",        "emergency",    "health",
    "army",        "military",     "security",
    "national",    "council",      "chief's",
    "top",         "senior",       "official",
    "parliament",  "assembly",     "house",
    "cabinet",
});

constexpr std::array kOrganisations = std::to_array<std::string_view>({
    "ministry",    "ministries",   "government",     "council",    "army",         "military",
    "authorities", "authority",    "office",         "police",     "department",   "agency",
    "service",     "services",     "committee",      "parliament", "assembly",     "kremlin",
    "pentagon",    "embassy",      "mission",        "forces",     "command",      "sources",
    "officials",   "presidency",   "administration", "commission", "organization", "organisation",
    "hospital",    "hospitals",    "coroner",        "examiner",   "group",        "observatory",
    "monitor",     "institute",    "centre",         "center",     "court",        "prosecutors",
    "ombudsman",   "media",        "agencies",       "un",         "who",          "cross",
    "crescent",    "staff",        "headquarters",   "cabinet",    "statement",    "spokesman",
    "spokeswoman", "spokesperson", "secretariat",    "bureau",     "sheriff",      "caller",
    "callers",     "dispatcher",   "dispatchers",    "family",     "relatives",
});

constexpr std::array kFillers = std::to_array<std::string_view>({
    "has",        "have",      "had",        "was",        "were",       "is",         "are",
    "also",       "later",     "earlier",    "previously", "then",       "now",        "today",
    "yesterday",  "tonight",   "on",         "monday",     "tuesday",    "wednesday",  "thursday",
    "friday",     "saturday",  "sunday",     "separately", "further",    "again",      "already",
    "first",      "initially", "officially", "publicly",   "reportedly", "repeatedly", "just",
    "last",       "night",     "week",       "in",         "a",          "its",        "their",
    "his",        "her",       "statement",  "recently",   "still",      "would",      "will",
    "originally", "not",       "never",      "yet",        "so",         "far",        "there",
    "here",       "receiving", "received",
});

constexpr std::array kBreaks = std::to_array<std::string_view>({
    "that",  "and",  "but",     "which",  "who",  "when",  "while", "as",    "after", "before",
    "since", "if",   "because", "where",  "whom", "whose", "than",  "or",    "nor",   "so",
    "to",    "by",   "for",     "with",   "from", "at",    "into",  "over",  "about", "against",
    "said",  "says", "told",    "killed", "what", "how",   "why",   "there", "here",  "it",
    "they",  "we",   "he",      "she",    "i",    "you",   "this",  "these", "those", "such",
});

template <typename Table>
WordMap words_of(const Table& table) {
  std::vector<LexiconEntry> words;
  for (std::size_t i = 0; i < table.size(); ++i) {
    if constexpr (std::is_same_v<typename Table::value_type, std::string_view>) {
      words.push_back({table[i], static_cast<std::uint16_t>(i)});
    } else {
      words.push_back({table[i].word, static_cast<std::uint16_t>(i)});
    }
  }
  return WordMap(words);
}

// The words of a table of entries, for its WordFilter.
template <typename Entry, std::size_t N>
constexpr std::array<std::string_view, N> words_in(const std::array<Entry, N>& table) {
  std::array<std::string_view, N> words{};
  for (std::size_t i = 0; i < N; ++i) words[i] = table[i].word;
  return words;
}

}  // namespace

constinit const WordFilter kTriggerStarts = WordFilter::of(words_in(kTriggers));

Trigger listed_trigger(std::string_view lower) {
  static const WordMap map = words_of(kTriggers);
  const auto i = map.find(lower);
  return i ? kTriggers[*i].trigger : Trigger::none;
}

bool is_casualty_kind(std::string_view kind) {
  return kind == "killed" || kind == "wounded" || kind == "shot" || kind == "missing" ||
         kind == "killed_or_missing" || kind == "casualties" || kind == "captured" ||
         kind == "detained" || kind == "displaced";
}

bool is_kin(std::string_view lower) {
  static constexpr std::string_view kKin[] = {
      "sons",          "daughters",     "children",  "kids",           "stepchildren", "stepsons",
      "stepdaughters", "brothers",      "sisters",   "siblings",       "relatives",    "nephews",
      "nieces",        "grandchildren", "grandsons", "granddaughters", "cousins",      "parents"};
  return iequals_any(lower, kKin);
}

bool same_outcome(std::string_view a, std::string_view b) {
  const auto hit = [](std::string_view k) { return k == "shot" || k == "wounded"; };
  return a == b || (hit(a) && hit(b));
}

bool same_outcome(Trigger a, Trigger b) { return same_outcome(kind_name(a), kind_name(b)); }

std::string_view kind_name(Trigger t) {
  switch (t) {
    case Trigger::killed:
    case Trigger::lost:
      return "killed";
    case Trigger::shot:
      return "shot";
    case Trigger::wounded:
      return "wounded";
    case Trigger::missing:
      return "missing";
    case Trigger::captured:
      return "captured";
    case Trigger::detained:
      return "detained";
    case Trigger::displaced:
      return "displaced";
    case Trigger::deployed:
      return "deployed";
    case Trigger::casualties:
      return "casualties";
    case Trigger::none:
      return "";
  }
  return "";
}

constinit const WordFilter kPopulationStarts = WordFilter::of(words_in(kPopulations));

std::optional<std::string_view> listed_population(std::string_view noun) {
  static const WordMap map = words_of(kPopulations);
  const auto i = map.find(noun);
  if (!i) return std::nullopt;
  return kPopulations[*i].population;
}

constinit const WordFilter kReportingVerbStarts = WordFilter::of(kReportingVerbs);

bool listed_speech_verb(std::string_view lower) {
  static const WordMap map = words_of(kReportingVerbs);
  return map.find(lower).has_value();
}

constinit const WordFilter kTitleStarts = WordFilter::of(kTitles);

bool listed_title_word(std::string_view lower) {
  static const WordMap map = words_of(kTitles);
  return map.find(lower).has_value();
}

constinit const WordFilter kOrganisationStarts = WordFilter::of(kOrganisations);

bool listed_organisation_noun(std::string_view lower) {
  static const WordMap map = words_of(kOrganisations);
  return map.find(lower).has_value();
}

constinit const WordFilter kFillerWords = WordFilter::of(kFillers);

bool listed_speaker_filler(std::string_view lower) {
  static const WordMap map = words_of(kFillers);
  return map.find(lower).has_value();
}

bool is_time_name(std::string_view lower) {
  static constexpr std::string_view kTimes[] = {
      "monday",  "tuesday",   "wednesday", "thursday", "friday",  "saturday", "sunday",
      "january", "february",  "march",     "april",    "may",     "june",     "july",
      "august",  "september", "october",   "november", "december"};
  return iequals_any(lower, kTimes);
}

constinit const WordFilter kBreakWords = WordFilter::of(kBreaks);

bool listed_phrase_break(std::string_view lower) {
  static const WordMap map = words_of(kBreaks);
  return map.find(lower).has_value();
}

}  // namespace claimgraph::detail
