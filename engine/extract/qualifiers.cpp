// Qualifier phrases come from two PhraseSets (before and after the figure); comparison signs
// are read directly. A phrase after the figure that is followed by another figure belongs to
// that figure ("200 or greater than 190"), so it is not taken. The interval table:
//   exact, equal [N, N]; at_least [N, ∞); more_than (N, ∞); at_most [0, N]; less_than [0, N)
//   (the lower end is 0 for non-negative figures of counts, money, percentages, measures, and
//   -∞ otherwise); nearly [N(1−t), N); approximately [N(1−t), N(1+t)].

#include "extract/qualifiers.hpp"

#include <algorithm>
#include <limits>

#include "extract/number_words.hpp"
#include "extract/quantity_lexicon.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

char at(std::string_view s, std::size_t p) { return p < s.size() ? s[p] : '\0'; }

// Whether a figure (digits, a sign or a number word) starts after the spaces at `pos`.
bool starts_number(std::string_view s, std::size_t pos) {
  const std::size_t p = skip_spaces(s, pos);
  if (p >= s.size()) return false;
  if (is_digit(s[p]) || ((s[p] == '-' || s[p] == '.') && is_digit(at(s, p + 1)))) return true;
  const WordRole role = lookup_number_word(s.substr(p, word_end(s, p) - p)).role;
  return role == WordRole::unit || role == WordRole::teen || role == WordRole::tens ||
         role == WordRole::minus;
}

// The qualifier written after `end`, and where it ends.
std::optional<QualifierAt> qualifier_after(std::string_view s, std::size_t end,
                                           std::size_t& out_end) {
  if (at(s, end) == '+' && !is_alnum(at(s, end + 1))) {  // "100+"
    out_end = end + 1;
    return QualifierAt{Qualifier::at_least, end};
  }
  if (end + 5 <= s.size() && iequals(s.substr(end, 5), "-plus")) {  // "100-plus"
    out_end = end + 5;
    return QualifierAt{Qualifier::at_least, end};
  }
  if (skip_spaces(s, end) == end) return std::nullopt;
  const auto m = qualifier_suffixes().longest_after(s, end);
  if (!m) return std::nullopt;
  // "200 or greater than 190", "5000 or less than 6000": the phrase introduces another figure.
  if (starts_number(s, m->edge)) return std::nullopt;
  const Neighbours next = words_after(s, m->edge, 1);
  if (next.count > 0 && skip_spaces(s, m->edge) > m->edge && iequals(next.words[0], "than")) {
    return std::nullopt;
  }
  out_end = m->edge;
  return QualifierAt{static_cast<Qualifier>(m->payload), end};
}

}  // namespace

std::optional<QualifierAt> qualifier_before(std::string_view s, std::size_t begin) {
  if (const auto m = qualifier_prefixes().longest_before(s, begin)) {
    // "over" ending "all over" or a phrasal verb ("handed over 5 suspects", "took over three
    // villages", "when it was all over one person was dead") is no bound on the figure.
    std::string_view phrase = s.substr(m->edge, begin - m->edge);
    while (!phrase.empty() && phrase.back() == ' ') phrase.remove_suffix(1);
    if (iequals(phrase, "over")) {
      static constexpr std::string_view kBefore[] = {
          "all",    "hand", "handed", "hands", "handing", "turn",  "turned", "turns",
          "take",   "took", "taken",  "takes", "taking",  "won",   "win",    "wins",
          "passed", "pass", "signed", "sign",  "fought",  "argued"};
      const Neighbours prev = words_before(s, m->edge, 1);
      if (prev.count > 0 && iequals_any(prev.words[0], kBefore)) return std::nullopt;
    }
    return QualifierAt{static_cast<Qualifier>(m->payload), m->edge};
  }
  // Signs: ">10", ">= 30", "< = 100", "<=  -30", "~50", "=20"; not "<>30", "=>30", "=<30".
  std::size_t p = begin;
  while (p > 0 && s[p - 1] == ' ') --p;
  if (p == 0) return std::nullopt;
  const char c = s[p - 1];
  const auto clean = [&](std::size_t r) {
    return r < 2 || (s[r - 2] != '<' && s[r - 2] != '>' && s[r - 2] != '=');
  };
  if (c == '=') {
    std::size_t r = p - 1;
    while (r > 0 && s[r - 1] == ' ') --r;
    if (r == 0) return QualifierAt{Qualifier::equal, p - 1};
    const char d = s[r - 1];
    if (d == '>' && clean(r)) return QualifierAt{Qualifier::at_least, r - 1};
    if (d == '<' && clean(r)) return QualifierAt{Qualifier::at_most, r - 1};
    if (d == '<' || d == '>' || d == '=') return std::nullopt;
    return QualifierAt{Qualifier::equal, p - 1};
  }
  if (c == '>' && clean(p)) return QualifierAt{Qualifier::more_than, p - 1};
  if (c == '<' && clean(p)) return QualifierAt{Qualifier::less_than, p - 1};
  if (c == '~') return QualifierAt{Qualifier::approximately, p - 1};
  return std::nullopt;
}

