// Digit runs. A run is digits joined by single separators (',' '.' or a space-like character)
// each immediately followed by more digits. The run is read once, then interpreted:
//   - space groups: "40 000", "1 414 021 100" — first group 1–3 digits, then groups of exactly 3;
//     a space group of another size ends the run before it ("423 0000" is two numbers);
//   - commas as thousands (all later groups 3 digits, first 1–3), optionally a final ".decimals";
//   - Indian grouping "12,34,567.89" (2-digit middle groups, 3-digit last group);
//   - European "1.111,11" (dot thousands, one comma decimal) and a lone decimal comma "5,00";
//   - one dot: a decimal ("4.800" is 4.8); several dots or an irregular comma list: a list of
//     separate integers ("192.168.1.2", "22,24,26,31").
// Each run is scanned once and its digits copied once, so the cost is linear in its length.

#include "extract/digit_numeral.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <limits>
#include <vector>

#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

using Group = NumeralGroup;
using Sep = NumeralGroup::Sep;

std::size_t len(const Group& g) { return g.end - g.begin; }

// Decides whether comma groups (after the first) form thousands or Indian grouping.
bool comma_grouping_ok(std::size_t first_len, const std::vector<Group>& g, std::size_t from,
                       std::size_t to) {
  if (to <= from) return true;
  bool thousands = first_len >= 1 && first_len <= 3;
  for (std::size_t i = from; i < to; ++i) thousands = thousands && len(g[i]) == 3;
  if (thousands) return true;
  // Indian: first 1-2 digits, middle groups of 2, last group of 3.
  if (first_len < 1 || first_len > 2 || len(g[to - 1]) != 3 || to - from < 2) return false;
  for (std::size_t i = from; i + 1 < to; ++i) {
    if (len(g[i]) != 2) return false;
  }
  return true;
}

}  // namespace

double parse_decimal(std::string_view digits) noexcept {
  // Most figures have at most 15 digits and one '.': their digits as an integer and the power
  // of ten are exact doubles, so one division rounds as from_chars does (Clinger's fast path).
  if (!digits.empty() && digits.size() <= 16) {
    constexpr std::array<double, 16> kPowers = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    std::uint64_t n = 0;
    std::size_t dot = digits.size();
    bool plain = true;
    for (std::size_t i = 0; i < digits.size() && plain; ++i) {
      const char c = digits[i];
      if (is_digit(c)) {
        n = n * 10 + static_cast<std::uint64_t>(c - '0');
      } else {
        plain = c == '.' && dot == digits.size() && i + 1 < digits.size();
        dot = i;
      }
    }
    const std::size_t count = digits.size() - (dot < digits.size() ? 1 : 0);
    if (plain && count <= 15 && dot > 0) {
      const std::size_t decimals = dot < digits.size() ? digits.size() - dot - 1 : 0;
      return static_cast<double>(n) / kPowers[decimals];
    }
  }
  double v = 0.0;
  const auto* first = digits.data();
  const auto* last = digits.data() + digits.size();
  const auto r = std::from_chars(first, last, v, std::chars_format::fixed);
  if (r.ec == std::errc::result_out_of_range) return std::numeric_limits<double>::infinity();
  if (r.ec != std::errc()) return 0.0;
  return v;
}

