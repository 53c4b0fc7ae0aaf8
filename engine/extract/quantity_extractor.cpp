// extract_quantities: gives each number found by find_numbers its meaning in context.
//
// One pass over the numbers in text order. At each number the extractor first tries the
// multi-number shapes that read as one mention — clock times ("10:05 p.m."), ISO and slash dates,
// phone numbers, year ranges ("1991-1994"), numeric ranges ("40 to 50", "between 40 and 50") —
// then classifies a single number by the words around it, in a fixed order: date (month name
// next to it), time, percent, money, measure, age, duration, identifier, year, ordinal, ratio,
// count. Qualifier phrases before it ("at least") and after it ("or more") set the interval
// (docs/quantities.md). Vague amounts ("dozens", "hundreds of thousands") are read from the
// words between numbers. A final pass joins a lower and an upper bound written together
// ("more than 10 and fewer than 20"). Every look-around is bounded to a few words, so the
// pass is linear in the text length.

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "claimgraph/numbers.hpp"
#include "claimgraph/quantities.hpp"
#include "extract/number_words.hpp"
#include "extract/quantity_lexicon.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph {
namespace {

using detail::iequals;
using detail::is_alpha;
using detail::is_digit;
using detail::WordAt;

constexpr double kInf = std::numeric_limits<double>::infinity();

bool starts_with_ci(std::string_view s, std::size_t pos, std::string_view lower) {
  if (pos + lower.size() > s.size()) return false;
  return iequals(s.substr(pos, lower.size()), lower);
}

// Matches a phrase of lower-case words separated by single spaces ending right before `end`
// (only spaces between the phrase and `end`); returns the phrase start or npos.
std::size_t phrase_before(std::string_view s, std::size_t end, std::string_view phrase) {
  std::size_t pos = end;
  std::size_t pe = phrase.size();
  while (pe > 0) {
    std::size_t pb = phrase.rfind(' ', pe - 1);
    pb = pb == std::string_view::npos ? 0 : pb + 1;
    const std::string_view want = phrase.substr(pb, pe - pb);
    const WordAt w = detail::word_before(s, pos);
    if (!iequals(w.word, want)) return std::string_view::npos;
    pos = w.begin;
    pe = pb == 0 ? 0 : pb - 1;
  }
  // The phrase must start at a word boundary.
  if (pos > 0 && detail::is_alnum(s[pos - 1])) return std::string_view::npos;
  return pos;
}

// Matches a phrase of words starting after `begin` (only spaces before it); returns its end or
// npos.
std::size_t phrase_after(std::string_view s, std::size_t begin, std::string_view phrase) {
  std::size_t pos = begin;
  std::size_t pb = 0;
  while (pb < phrase.size()) {
    std::size_t pe = phrase.find(' ', pb);
    if (pe == std::string_view::npos) pe = phrase.size();
    const WordAt w = detail::word_after(s, pos);
    if (w.begin == pos && pos != begin) return std::string_view::npos;  // no space between words
    if (!iequals(w.word, phrase.substr(pb, pe - pb))) return std::string_view::npos;
    pos = w.end;
    pb = pe + 1;
  }
  if (pos < s.size() && detail::is_alnum(s[pos])) return std::string_view::npos;
  return pos;
}

bool is_plain_digits(const NumberMention& n, std::string_view text) {
  if (n.words || n.ordinal || n.form != NumberForm::integer || !n.suffix.empty()) return false;
  for (std::size_t i = n.span.begin; i < n.span.end; ++i) {
    if (!is_digit(text[i])) return false;
  }
  return true;
}

class Extractor {
 public:
  Extractor(std::string_view text, const QuantityOptions& options)
      : s_(text), opt_(options), nums_(find_numbers(text)) {}

  std::vector<Quantity> run() {
    std::size_t gap_begin = 0;
    std::size_t i = 0;
    while (i < nums_.size()) {
      vague_in(gap_begin, nums_[i].span.begin);
      i += one_at(i);
      // Numbers the last mention took in (the year of "13 September 2022") are not read again.
      gap_begin = out_.back().span.end;
      while (i < nums_.size() && nums_[i].span.begin < gap_begin) ++i;
    }
    vague_in(gap_begin, s_.size());
    join_bounds();
    for (Quantity& q : out_) q.text = std::string(q.span.in(s_));
    return std::move(out_);
  }

 private:
  std::string_view s_;
  QuantityOptions opt_;
  std::vector<NumberMention> nums_;
  std::vector<Quantity> out_;

  char at(std::size_t p) const { return p < s_.size() ? s_[p] : '\0'; }
  std::string_view digits_of(const NumberMention& n) const { return n.span.in(s_); }

  Quantity base(const NumberMention& n) const {
    Quantity q;
    q.span = n.span;
    q.number_span = n.span;
    q.value = n.value;
    q.best = n.value;
    q.interval = Interval::point(n.value);
    q.written_in_words = n.words;
    return q;
  }

  void push(Quantity q) { out_.push_back(std::move(q)); }

