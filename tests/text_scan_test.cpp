// The byte-level scans and word filters that several stages share (extract/text_scan.hpp,
// number_words.hpp, phrase_set.hpp): their fast paths must give what a plain reading gives.

#include "extract/text_scan.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cctype>
#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/number_words.hpp"
#include "extract/phrase_set.hpp"

namespace claimgraph::detail {
namespace {

using Runs = std::vector<std::pair<std::size_t, std::size_t>>;

// The runs of ASCII letters in [from, to), one byte at a time.
Runs naive_words(const std::string& s, std::size_t from, std::size_t to) {
  Runs out;
  to = std::min(to, s.size());
  std::size_t p = from;
  while (p < to) {
    if (!is_alpha(s[p])) {
      ++p;
      continue;
    }
    const std::size_t b = p;
    while (p < to && is_alpha(s[p])) ++p;
    out.emplace_back(b, p);
  }
  return out;
}

Runs fast_words(const std::string& s, std::size_t from, std::size_t to) {
  Runs out;
  for_each_word(s, from, to, [&](std::size_t b, std::size_t e) {
    out.emplace_back(b, e);
    return false;
  });
  return out;
}

TEST_CASE("for_each_word gives the letter runs a byte-by-byte scan gives") {
  CHECK(fast_words("", 0, 0).empty());
  CHECK(fast_words("Police said 3 people", 0, 20) == Runs{{0, 6}, {7, 11}, {14, 20}});
  // Cut at both ends of the range, as a sentence's span cuts it.
  CHECK(fast_words("Police said", 2, 9) == Runs{{2, 6}, {7, 9}});
  // Letters only: digits, '@', '[', '`', '{' and UTF-8 bytes end a run ("Élysée" is "lys").
  CHECK(fast_words("a1b@c[d`e{f \xC3\x89lys\xC3\xA9"
                   "e",
                   0, 100) ==
        Runs{{0, 1}, {2, 3}, {4, 5}, {6, 7}, {8, 9}, {10, 11}, {14, 17}, {19, 20}});

  // Random texts over an alphabet dense in edges, with runs across the 64-byte blocks.
  std::mt19937 rng(7);
  const std::string alphabet = "aZz@[`{ 0\x80\xC3\xFF-.Mq";
  for (int round = 0; round < 2000; ++round) {
    const std::size_t n = rng() % 300;
    std::string s(n, ' ');
    const bool long_runs = round % 2 == 0;
    for (char& c : s) {
      c = long_runs && rng() % 8 != 0 ? 'x' : alphabet[rng() % alphabet.size()];
    }
    const std::size_t from = n == 0 ? 0 : rng() % n;
    const std::size_t to = from + rng() % (n - from + 10);  // may pass the end
    INFO("round " << round << " from " << from << " to " << to);
    REQUIRE(fast_words(s, from, to) == naive_words(s, from, to));
  }
}

TEST_CASE("word_end and is_alpha read ASCII letters only, at any distance from the end") {
  for (int c = 0; c < 256; ++c) {
    CAPTURE(c);
    CHECK(is_alpha(static_cast<char>(c)) == ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')));
  }
  std::mt19937 rng(11);
  const std::string alphabet = "aZz@[`{ 0\x80\xC3\xFF-.Mq";
  for (int round = 0; round < 300; ++round) {
    std::string s(rng() % 70, 'x');
    for (char& c : s) c = rng() % 4 != 0 ? 'k' : alphabet[rng() % alphabet.size()];
    for (std::size_t pos = 0; pos <= s.size(); ++pos) {
      std::size_t naive = pos;
      while (naive < s.size() && std::isalpha(static_cast<unsigned char>(s[naive])) != 0 &&
             static_cast<unsigned char>(s[naive]) < 0x80) {
        ++naive;
      }
      INFO("round " << round << " pos " << pos);
      REQUIRE(word_end(s, pos) == naive);
    }
  }
}

TEST_CASE("slice gives the bytes substr gives for a range inside the text") {
  const std::string_view s = "Police said 3";
  for (std::size_t b = 0; b <= s.size(); ++b) {
    for (std::size_t e = b; e <= s.size(); ++e) CHECK(slice(s, b, e) == s.substr(b, e - b));
  }
  CHECK(slice(s, 7, 11).data() == s.data() + 7);
}

TEST_CASE("for_each_word stops at the first run its callback accepts") {
  const std::string text(200, 'a');
  std::string s = text + " said " + text;
  std::size_t calls = 0;
  const bool found = for_each_word(s, 0, s.size(), [&](std::size_t b, std::size_t e) {
    ++calls;
    return s.substr(b, e - b) == "said";
  });
  CHECK(found);
  CHECK(calls == 2);
  CHECK_FALSE(for_each_word(s, 0, 10, [](std::size_t, std::size_t) { return false; }));
}

TEST_CASE("the number-word prefix test passes every number word and its capitals") {
  for (const char* w : {"a", "A", "an", "AN", "two", "Twelve", "DOZEN", "dozens", "bn", "mn",
                        "seventeenths", "Hundred", "zero", "scores", "tens", "half"}) {
    CAPTURE(w);
    CHECK(lookup_number_word(w).role != WordRole::none);
  }
  for (const char* w : {"", "b", "at", "the", "twos", "thousandthss", "seventeenthss", "\xC3\xA9t",
                        "o", "on", "tw", "t\x80o"}) {
    CAPTURE(w);
    CHECK(lookup_number_word(w).role == WordRole::none);
  }
  CHECK(lookup_number_word("FiFtY").value == 50);
  CHECK(lookup_number_word("an").role == WordRole::article);
}

TEST_CASE("a prefix filter passes its words, whatever their case, and few others") {
  constexpr std::array<std::string_view, 3> kWords = {"said", "mr", "according"};
  constexpr PrefixFilter filter = PrefixFilter::of(kWords);
  for (const char* w : {"said", "SAID", "Saif", "mr", "MR", "mra", "according", "acc"}) {
    CAPTURE(w);
    CHECK(filter.may_contain(w));
  }
  for (const char* w : {"", "s", "sa", "sad", "m", "ms", "told", "ac", "\xC3\xA9t", "1mr"}) {
    CAPTURE(w);
    CHECK_FALSE(filter.may_contain(w));
  }
  // A list with a one-letter word or a non-letter start cannot be filtered: it passes everything.
  constexpr std::array<std::string_view, 2> kShort = {"said", "i"};
  CHECK(PrefixFilter::of(kShort).may_contain("xyz"));
  constexpr std::array<std::string_view, 1> kQuote = {"'s"};
  CHECK(PrefixFilter::of(kQuote).may_contain("'s"));
}

TEST_CASE(
    "a word filter passes its words, whatever their case, and fewer others than a prefix one") {
  constexpr std::array<std::string_view, 3> kWords = {"said", "mr", "according"};
  constexpr WordFilter filter = WordFilter::of(kWords);
  for (const char* w : {"said", "SAID", "Saif", "mr", "MR", "according", "ACCORDING"}) {
    CAPTURE(w);
    CHECK(filter.may_contain(w));
  }
  // "mra", "acc": a prefix of the list, but no word of the list has their first letter and length.
  for (const char* w : {"", "s", "sa", "sad", "m", "ms", "mra", "acc", "told", "\xC3\xA9t", "1mr",
                        "saidsaidsaidsaid"}) {
    CAPTURE(w);
    CHECK_FALSE(filter.may_contain(w));
  }
  // A list with a word longer than fifteen letters is tested on its prefixes alone.
  constexpr std::array<std::string_view, 2> kLong = {"said", "counterinsurgency"};
  CHECK(WordFilter::of(kLong).may_contain("saidx"));
}

}  // namespace
}  // namespace claimgraph::detail