Numeral read_numeral(std::string_view s, std::size_t pos, NumeralScratch& buffers) {
  std::string& scratch = buffers.digits;
  Numeral n;
  n.begin = pos;
  const bool leading_dot = s[pos] == '.';
  const std::size_t first_begin = leading_dot ? pos + 1 : pos;
  const std::size_t first_end = digits_end(s, first_begin);

  if (leading_dot) {  // ".08": a decimal with no integer part; no grouping after it
    scratch.assign("0.");
    scratch.append(s.substr(first_begin, first_end - first_begin));
    n.end = n.run_end = first_end;
    n.integer = false;
    n.value = parse_decimal(scratch);
    return n;
  }

  // Collect the run's groups. A space separator only joins a group of exactly 3 digits.
  std::vector<Group>& groups = buffers.groups;
  groups.clear();
  std::size_t p = first_end;
  while (p < s.size()) {
    Sep sep;
    std::size_t sl = 0;
    if (s[p] == ',') {
      sep = Sep::comma;
      sl = 1;
    } else if (s[p] == '.') {
      sep = Sep::dot;
      sl = 1;
    } else if ((sl = space_len(s, p)) > 0) {
      sep = Sep::space;
    } else {
      break;
    }
    const std::size_t gb = p + sl;
    if (gb >= s.size() || !is_digit(s[gb])) break;
    const std::size_t ge = digits_end(s, gb);
    groups.push_back({sep, gb, ge});
    p = ge;
  }

  // Cut the run at the first space group that is not a valid thousands group, and at any
  // space group following a comma or dot (mixed separators are not one number).
  const std::size_t first_len = first_end - first_begin;
  std::size_t count = groups.size();
  bool spaces = false;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    if (groups[i].sep != Sep::space) continue;
    bool ok = first_len <= 3 && len(groups[i]) == 3;
    for (std::size_t j = 0; j < i && ok; ++j) ok = groups[j].sep == Sep::space;
    // A group of 3 followed directly by more digits after a space would be ambiguous; fine.
    if (!ok) {
      count = i;
      break;
    }
    spaces = true;
  }
  groups.resize(count);

  std::size_t commas = 0;
  std::size_t dots = 0;
  for (const Group& g : groups) {
    commas += g.sep == Sep::comma;
    dots += g.sep == Sep::dot;
  }

  // Interpretation: which groups form the integer part, whether the last is a decimal part,
  // and whether the decimal mark is a comma.
  enum class Shape { single, split } shape = Shape::single;
  std::size_t int_groups = groups.size();  // groups after the first belonging to the integer
  bool has_decimal = false;
  if (groups.empty()) {
    // plain digits
  } else if (spaces) {
    if (dots == 1 && groups.back().sep == Sep::dot) {
      int_groups = groups.size() - 1;
      has_decimal = true;
    } else if (dots + commas > 0) {
      // "1 234,5" or similar: keep the space-grouped part only.
      std::size_t i = 0;
      while (i < groups.size() && groups[i].sep == Sep::space) ++i;
      groups.resize(i);
      int_groups = i;
    }
  } else if (commas == 0 && dots == 1) {
    int_groups = 0;
    has_decimal = true;
  } else if (commas == 0 && dots >= 2) {
    shape = Shape::split;
  } else if (dots == 0) {
    if (comma_grouping_ok(first_len, groups, 0, groups.size())) {
      // thousands or Indian grouping
    } else if (commas == 1 && len(groups[0]) <= 2) {
      int_groups = 0;
      has_decimal = true;  // decimal comma: "1,3", "5,00"
    } else {
      shape = Shape::split;
    }
  } else if (dots == 1 && groups.back().sep == Sep::dot &&
             comma_grouping_ok(first_len, groups, 0, groups.size() - 1)) {
    int_groups = groups.size() - 1;  // "1,674,200.5"
    has_decimal = true;
  } else if (commas == 1 && groups.back().sep == Sep::comma && len(groups.back()) <= 2) {
    // European "1.111,11": dot groups of 3, then a decimal comma.
    bool ok = first_len <= 3;
    for (std::size_t i = 0; i + 1 < groups.size(); ++i) ok = ok && len(groups[i]) == 3;
    if (ok) {
      int_groups = groups.size() - 1;
      has_decimal = true;
    } else {
      shape = Shape::split;
    }
  } else {
    shape = Shape::split;
  }

  if (shape == Shape::split) {
    n.split = true;
    n.end = first_end;
    n.run_end = groups.empty() ? first_end : groups.back().end;
    scratch.assign(s.substr(first_begin, first_len));
    n.value = parse_decimal(scratch);
    return n;
  }

  scratch.assign(s.substr(first_begin, first_len));
  for (std::size_t i = 0; i < int_groups; ++i) {
    scratch.append(s.substr(groups[i].begin, len(groups[i])));
  }
  if (has_decimal) {
    scratch.push_back('.');
    scratch.append(s.substr(groups.back().begin, len(groups.back())));
  }
  n.grouped = int_groups > 0;
  n.integer = !has_decimal;
  n.end = n.run_end = groups.empty() ? first_end : groups.back().end;
  n.value = parse_decimal(scratch);
  return n;
}

}  // namespace claimgraph::detail