  // ---- multi-number shapes ----------------------------------------------------------------

  // Handles the number at `i` (and any that belong with it); returns how many were used.
  std::size_t one_at(std::size_t i) {
    if (const std::size_t k = clock_time(i)) return k;
    if (const std::size_t k = iso_date(i)) return k;
    if (const std::size_t k = slash_date(i)) return k;
    if (const std::size_t k = phone(i)) return k;
    if (const std::size_t k = year_range(i)) return k;
    if (const std::size_t k = numeric_range(i)) return k;
    push(single(nums_[i]));
    return 1;
  }

  // "00:05", "10:05 p.m.", "9:30am"
  std::size_t clock_time(std::size_t i) {
    const NumberMention& h = nums_[i];
    if (!is_plain_digits(h, s_) || h.value > 24 || h.span.size() > 2) return 0;
    if (i + 1 >= nums_.size() || at(h.span.end) != ':') return 0;
    const NumberMention& m = nums_[i + 1];
    if (m.span.begin != h.span.end + 1 || m.span.size() != 2 || m.value >= 60) return 0;
    if (!(is_plain_digits(m, s_) || (m.suffix.size() == 2))) return 0;
    Quantity q = base(h);
    q.kind = QuantityKind::time;
    q.unit = Unit::none;
    q.span.end = m.suffix.empty() ? m.span.end : m.suffix.end;
    q.value = h.value * 60 + m.value;
    q.span.end = meridiem_after(q.span.end);
    q.best = q.value;
    q.interval = Interval::point(q.value);
    push(q);
    return 2;
  }

  // End of an "a.m." / "pm" written after `pos`, or `pos`.
  std::size_t meridiem_after(std::size_t pos) const {
    const std::size_t q = detail::skip_spaces(s_, pos);
    for (const std::string_view m : {"a.m.", "p.m.", "a.m", "p.m", "am", "pm"}) {
      if (starts_with_ci(s_, q, m) && !detail::is_alnum(at(q + m.size()))) return q + m.size();
    }
    return pos;
  }

  // "2022-09-13"
  std::size_t iso_date(std::size_t i) {
    if (i + 2 >= nums_.size()) return 0;
    const NumberMention& y = nums_[i];
    const NumberMention& mo = nums_[i + 1];
    const NumberMention& d = nums_[i + 2];
    if (!is_plain_digits(y, s_) || y.span.size() != 4) return 0;
    if (at(y.span.end) != '-' || mo.span.begin != y.span.end + 1 || mo.span.size() != 2) return 0;
    if (at(mo.span.end) != '-' || d.span.begin != mo.span.end + 1 || d.span.size() != 2) return 0;
    if (mo.value < 1 || mo.value > 12 || d.value < 1 || d.value > 31) return 0;
    Quantity q = base(y);
    q.kind = QuantityKind::date;
    q.unit = Unit::none;
    q.span.end = d.span.end;
    q.value = y.value * 10000 + mo.value * 100 + d.value;
    q.best = q.value;
    q.interval = Interval::point(q.value);
    push(q);
    return 3;
  }

  // "9/13/2022", "13/9/22"
  std::size_t slash_date(std::size_t i) {
    if (i + 2 >= nums_.size()) return 0;
    const NumberMention& a = nums_[i];
    const NumberMention& b = nums_[i + 1];
    const NumberMention& c = nums_[i + 2];
    if (at(a.span.end) != '/' || b.span.begin != a.span.end + 1) return 0;
    if (at(b.span.end) != '/' || c.span.begin != b.span.end + 1) return 0;
    if (!is_plain_digits(a, s_) || !is_plain_digits(b, s_) || !is_plain_digits(c, s_)) return 0;
    if (a.value > 31 || b.value > 31 || (c.span.size() != 4 && c.span.size() != 2)) return 0;
    Quantity q = base(a);
    q.kind = QuantityKind::date;
    q.unit = Unit::none;
    q.span.end = c.span.end;
    push(q);
    return 3;
  }

  // "+1-222-2222", "555-123-4567", "(555) 123-4567": digit groups joined by '-' or '.'.
  std::size_t phone(std::size_t i) {
    const NumberMention& a = nums_[i];
    if (!is_plain_digits(a, s_)) return 0;
    const bool plus = a.span.begin > 0 && s_[a.span.begin - 1] == '+';
    std::size_t k = i;
    std::size_t digits = a.span.size();
    while (k + 1 < nums_.size()) {
      const NumberMention& n = nums_[k + 1];
      const char sep = at(nums_[k].span.end);
      const bool joined = (sep == '-' || sep == '.' || sep == '/') && n.span.begin == nums_[k].span.end + 1;
      if (!joined || !is_plain_digits(n, s_) || n.span.size() < 2) break;
      ++k;
      digits += n.span.size();
    }
    const std::size_t groups = k - i + 1;
    if (!((groups >= 3 && digits >= 7) || (plus && groups >= 2 && digits >= 6))) return 0;
    Quantity q = base(a);
    q.kind = QuantityKind::phone;
    q.unit = Unit::none;
    if (plus) q.span.begin -= 1;
    q.span.end = nums_[k].span.end;
    push(q);
    return groups;
  }

