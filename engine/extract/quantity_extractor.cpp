// extract_quantities: gives each number found by find_numbers its meaning in context.
//
// One pass over the numbers in text order. At each number the extractor first tries the
// multi-number shapes that read as one mention — clock times ("10:05 p.m."), ISO and slash
// dates, phone numbers, year ranges ("1991-1994"), numeric ranges ("40 to 50", "between 40 and
// 50") — then classifies a single number by the words around it (quantity_kinds.cpp) and reads
// its qualifiers (qualifiers.cpp). Vague amounts ("dozens", "hundreds of thousands") are read
// from the words between numbers. A final pass joins a lower and an upper bound written
// together ("more than 10 and fewer than 20"). Every look-around is bounded to a few words, so
// the pass is linear in the text length.

#include <algorithm>
#include <cmath>

#include "claimgraph/numbers.hpp"
#include "claimgraph/quantities.hpp"
#include "extract/number_scan.hpp"
#include "extract/phrase_set.hpp"
#include "extract/qualifiers.hpp"
#include "extract/quantity_kinds.hpp"
#include "extract/quantity_lexicon.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph {
namespace {

using detail::iequals;
using detail::is_digit;

bool plain_digits(const NumberMention& n, std::string_view text) {
  if (n.words || n.ordinal || n.form != NumberForm::integer || !n.suffix.empty()) return false;
  for (std::size_t i = n.span.begin; i < n.span.end; ++i) {
    if (!is_digit(text[i])) return false;
  }
  return true;
}

bool is_year_value(double v) { return v >= 1000 && v <= 2100; }

class Extractor {
 public:
  Extractor(std::string_view text, const QuantityOptions& options)
      : s_(text), opt_(options), nums_(detail::scan_numbers(text, vague_words_)) {}

  std::vector<Quantity> run() {
    out_.reserve(nums_.size());
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
    detail::join_bounds(s_, out_);
    ages_in_lists();
    caption_totals();
    for (Quantity& q : out_) q.text = std::string(q.span.in(s_));
    return std::move(out_);
  }

 private:
  std::string_view s_;
  QuantityOptions opt_;
  std::vector<std::size_t> vague_words_;  // filled by scan_numbers, before nums_
  std::size_t next_vague_ = 0;
  std::vector<NumberMention> nums_;
  std::vector<Quantity> out_;

  char at(std::size_t p) const { return p < s_.size() ? s_[p] : '\0'; }

  static Quantity bare(const NumberMention& n) {
    Quantity q;
    q.span = n.span;
    q.number_span = n.span;
    q.value = n.value;
    q.best = n.value;
    q.interval = Interval::point(n.value);
    q.written_in_words = n.words;
    return q;
  }

  // A quantity of a fixed kind spanning numbers i..j, with `value`.
  Quantity shape(std::size_t i, std::size_t j, QuantityKind kind, double value) const {
    Quantity q = bare(nums_[i]);
    q.kind = kind;
    q.unit = Unit::none;
    q.span.end = q.number_span.end = nums_[j].span.end;
    q.value = q.best = value;
    q.interval = Interval::point(value);
    return q;
  }

  // The number at `i` and those that belong with it; returns how many were used.
  std::size_t one_at(std::size_t i) {
    if (const std::size_t k = clock_time(i)) return k;
    if (const std::size_t k = iso_date(i)) return k;
    if (const std::size_t k = slash_date(i)) return k;
    if (const std::size_t k = stamp_date(i)) return k;
    if (const std::size_t k = phone(i)) return k;
    if (const std::size_t k = year_range(i)) return k;
    if (const std::size_t k = numeric_range(i)) return k;
    out_.push_back(single(nums_[i]));
    return 1;
  }

  Quantity single(const NumberMention& n) const {
    Quantity q = bare(n);
    if (detail::classify(s_, n, q) == detail::Classified::qualify) {
      detail::apply_qualifiers(s_, q, opt_);
    }
    return q;
  }

  // Whether nums_[i+1] follows nums_[i] after exactly the separator `sep`.
  bool joined(std::size_t i, char sep) const {
    return i + 1 < nums_.size() && at(nums_[i].span.end) == sep &&
           nums_[i + 1].span.begin == nums_[i].span.end + 1;
  }

