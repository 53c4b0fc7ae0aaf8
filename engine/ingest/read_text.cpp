// Reading input files as text, and the byte-level checks every ingest format shares: NUL bytes
// mark a binary file, and UTF-8 validity is checked with the standard decoding table (overlong
// forms, surrogates and code points above U+10FFFF are invalid).

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "claimgraph/ingest.hpp"

namespace claimgraph {

Result<std::string> read_text_file(const std::string& path) {
  std::string text;
  if (path == "-") {
    std::ostringstream buf;
    buf << std::cin.rdbuf();
    text = std::move(buf).str();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      return Error{ErrorCode::io, "cannot open file for reading", {path, 0, 0}};
    }
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return Error{ErrorCode::io, "read error", {path, 0, 0}};
  }
  if (text.empty()) return Error{ErrorCode::empty_input, "empty input", {path, 0, 0}};
  if (const std::size_t nul = text.find('\0'); nul != std::string::npos) {
    const LineColumn lc = line_column(text, nul);
    return Error{ErrorCode::binary_input, "NUL byte: not a text file", {path, lc.line, nul}};
  }
  return text;
}

std::size_t find_invalid_utf8(std::string_view s) noexcept {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    // Eight ASCII bytes at a time: most text has no other.
    std::uint64_t word = 0;
    while (i + sizeof word <= n) {
      std::memcpy(&word, s.data() + i, sizeof word);
      if ((word & 0x8080808080808080u) != 0) break;
      i += sizeof word;
    }
    if (i >= n) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return i;
    }
    if (i + len > n) return i;
    const auto c1 = static_cast<unsigned char>(s[i + 1]);
    if (c1 < lo || c1 > hi) return i;
    for (std::size_t k = 2; k < len; ++k) {
      const auto ck = static_cast<unsigned char>(s[i + k]);
      if (ck < 0x80 || ck > 0xBF) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

LineColumn line_column(std::string_view text, std::size_t offset) noexcept {
  LineColumn lc;
  const std::size_t end = offset < text.size() ? offset : text.size();
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++lc.line;
      lc.column = 1;
    } else {
      ++lc.column;
    }
  }
  return lc;
}

}  // namespace claimgraph