  static bool is_year_value(double v) { return v >= 1000 && v <= 2100; }

  // "1991-1994", "1991–94", "between 1991 and 1994" stays two years.
  std::size_t year_range(std::size_t i) {
    if (i + 1 >= nums_.size()) return 0;
    const NumberMention& a = nums_[i];
    const NumberMention& b = nums_[i + 1];
    if (!is_plain_digits(a, s_) || a.span.size() != 4 || !is_year_value(a.value)) return 0;
    const std::size_t dl = detail::dash_len(s_, a.span.end);
    if (dl == 0 || b.span.begin != a.span.end + dl) return 0;
    if (!is_plain_digits(b, s_) || (b.span.size() != 4 && b.span.size() != 2)) return 0;
    double end = b.value;
    if (b.span.size() == 2) end = std::floor(a.value / 100) * 100 + b.value;
    if (end <= a.value || end - a.value > 100) return 0;
    Quantity q = base(a);
    q.kind = QuantityKind::year;
    q.unit = Unit::none;
    q.qualifier = Qualifier::range;
    q.span.end = b.span.end;
    q.interval = {{a.value, false}, {end, false}};
    q.best = a.value;
    push(q);
    return 2;
  }

  // "40 to 50", "40-50", "between 40 and 50", "from 1,000 to 1,500", "two or three", "20~100"
  std::size_t numeric_range(std::size_t i) {
    if (i + 1 >= nums_.size()) return 0;
    const NumberMention& a = nums_[i];
    const NumberMention& b = nums_[i + 1];
    if (a.ordinal || b.ordinal || a.form == NumberForm::fraction || b.form == NumberForm::fraction) {
      return 0;
    }
    if (!a.suffix.empty()) return 0;
    // The link between the two figures.
    std::size_t prefix_begin = a.span.begin;
    bool linked = false;
    const std::size_t p = detail::skip_spaces(s_, a.span.end);
    if (const std::size_t dl = detail::dash_len(s_, p); dl > 0 || at(p) == '~') {
      const std::size_t q = detail::skip_spaces(s_, p + (dl > 0 ? dl : 1));
      linked = q == b.span.begin;
    } else {
      for (const std::string_view w : {"to", "through", "or", "and"}) {
        const std::size_t e = phrase_after(s_, a.span.end, w);
        if (e != std::string_view::npos && detail::skip_spaces(s_, e) == b.span.begin && e < b.span.begin) {
          if (w == "and") {
            const std::size_t bb = phrase_before(s_, a.span.begin, "between");
            if (bb == std::string_view::npos) break;
            prefix_begin = bb;
          } else if (w == "to") {
            const std::size_t fb = phrase_before(s_, a.span.begin, "from");
            if (fb != std::string_view::npos) prefix_begin = fb;
          } else if (w == "or") {
            // "two or three people"; not "one or more", not "20 or so"
            if (a.value >= b.value) return 0;
          }
          linked = true;
          break;
        }
      }
      if (!linked) {
        const std::size_t bb = phrase_before(s_, a.span.begin, "between");
        if (bb != std::string_view::npos) return 0;
      }
    }
    if (!linked) return 0;
    if (is_plain_digits(a, s_) && a.span.size() == 4 && is_year_value(a.value) &&
        is_plain_digits(b, s_) && b.span.size() == 4 && is_year_value(b.value)) {
      return 0;  // "between 2019 and 2021": two years, not a count range
    }
    double lo = a.value;
    const double hi = b.value;
    // "2 to 3 million": the multiplier is written once, on the second figure.
    if (!a.words && hi / std::max(lo, 1.0) >= 100) {
      for (const double scale : {1e3, 1e6, 1e9, 1e12}) {
        if (lo * scale <= hi && lo * scale * 10 > hi && scale_word_in(b)) {
          lo *= scale;
          break;
        }
      }
    }
    if (!(hi > lo)) return 0;
    Quantity q = single(b);  // the unit and kind are written after the second figure
    if (q.kind != QuantityKind::count && q.kind != QuantityKind::money &&
        q.kind != QuantityKind::percent && q.kind != QuantityKind::measure &&
        q.kind != QuantityKind::age && q.kind != QuantityKind::duration) {
      return 0;
    }
    const Quantity first = single(a);
    q.span.begin = first.kind == QuantityKind::money ? std::min(prefix_begin, first.span.begin)
                                                     : prefix_begin;
    q.number_span = {a.span.begin, b.span.end};
    q.value = lo;
    q.qualifier = Qualifier::range;
    q.interval = {{lo, false}, {hi, false}};
    q.best = (lo + hi) / 2;
    q.written_in_words = a.words || b.words;
    push(q);
    return 2;
  }

  bool scale_word_in(const NumberMention& n) const {
    const std::string_view t = n.span.in(s_);
    for (const std::string_view w : {"thousand", "million", "billion", "trillion", "bn", "m", "k"}) {
      if (t.size() >= w.size() && iequals(t.substr(t.size() - w.size()), w)) return true;
    }
    return false;
  }

