#pragma once
// Byte-level character classes for scanning UTF-8 news text: ASCII letters and digits, the
// space and dash characters news copy uses (NBSP, narrow NBSP, en dash, minus sign), and the
// Unicode vulgar fractions. All functions look at most 3 bytes ahead and never allocate.

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <cassert>
#include <cstddef>
#include <string_view>

namespace claimgraph::detail {

/// The bytes [begin, end) of `s`, for a range the caller has already bounded by the text: the
/// word loops use it where `substr`'s bounds check would be paid once a word.
[[nodiscard]] constexpr std::string_view slice(std::string_view s, std::size_t begin,
                                               std::size_t end) noexcept {
  assert(begin <= end && end <= s.size());
  return {s.data() + begin, end - begin};
}

[[nodiscard]] constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
[[nodiscard]] constexpr bool is_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
[[nodiscard]] constexpr bool is_alnum(char c) noexcept { return is_digit(c) || is_alpha(c); }
[[nodiscard]] constexpr bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
[[nodiscard]] constexpr char to_lower(char c) noexcept {
  return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Byte length of a horizontal space at `pos` (space, tab, NBSP, narrow NBSP, thin or figure
/// space), or 0.
[[nodiscard]] std::size_t space_len(std::string_view s, std::size_t pos) noexcept;

/// Byte length of a hyphen or dash at `pos` ('-', U+2010 hyphen, U+2013 en dash, U+2014 em dash,
/// U+2212 minus sign), or 0.
[[nodiscard]] std::size_t dash_len(std::string_view s, std::size_t pos) noexcept;

/// True for the characters that can be a minus sign: '-' and U+2212.
[[nodiscard]] std::size_t minus_len(std::string_view s, std::size_t pos) noexcept;

/// A vulgar fraction character (½, ⅔, ...) at `pos`: its length (0 if none) and value.
struct VulgarFraction {
  std::size_t len = 0;
  double value = 0.0;
  double numerator = 0.0;
  double denominator = 0.0;
};
[[nodiscard]] VulgarFraction vulgar_fraction_at(std::string_view s, std::size_t pos) noexcept;

/// End of the run of ASCII letters starting at `pos` (sixteen bytes at a time where there are).
[[nodiscard]] inline std::size_t word_end(std::string_view s, std::size_t pos) noexcept {
#ifdef __SSE2__
  while (pos + 16 <= s.size()) {
    const __m128i v = _mm_or_si128(
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + pos)), _mm_set1_epi8(0x20));
    const __m128i letters = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)),
                                          _mm_cmpgt_epi8(_mm_set1_epi8('z' + 1), v));
    const unsigned others = ~static_cast<unsigned>(_mm_movemask_epi8(letters)) & 0xFFFFu;
    if (others != 0) return pos + static_cast<std::size_t>(__builtin_ctz(others));
    pos += 16;
  }
#endif
  while (pos < s.size() && is_alpha(s[pos])) ++pos;
  return pos;
}

/// End of the run of ASCII digits starting at `pos`.
[[nodiscard]] constexpr std::size_t digits_end(std::string_view s, std::size_t pos) noexcept {
  while (pos < s.size() && is_digit(s[pos])) ++pos;
  return pos;
}

/// Position after any horizontal spaces starting at `pos` (newlines stop it).
[[nodiscard]] inline std::size_t skip_spaces(std::string_view s, std::size_t pos) noexcept {
  while (pos < s.size()) {
    const char c = s[pos];
    if (c == ' ' || c == '\t') {
      ++pos;
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80) break;
    const std::size_t n = space_len(s, pos);
    if (n == 0) break;
    pos += n;
  }
  return pos;
}

