#pragma once
// Helpers of the sentence splitter's tests: table cases, the span invariants every split keeps,
// fixture bodies and hard wrapping.

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/segment.hpp"

namespace claimgraph::testing::segment {

using claimgraph::Span;
using claimgraph::split_sentences;

struct Case {
  std::string_view input;
  std::vector<std::string_view> expected;
};

inline std::vector<std::string_view> sentence_texts(std::string_view text) {
  std::vector<std::string_view> out;
  for (const Span& span : split_sentences(text)) out.push_back(span.in(text));
  return out;
}

inline void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    CAPTURE(c.input);
    const std::vector<std::string_view> got = sentence_texts(c.input);
    CHECK(got.size() == c.expected.size());
    for (std::size_t i = 0; i < got.size() && i < c.expected.size(); ++i) {
      CHECK(std::string(got[i]) == std::string(c.expected[i]));
    }
  }
}

// Length of the whitespace character at `i` (what split_sentences trims), or 0.
inline std::size_t whitespace_len(std::string_view s, std::size_t i) {
  static constexpr std::string_view kMultiByte[] = {
      "\xC2\xA0",      // NBSP
      "\xE2\x80\xAF",  // narrow NBSP
      "\xE2\x80\x89",  // thin space
      "\xE2\x80\x87",  // figure space
      "\xE2\x80\x8A",  // hair space
      "\xEF\xBB\xBF",  // byte-order mark
  };
  if (std::string_view(" \t\n\r\v\f").find(s[i]) != std::string_view::npos) return 1;
  for (std::string_view w : kMultiByte) {
    if (s.substr(i, w.size()) == w) return w.size();
  }
  return 0;
}
inline bool all_whitespace(std::string_view s, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end;) {
    const std::size_t n = whitespace_len(s, i);
    if (n == 0 || i + n > end) return false;
    i += n;
  }
  return true;
}
inline bool starts_with_whitespace(std::string_view s) { return whitespace_len(s, 0) > 0; }
inline bool ends_with_whitespace(std::string_view s) {
  for (std::size_t n = 1; n <= 3 && n <= s.size(); ++n) {
    if (whitespace_len(s, s.size() - n) == n) return true;
  }
  return false;
}
inline bool continuation_byte(std::string_view s, std::size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

// The contract of split_sentences on any text: spans in order, inside the text, non-empty,
// trimmed, on UTF-8 character boundaries, and nothing but whitespace left between them.
inline void check_invariants(std::string_view text, const std::vector<Span>& spans) {
  std::size_t previous_end = 0;
  for (const Span& span : spans) {
    REQUIRE(span.begin >= previous_end);
    REQUIRE(span.end <= text.size());
    REQUIRE_FALSE(span.empty());
    const std::string_view sentence = span.in(text);
    CAPTURE(sentence);
    CHECK_FALSE(starts_with_whitespace(sentence));
    CHECK_FALSE(ends_with_whitespace(sentence));
    CHECK_FALSE(continuation_byte(text, span.begin));
    CHECK_FALSE(continuation_byte(text, span.end));
    CHECK(all_whitespace(text, previous_end, span.begin));
    previous_end = span.end;
  }
  CHECK(all_whitespace(text, previous_end, text.size()));
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

inline const std::filesystem::path kFixtures =
    std::filesystem::path(CLAIMGRAPH_SOURCE_DIR) / "fixtures" / "armenia-azerbaijan-2022";

// The body of a fixture article: what follows its second "---" line (the whole file if it has
// no front matter, as the seed).
inline std::string fixture_body(const std::string& name) {
  const std::string text = read_file(kFixtures / name);
  if (text.rfind("---\n", 0) != 0) return text;
  const std::size_t second = text.find("\n---\n", 3);
  REQUIRE(second != std::string::npos);
  return text.substr(second + 5);
}

// `text` hard-wrapped in place: greedily, the last space before a line grows past `width`
// bytes becomes a line break, so every byte offset stays the same.
inline std::string hard_wrap(std::string text, std::size_t width) {
  std::size_t line_start = 0;
  std::size_t last_space = std::string::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      line_start = i + 1;
      last_space = std::string::npos;
    } else if (i - line_start >= width && last_space != std::string::npos) {
      text[last_space] = '\n';
      line_start = last_space + 1;
      last_space = std::string::npos;
    }
    if (text[i] == ' ') last_space = i;
  }
  return text;
}

inline bool has_sentence(const std::vector<std::string_view>& sentences, std::string_view wanted) {
  for (std::string_view s : sentences) {
    if (s == wanted) return true;
  }
  return false;
}

}  // namespace claimgraph::testing::segment