  // ---- one number ---------------------------------------------------------------------------

  Quantity single(const NumberMention& n) {
    Quantity q = base(n);
    if (date_with_month(n, q)) return q;
    if (glued_time(n, q)) return q;
    if (n.ordinal) {
      q.kind = QuantityKind::ordinal;
      q.unit = Unit::none;
      return q;
    }
    if (percent(n, q) || money(n, q) || measure(n, q) || age(n, q) || duration(n, q) ||
        identifier(n, q) || year(n, q)) {
      if (q.kind == QuantityKind::year || q.kind == QuantityKind::identifier) {
        return q;
      }
      qualify(n, q);
      return q;
    }
    if (!n.suffix.empty()) {  // "5G", "4x4": letters glued to digits that we cannot read
      q.kind = QuantityKind::identifier;
      q.unit = Unit::none;
      q.span.end = n.suffix.end;
      return q;
    }
    if (n.form == NumberForm::fraction && (std::fabs(n.value) < 1 || n.denominator > 0) &&
        !(n.value >= 1 && n.words)) {
      q.kind = QuantityKind::ratio;
      q.unit = Unit::none;
      qualify(n, q);
      return q;
    }
    q.kind = QuantityKind::count;
    q.unit = Unit::count;
    qualify(n, q);
    return q;
  }

  // "Sept. 13", "September 13, 2022", "13 September", "13th of September"
  bool date_with_month(const NumberMention& n, Quantity& q) const {
    if (n.words && !n.ordinal) return false;
    if (n.value < 1 || n.value > 31 || n.value != std::floor(n.value) || !n.suffix.empty()) {
      return false;
    }
    std::size_t p = n.span.begin;
    while (p > 0 && s_[p - 1] == ' ') --p;
    if (p > 0 && s_[p - 1] == '.') --p;
    const WordAt before = detail::word_before(s_, p);
    if (!before.word.empty() && before.end == p && p < n.span.begin &&
        detail::month_number(before.word) > 0) {
      q.span = {before.begin, n.span.end};
    } else {
      WordAt after = detail::word_after(s_, n.span.end);
      if (iequals(after.word, "of") && after.begin > n.span.end) {
        after = detail::word_after(s_, after.end);
      }
      if (after.begin == n.span.end || detail::month_number(after.word) == 0 ||
          !is_upper(after.word)) {
        return false;
      }
      q.span = {n.span.begin, after.end};
    }
    q.kind = QuantityKind::date;
    q.unit = Unit::none;
    // A year right after: "September 13, 2022", "13 September 2022"
    std::size_t y = q.span.end;
    if (at(y) == ',') ++y;
    y = detail::skip_spaces(s_, y);
    if (y < s_.size() && is_digit(s_[y]) && y > q.span.end) {
      const std::size_t ye = detail::digits_end(s_, y);
      if (ye - y == 4 && !detail::is_alnum(at(ye))) q.span.end = ye;
    }
    return true;
  }

  static bool is_upper(std::string_view w) { return !w.empty() && detail::is_upper(w[0]); }

  // "9am", "10pm" (letters glued to the digits) and "9 a.m."
  bool glued_time(const NumberMention& n, Quantity& q) {
    if (n.words || n.value > 12 || n.value < 0) return false;
    std::size_t end = 0;
    if (!n.suffix.empty()) {
      const std::string_view suf = n.suffix.in(s_);
      if (iequals(suf, "am") || iequals(suf, "pm")) end = n.suffix.end;
      if ((iequals(suf, "a") || iequals(suf, "p")) && at(n.suffix.end) == '.') {
        end = meridiem_after(n.span.end);
        if (end == n.span.end) end = 0;
      }
    } else if (is_plain_digits(n, s_)) {
      const std::size_t e = meridiem_after(n.span.end);
      if (e > n.span.end) end = e;
    }
    if (end == 0) return false;
    q.kind = QuantityKind::time;
    q.unit = Unit::none;
    q.span.end = end;
    return true;
  }

  bool percent(const NumberMention& n, Quantity& q) {
    std::size_t p = detail::skip_spaces(s_, n.span.end);
    std::size_t end = 0;
    if (at(p) == '%') {
      end = p + 1;
    } else if (static_cast<unsigned char>(at(p)) == 0xEF && static_cast<unsigned char>(at(p + 1)) == 0xBC &&
               static_cast<unsigned char>(at(p + 2)) == 0x85) {
      end = p + 3;  // fullwidth ％
    } else {
      for (const std::string_view w : {"percentage points", "percentage point", "per cent",
                                       "percentage", "percents", "percent", "pct", "pc"}) {
        const std::size_t e = phrase_after(s_, n.span.end, w);
        if (e != std::string_view::npos) {
          end = e;
          break;
        }
      }
    }
    if (end == 0 || !n.suffix.empty()) return false;
    q.kind = QuantityKind::percent;
    q.unit = Unit::percent;
    q.span.end = end;
    return true;
  }

