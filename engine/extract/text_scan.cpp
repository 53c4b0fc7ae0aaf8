// Character classes for UTF-8 news text. Multi-byte characters are matched on their exact UTF-8
// encodings; anything else (including invalid UTF-8) is simply "not this class".

#include "extract/text_scan.hpp"

#include <array>

namespace claimgraph::detail {
namespace {

constexpr unsigned char byte(std::string_view s, std::size_t pos) noexcept {
  return pos < s.size() ? static_cast<unsigned char>(s[pos]) : 0;
}

}  // namespace

std::size_t space_len(std::string_view s, std::size_t pos) noexcept {
  const unsigned char c = byte(s, pos);
  if (c == ' ' || c == '\t') return 1;
  if (c == 0xC2 && byte(s, pos + 1) == 0xA0) return 2;  // NBSP
  if (c == 0xE2 && byte(s, pos + 1) == 0x80) {
    const unsigned char d = byte(s, pos + 2);
    if (d == 0xAF || d == 0x89 || d == 0x87 || d == 0x8A)
      return 3;  // narrow NBSP, thin, figure, hair
  }
  return 0;
}

std::size_t dash_len(std::string_view s, std::size_t pos) noexcept {
  const unsigned char c = byte(s, pos);
  if (c == '-') return 1;
  if (c == 0xE2 && byte(s, pos + 1) == 0x80) {
    const unsigned char d = byte(s, pos + 2);
    if (d == 0x90 || d == 0x91 || d == 0x93 || d == 0x94) return 3;  // hyphen, nb hyphen, en, em
  }
  if (c == 0xE2 && byte(s, pos + 1) == 0x88 && byte(s, pos + 2) == 0x92) return 3;  // minus sign
  return 0;
}

std::size_t minus_len(std::string_view s, std::size_t pos) noexcept {
  const unsigned char c = byte(s, pos);
  if (c == '-') return 1;
  if (c == 0xE2 && byte(s, pos + 1) == 0x88 && byte(s, pos + 2) == 0x92) return 3;
  return 0;
}

VulgarFraction vulgar_fraction_at(std::string_view s, std::size_t pos) noexcept {
  const unsigned char c = byte(s, pos);
  const unsigned char d = byte(s, pos + 1);
  auto make = [](std::size_t len, double n, double den) {
    return VulgarFraction{len, n / den, n, den};
  };
  if (c == 0xC2) {
    if (d == 0xBC) return make(2, 1, 4);
    if (d == 0xBD) return make(2, 1, 2);
    if (d == 0xBE) return make(2, 3, 4);
    return {};
  }
  if (c == 0xE2 && d == 0x85) {
    // U+2150..U+215E: ⅐ ⅑ ⅒ ⅓ ⅔ ⅕ ⅖ ⅗ ⅘ ⅙ ⅚ ⅛ ⅜ ⅝ ⅞
    static constexpr std::array<std::array<double, 2>, 15> kTable = {{{1, 7},
                                                                      {1, 9},
                                                                      {1, 10},
                                                                      {1, 3},
                                                                      {2, 3},
                                                                      {1, 5},
                                                                      {2, 5},
                                                                      {3, 5},
                                                                      {4, 5},
                                                                      {1, 6},
                                                                      {5, 6},
                                                                      {1, 8},
                                                                      {3, 8},
                                                                      {5, 8},
                                                                      {7, 8}}};
    const unsigned char e = byte(s, pos + 2);
    if (e >= 0x90 && e <= 0x9E) {
      const auto& f = kTable[static_cast<std::size_t>(e - 0x90)];
      return make(3, f[0], f[1]);
    }
  }
  return {};
}

WordAt word_after(std::string_view s, std::size_t pos) noexcept {
  const std::size_t b = skip_spaces(s, pos);
  const std::size_t e = word_end(s, b);
  return {slice(s, b, e), b, e};
}

WordAt word_before(std::string_view s, std::size_t pos) noexcept {
  std::size_t e = pos;
  while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  std::size_t b = e;
  while (b > 0 && is_alpha(s[b - 1])) --b;
  return {slice(s, b, e), b, e};
}

bool in_title_case(std::string_view piece) {
  // A sentence ends in a full stop, a headline does not: "Three were killed Saturday at Kennedy
  // King College in Englewood." is prose, however many names it gives.
  std::size_t end = piece.size();
  while (end > 0 && (piece[end - 1] == ' ' || piece[end - 1] == '\n' || piece[end - 1] == '"' ||
                     piece[end - 1] == '\'' || piece[end - 1] == ')')) {
    --end;
  }
  if (end > 0 && (piece[end - 1] == '.' || piece[end - 1] == '!' || piece[end - 1] == '?')) {
    return false;
  }
  std::size_t long_words = 0;
  std::size_t capitalised = 0;
  for_each_word(piece, 0, piece.size(), [&](std::size_t b, std::size_t e) {
    if (e - b >= 4) {
      ++long_words;
      capitalised += is_upper(piece[b]) ? 1u : 0u;
    }
    return false;
  });
  return long_words >= 3 && capitalised * 3 > long_words * 2;
}

}  // namespace claimgraph::detail
