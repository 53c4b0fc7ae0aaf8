#pragma once
// Writing numbers as reporters do, for the synthetic corpus (corpus_gen.cpp): digits, groups,
// decimals, words and ordinals. No locale, no floating point: the same bytes everywhere.

#include <cstdint>
#include <string>
#include <string_view>

#include "../rng.hpp"

namespace claimgraph::bench {

using u64 = std::uint64_t;

void append_uint(std::string& out, u64 n);

/// `n` zero-padded to two digits ("05").
void append_2d(std::string& out, u64 n);

/// `n` with a separator between groups of three digits: "1,674,200", "40 000".
void append_grouped(std::string& out, u64 n, std::string_view separator);

/// "2.3" from whole 2 and tenth 3; "2" when the tenth is zero.
void append_decimal(std::string& out, u64 whole, u64 tenth);

/// A decimal with a whole part in [lo, hi] and tenths in [tenth_lo, tenth_hi].
void append_random_decimal(std::string& out, Rng& rng, u64 lo, u64 hi, u64 tenth_lo, u64 tenth_hi);

/// The word for `n` below 20: "zero" ... "nineteen".
std::string_view ones(u64 n);

/// `n` (below 10^12) in words: "twenty-three", "six thousand five hundred",
/// "two thousand and five" (British).
void append_words(std::string& out, u64 n, bool british);

/// Digits, grouped with commas from 10,000 (and usually from 1,000), or words.
void append_number(std::string& out, Rng& rng, u64 n, bool words);

inline constexpr std::string_view kOrdinalWords[] = {"first", "second", "third",   "fourth",
                                                     "fifth", "sixth",  "seventh", "eighth",
                                                     "ninth", "tenth",  "twelfth", "twentieth"};

/// "2nd", "11th", "23rd".
void append_ordinal_digits(std::string& out, u64 n);

}  // namespace claimgraph::bench