  bool money(const NumberMention& n, Quantity& q) {
    // A symbol right before the figure (spaces allowed after letter codes).
    for (const detail::Currency& c : detail::currency_symbols()) {
      std::size_t p = n.span.begin;
      const bool letters = is_alpha(c.text.back());
      if (letters) {
        while (p > 0 && s_[p - 1] == ' ') --p;
      } else if (p > 0 && s_[p - 1] == ' ' && c.text.size() > 1) {
        --p;  // "US$ 1MM"
      }
      if (p >= c.text.size() && s_.substr(p - c.text.size(), c.text.size()) == c.text &&
          (p - c.text.size() == 0 || !detail::is_alnum(s_[p - c.text.size() - 1]) || !letters)) {
        if (c.text == "$" && p >= 2 && detail::is_alpha(s_[p - 2])) continue;  // "US$" handled
        q.span.begin = p - c.text.size();
        q.unit_name = std::string(c.iso);
        break;
      }
    }
    bool found = !q.unit_name.empty();
    // "$2.3m": a glued lower-case m after a currency sign is a million.
    if (found && !n.suffix.empty()) {
      const std::string_view suf = n.suffix.in(s_);
      if (suf == "m") {
        q.value = n.value * 1e6;
        q.span.end = n.suffix.end;
      } else {
        q.span.end = n.suffix.end;
      }
    }
    if (!found) {
      WordAt w = detail::word_after(s_, n.span.end);
      for (const detail::Currency& c : detail::currency_words()) {
        if (w.begin > n.span.end && iequals(w.word, c.text)) {
          q.unit_name = std::string(c.iso);
          q.span.end = w.end;
          found = true;
          break;
        }
      }
    }
    if (!found) return false;
    q.kind = QuantityKind::money;
    q.unit = Unit::currency;
    q.best = q.value;
    q.interval = Interval::point(q.value);
    return true;
  }

  bool measure(const NumberMention& n, Quantity& q) {
    // Glued ("140km2", "180ml") or after one space ("140 km2", "20 square kilometres").
    std::size_t best_end = 0;
    std::string_view name;
    const std::size_t glued = n.suffix.empty() ? n.span.end : n.suffix.begin;
    for (const detail::MeasureUnit& u : detail::measure_units()) {
      for (const std::size_t start : {glued, n.span.end + 1}) {
        if (start == n.span.end + 1 && (at(n.span.end) != ' ' || !n.suffix.empty())) continue;
        if (start + u.text.size() > s_.size()) continue;
        const bool abbreviation = u.text.size() <= 3 || !is_alpha(u.text[0]) || u.text.find(' ') == std::string_view::npos;
        bool match = false;
        if (u.text.find(' ') != std::string_view::npos) {
          const std::size_t e = phrase_after(s_, n.span.end, u.text);
          if (e != std::string_view::npos) {
            if (e > best_end) {
              best_end = e;
              name = u.name;
            }
          }
          continue;
        }
        match = abbreviation && u.text.size() <= 3 ? s_.substr(start, u.text.size()) == u.text
                                                    : iequals(s_.substr(start, u.text.size()), u.text);
        const std::size_t e = start + u.text.size();
        if (match && !detail::is_alnum(at(e)) && at(e) != '/' && e > best_end) {
          if (!n.suffix.empty() && e != n.suffix.end && !(e > n.suffix.end)) continue;
          best_end = e;
          name = u.name;
        }
      }
    }
    if (best_end == 0) return false;
    if (!n.suffix.empty() && best_end < n.suffix.end) return false;
    // "1m people", "2.5m refugees": a glued m followed by a plural noun is a million.
    if (name == "m" && !n.suffix.empty()) {
      const WordAt w = detail::word_after(s_, best_end);
      if (w.begin > best_end && w.word.size() > 3 && (w.word.back() == 's' || iequals(w.word, "people"))) {
        q.value = n.value * 1e6;
        q.best = q.value;
        q.interval = Interval::point(q.value);
        q.span.end = n.suffix.end;
        return false;  // a count, classified by the caller
      }
    }
    q.kind = QuantityKind::measure;
    q.unit = Unit::measure;
    q.unit_name = std::string(name);
    q.span.end = best_end;
    return true;
  }

  bool age(const NumberMention& n, Quantity& q) {
    // "15-year-old", "15 years old", "aged 15", "age 15"
    for (const std::string_view tail : {"-year-old", "-years-old", " year old", " years old", "-year old"}) {
      if (starts_with_ci(s_, n.span.end, tail)) {
        q.kind = QuantityKind::age;
        q.unit = Unit::none;
        q.span.end = n.span.end + tail.size();
        if (at(q.span.end) == 's') ++q.span.end;  // "15-year-olds"
        return true;
      }
    }
    const WordAt w = detail::word_before(s_, n.span.begin);
    if ((iequals(w.word, "aged") || iequals(w.word, "age")) && w.end < n.span.begin) {
      q.kind = QuantityKind::age;
      q.unit = Unit::none;
      q.span.begin = w.begin;
      return true;
    }
    return false;
  }