  // "00:05", "10:05 p.m.", "9:30am" (value: minutes after midnight as written)
  std::size_t clock_time(std::size_t i) {
    const NumberMention& h = nums_[i];
    if (!plain_digits(h, s_) || h.value > 24 || h.span.size() > 2 || !joined(i, ':')) return 0;
    const NumberMention& m = nums_[i + 1];
    if (m.span.size() != 2 || m.value >= 60) return 0;
    // "9:30am", and "5:30p.m." (the number's glued letter is the "p" of "p.m.")
    const bool dotted = m.suffix.size() == 1 && (detail::to_lower(at(m.suffix.begin)) == 'a' ||
                                                 detail::to_lower(at(m.suffix.begin)) == 'p');
    const bool meridiem_glued = (m.suffix.size() == 2 && (iequals(m.suffix.in(s_), "am") ||
                                                          iequals(m.suffix.in(s_), "pm"))) ||
                                (dotted && meridiem_after(m.span.end) > m.suffix.end);
    if (!plain_digits(m, s_) && !meridiem_glued) return 0;
    std::size_t used = 2;
    std::size_t end = m.span.end;
    if (!meridiem_glued && joined(i + 1, ':') && nums_[i + 2].span.size() == 2 &&
        plain_digits(nums_[i + 2], s_) && nums_[i + 2].value < 60) {
      end = nums_[i + 2].span.end;  // seconds: "17:08:35"
      used = 3;
    }
    Quantity q = shape(i, i + 1, QuantityKind::time, h.value * 60 + m.value);
    q.span.end = dotted && meridiem_glued ? meridiem_after(m.span.end)
                 : meridiem_glued         ? m.suffix.end
                                          : meridiem_after(end);
    out_.push_back(std::move(q));
    return used;
  }

  std::size_t meridiem_after(std::size_t pos) const {
    const std::size_t q = detail::skip_spaces(s_, pos);
    for (const std::string_view m : {"a.m.", "p.m.", "a.m", "p.m", "am", "pm"}) {
      if (q + m.size() <= s_.size() && iequals(s_.substr(q, m.size()), m) &&
          !detail::is_alnum(at(q + m.size()))) {
        return q + m.size();
      }
    }
    return pos;
  }

  // "2022-09-13" (value: YYYYMMDD)
  std::size_t iso_date(std::size_t i) {
    if (!joined(i, '-') || !joined(i + 1, '-')) return 0;
    const NumberMention& y = nums_[i];
    const NumberMention& mo = nums_[i + 1];
    const NumberMention& d = nums_[i + 2];
    if (!plain_digits(y, s_) || y.span.size() != 4 || mo.span.size() != 2 || d.span.size() != 2) {
      return 0;
    }
    if (mo.value < 1 || mo.value > 12 || d.value < 1 || d.value > 31) return 0;
    out_.emplace_back(
        shape(i, i + 2, QuantityKind::date, y.value * 10000 + mo.value * 100 + d.value));
    return 3;
  }

  // "(11-26) 11:15 PST OAKLAND --": a wire copy's date stamp, month and day in brackets before
  // a clock time (value: MMDD) — not a range of 11 to 26.
  std::size_t stamp_date(std::size_t i) {
    if (!joined(i, '-')) return 0;
    const NumberMention& mo = nums_[i];
    const NumberMention& d = nums_[i + 1];
    if (!plain_digits(mo, s_) || !plain_digits(d, s_) || mo.span.size() > 2 || d.span.size() > 2 ||
        mo.value < 1 || mo.value > 12 || d.value < 1 || d.value > 31) {
      return 0;
    }
    if (mo.span.begin == 0 || s_[mo.span.begin - 1] != '(' || at(d.span.end) != ')') return 0;
    std::size_t p = d.span.end + 1;
    while (at(p) == ' ') ++p;
    std::size_t e = p;
    while (detail::is_digit(at(e))) ++e;
    if (e == p || e - p > 2 || at(e) != ':' || !detail::is_digit(at(e + 1))) return 0;
    out_.emplace_back(shape(i, i + 1, QuantityKind::date, mo.value * 100 + d.value));
    return 2;
  }

  // "9/13/2022", "13/9/22"
  std::size_t slash_date(std::size_t i) {
    if (!joined(i, '/') || !joined(i + 1, '/')) return 0;
    const NumberMention& a = nums_[i];
    const NumberMention& b = nums_[i + 1];
    const NumberMention& c = nums_[i + 2];
    if (!plain_digits(a, s_) || !plain_digits(b, s_) || !plain_digits(c, s_)) return 0;
    if (a.value > 31 || b.value > 31 || (c.span.size() != 4 && c.span.size() != 2)) return 0;
    out_.emplace_back(shape(i, i + 2, QuantityKind::date, a.value));
    return 3;
  }

