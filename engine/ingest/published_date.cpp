// Publication dates: "YYYY-MM-DD", optionally with a time and a zone, as front matter, JSONL and
// HTML meta tags write them. Only the calendar date is kept, as written: converting to UTC would
// move an evening article to the next day, and the outlet's own date is what readers saw.
// Every field is range-checked and the date must exist (year_month_day::ok, so 2023-02-29 fails).

#include "ingest/ingest_detail.hpp"

namespace claimgraph::detail {
namespace {

/// Reads exactly `n` ASCII digits at `pos`, advancing it; false when they are not there.
bool read_digits(std::string_view s, std::size_t& pos, std::size_t n, unsigned& value) noexcept {
  if (pos + n > s.size()) return false;
  unsigned v = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = s[pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<unsigned>(c - '0');
  }
  value = v;
  pos += n;
  return true;
}

bool consume(std::string_view s, std::size_t& pos, char c) noexcept {
  if (pos < s.size() && s[pos] == c) {
    ++pos;
    return true;
  }
  return false;
}

/// "Z", "UTC", "GMT", "+HH", "+HHMM", "+HH:MM" (or '-'), optionally after one space.
bool read_zone(std::string_view s, std::size_t& pos) noexcept {
  if (pos == s.size()) return true;
  consume(s, pos, ' ');
  const std::string_view rest = s.substr(pos);
  if (rest == "Z" || rest == "z" || iequals(rest, "UTC") || iequals(rest, "GMT")) {
    pos = s.size();
    return true;
  }
  if (!consume(s, pos, '+') && !consume(s, pos, '-')) return false;
  unsigned hours = 0;
  unsigned minutes = 0;
  if (!read_digits(s, pos, 2, hours) || hours > 23) return false;
  if (pos == s.size()) return true;
  consume(s, pos, ':');
  return read_digits(s, pos, 2, minutes) && minutes <= 59;
}

bool read_time(std::string_view s, std::size_t& pos) noexcept {
  unsigned hours = 0;
  unsigned minutes = 0;
  unsigned seconds = 0;
  if (!read_digits(s, pos, 2, hours) || hours > 23) return false;
  if (!consume(s, pos, ':') || !read_digits(s, pos, 2, minutes) || minutes > 59) return false;
  if (consume(s, pos, ':')) {
    if (!read_digits(s, pos, 2, seconds) || seconds > 60) return false;  // 60: a leap second
    if (consume(s, pos, '.') || consume(s, pos, ',')) {
      const std::size_t digits_from = pos;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
      if (pos == digits_from) return false;
    }
  }
  return read_zone(s, pos) && pos == s.size();
}

}  // namespace

std::optional<std::chrono::year_month_day> parse_published_date(std::string_view text) noexcept {
  const std::string_view s = trim(text);
  std::size_t pos = 0;
  unsigned y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (!read_digits(s, pos, 4, y) || !consume(s, pos, '-') || !read_digits(s, pos, 2, m) ||
      !consume(s, pos, '-') || !read_digits(s, pos, 2, d)) {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year{static_cast<int>(y)},
                                         std::chrono::month{m}, std::chrono::day{d}};
  // A news article from before 1800 or after 2100 is a typo or a filler value ("9999-12-31"):
  // no date beats a wrong one, which would anchor every relative time in it.
  if (!date.ok() || y < 1800 || y > 2100) return std::nullopt;
  if (pos == s.size()) return date;
  if (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ') return std::nullopt;
  ++pos;
  if (!read_time(s, pos)) return std::nullopt;
  return date;
}

}  // namespace claimgraph::detail
