/// claimgraph_event_corpus: a deterministic corpus of news articles about many events, with
/// disagreements planted where the truth is known, for measuring compare at scale — its speed,
/// and whether it finds every planted disagreement and little else.
///
///   claimgraph_event_corpus --articles N [--seed S] [--gold FILE] > corpus.jsonl
///
/// Events are earthquakes, floods and clashes between two invented provinces ("Tarvel province",
/// "Osk province": find_regions makes them sides), spread over ten years, each reported by 3-8
/// articles of invented outlets over the following days. Each province's regional government
/// gives its toll, rising as the days pass. Planted, each in some events:
///   differing     another voice (hospital officials) gives a toll far from the government's
///   partisan      in clashes, one province's military claims the other lost four times as many
///   arithmetic    an article's "in all" total is not the sum of the two provinces' tolls
///   revision      a government lowers its toll below what it said before
/// The gold file has one JSON line per planted disagreement: event, type, kind, side, and the
/// article that plants it. bench/planted_eval.py scores a report's flags against it.
/// Determinism: splitmix64 from --seed, integer arithmetic only; same arguments, same bytes.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "rng.hpp"

namespace {

using claimgraph::bench::Rng;
using u64 = std::uint64_t;
using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

constexpr std::string_view kOnsets[] = {"T",   "V",   "K",  "Dr",  "Br",  "M",  "Or",
                                        "Ell", "Sk",  "Gr", "Z",   "N",   "H",  "Pr",
                                        "St",  "Var", "Ul", "Ast", "Kel", "Ryn"};
constexpr std::string_view kMiddles[] = {"ar", "el", "os", "un", "ia", "ov", "en", "ir",
                                         "ak", "ol", "ev", "an", "uv", "et", "il"};
constexpr std::string_view kEnds[] = {"vel", "sk",  "mar",  "dor",  "ness", "grad", "vik", "lin",
                                      "tor", "gen", "moor", "rest", "wick", "nia",  "holt"};

/// An invented place name from its number: about 4,500 distinct names.
std::string place_name(u64 n) {
  std::string s(kOnsets[n % std::size(kOnsets)]);
  n /= std::size(kOnsets);
  s += kMiddles[n % std::size(kMiddles)];
  n /= std::size(kMiddles);
  s += kEnds[n % std::size(kEnds)];
  return s;
}

constexpr std::string_view kOutletFirst[] = {"Northern", "Evening", "Harbour", "Valley",  "Coastal",
                                             "Capital",  "Morning", "Central", "Western", "Daily"};
constexpr std::string_view kOutletSecond[] = {"Ledger",   "Courier",  "Herald", "Wire",
                                              "Dispatch", "Observer", "Post",   "Times",
                                              "Record",   "Bulletin"};

std::string outlet_name(u64 n) {
  return std::string(kOutletFirst[n % std::size(kOutletFirst)]) + " " +
         std::string(kOutletSecond[(n / std::size(kOutletFirst)) % std::size(kOutletSecond)]) +
         " " + std::to_string(n / 100 + 1);
}

constexpr std::string_view kMonths[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};

std::string day_text(sys_days d) {
  const year_month_day ymd{d};
  return std::string(kMonths[static_cast<unsigned>(ymd.month()) - 1]) + " " +
         std::to_string(static_cast<unsigned>(ymd.day()));
}

std::string iso(sys_days d) {
  const year_month_day ymd{d};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

// Sentences without casualty figures, to give articles a news-like length.
constexpr std::string_view kFiller[] = {
    "Roads into the area were closed for most of the day while crews cleared debris.",
    "Schools in the worst-hit towns stayed shut and families gathered in public halls.",
    "Aid groups said they were sending food, blankets and water to the villages cut off.",
    "Residents described hours of confusion as phone lines went down across the region.",
    "The national weather office warned that conditions could worsen over the weekend.",
    "Officials promised a full review of the emergency response once the crisis was over.",
    "Television pictures showed collapsed walls and cars overturned in narrow streets.",
    "Local businesses opened their doors to people who had nowhere else to go.",
    "Engineers were checking bridges and dams for damage before traffic could resume.",
    "Volunteers from neighbouring towns arrived with tools and generators.",
    "The governor cut short a trip abroad and was expected back on Thursday.",
    "Hospitals in the provincial capital said they had called in extra staff.",
    "The weather office recorded 84 mm of rain in 24 hours at its nearest station.",
    "Crews reopened 12 km of the main road by the evening, two days ahead of plan.",
    "About 3,000 homes were still without power on the second night, the utility said.",
    "The central bank said the damage could cost 0.4% of the province's output this year.",
    "A relief flight carrying 18 tonnes of supplies landed at the regional airport at 9:30.",
    "The last comparable disaster in the area, in 1998, destroyed more than 200 bridges."};

struct Event {
  std::string id;
  int type = 0;  // 0 earthquake, 1 floods, 2 clashes
  sys_days day{};
  std::string a;  // provinces
  std::string b;
  u64 killed_a = 0;
  u64 killed_b = 0;
  u64 wounded_b = 0;
};

// A regional government's toll `day_index` days after the event: rising to the final figure.
u64 toll_on(u64 final_toll, u64 day_index) {
  const u64 step = day_index > 4 ? 4 : day_index;
  return final_toll * (6 + step) / 10;
}

/// "1,454": thousands grouped, as news copy writes counts.
std::string grouped(u64 n) {
  const std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string json_escape(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

void gold_line(std::FILE* gold, const Event& e, std::string_view type, std::string_view side,
               const std::string& article) {
  if (gold == nullptr) return;
  std::fprintf(gold,
               "{\"event\": \"%s\", \"type\": \"%.*s\", \"kind\": \"killed\", \"side\": "
               "\"%.*s\", \"article\": \"%s\"}\n",
               e.id.c_str(), static_cast<int>(type.size()), type.data(),
               static_cast<int>(side.size()), side.data(), article.c_str());
}

void lead(std::string& text, const Event& e) {
  const std::string when = day_text(e.day);
  if (e.type == 0) {
    text += "A strong earthquake struck " + e.a + " province and neighbouring " + e.b +
            " province on " + when + ", flattening homes in several villages. ";
  } else if (e.type == 1) {
    text += "Floods swept through " + e.a + " province and " + e.b + " province on " + when +
            " after days of heavy rain. ";
  } else {
    text += "Fighting broke out between militias of " + e.a + " province and " + e.b +
            " province on " + when + ". ";
  }
}

}  // namespace

int main(int argc, char** argv) {
  u64 articles = 0;
  u64 seed = 1;
  const char* gold_path = nullptr;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view flag = argv[i];
    if (flag == "--articles") {
      articles = std::strtoull(argv[i + 1], nullptr, 10);
    } else if (flag == "--seed") {
      seed = std::strtoull(argv[i + 1], nullptr, 10);
    } else if (flag == "--gold") {
      gold_path = argv[i + 1];
    }
  }
  if (articles == 0) {
    std::fprintf(stderr, "usage: claimgraph_event_corpus --articles N [--seed S] [--gold FILE]\n");
    return 2;
  }
  std::FILE* gold = gold_path ? std::fopen(gold_path, "w") : nullptr;
  if (gold_path && gold == nullptr) {
    std::fprintf(stderr, "claimgraph_event_corpus: cannot write %s\n", gold_path);
    return 2;
  }
  Rng rng(seed);
  const sys_days start = sys_days{std::chrono::year{2015} / 1 / 1};
  u64 written = 0;
  for (u64 n = 0; written < articles; ++n) {
    Event e;
    char id[32];
    std::snprintf(id, sizeof id, "e%07llu", static_cast<unsigned long long>(n));
    e.id = id;
    e.type = static_cast<int>(rng.below(3));
    e.day = start + days{static_cast<int>(rng.below(3650))};
    const u64 pa = rng.below(4500);
    u64 pb = rng.below(4500);
    if (pb == pa) pb = (pb + 1) % 4500;
    e.a = place_name(pa);
    e.b = place_name(pb);
    e.killed_a = rng.between(10, 400);
    e.killed_b = rng.between(10, 400);
    e.wounded_b = e.killed_b * rng.between(2, 4);
    const bool differing = rng.percent(30);
    const bool partisan = e.type == 2 && rng.percent(60);
    const bool arithmetic = rng.percent(20);
    const bool revision = rng.percent(20);
    const u64 count = std::min<u64>(rng.between(3, 8), articles - written);
    // The planting articles: differing and arithmetic in one article, partisan in another, the
    // lowered toll in the last (it must come after a higher figure).
    const u64 differing_at = rng.below(count);
    const u64 arithmetic_at = rng.below(count);
    const u64 partisan_at = rng.below(count);
    u64 day_index = 0;
    u64 said_a = 0;  // the government of A's highest toll so far
    for (u64 j = 0; j < count; ++j, ++written) {
      day_index += rng.below(2);
      const sys_days published = e.day + days{static_cast<int>(day_index)};
      const std::string article = e.id + "-a" + std::to_string(j);
      const std::string outlet = outlet_name(rng.below(1000));
      const std::string dated = " on " + day_text(published);
      std::string text;
      lead(text, e);
      u64 toll_a = toll_on(e.killed_a, day_index);
      const bool lowered = revision && j + 1 == count && j > 0 && said_a > 12;
      if (lowered) {
        toll_a = said_a * 6 / 10;
        text += e.a + "'s regional government lowered its toll to " + grouped(toll_a) + dated +
                ", after some victims were found to have been counted twice. ";
        gold_line(gold, e, "revision", e.a, article);
      } else if (e.type == 2) {
        text += e.a + "'s regional government said" + dated + " that " + grouped(toll_a) +
                " of its fighters had been killed in the clashes. ";
      } else {
        text += e.a + "'s regional government said" + dated + " that " + grouped(toll_a) +
                " people had been killed in " + e.a + ". ";
      }
      said_a = std::max(said_a, toll_a);
      text += kFiller[rng.below(std::size(kFiller))];
      text += " ";
      const u64 toll_b = toll_on(e.killed_b, day_index);
      const u64 hurt_b = toll_on(e.wounded_b, day_index);
      if (e.type == 2) {
        text += e.b + "'s regional government said " + grouped(toll_b) +
                " of its fighters were killed and " + grouped(hurt_b) + " wounded. ";
      } else {
        text += e.b + "'s regional government said " + grouped(toll_b) +
                " people had died in the province and " + grouped(hurt_b) + " were injured. ";
      }
      text += kFiller[rng.below(std::size(kFiller))];
      text += " ";
      if (differing && j == differing_at) {
        text += "At least " + grouped(toll_a * 2 + 5) + " people died in " + e.a +
                " province, hospital officials there said. ";
        gold_line(gold, e, "differing", e.a, article);
      }
      if (partisan && j == partisan_at) {
        text += e.b + "'s military said it had killed " + grouped(toll_a * 4 + 10) + " " + e.a +
                " fighters. ";
        gold_line(gold, e, "partisan", e.a, article);
      }
      if (arithmetic && j == arithmetic_at) {
        text += "In all, " + grouped(toll_a + toll_b + (toll_a + toll_b) / 3 + 5) +
                " people were killed in the two provinces. ";
        gold_line(gold, e, "arithmetic", "both", article);
      }
      for (int paragraph = 0; paragraph < 4; ++paragraph) {
        text += "\n\n";
        for (int k = 0; k < 4; ++k) {
          text += kFiller[rng.below(std::size(kFiller))];
          text += " ";
        }
      }
      const std::string title = std::string(e.type == 0   ? "Earthquake"
                                            : e.type == 1 ? "Floods"
                                                          : "Clashes") +
                                " in " + e.a + " and " + e.b;
      std::printf(
          "{\"id\": \"%s\", \"outlet\": \"%s\", \"published\": \"%s\", \"title\": \"%s\", "
          "\"text\": \"%s\"}\n",
          article.c_str(), json_escape(outlet).c_str(), iso(published).c_str(),
          json_escape(title).c_str(), json_escape(text).c_str());
    }
  }
  if (gold) std::fclose(gold);
  return 0;
}