  bool duration(const NumberMention& n, Quantity& q) {
    std::size_t p = n.span.end;
    if (at(p) == '-') ++p;
    WordAt w = detail::word_after(s_, p);
    if (w.begin == n.span.end) return false;
    if (!detail::is_time_unit(w.word)) return false;
    if (!n.suffix.empty()) return false;
    q.kind = QuantityKind::duration;
    q.unit = Unit::none;
    q.unit_name = std::string(w.word);
    q.span.end = w.end;
    return true;
  }

  bool identifier(const NumberMention& n, Quantity& q) {
    if (n.words) return false;
    const std::size_t b = n.span.begin;
    // "Su-25", "SCP-173", "COVID-19", "F-16": letters and a hyphen glued before the digits.
    std::size_t l = b >= 1 ? b - 1 : 0;
    while (l > 0 && is_alpha(s_[l - 1])) --l;
    if (b >= 2 && s_[b - 1] == '-' && l < b - 1 && (l == 0 || !is_digit(s_[l - 1]))) {
      while (l > 0 && detail::is_alnum(s_[l - 1])) --l;
      q.span.begin = l;
      q.kind = QuantityKind::identifier;
      q.unit = Unit::none;
      return true;
    }
    const WordAt w = detail::word_before(s_, b);
    const bool spaced = w.end < b && w.end + 2 >= b;
    if (!spaced || w.word.empty()) {
      // "No. 5", "#3"
      if (b >= 1 && s_[b - 1] == '#') {
        q.span.begin = b - 1;
        q.kind = QuantityKind::identifier;
        q.unit = Unit::none;
        return true;
      }
      std::size_t p = b;
      while (p > 0 && s_[p - 1] == ' ') --p;
      if (p > 0 && s_[p - 1] == '.') {
        const WordAt w2 = detail::word_before(s_, p - 1);
        if (w2.word == "No" || w2.word == "Nos" || w2.word == "no") {
          q.span.begin = w2.begin;
          q.kind = QuantityKind::identifier;
          q.unit = Unit::none;
          return true;
        }
      }
      return false;
    }
    bool all_caps = w.word.size() >= 2 && w.word.size() <= 4;
    for (const char c : w.word) all_caps = all_caps && detail::is_upper(c);
    if (detail::is_identifier_noun(w.word) || (all_caps && n.value == std::floor(n.value))) {
      q.span.begin = w.begin;
      q.kind = QuantityKind::identifier;
      q.unit = Unit::none;
      return true;
    }
    return false;
  }

  bool year(const NumberMention& n, Quantity& q) {
    if (n.words || n.grouped || n.form != NumberForm::integer) return false;
    const std::string_view digits = n.span.in(s_);
    if (digits.size() != 4 || !is_year_value(n.value)) return false;
    // "1990s": a decade.
    if (!n.suffix.empty()) {
      if (n.suffix.in(s_) != "s" || static_cast<long long>(n.value) % 10 != 0) return false;
      q.kind = QuantityKind::year;
      q.unit = Unit::none;
      q.span.end = n.suffix.end;
      q.qualifier = Qualifier::range;
      q.interval = {{n.value, false}, {n.value + 9, false}};
      return true;
    }
    const WordAt before = detail::word_before(s_, n.span.begin);
    const bool year_word = before.end < n.span.begin && detail::is_year_preposition(before.word);
    if (!year_word) {
      // "2000 peacekeepers", "about 1500 troops": a count when a plural noun follows or a
      // qualifier precedes.
      const WordAt after = detail::word_after(s_, n.span.end);
      const bool noun = after.begin > n.span.end && after.word.size() > 2 && after.word.back() == 's' &&
                        !is_upper(after.word) && !iequals(after.word, "was") && !iequals(after.word, "has") &&
                        !iequals(after.word, "this") && !iequals(after.word, "is");
      if (noun || qualifier_before(n.span.begin).has_value()) return false;
    }
    q.kind = QuantityKind::year;
    q.unit = Unit::none;
    return true;
  }

  // ---- qualifiers -------------------------------------------------------------------------

  struct Found {
    Qualifier qualifier;
    std::size_t begin;
  };

