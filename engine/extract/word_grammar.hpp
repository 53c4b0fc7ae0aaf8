#pragma once
// The grammar of numbers written in words, and of numerals continued by words: "one hundred
// and five", "a dozen", "five and a half million", "two thirds of a million", "one hundred
// thirty-fifths", "4 thousand 3 hundred and 21". See word_grammar.cpp for the rules.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "claimgraph/numbers.hpp"
#include "extract/digit_numeral.hpp"
#include "extract/number_words.hpp"

namespace claimgraph::detail {

/// Whether a word can begin a number ("one", "a", "half", "first", "minus"; not "and" or the
/// plural "thousands").
[[nodiscard]] bool can_start_number(const WordInfo& info) noexcept;

/// Reads numbers in words from one text. Holds reusable buffers; not thread-safe.
class WordGrammar {
 public:
  explicit WordGrammar(std::string_view text) : s_(text) {}

  /// The number written in words from the word at `pos`: fills `m` (span, value, form,
  /// ordinal, fraction parts) and returns true, or returns false if none starts there.
  [[nodiscard]] bool parse_words(std::size_t pos, NumberMention& m);

  /// A plain numeral [begin, end) with its value, continued by number words where they follow
  /// ("2 million", "3 dozens", "4 thousand 3 hundred and 21"). Fills `m` and returns how many
  /// atoms (the numeral and the words) it used, or 0 if the numeral stands alone.
  [[nodiscard]] std::size_t parse_after_numeral(std::size_t begin, std::size_t end, double value,
                                                bool integer, bool grouped, NumberMention& m);

 private:
  enum class AtomKind : std::uint8_t { word, digits, vulgar };

  // One number word or plain numeral, with how it joins the previous one.
  struct Atom {
    AtomKind kind = AtomKind::word;
    WordRole role = WordRole::none;
    double value = 0.0;
    bool plural = false;
    bool integer = true;         // digits: no decimal part; words: false marks a letter multiplier
    bool grouped = false;        // digits: thousands separators
    bool hyphen_before = false;  // joined to the previous atom by a hyphen
    std::size_t begin = 0;
    std::size_t end = 0;
  };

  // The longest cardinal starting at an atom.
  struct Cardinal {
    std::size_t end = 0;  // one past the last atom used
    double value = 0.0;
    double and_tail = -1.0;         // value added after the last "and" (-1: no "and" used)
    double scale_before_and = 1.0;  // the scale the last "and" follows, 1 if none
    bool decimal = false;
    bool words = false;
    WordRole last_role = WordRole::none;
    AtomKind last_kind = AtomKind::word;
  };

  // A numerator / ordinal-denominator split of atoms.
  struct Split {
    bool ok = false;
    double numerator = 0.0;
    double denominator = 0.0;
    double and_tail = -1.0;
    double scale_before_and = 1.0;
  };

  // An ordinal denominator of several atoms: its value and the ordinal atom.
  struct Compound {
    double den = 0.0;
    std::size_t ordinal = 0;
  };

  static bool is_ordinal_denominator(const Atom& a) noexcept;
  char at(std::size_t p) const { return p < s_.size() ? s_[p] : '\0'; }
  bool alnum_before(std::size_t p) const;
  bool is_role(std::size_t i, WordRole r) const;

  std::optional<Atom> read_atom(std::size_t pos);
  void collect_after(std::size_t pos);
  Cardinal cardinal(std::size_t i, std::size_t limit) const;
  double ordinal_value(std::size_t b, std::size_t e) const;
  Split split_fraction(std::size_t b, std::size_t o) const;
  Compound compound_denominator(std::size_t b) const;
  static double compound_rank(double cardinal_value, double ordinal_value);
  bool noun_follows(std::size_t i) const;
  double of_a_scale(std::size_t pos, std::size_t& end) const;
  std::size_t evaluate(std::size_t i, NumberMention& m);

  std::string_view s_;
  std::vector<Atom> atoms_;
  NumeralScratch scratch_;
};

}  // namespace claimgraph::detail
