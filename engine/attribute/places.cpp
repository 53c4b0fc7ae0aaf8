// The side lexicon. Each TSV row gives a canonical side and `|`-separated names: aliases,
// demonyms, capitals (countries.tsv), or aliases and member nouns (armed_groups.tsv, whose side
// is its country column when set — "Karabakh army" fights for Nagorno-Karabakh — and otherwise
// the group itself). Keys are indexed by their first word as the tokenizer cuts words, so a
// match at a token compares only the few keys that start with that word. A string listed for
// two sides is dropped (ambiguous), keeping the lexicon a function.

#include "attribute/places.hpp"

#include <algorithm>
#include <span>

#include "extract/quantity_lexicon.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::data {
std::string_view countries_tsv();
std::string_view armed_groups_tsv();
}  // namespace claimgraph::data

namespace claimgraph::detail {
namespace {

bool letter(char c) { return is_alpha(c) || static_cast<unsigned char>(c) >= 0x80; }

// A word of two letters or more, none of them lower case ("THE", "WAS").
bool shouted(std::string_view text, const Token& t) {
  const std::string_view w = t.span.in(text);
  return t.type == TokenType::word && w.size() >= 2 &&
         std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// "IS", "US", "UK": a short all-capitals name, which in a sentence written in capitals may be
// an ordinary word ("THE BAR IS CROWDED").
bool short_capitals(std::string_view key) {
  return key.size() <= 4 && std::all_of(key.begin(), key.end(),
                                        [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
}

// Whether the capitalised word after a place makes it part of another name: a street or a
// county ("Georgia Avenue", "Washington County", "Jordan Street"), and after a capital a state,
// a neighbourhood or a newspaper ("Washington State Patrol", "Washington Heights", "The
// Washington Post") — no side's voice or toll.
bool names_something_else(std::string_view text, const Token& next, PlaceHow how) {
  if (next.type != TokenType::word || !next.capitalised || !is_upper(text[next.span.begin])) {
    return false;
  }
  static constexpr std::string_view kOther[] = {"county", "counties", "heights"};
  static constexpr std::string_view kAfterCapital[] = {"state", "post", "times"};
  return is_street_suffix(next.lower) || iequals_any(next.lower, kOther) ||
         (how == PlaceHow::capital && iequals_any(next.lower, kAfterCapital));
}

// The first word of `key` as tokenize() would cut it: letters with inner hyphens/apostrophes.
// A possessive "'s" is cut off, as the tokenizer does ("People's Republic" starts with "People").
std::string_view first_word(std::string_view key) {
  std::size_t e = 0;
  while (e < key.size()) {
    if (letter(key[e])) {
      ++e;
    } else if (key[e] == '-' && e + 1 < key.size() && letter(key[e + 1])) {
      ++e;
    } else if (key[e] == '\'' && e + 1 < key.size() && letter(key[e + 1])) {
      const bool possessive =
          (key[e + 1] == 's' || key[e + 1] == 'S') && (e + 2 >= key.size() || !letter(key[e + 2]));
      if (possessive) break;
      ++e;
    } else {
      break;
    }
  }
  return key.substr(0, e);
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  while (b <= s.size()) {
    std::size_t e = s.find(sep, b);
    if (e == std::string_view::npos) e = s.size();
    std::string_view part = s.substr(b, e - b);
    while (!part.empty() && (part.front() == ' ')) part.remove_prefix(1);
    while (!part.empty() && (part.back() == ' ' || part.back() == '\r')) part.remove_suffix(1);
    out.push_back(part);
    b = e + 1;
  }
  return out;
}

}  // namespace

const Places& Places::get() {
  static const Places places;
  return places;
}

Places::Places() {
  add_table(data::countries_tsv(), false);
  add_table(data::armed_groups_tsv(), true);
  // Drop strings that name two different sides.
  std::unordered_map<std::string, std::string> side_of;
  std::unordered_map<std::string, bool> ambiguous;
  for (const Entry& e : entries_) {
    const auto [it, inserted] = side_of.emplace(e.key, e.side);
    if (!inserted && it->second != e.side) ambiguous[e.key] = true;
  }
  std::erase_if(entries_, [&](const Entry& e) { return ambiguous.contains(e.key); });
  index();
}

Places Places::with_regions(const std::vector<std::string>& regions) {
  const Places& base = get();
  Places overlay(&base);
  for (const std::string& r : regions) {
    if (!base.knows(r)) overlay.add(r, r, r, PlaceHow::region);
  }
  overlay.index();
  return overlay;
}

bool Places::knows(std::string_view name) const {
  const auto it = by_first_word_.find(first_word(name));
  if (it == by_first_word_.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(),
                     [&](std::size_t k) { return entries_[k].key == name; });
}

void Places::index() {
  by_first_word_.clear();
  first_bytes_.assign((1 << 16) / 64, 0);
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const std::string_view word = first_word(entries_[i].key);
    by_first_word_[std::string(word)].push_back(i);
    const std::size_t b = first_bytes(word);
    first_bytes_[b / 64] |= std::uint64_t{1} << (b % 64);
  }
  if (base_ != nullptr) {
    for (std::size_t k = 0; k < first_bytes_.size(); ++k) first_bytes_[k] |= base_->first_bytes_[k];
  }
  has_regions_ = (base_ != nullptr && base_->has_regions_) ||
                 std::any_of(entries_.begin(), entries_.end(),
                             [](const Entry& e) { return e.how == PlaceHow::region; });
  for (auto& [word, list] : by_first_word_) {
    std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
      return entries_[a].key.size() > entries_[b].key.size();
    });
  }
}

void Places::add(std::string_view key, std::string_view side, std::string_view entity,
                 PlaceHow how) {
  if (key.empty() || first_word(key).empty()) return;
  entries_.push_back({std::string(key), std::string(side), std::string(entity), how});
}

void Places::add_table(std::string_view tsv, bool groups) {
  bool header = true;
  for (const std::string_view line : split(tsv, '\n')) {
    if (header) {
      header = false;
      continue;
    }
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> cols = split(line, '\t');
    if (cols.size() < 5 || cols[0].empty()) continue;
    const std::string_view canonical = cols[0];
    const std::string_view side =
        groups && cols.size() >= 6 && !cols[5].empty() ? cols[5] : canonical;
    const PlaceHow named = groups ? PlaceHow::group : PlaceHow::name;
    add(canonical, side, canonical, named);
    for (const auto a : split(cols[1], '|')) add(a, side, canonical, named);
    for (const auto d : split(cols[2], '|')) add(d, side, canonical, PlaceHow::demonym);
    for (const auto c : split(cols[3], '|')) add(c, side, canonical, PlaceHow::capital);
  }
}

std::optional<PlaceMatch> Places::match_any(std::string_view text, std::span<const Token> tokens,
                                            std::size_t i) const {
  auto own = match_own(text, tokens, i);
  if (!base_) return own;
  auto base = base_->match_any(text, tokens, i);
  if (!own) return base;
  return base && base->tokens >= own->tokens ? base : own;
}

std::optional<PlaceMatch> Places::match_own(std::string_view text, std::span<const Token> tokens,
                                            std::size_t i) const {
  const Token& t = tokens[i];
  if (t.type != TokenType::word || !t.capitalised) return std::nullopt;
  const auto it = by_first_word_.find(t.span.in(text));
  if (it == by_first_word_.end()) return std::nullopt;
  for (const std::size_t k : it->second) {
    const Entry& e = entries_[k];
    const std::size_t end = t.span.begin + e.key.size();
    if (end > text.size() || text.substr(t.span.begin, e.key.size()) != e.key) continue;
    if (end < text.size() && (letter(text[end]) || is_digit(text[end]))) continue;
    std::size_t n = 0;
    while (i + n < tokens.size() && tokens[i + n].span.begin < end) ++n;
    // The name must end where a token ends: "Hamas-run" is one word, not Hamas.
    if (tokens[i + n - 1].span.end != end) continue;
    if (short_capitals(e.key) && ((i > 0 && shouted(text, tokens[i - 1])) ||
                                  (i + n < tokens.size() && shouted(text, tokens[i + n])))) {
      continue;
    }
    if (i + n < tokens.size() && names_something_else(text, tokens[i + n], e.how)) continue;
    return PlaceMatch{n, e.side, e.entity, e.how};
  }
  return std::nullopt;
}

}  // namespace claimgraph::detail