  // "+1-222-2222", "555-123-4567", "(270) 365-2041", "365-2041": digit groups joined by '-',
  // '.' or '/'.
  std::size_t phone(std::size_t i) {
    const NumberMention& a = nums_[i];
    if (!plain_digits(a, s_)) return 0;
    // "(270) 365-2041": an area code in brackets before a local number.
    if (a.span.size() == 3 && a.span.begin > 0 && s_[a.span.begin - 1] == '(' &&
        at(a.span.end) == ')' && i + 2 < nums_.size() &&
        nums_[i + 1].span.begin == a.span.end + 2 && at(a.span.end + 1) == ' ' &&
        nums_[i + 1].span.size() == 3 && joined(i + 1, '-') && nums_[i + 2].span.size() == 4 &&
        plain_digits(nums_[i + 1], s_) && plain_digits(nums_[i + 2], s_)) {
      Quantity q = shape(i, i + 2, QuantityKind::phone, a.value);
      q.span.begin -= 1;
      out_.push_back(std::move(q));
      return 3;
    }
    // "365-2041": a seven-digit local number.
    if (a.span.size() == 3 && joined(i, '-') && nums_[i + 1].span.size() == 4 &&
        plain_digits(nums_[i + 1], s_) && !joined(i + 1, '-') &&
        !(a.span.begin > 0 && detail::is_alnum(s_[a.span.begin - 1]))) {
      out_.emplace_back(shape(i, i + 1, QuantityKind::phone, a.value));
      return 2;
    }
    const bool plus = a.span.begin > 0 && s_[a.span.begin - 1] == '+';
    std::size_t k = i;
    std::size_t digits = a.span.size();
    while (joined(k, '-') || joined(k, '.') || joined(k, '/')) {
      const NumberMention& n = nums_[k + 1];
      if (!plain_digits(n, s_) || n.span.size() < 2) break;
      ++k;
      digits += n.span.size();
    }
    const std::size_t groups = k - i + 1;
    if (!((groups >= 3 && digits >= 7) || (plus && groups >= 2 && digits >= 6))) return 0;
    Quantity q = shape(i, k, QuantityKind::phone, a.value);
    if (plus) q.span.begin -= 1;
    out_.push_back(std::move(q));
    return groups;
  }

  // "1991-1994", "1991–94"
  std::size_t year_range(std::size_t i) {
    if (i + 1 >= nums_.size()) return 0;
    const NumberMention& a = nums_[i];
    const NumberMention& b = nums_[i + 1];
    if (!plain_digits(a, s_) || a.span.size() != 4 || !is_year_value(a.value)) return 0;
    const std::size_t dl = detail::dash_len(s_, a.span.end);
    if (dl == 0 || b.span.begin != a.span.end + dl) return 0;
    if (!plain_digits(b, s_) || (b.span.size() != 4 && b.span.size() != 2)) return 0;
    const double end = b.span.size() == 2 ? std::floor(a.value / 100) * 100 + b.value : b.value;
    if (end <= a.value || end - a.value > 100) return 0;
    Quantity q = shape(i, i + 1, QuantityKind::year, a.value);
    q.qualifier = Qualifier::range;
    q.interval = {{a.value, false}, {end, false}};
    out_.push_back(std::move(q));
    return 2;
  }

