// Writing numbers (number_text.hpp). Digits go through std::to_chars; words are built from
// the tables below, British style putting "and" after the hundreds.

#include "number_text.hpp"

#include <charconv>
#include <cstddef>

namespace claimgraph::bench {
namespace {

constexpr std::string_view kOnes[] = {"zero",    "one",     "two",       "three",    "four",
                                      "five",    "six",     "seven",     "eight",    "nine",
                                      "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::string_view kTens[] = {"",      "",      "twenty",  "thirty", "forty",
                                      "fifty", "sixty", "seventy", "eighty", "ninety"};

}  // namespace

std::string_view ones(u64 n) { return kOnes[static_cast<std::size_t>(n)]; }

namespace {

void append_words_below_100(std::string& out, u64 n) {
  if (n < 20) {
    out += ones(n);
    return;
  }
  out += kTens[static_cast<std::size_t>(n / 10)];
  if (n % 10 != 0) {
    out += '-';
    out += ones(n % 10);
  }
}

/// British style puts "and" after the hundreds ("one hundred and five").
void append_words_below_1000(std::string& out, u64 n, bool british) {
  if (n >= 100) {
    out += ones(n / 100);
    out += " hundred";
    n %= 100;
    if (n == 0) return;
    out += british ? " and " : " ";
  }
  append_words_below_100(out, n);
}

}  // namespace

void append_uint(std::string& out, u64 n) {
  char buf[24];
  const auto result = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, result.ptr);
}

/// `n` zero-padded to two digits ("05").
void append_2d(std::string& out, u64 n) {
  if (n < 10) out += '0';
  append_uint(out, n);
}

/// `n` with a separator between groups of three digits: "1,674,200", "40 000".
void append_grouped(std::string& out, u64 n, std::string_view separator) {
  std::string digits;
  append_uint(digits, n);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
}

/// "2.3" from whole 2 and tenth 3; "2" when the tenth is zero.
void append_decimal(std::string& out, u64 whole, u64 tenth) {
  append_uint(out, whole);
  if (tenth != 0) {
    out += '.';
    append_uint(out, tenth);
  }
}

/// A decimal with a whole part in [lo, hi] and tenths in [tenth_lo, tenth_hi]. The two draws are
/// separate statements: as arguments of one call their order would be unspecified, and GCC and
/// Clang do pick different orders.
void append_random_decimal(std::string& out, Rng& rng, u64 lo, u64 hi, u64 tenth_lo, u64 tenth_hi) {
  const u64 whole = rng.between(lo, hi);
  const u64 tenth = rng.between(tenth_lo, tenth_hi);
  append_decimal(out, whole, tenth);
}

/// `n` (below 10^12) in words: "twenty-three", "six thousand five hundred",
/// "two thousand and five" (British).
void append_words(std::string& out, u64 n, bool british) {
  if (n == 0) {
    out += "zero";
    return;
  }
  struct Scale {
    u64 size;
    std::string_view name;
  };
  constexpr Scale kScales[] = {
      {1'000'000'000, "billion"}, {1'000'000, "million"}, {1'000, "thousand"}};
  bool wrote = false;
  for (const Scale& scale : kScales) {
    if (n < scale.size) continue;
    if (wrote) out += ' ';
    append_words_below_1000(out, n / scale.size, british);
    out += ' ';
    out += scale.name;
    n %= scale.size;
    wrote = true;
  }
  if (n == 0) return;
  if (wrote) out += (british && n < 100) ? " and " : " ";
  append_words_below_1000(out, n, british);
}

/// Digits, grouped with commas from 10,000 (and usually from 1,000), or words.
void append_number(std::string& out, Rng& rng, u64 n, bool words) {
  if (words) {
    append_words(out, n, rng.percent(50));
  } else if (n >= 10'000 || (n >= 1'000 && rng.percent(80))) {
    append_grouped(out, n, ",");
  } else {
    append_uint(out, n);
  }
}

void append_ordinal_digits(std::string& out, u64 n) {
  append_uint(out, n);
  const u64 tens = n % 100;
  if (tens >= 11 && tens <= 13) {
    out += "th";
    return;
  }
  switch (n % 10) {
    case 1:
      out += "st";
      break;
    case 2:
      out += "nd";
      break;
    case 3:
      out += "rd";
      break;
    default:
      out += "th";
      break;
  }
}

}  // namespace claimgraph::bench