  std::optional<Found> qualifier_before(std::size_t begin) const {
    std::optional<Found> best;
    for (const detail::QualifierPhrase& p : detail::qualifier_prefixes()) {
      const std::size_t b = phrase_before(s_, begin, p.words);
      if (b != std::string_view::npos && (!best || b < best->begin)) best = Found{p.qualifier, b};
    }
    if (best) return best;
    // Symbols: ">10", ">= 30", "< = 100", "<=  -30", "~50"
    std::size_t p = begin;
    while (p > 0 && s_[p - 1] == ' ') --p;
    if (p == 0) return std::nullopt;
    const char c = s_[p - 1];
    if (c == '=' && p >= 2) {
      std::size_t r = p - 1;
      while (r > 0 && s_[r - 1] == ' ') --r;
      if (r == 0) return Found{Qualifier::equal, p - 1};
      const char d = s_[r - 1];
      const bool clean = r < 2 || (s_[r - 2] != '<' && s_[r - 2] != '>' && s_[r - 2] != '=');
      if (d == '>' && clean) return Found{Qualifier::at_least, r - 1};
      if (d == '<' && clean) return Found{Qualifier::at_most, r - 1};
      if (d == '<' || d == '>' || d == '=') return std::nullopt;
      return Found{Qualifier::equal, p - 1};
    }
    const bool clean = p < 2 || (s_[p - 2] != '<' && s_[p - 2] != '>' && s_[p - 2] != '=');
    if (c == '>' && clean) return Found{Qualifier::more_than, p - 1};
    if (c == '<' && clean) return Found{Qualifier::less_than, p - 1};
    if (c == '~') return Found{Qualifier::approximately, p - 1};
    return std::nullopt;
  }

  std::optional<Found> qualifier_after(std::size_t end, std::size_t& out_end) const {
    // "100+" and "100-plus"
    if (at(end) == '+' && !detail::is_alnum(at(end + 1))) {
      out_end = end + 1;
      return Found{Qualifier::at_least, end};
    }
    if (starts_with_ci(s_, end, "-plus")) {
      out_end = end + 5;
      return Found{Qualifier::at_least, end};
    }
    std::optional<Found> best;
    for (const detail::QualifierPhrase& p : detail::qualifier_suffixes()) {
      const std::size_t e = phrase_after(s_, end, p.words);
      // "200 or greater than 190": a phrase followed by another figure is that figure's prefix.
      if (e != std::string_view::npos &&
          (starts_number(e) || iequals(detail::word_after(s_, e).word, "than"))) {
        continue;
      }
      if (e != std::string_view::npos && e > end && (!best || e > out_end)) {
        best = Found{p.qualifier, end};
        out_end = e;
      }
    }
    // "or equal", "or equal to": turns a strict bound into a closed one (handled by caller).
    return best;
  }

  // Whether a number (digits, a sign or a number word) starts after the spaces at `pos`.
  bool starts_number(std::size_t pos) const {
    const std::size_t p = detail::skip_spaces(s_, pos);
    if (p >= s_.size()) return false;
    if (is_digit(s_[p]) || ((s_[p] == '-' || s_[p] == '.') && is_digit(at(p + 1)))) return true;
    const WordAt w = detail::word_after(s_, p);
    const auto role = detail::lookup_number_word(w.word).role;
    return role == detail::WordRole::unit || role == detail::WordRole::teen ||
           role == detail::WordRole::tens || role == detail::WordRole::minus;
  }

  void qualify(const NumberMention& n, Quantity& q) {
    const double v = q.value;
    const double t = opt_.approx_tolerance;
    std::optional<Found> pre = qualifier_before(q.span.begin);
    std::size_t post_end = 0;
    std::optional<Found> post = qualifier_after(q.span.end, post_end);
    Qualifier qual = Qualifier::exact;
    if (pre) {
      qual = pre->qualifier;
      q.span.begin = pre->begin;
    }
    if (post && (!pre || pre->qualifier == Qualifier::approximately || pre->qualifier == Qualifier::equal)) {
      // "about five hundred or more": the bound wins and "about" is left out of the mention;
      // "equal to 5000 or less" keeps its prefix.
      if (pre && pre->qualifier == Qualifier::approximately) q.span.begin = n.span.begin;
      qual = post->qualifier;
      q.span.end = post_end;
    }
    // "less than 5000 or equal", "more than 5000 or equal to": strict bound made closed.
    if (qual == Qualifier::less_than || qual == Qualifier::more_than) {
      for (const std::string_view w : {"or equal to", "or equal"}) {
        const std::size_t e = phrase_after(s_, q.span.end, w);
        if (e != std::string_view::npos) {
          const std::size_t after_number = detail::skip_spaces(s_, e);
          if (after_number < s_.size() && (is_digit(s_[after_number]))) break;
          const WordAt nw = detail::word_after(s_, e);
          if (!nw.word.empty() && detail::lookup_number_word(nw.word).role != detail::WordRole::none &&
              !iequals(nw.word, "a")) {
            break;
          }
          qual = qual == Qualifier::less_than ? Qualifier::at_most : Qualifier::at_least;
          q.span.end = e;
          break;
        }
      }
    }
    q.qualifier = qual;
    const bool nonneg = v >= 0 && (q.unit == Unit::count || q.unit == Unit::currency ||
                                   q.unit == Unit::percent || q.unit == Unit::measure ||
                                   q.kind == QuantityKind::ratio || q.kind == QuantityKind::duration);
    const double floor_value = nonneg ? 0.0 : -kInf;
    switch (qual) {
      case Qualifier::exact:
      case Qualifier::equal:
      case Qualifier::range:
      case Qualifier::vague:
        q.interval = Interval::point(v);
        break;
      case Qualifier::at_least:
        q.interval = {{v, false}, {kInf, true}};
        break;
      case Qualifier::more_than:
        q.interval = {{v, true}, {kInf, true}};
        break;
      case Qualifier::at_most:
        q.interval = {{floor_value, !nonneg}, {v, false}};
        break;
      case Qualifier::less_than:
        q.interval = {{floor_value, !nonneg}, {v, true}};
        break;
      case Qualifier::nearly:
        q.interval = {{v * (1 - t), false}, {v, true}};
        break;
      case Qualifier::approximately:
        q.interval = {{v * (1 - t), false}, {v * (1 + t), false}};
        break;
    }
    q.best = v;
  }