  // "40 to 50", "40-50", "between 40 and 50", "from 1,000 to 1,500", "two or three", "20~100"
  std::size_t numeric_range(std::size_t i) {
    if (i + 1 >= nums_.size()) return 0;
    const NumberMention& a = nums_[i];
    const NumberMention& b = nums_[i + 1];
    if (a.ordinal || b.ordinal || a.form == NumberForm::fraction ||
        b.form == NumberForm::fraction || !a.suffix.empty()) {
      return 0;
    }
    // "Sept. 13–14": a range of days is one date.
    if (const std::size_t dl = detail::dash_len(s_, a.span.end);
        dl > 0 && b.span.begin == a.span.end + dl && plain_digits(b, s_) && b.value >= 1 &&
        b.value <= 31 && b.value > a.value) {
      Quantity day = single(a);
      if (day.kind == QuantityKind::date && day.span.end == a.span.end) {
        day.span.end = day.number_span.end = b.span.end;
        out_.push_back(std::move(day));
        return 2;
      }
    }
    std::size_t begin = a.span.begin;
    const std::size_t p = detail::skip_spaces(s_, a.span.end);
    // A hyphen or en dash joins a range; an em dash is punctuation ("June 16 — Twenty soldiers").
    const std::size_t dash = detail::dash_len(s_, p);
    const std::size_t dl = dash > 0 && s_.substr(p, 3) != "\xE2\x80\x94" ? dash : 0;
    if (dl > 0 || at(p) == '~') {
      if (detail::skip_spaces(s_, p + (dl > 0 ? dl : 1)) != b.span.begin) return 0;
    } else {
      // One word is all a range reads on either side of its first figure: the link word after
      // it and "between"/"from" before it.
      const detail::Neighbours link = detail::words_after(s_, a.span.end, 1);
      if (link.count == 0 || p == a.span.end ||
          detail::skip_spaces(s_, link.edge[0]) != b.span.begin) {
        return 0;
      }
      const std::string_view w = link.words[0];
      const detail::Neighbours before = detail::words_before(s_, a.span.begin, 1);
      const bool between = before.count > 0 && iequals(before.words[0], "between");
      const bool from = before.count > 0 && iequals(before.words[0], "from");
      if (iequals(w, "and")) {
        if (!between) return 0;
        begin = before.edge[0];
      } else if (iequals(w, "to") || iequals(w, "through")) {
        if (from) begin = before.edge[0];
      } else if (iequals(w, "or")) {
        if (a.value >= b.value) return 0;  // "two or three"; not "20 or 10"
      } else {
        return 0;
      }
    }
    if (plain_digits(a, s_) && a.span.size() == 4 && is_year_value(a.value) &&
        plain_digits(b, s_) && b.span.size() == 4 && is_year_value(b.value)) {
      return 0;  // "between 2019 and 2021": two years, not a count range
    }
    double lo = a.value;
    const double hi = b.value;
    // "2 to 3 million": the multiplier is written once, on the second figure.
    if (!a.words && hi / std::max(lo, 1.0) >= 100 && ends_with_scale(b)) {
      for (const double scale : {1e3, 1e6, 1e9, 1e12}) {
        if (lo * scale <= hi && lo * scale * 10 > hi) {
          lo *= scale;
          break;
        }
      }
    }
    if (!(hi > lo)) return 0;
    // "the 0 to 100 block of South Parkside Avenue": an address range.
    if (const detail::Neighbours next = detail::words_after(s_, b.span.end, 1);
        next.count > 0 && (iequals(next.words[0], "block") || iequals(next.words[0], "blocks"))) {
      Quantity addr = shape(i, i + 1, QuantityKind::identifier, lo);
      addr.span.end = next.edge[0];
      out_.push_back(std::move(addr));
      return 2;
    }
    Quantity q = single(b);  // the unit and kind are written after the second figure
    switch (q.kind) {
      case QuantityKind::count:
      case QuantityKind::money:
      case QuantityKind::percent:
      case QuantityKind::measure:
      case QuantityKind::age:
      case QuantityKind::duration:
        break;
      default:
        return 0;
    }
    const Quantity first = single(a);
    q.span.begin = first.kind == QuantityKind::money ? std::min(begin, first.span.begin) : begin;
    // "between the ages of 20-29", "ages 26 to 29": an age written before the first figure.
    if (first.kind == QuantityKind::age && q.kind == QuantityKind::count) {
      q.kind = first.kind;
      q.unit = first.unit;
      q.unit_name = first.unit_name;
      q.span.begin = std::min(q.span.begin, first.span.begin);
    }
    q.number_span = {a.span.begin, b.span.end};
    q.value = lo;
    q.qualifier = Qualifier::range;
    q.interval = {{lo, false}, {hi, false}};
    q.best = (lo + hi) / 2;
    q.written_in_words = a.words || b.words;
    out_.push_back(std::move(q));
    return 2;
  }

  bool ends_with_scale(const NumberMention& n) const {
    const std::string_view t = n.span.in(s_);
    for (const std::string_view w :
         {"thousand", "million", "billion", "trillion", "bn", "m", "k"}) {
      if (t.size() >= w.size() && iequals(t.substr(t.size() - w.size()), w)) return true;
    }
    return false;
  }

  // "ages 26, 29 and 29", "aged 14 and 16": plain figures listed after an age are ages too.
  // "Image 14 of 16": the second figure of a gallery caption is part of it. "12 of 15 CLOSE
  // Skip", "1 / 13 Back to Gallery": a gallery widget's counter, both figures.
  void caption_totals() {
    for (std::size_t i = 1; i < out_.size(); ++i) {
      Quantity& prev = out_[i - 1];
      Quantity& q = out_[i];
      const std::string_view between = s_.substr(prev.span.end, q.span.begin - prev.span.end);
      if (prev.kind == QuantityKind::count && q.kind == QuantityKind::count &&
          ((between == " of " && s_.substr(q.span.end).starts_with(" CLOSE")) ||
           (between == " / " && s_.substr(q.span.end).starts_with(" Back to Gallery")))) {
        for (Quantity* x : {&prev, &q}) {
          x->kind = QuantityKind::identifier;
          x->unit = Unit::none;
        }
        continue;
      }
      if (prev.kind != QuantityKind::identifier || q.kind != QuantityKind::count) continue;
      const std::string_view head =
          s_.substr(prev.span.begin, prev.number_span.begin - prev.span.begin);
      if (s_.substr(prev.span.end, q.span.begin - prev.span.end) == " of " &&
          (head.starts_with("Image") || head.starts_with("Photo") || head.starts_with("Slide") ||
           head.starts_with("Picture"))) {
        q.kind = QuantityKind::identifier;
        q.unit = Unit::none;
      }
    }
  }

