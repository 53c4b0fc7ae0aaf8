/// claimgraph_gva_eval: claims accuracy on the gva-news corpus (../shared/corpora/gva-news),
/// measured the way its README asks.
///
///   claimgraph_gva_eval ARTICLES.jsonl GOLD.jsonl [--sample N] [--seed S]
///
/// Recall, per field (killed, injured): among articles whose text states the incident's gold
/// figure (as digits, or as a word two..twenty; gold 0 and 1 are skipped as too ambiguous), the
/// share whose extracted claims of that kind include exactly that figure (a claim's best value,
/// or an exact figure). Injured counts claims of kind "wounded" and "shot" (people shot, the dead
/// perhaps among them: the injured count when nobody died, which is how local news gives it).
/// Precision sample: N killed/wounded/shot claims (chosen with a fixed seed) whose figure differs
/// from gold, printed with their sentence for checking by hand. Event clustering: each article is
/// put in the current event most of its claims belong to (resolve_events over the whole set; an
/// article with no claim is alone), and compared with the gold incidents by B-cubed precision and
/// recall over articles.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "claimgraph/claims.hpp"
#include "claimgraph/events.hpp"
#include "claimgraph/ingest.hpp"

namespace {

struct Gold {
  int killed = 0;
  int injured = 0;
};

constexpr const char* kWords[] = {
    "zero",     "one",     "two",     "three",     "four",     "five",     "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Whether `text` contains `needle` as a whole word (case-insensitive for letters).
bool contains_word(const std::string& text, const std::string& needle) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::size_t pos = 0;
  while ((pos = lower.find(needle, pos)) != std::string::npos) {
    const bool left = pos == 0 || !is_word_char(lower[pos - 1]);
    const std::size_t e = pos + needle.size();
    const bool right = e >= lower.size() || !is_word_char(lower[e]);
    if (left && right) return true;
    pos = e;
  }
  return false;
}

// The README's recoverability test: the figure as digits, or as a word two..twenty.
bool states(const std::string& text, int figure) {
  if (figure < 2) return false;
  if (contains_word(text, std::to_string(figure))) return true;
  return figure <= 20 && contains_word(text, kWords[figure]);
}

// Whether a claim of field `f` (0 killed; 1 injured: wounded or shot) states `figure`.
int field_of(const claimgraph::Claim& c) {
  if (c.kind == "killed") return 0;
  return c.kind == "wounded" || c.kind == "shot" ? 1 : -1;
}

bool has_figure(const std::vector<claimgraph::Claim>& claims, int field, int figure) {
  for (const auto& c : claims) {
    if (field_of(c) != field) continue;
    const auto& q = c.quantity;
    if (q.best == figure || q.value == figure) return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: claimgraph_gva_eval ARTICLES.jsonl GOLD.jsonl [--sample N] [--seed S]\n";
    return 2;
  }
  std::size_t sample = 40;
  std::uint64_t seed = 1;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--sample") sample = std::stoul(argv[i + 1]);
    if (flag == "--seed") seed = std::stoull(argv[i + 1]);
  }

