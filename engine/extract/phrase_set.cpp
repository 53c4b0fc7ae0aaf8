// WordMap and PhraseSet. Words are compared case-insensitively against lower-case table words.
// WordMap hashes the word case-blind (its length and end bytes) into an open-addressing table at
// most a quarter full. PhraseSet first tests the word nearest the figure against the WordMap of its
// phrases' nearest words; most figures have no qualifier, so most look-ups end there. Only on a hit
// does it read the further words and compare each phrase in full (the tables have ~100 phrases).

#include "extract/phrase_set.hpp"

#include <algorithm>

#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

// The length and the first two and last two bytes, with bit 5 set so that 'A' and 'a' hash alike
// (a few other bytes do too, and words that share those bytes: at most a probe more), mixed: a
// few instructions whatever the word's length.
std::uint32_t lower_hash(std::string_view w) noexcept {
  const std::size_t n = w.size();
  if (n == 0) return 0;
  const auto at = [&](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(w[i]) | 0x20u);
  };
  std::uint32_t h = at(0) | at(n > 1 ? 1 : 0) << 8 | at(n > 2 ? n - 2 : 0) << 16 | at(n - 1) << 24;
  h = (h ^ static_cast<std::uint32_t>(n)) * 0x85EBCA6Bu;
  h ^= h >> 13;
  h *= 0xC2B2AE35u;
  return h ^ (h >> 16);
}

}  // namespace

Neighbours words_before(std::string_view s, std::size_t pos, std::size_t max) noexcept {
  Neighbours n;
  std::size_t p = pos;
  max = std::min(max, Neighbours::kMaxWords);
  while (n.count < max) {
    std::size_t e = p;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    if (n.count > 0 && e == p) break;  // words need a space between them
    std::size_t b = e;
    while (b > 0 && is_alpha(s[b - 1])) --b;
    if (b == e) break;
    // Letters glued to digits ("10at") belong to that figure ("10at least 105" has no "at").
    if (b > 0 && is_digit(s[b - 1])) break;
    n.words[n.count] = slice(s, b, e);
    n.edge[n.count] = b;
    ++n.count;
    p = b;
  }
  return n;
}

Neighbours words_after(std::string_view s, std::size_t pos, std::size_t max) noexcept {
  Neighbours n;
  std::size_t p = pos;
  max = std::min(max, Neighbours::kMaxWords);
  while (n.count < max) {
    const std::size_t b = skip_spaces(s, p);
    if (n.count > 0 && b == p) break;  // words need a space between them
    const std::size_t e = word_end(s, b);
    if (e == b) break;
    n.words[n.count] = slice(s, b, e);
    n.edge[n.count] = e;
    ++n.count;
    p = e;
  }
  return n;
}

WordMap::WordMap(std::span<const LexiconEntry> words) : entries_(words.begin(), words.end()) {
  for (const LexiconEntry& e : entries_) {
    const int p = prefix_index(e.text);
    if (p >= 0) {
      prefixes_.set(static_cast<std::size_t>(p));
    } else {
      filtered_ = false;  // a short or non-letter word: no prefix test for this map
    }
  }
  std::size_t size = 16;
  while (size < 4 * entries_.size()) size *= 2;
  slots_.assign(size, -1);
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    std::size_t k = lower_hash(entries_[i].text) & (size - 1);
    bool duplicate = false;
    while (slots_[k] >= 0) {
      duplicate =
          duplicate || entries_[static_cast<std::size_t>(slots_[k])].text == entries_[i].text;
      k = (k + 1) & (size - 1);
    }
    if (!duplicate) slots_[k] = static_cast<std::int32_t>(i);
  }
}

std::optional<std::uint16_t> WordMap::probe(std::string_view word) const noexcept {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t k = lower_hash(word) & mask;; k = (k + 1) & mask) {
    const std::int32_t i = slots_[k];
    if (i < 0) return std::nullopt;
    const LexiconEntry& e = entries_[static_cast<std::size_t>(i)];
    if (iequals(word, e.text)) return e.payload;
  }
}

PhraseSet::PhraseSet(std::span<const LexiconEntry> phrases) {
  std::vector<Entry> entries;
  for (const LexiconEntry& p : phrases) {
    Entry e;
    e.payload = p.payload;
    std::size_t b = 0;
    while (b <= p.text.size() && e.count < Neighbours::kMaxWords) {
      std::size_t end = p.text.find(' ', b);
      if (end == std::string_view::npos) end = p.text.size();
      e.words[e.count++] = p.text.substr(b, end - b);
      b = end + 1;
    }
    max_words_ = std::max(max_words_, e.count);
    entries.push_back(e);
  }
  build(before_, entries, true);
  build(after_, std::move(entries), false);
}

void PhraseSet::build(Side& side, std::vector<Entry> entries, bool by_last) {
  const auto key = [by_last](const Entry& e) {
    return by_last ? e.words[e.count - 1] : e.words[0];
  };
  std::stable_sort(entries.begin(), entries.end(),
                   [&](const Entry& a, const Entry& b) { return key(a) < key(b); });
  side.entries = std::move(entries);
  for (std::size_t i = 0; i < side.entries.size(); ++i) {
    if (i == 0 || key(side.entries[i]) != key(side.entries[i - 1])) {
      side.keys.push_back({key(side.entries[i]), static_cast<std::uint16_t>(side.keys.size())});
      side.group_begin.push_back(i);
    }
  }
  side.group_begin.push_back(side.entries.size());
  side.map.emplace(side.keys);
}

std::optional<PhraseSet::Match> PhraseSet::longest(const Side& side, const Neighbours& n,
                                                   bool before) noexcept {
  if (n.count == 0) return std::nullopt;
  const auto group = side.map->find(n.words[0]);
  if (!group) return std::nullopt;
  std::optional<Match> best;
  for (std::size_t i = side.group_begin[*group]; i < side.group_begin[*group + 1u]; ++i) {
    const Entry& e = side.entries[i];
    if (e.count > n.count || (best && e.count <= best->words)) continue;
    bool ok = true;
    for (std::size_t k = 1; k < e.count && ok; ++k) {
      // before: the phrase's words from last to first are n.words[0], n.words[1], ...
      const std::string_view want = before ? e.words[e.count - 1 - k] : e.words[k];
      ok = iequals(n.words[k], want);
    }
    if (ok) best = Match{n.edge[e.count - 1], e.payload, e.count};
  }
  return best;
}

std::optional<PhraseSet::Match> PhraseSet::longest_before(std::string_view s,
                                                          std::size_t pos) const noexcept {
  const Neighbours first = words_before(s, pos, 1);
  if (first.count == 0 || !before_.map->find(first.words[0])) return std::nullopt;
  return longest(before_, words_before(s, pos, max_words_), true);
}

std::optional<PhraseSet::Match> PhraseSet::longest_after(std::string_view s,
                                                         std::size_t pos) const noexcept {
  const Neighbours first = words_after(s, pos, 1);
  if (first.count == 0 || !after_.map->find(first.words[0])) return std::nullopt;
  return longest(after_, words_after(s, pos, max_words_), false);
}

}  // namespace claimgraph::detail