  // ---- vague amounts ----------------------------------------------------------------------

  void vague_in(std::size_t begin, std::size_t end) {
    std::size_t pos = begin;
    while (pos < end) {
      if (!is_alpha(s_[pos]) || (pos > 0 && detail::is_alnum(s_[pos - 1]))) {
        ++pos;
        continue;
      }
      const std::size_t we = detail::word_end(s_, pos);
      const std::string_view w = s_.substr(pos, we - pos);
      const char c0 = detail::to_lower(w[0]);
      if (c0 == 'd' || c0 == 's' || c0 == 'h' || c0 == 't' || c0 == 'm' || c0 == 'b') {
        std::size_t best_end = 0;
        const detail::VagueAmount* best = nullptr;
        for (const detail::VagueAmount& va : detail::vague_amounts()) {
          const std::size_t first_space = va.words.find(' ');
          const std::string_view first = va.words.substr(0, first_space);
          if (!iequals(w, first)) continue;
          const std::size_t e = first_space == std::string_view::npos
                                    ? we
                                    : phrase_after(s_, we, va.words.substr(first_space + 1));
          if (e != std::string_view::npos && e <= end && e > best_end) {
            best_end = e;
            best = &va;
          }
        }
        // "hundreds of" + a scale word ("hundreds of thousands") is covered by the table;
        // "scores" only counts as an amount when "of" follows ("scores of people").
        if (best != nullptr && iequals(w, "scores") &&
            phrase_after(s_, we, "of") == std::string_view::npos) {
          best = nullptr;
        }
        if (best != nullptr) {
          Quantity q;
          q.span = q.number_span = {pos, best_end};
          q.kind = QuantityKind::count;
          q.unit = Unit::count;
          q.qualifier = Qualifier::vague;
          q.value = best->lo;
          q.interval = {{best->lo, false}, {best->hi, true}};
          q.best = std::sqrt(best->lo * best->hi);
          q.written_in_words = true;
          push(q);
          pos = best_end;
          continue;
        }
      }
      pos = we;
    }
  }

  // ---- bounds written together ------------------------------------------------------------

  static bool lower_bound(Qualifier q) { return q == Qualifier::at_least || q == Qualifier::more_than; }
  static bool upper_bound(Qualifier q) { return q == Qualifier::at_most || q == Qualifier::less_than; }

  // "more than 10 and fewer than 20", "at most 100 and at least 20", "higher or equal than
  // one hundred, lower or equal than three hundred": one range.
  void join_bounds() {
    std::vector<Quantity> joined;
    joined.reserve(out_.size());
    for (std::size_t i = 0; i < out_.size(); ++i) {
      if (i + 1 < out_.size() && out_[i].kind == out_[i + 1].kind) {
        const Quantity& a = out_[i];
        const Quantity& b = out_[i + 1];
        const bool pair = (lower_bound(a.qualifier) && upper_bound(b.qualifier)) ||
                          (upper_bound(a.qualifier) && lower_bound(b.qualifier));
        if (pair && connector_between(a.span.end, b.span.begin)) {
          const Quantity& lo = lower_bound(a.qualifier) ? a : b;
          const Quantity& hi = lower_bound(a.qualifier) ? b : a;
          if (lo.interval.lo.value < hi.interval.hi.value) {
            Quantity q = a;
            q.span = {a.span.begin, b.span.end};
            q.number_span = {a.number_span.begin, b.number_span.end};
            q.qualifier = Qualifier::range;
            q.interval = {lo.interval.lo, hi.interval.hi};
            q.value = lo.value;
            q.best = (lo.value + hi.value) / 2;
            joined.push_back(q);
            ++i;
            continue;
          }
        }
      }
      joined.push_back(std::move(out_[i]));
    }
    out_ = std::move(joined);
  }

  bool connector_between(std::size_t end, std::size_t begin) const {
    if (begin <= end) return false;
    std::size_t p = detail::skip_spaces(s_, end);
    if (at(p) == ',') p = detail::skip_spaces(s_, p + 1);
    if (p == begin) return true;
    for (const std::string_view w : {"and", "but"}) {
      const std::size_t e = phrase_after(s_, p == end ? end : p - 1, w);
      if (e != std::string_view::npos && detail::skip_spaces(s_, e) == begin) return true;
    }
    return false;
  }
};

}  // namespace

std::vector<Quantity> extract_quantities(std::string_view text, const QuantityOptions& options) {
  return Extractor(text, options).run();
}

}  // namespace claimgraph