  std::map<std::string, Gold> gold_by_article;
  std::ifstream gold_in(argv[2]);
  for (std::string line; std::getline(gold_in, line);) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    const Gold g{j.value("killed", 0), j.value("injured", 0)};
    for (const auto& a : j["articles"]) gold_by_article[a.get<std::string>()] = g;
  }

  const claimgraph::IngestResult in = claimgraph::read_articles({argv[1]});
  std::size_t eligible[2] = {0, 0};
  std::size_t hits[2] = {0, 0};
  struct Miss {
    std::string article, kind, text, sentence;
    int gold;
  };
  std::vector<Miss> others;
  std::size_t kw_claims = 0;
  std::vector<claimgraph::Claim> all_claims;
  for (const auto& a : in.articles) {
    const auto g = gold_by_article.find(a.id);
    if (g == gold_by_article.end()) continue;
    const auto claims = claimgraph::extract_claims(a);
    const int figures[2] = {g->second.killed, g->second.injured};
    for (int f = 0; f < 2; ++f) {
      if (!states(a.text, figures[f])) continue;
      ++eligible[f];
      if (has_figure(claims, f, figures[f])) ++hits[f];
    }
    for (const auto& c : claims) {
      const int f = field_of(c);
      if (f >= 0) all_claims.push_back(c);
      if (f >= 0) ++kw_claims;
      if (f < 0 || c.quantity.best == figures[f]) continue;
      others.push_back({a.id, c.kind, c.quantity.text,
                        a.text.substr(c.sentence.begin, c.sentence.size()), figures[f]});
    }
  }
  std::printf("articles read      %zu (%zu skipped or flagged)\n", in.articles.size(),
              in.diagnostics.size());
  std::printf(
      "killed   recall    %zu / %zu = %.1f%%\n", hits[0], eligible[0],
      eligible[0] ? 100.0 * static_cast<double>(hits[0]) / static_cast<double>(eligible[0]) : 0.0);
  std::printf(
      "injured  recall    %zu / %zu = %.1f%%\n", hits[1], eligible[1],
      eligible[1] ? 100.0 * static_cast<double>(hits[1]) / static_cast<double>(eligible[1]) : 0.0);
  std::printf("killed/wounded/shot claims: %zu, of which %zu differ from gold; a sample of %zu:\n",
              kw_claims, others.size(), std::min(sample, others.size()));
  // Event clustering, B-cubed over articles.
  {
    const auto events = claimgraph::resolve_events(in.articles, all_claims);
    claimgraph::normalize_claimants(all_claims);
    std::map<std::string, bool> background;
    for (const auto& e : events) background[e.id] = e.background;
    std::map<std::string, std::map<std::string, int>> votes;  // article → event → claims
    for (const auto& c : all_claims) {
      if (!background[c.event]) ++votes[c.article][c.event];
    }
    std::map<std::string, std::string> cluster;  // article → event (or itself)
    std::map<std::string, std::string> gold_of;  // article → incident
    for (const auto& a : in.articles) {
      std::string best = "solo:" + a.id;
      int n = 0;
      for (const auto& [e, k] : votes[a.id]) {
        if (k > n) n = k, best = e;
      }
      cluster[a.id] = best;
    }
    std::ifstream gold_again(argv[2]);
    for (std::string line; std::getline(gold_again, line);) {
      if (line.empty()) continue;
      const auto j = nlohmann::json::parse(line);
      for (const auto& a : j["articles"]) gold_of[a.get<std::string>()] = j["incident"].dump();
    }
    double p = 0;
    double r = 0;
    std::size_t n = 0;
    std::map<std::string, std::vector<std::string>> by_cluster;
    std::map<std::string, std::vector<std::string>> by_gold;
    for (const auto& [a, c] : cluster) {
      if (!gold_of.contains(a)) continue;
      by_cluster[c].push_back(a);
      by_gold[gold_of[a]].push_back(a);
    }
    for (const auto& [a, c] : cluster) {
      if (!gold_of.contains(a)) continue;
      const auto& same_cluster = by_cluster[c];
      const auto& same_gold = by_gold[gold_of[a]];
      std::size_t both = 0;
      for (const auto& x : same_cluster) both += gold_of[x] == gold_of[a] ? 1u : 0u;
      p += static_cast<double>(both) / static_cast<double>(same_cluster.size());
      r += static_cast<double>(both) / static_cast<double>(same_gold.size());
      ++n;
    }
    std::printf("events: %zu resolved; B-cubed over %zu articles: precision %.3f, recall %.3f\n",
                events.size(), n, p / static_cast<double>(n), r / static_cast<double>(n));
  }
  // A fixed-seed sample (splitmix64), so the hand check can be repeated.
  std::uint64_t state = seed;
  auto next = [&state] {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  };
  std::set<std::size_t> picked;
  while (picked.size() < std::min(sample, others.size())) picked.insert(next() % others.size());
  for (const std::size_t k : picked) {
    const Miss& m = others[k];
    std::string s = m.sentence;
    std::replace(s.begin(), s.end(), '\n', ' ');
    std::printf("- [%s] %s=%s (gold %d): %s\n", m.article.substr(0, 8).c_str(), m.kind.c_str(),
                m.text.c_str(), m.gold, s.c_str());
  }
  return 0;
}