void apply_qualifiers(std::string_view s, Quantity& q, const QuantityOptions& options) {
  const double v = q.value;
  const double t = options.approx_tolerance;
  const std::optional<QualifierAt> pre = qualifier_before(s, q.span.begin);
  std::size_t post_end = 0;
  const std::optional<QualifierAt> post = qualifier_after(s, q.span.end, post_end);
  const std::size_t figure_begin = q.span.begin;
  Qualifier qual = Qualifier::exact;
  if (pre) {
    qual = pre->qualifier;
    q.span.begin = pre->begin;
  }
  if (post &&
      (!pre || pre->qualifier == Qualifier::approximately || pre->qualifier == Qualifier::equal)) {
    // "about five hundred or more": the bound wins and "about" is left out of the mention;
    // "equal to 5000 or less" keeps its prefix.
    if (pre && pre->qualifier == Qualifier::approximately) q.span.begin = figure_begin;
    qual = post->qualifier;
    q.span.end = post_end;
  }
  // "less than 5000 or equal", "more than 5000 or equal to (it)": a strict bound made closed.
  if (qual == Qualifier::less_than || qual == Qualifier::more_than) {
    const Neighbours after = words_after(s, q.span.end, 3);
    if (after.count >= 2 && iequals(after.words[0], "or") && iequals(after.words[1], "equal")) {
      std::size_t e = after.edge[1];
      if (after.count >= 3 && iequals(after.words[2], "to")) e = after.edge[2];
      if (!starts_number(s, e)) {
        qual = qual == Qualifier::less_than ? Qualifier::at_most : Qualifier::at_least;
        q.span.end = e;
      }
    }
  }
  q.qualifier = qual;
  const bool nonneg = v >= 0 && (q.unit == Unit::count || q.unit == Unit::currency ||
                                 q.unit == Unit::percent || q.unit == Unit::measure ||
                                 q.kind == QuantityKind::ratio || q.kind == QuantityKind::duration);
  const Bound floor = nonneg ? Bound{0.0, false} : Bound{-kInf, true};
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
      q.interval = {floor, {v, false}};
      break;
    case Qualifier::less_than:
      q.interval = {floor, {v, true}};
      break;
    case Qualifier::nearly:
      // "nearly −13" is just above −13: the interval lies on the zero side of the figure
      q.interval = v >= 0 ? Interval{{v * (1 - t), false}, {v, true}}
                          : Interval{{v, true}, {v * (1 - t), false}};
      break;
    case Qualifier::approximately:
      q.interval = {{std::min(v * (1 - t), v * (1 + t)), false},
                    {std::max(v * (1 - t), v * (1 + t)), false}};
      break;
  }
  q.best = v;
}

namespace {

bool lower_bound(Qualifier q) { return q == Qualifier::at_least || q == Qualifier::more_than; }
bool upper_bound(Qualifier q) { return q == Qualifier::at_most || q == Qualifier::less_than; }

// Only spaces, a comma, "and" or "but" between two bounds.
bool connected(std::string_view s, std::size_t end, std::size_t begin) {
  if (begin <= end) return false;
  std::size_t p = skip_spaces(s, end);
  if (at(s, p) == ',') p = skip_spaces(s, p + 1);
  if (p == begin) return true;
  const Neighbours w = words_after(s, p, 1);
  return w.count > 0 && (iequals(w.words[0], "and") || iequals(w.words[0], "but")) &&
         skip_spaces(s, w.edge[0]) == begin;
}

}  // namespace

void join_bounds(std::string_view s, std::vector<Quantity>& qs) {
  std::size_t out = 0;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    if (i + 1 < qs.size() && qs[i].kind == qs[i + 1].kind) {
      const Quantity& a = qs[i];
      const Quantity& b = qs[i + 1];
      const bool pair = (lower_bound(a.qualifier) && upper_bound(b.qualifier)) ||
                        (upper_bound(a.qualifier) && lower_bound(b.qualifier));
      if (pair && connected(s, a.span.end, b.span.begin)) {
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
          qs[out++] = std::move(q);
          ++i;
          continue;
        }
      }
    }
    if (out != i) qs[out] = std::move(qs[i]);
    ++out;
  }
  qs.resize(out);
}

}  // namespace claimgraph::detail
