// find_regions reads only a window of words around each region noun. These cases put names at
// the window's edges, nouns inside other words and windows that overlap; the random texts are
// checked against a whole-text reading of the same rules, written here for their small
// vocabulary (plain words and single punctuation marks, split by spaces, tabs, line breaks and
// no-break spaces).

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/claims.hpp"

namespace {

using claimgraph::Article;

std::vector<std::string> regions(std::string_view text) {
  Article a;
  a.id = "t";
  a.text = std::string(text);
  return claimgraph::find_regions({a});
}

// The whole-text reading for the random texts' vocabulary: every byte is a letter, a space,
// tab or line break, part of a no-break space, or a one-byte punctuation mark.
std::vector<std::string> reference(std::string_view text) {
  struct Tok {
    std::string word;  // lower-case; empty for punctuation
    bool capitalised = false;
    std::size_t begin = 0;
    std::size_t end = 0;
  };
  std::vector<Tok> toks;
  for (std::size_t p = 0; p < text.size();) {
    const char c = text[p];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++p;
    } else if (text.substr(p, 2) == "\xC2\xA0") {  // a no-break space
      p += 2;
    } else if (std::isalpha(static_cast<unsigned char>(c)) != 0) {
      std::size_t e = p;
      std::string lower;
      while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e])) != 0) {
        lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[e]))));
        ++e;
      }
      toks.push_back({lower, std::isupper(static_cast<unsigned char>(c)) != 0, p, e});
      p = e;
    } else {
      toks.push_back({"", false, p, p + 1});
      ++p;
    }
  }
  const std::set<std::string> nouns = {"province", "oblast", "krai"};
  const std::set<std::string> function_words = {"the", "in", "of"};
  const std::set<std::string> directions = {"north", "northern"};
  const auto name_word = [&](const Tok& t) {
    return !t.word.empty() && t.capitalised && !function_words.contains(t.word);
  };
  std::set<std::string> found;
  const auto add = [&](std::size_t b, std::size_t e) {
    if (b >= e) return;
    bool only_directions = true;
    for (std::size_t k = b; k < e; ++k) only_directions &= directions.contains(toks[k].word);
    if (!only_directions) {
      found.insert(std::string(text.substr(toks[b].begin, toks[e - 1].end - toks[b].begin)));
    }
  };
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (!nouns.contains(toks[i].word)) continue;
    std::size_t b = i;
    while (b > 0 && i - b < 3 && name_word(toks[b - 1])) --b;
    add(b, i);
    if (i + 2 < toks.size() && toks[i + 1].word == "of") {
      std::size_t e = i + 2;
      while (e < toks.size() && e - (i + 2) < 3 && name_word(toks[e])) ++e;
      add(i + 2, e);
    }
  }
  return {found.begin(), found.end()};
}

TEST_SUITE("regions") {
  TEST_CASE("names at the edges of the window around each noun") {
    using V = std::vector<std::string>;
    // Three name words before, three after "of"; a fourth is not part of the name.
    CHECK(regions("Alpha Beta Gamma Delta province") == V{"Beta Gamma Delta"});
    CHECK(regions("the province of Alpha Beta Gamma Delta.") == V{"Alpha Beta Gamma"});
    // Punctuation that stands alone or sticks to a word counts as a token, not as a space.
    CHECK(regions("said , Alpha Beta province") == V{"Alpha Beta"});
    CHECK(regions("(Alpha province)") == V{"Alpha"});
    CHECK(regions("Alpha - province") == V{});
    CHECK(regions("Alpha\n\nprovince") == V{"Alpha"});
    CHECK(regions("province of\n Alpha") == V{"Alpha"});
    // At the text's edges.
    CHECK(regions("province") == V{});
    CHECK(regions("Alpha province") == V{"Alpha"});
    CHECK(regions("the oblast of Beta") == V{"Beta"});
    // Nouns inside other words, or with more letters, are none.
    CHECK(regions("Fighting in Ukraine and the Alpha provinces") == V{});
    CHECK(regions("an Alpha sub-province") == V{});
    // Case does not matter for the noun; two windows that overlap each read their own noun.
    CHECK(regions("ALPHA PROVINCE") == V{"ALPHA"});
    CHECK(regions("Alpha province of Beta Gamma province") == V{"Alpha", "Beta Gamma"});
    CHECK(regions("Alpha Beta Gamma province province of Delta") == V{"Alpha Beta Gamma", "Delta"});
    // A no-break space is a space, also when it stands alone between spaces (text from HTML's
    // "&nbsp;"); so are tabs and carriage returns.
    CHECK(regions("Alpha Beta \xC2\xA0 Gamma province") == V{"Alpha Beta \xC2\xA0 Gamma"});
    CHECK(regions("the province of \xC2\xA0 Alpha Beta Gamma") == V{"Alpha Beta Gamma"});
    CHECK(regions("Alpha\t\r\nBeta province") == V{"Alpha\t\r\nBeta"});
    // Many nouns in one run of bytes, and names after it.
    CHECK(regions("province,province,oblast,Krai Alpha province") == V{"Krai Alpha"});
  }

  TEST_CASE("random texts read as the whole-text reading of the same rules") {
    static constexpr std::string_view kWords[] = {
        "Alpha",     "Beta", "Gamma", "North", "Northern", "The",      "In",     "of",   "of",
        "the",       "and",  "town",  "said",  "province", "Province", "oblast", "krai", "Ukraine",
        "provinces", ",",    ".",     "(",     ")",        "-",        "Delta"};
    static constexpr std::string_view kSpaces[] = {
        " ", " ", " ", "  ", "\n", "\n\n", "", "\t", "\r\n", "\xC2\xA0", " \xC2\xA0 "};
    std::mt19937_64 rng(20261126);
    for (int round = 0; round < 3000; ++round) {
      std::string text;
      const std::size_t words = 1 + rng() % 30;
      for (std::size_t w = 0; w < words; ++w) {
        const std::string_view word = kWords[rng() % std::size(kWords)];
        const std::string_view space = kSpaces[rng() % std::size(kSpaces)];
        // Words never touch each other; ",", ".", "(" and ")" may stick to a word. A hyphen
        // between letters would join them into one word, so it always stands alone.
        const bool mark = word.size() == 1 && word != "-";
        const bool after_mark = !text.empty() && text.back() != '-' &&
                                std::isalpha(static_cast<unsigned char>(text.back())) == 0;
        const bool glue = space.empty() && (mark || after_mark);
        if (!text.empty()) text += glue ? std::string_view() : (space.empty() ? " " : space);
        text += word;
      }
      CAPTURE(text);
      CHECK(regions(text) == reference(text));
    }
  }
}

}  // namespace