/// The first position in [from, to) of `s` whose byte is one of `bytes`, else `to` (`to` is
/// clamped to the text; `from` if it lies past `to`). Sixteen bytes at a time (SSE2), for the
/// scans that skip long runs of ordinary text.
template <typename... Bytes>
[[nodiscard]] inline std::size_t find_byte_of(std::string_view s, std::size_t from, std::size_t to,
                                              Bytes... bytes) noexcept {
  static_assert(sizeof...(Bytes) > 0);
  to = to < s.size() ? to : s.size();
  std::size_t i = from;
#ifdef __SSE2__
  for (; i + 16 <= to; i += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i hits = (_mm_cmpeq_epi8(block, _mm_set1_epi8(static_cast<char>(bytes))) | ...);
    if (const int mask = _mm_movemask_epi8(hits); mask != 0) {
      return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
  }
#endif
  for (; i < to; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (((c == static_cast<unsigned char>(bytes)) || ...)) return i;
  }
  return i;
}

/// Calls `f(begin, end)` for every run of ASCII letters in [from, to) of `s` (a run is cut at
/// `from` and `to`), in text order, until `f` returns true; returns whether it did. Sixty-four
/// bytes at a time (SSE2): a mask of the letters, whose changes are the runs' edges, so the
/// bytes between two words cost nothing each. The word scans of the time and claim stages.
template <typename F>
inline bool for_each_word(std::string_view s, std::size_t from, std::size_t to, F&& f) {
  to = to < s.size() ? to : s.size();
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t begin = kNone;  // the start of the run still open, if any
  std::size_t i = from;
#ifdef __SSE2__
  const auto letters16 = [](const char* p) {
    const __m128i v =
        _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), _mm_set1_epi8(0x20));
    const __m128i ge = _mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1));  // bytes >= 0x80 are negative
    const __m128i le = _mm_cmpgt_epi8(_mm_set1_epi8('z' + 1), v);
    return static_cast<unsigned long long>(
        static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(ge, le))));
  };
  // A last block that ends past `to` (the bytes are there) is read too, its bits from `to` on
  // cleared: a run open at `to` ends there, as `f(begin, to)`.
  for (; i < to && i + 64 <= s.size(); i += 64) {
    const char* p = s.data() + i;
    unsigned long long m =
        letters16(p) | letters16(p + 16) << 16 | letters16(p + 32) << 32 | letters16(p + 48) << 48;
    if (to - i < 64) m &= (1ULL << (to - i)) - 1;
    // Bit j of `starts`: byte i + j is a letter and byte i + j - 1 was not; of `ends`, the other
    // way round. Starts and ends alternate, so the k-th start pairs with the k-th end after the
    // run left open by the block before, if any, is closed.
    const unsigned long long before = m << 1 | (begin != kNone ? 1ULL : 0ULL);
    unsigned long long starts = m & ~before;
    unsigned long long ends = ~m & before;
    if (begin != kNone) {
      if (ends == 0) continue;  // the run goes on through the whole block
      if (f(begin, i + static_cast<std::size_t>(__builtin_ctzll(ends)))) return true;
      ends &= ends - 1;
      begin = kNone;
    }
    while (starts != 0) {
      const std::size_t b = i + static_cast<std::size_t>(__builtin_ctzll(starts));
      if (ends == 0) {  // a run still open at the block's end
        begin = b;
        break;
      }
      if (f(b, i + static_cast<std::size_t>(__builtin_ctzll(ends)))) return true;
      starts &= starts - 1;
      ends &= ends - 1;
    }
  }
#endif
  for (; i < to; ++i) {
    const bool letter = is_alpha(s[i]);
    if (letter && begin == kNone) {
      begin = i;
    } else if (!letter && begin != kNone) {
      if (f(begin, i)) return true;
      begin = kNone;
    }
  }
  return begin != kNone && f(begin, to);
}

/// Case-insensitive ASCII comparison of `word` with a lower-case literal.
[[nodiscard]] constexpr bool iequals(std::string_view word, std::string_view lower) noexcept {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (to_lower(word[i]) != lower[i]) return false;
  }
  return true;
}

/// True when `word` equals (ASCII case-insensitively) one of the lower-case `words`: the look-up
/// for the short fixed word lists of the attribute and events stages.
template <std::size_t N>
[[nodiscard]] constexpr bool iequals_any(std::string_view word,
                                         const std::string_view (&words)[N]) noexcept {
  for (const std::string_view w : words) {
    if (iequals(word, w)) return true;
  }
  return false;
}

/// The ASCII word starting at `pos` (after skipping spaces), and where it ends.
struct WordAt {
  std::string_view word;
  std::size_t begin = 0;
  std::size_t end = 0;
};
[[nodiscard]] WordAt word_after(std::string_view s, std::size_t pos) noexcept;

/// The ASCII word ending right before `pos` (skipping spaces backwards), or empty.
[[nodiscard]] WordAt word_before(std::string_view s, std::size_t pos) noexcept;

/// A piece in title case: no full stop (or ! or ?) at its end, and of its words of four letters
/// or more (three at least), over two thirds capitalised — "2 Killed, 7 Wounded in Miami
/// Shooting", a headline; not "Three were killed Saturday at Kennedy King College in Englewood."
[[nodiscard]] bool in_title_case(std::string_view piece);

}  // namespace claimgraph::detail