  // "three women, 35, 46 and 54 years old": plain figures listed before an age are ages too.
  void ages_in_lists() {
    const auto listed = [this](const Quantity& first, const Quantity& second) {
      const std::string_view between =
          s_.substr(first.span.end, second.span.begin - first.span.end);
      return between == ", " || between == " and " || between == ", and " || between == " or ";
    };
    const auto plain_count = [](const Quantity& q) {
      return q.kind == QuantityKind::count && q.qualifier == Qualifier::exact && q.value >= 1 &&
             q.value < 120;
    };
    for (std::size_t i = 1; i < out_.size(); ++i) {
      Quantity& q = out_[i];
      const Quantity& prev = out_[i - 1];
      // (digits only: "Two men, 18 and 20, and one woman" counts the woman)
      if (prev.kind == QuantityKind::age && plain_count(q) && !q.written_in_words &&
          listed(prev, q)) {
        q.kind = QuantityKind::age;
        q.unit = Unit::none;
      }
    }
    // Backwards only digits: "shot the other two, ages 14 and 16" counts two people.
    for (std::size_t i = out_.size(); i-- > 1;) {
      Quantity& q = out_[i - 1];
      const Quantity& next = out_[i];
      if (next.kind == QuantityKind::age && plain_count(q) && !q.written_in_words &&
          listed(q, next)) {
        q.kind = QuantityKind::age;
        q.unit = Unit::none;
      }
    }
  }

  // Vague amounts in [begin, end): "dozens", "scores of", "hundreds of thousands", starting at
  // the words the scanner noted.
  void vague_in(std::size_t begin, std::size_t end) {
    while (next_vague_ < vague_words_.size() && vague_words_[next_vague_] < end) {
      const std::size_t pos = vague_words_[next_vague_++];
      if (pos < begin) continue;
      const auto m = detail::vague_amounts().longest_after(s_, pos);
      if (!m || m->edge > end) continue;
      // "scores" is an amount only in "scores of ..."
      const std::size_t we = detail::word_end(s_, pos);
      if (iequals(s_.substr(pos, we - pos), "scores") &&
          !iequals(detail::words_after(s_, we, 1).words[0], "of")) {
        continue;
      }
      const detail::VagueAmount& va = detail::vague_amount_table()[m->payload];
      Quantity q;
      q.span = q.number_span = {pos, m->edge};
      q.kind = QuantityKind::count;
      q.unit = Unit::count;
      q.qualifier = Qualifier::vague;
      q.value = va.lo;
      q.interval = {{va.lo, false}, {va.hi, true}};
      q.best = std::sqrt(va.lo * va.hi);
      q.written_in_words = true;
      out_.push_back(std::move(q));
      while (next_vague_ < vague_words_.size() && vague_words_[next_vague_] < m->edge)
        ++next_vague_;
    }
  }
};

}  // namespace

std::vector<Quantity> extract_quantities(std::string_view text, const QuantityOptions& options) {
  std::vector<Quantity> out = Extractor(text, options).run();
  // Mentions never overlap: a later one that reaches back into an earlier one ("twenty-15" read
  // as an identifier over "twenty") starts where the earlier ends, or is dropped when its figure
  // lies inside it. Found by fuzzing (fuzz/corpus/numbers). In place: the `kept` first are the
  // mentions kept, and most are never moved.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    Quantity& q = out[i];
    if (kept > 0 && q.span.begin < out[kept - 1].span.end) {
      const std::size_t end = out[kept - 1].span.end;
      if (q.number_span.begin < end || q.span.end <= end) continue;
      q.span.begin = end;
      q.text = std::string(text.substr(q.span.begin, q.span.size()));
    }
    if (kept != i) out[kept] = std::move(q);
    ++kept;
  }
  out.erase(out.begin() + static_cast<std::ptrdiff_t>(kept), out.end());
  return out;
}

}  // namespace claimgraph
