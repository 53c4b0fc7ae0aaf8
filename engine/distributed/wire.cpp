// The wire format of include/claimgraph/wire.hpp. Each record writes its fields in declaration
// order; tests/wire_test.cpp round-trips every field and fails when a type grows a field this
// file does not carry.

#include "claimgraph/wire.hpp"

#include <chrono>
#include <cstring>
#include <optional>
#include <stdexcept>

namespace claimgraph::wire {
namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

template <typename Enum>
Enum to_enum(std::uint64_t v) {
  return static_cast<Enum>(v);
}

}  // namespace

void Writer::u64(std::uint64_t v) {
  char b[sizeof v];
  std::memcpy(b, &v, sizeof v);
  bytes_.append(b, sizeof v);
}

void Writer::f64(double v) {
  std::uint64_t bits = 0;
  std::memcpy(&bits, &v, sizeof v);
  u64(bits);
}

void Writer::str(std::string_view s) {
  u64(s.size());
  bytes_.append(s);
}

void Writer::strings(const std::vector<std::string>& v) {
  u64(v.size());
  for (const std::string& s : v) str(s);
}

namespace {

void put_day(Writer& w, const year_month_day& d) {
  w.u64(static_cast<std::uint64_t>(
      static_cast<std::int64_t>(sys_days{d}.time_since_epoch().count())));
}

void put_day(Writer& w, const std::optional<year_month_day>& d) {
  w.u64(d ? 1 : 0);
  if (d) put_day(w, *d);
}

void put_span(Writer& w, const Span& s) {
  w.u64(s.begin);
  w.u64(s.end);
}

void put_bound(Writer& w, const Bound& b) {
  w.f64(b.value);
  w.u64(b.open ? 1 : 0);
}

year_month_day get_day(Reader& r) {
  return year_month_day{sys_days{std::chrono::days{static_cast<std::int64_t>(r.u64())}}};
}

std::optional<year_month_day> get_optional_day(Reader& r) {
  if (r.u64() == 0) return std::nullopt;
  return get_day(r);
}

Span get_span(Reader& r) {
  Span s;
  s.begin = r.u64();
  s.end = r.u64();
  return s;
}

Bound get_bound(Reader& r) {
  Bound b;
  b.value = r.f64();
  b.open = r.u64() != 0;
  return b;
}

}  // namespace

void Writer::article(const Article& a) {
  str(a.id);
  str(a.outlet);
  str(a.url);
  put_day(*this, a.published);
  str(a.title);
  str(a.text);
  str(a.source);
  u64(a.excerpts.size());
  for (const Excerpt& e : a.excerpts) {
    u64(e.begin);
    str(e.text);
  }
}

void Writer::claim(const Claim& c) {
  str(c.id);
  str(c.article);
  str(c.outlet);
  put_day(*this, c.published);
  str(c.kind);
  str(c.population);
  str(c.side);
  str(c.claimant);
  str(c.claimant_side);
  u64(c.outlet_voice ? 1 : 0);
  str(c.event);
  u64(c.when ? 1 : 0);
  if (c.when) {
    put_day(*this, c.when->first);
    put_day(*this, c.when->last);
  }
  put_span(*this, c.when_span);
  u64(static_cast<std::uint64_t>(c.when_grain));
  str(c.named_event);
  u64(c.tally ? 1 : 0);
  u64(c.earlier ? 1 : 0);
  put_day(*this, c.stated);
  const Quantity& q = c.quantity;
  put_span(*this, q.span);
  put_span(*this, q.number_span);
  str(q.text);
  f64(q.value);
  f64(q.best);
  put_bound(*this, q.interval.lo);
  put_bound(*this, q.interval.hi);
  u64(static_cast<std::uint64_t>(q.qualifier));
  u64(static_cast<std::uint64_t>(q.unit));
  str(q.unit_name);
  u64(static_cast<std::uint64_t>(q.kind));
  u64(q.written_in_words ? 1 : 0);
  put_span(*this, c.sentence);
  put_span(*this, c.claim_span);
}

void Writer::diagnostic(const Diagnostic& d) {
  u64(static_cast<std::uint64_t>(d.error.code));
  str(d.error.message);
  str(d.error.where.file);
  u64(d.error.where.line);
  u64(d.error.where.byte_offset);
  str(d.skipped);
}

void Writer::origin(const ArticleOrigin& o) {
  str(o.where.file);
  u64(o.where.line);
  u64(o.where.byte_offset);
  str(o.skipped);
  u64(o.diagnostics_before);
}

std::string_view Reader::take(std::size_t n) {
  if (bytes_.size() - at_ < n) throw std::runtime_error("wire: a message ends early");
  const std::string_view out = bytes_.substr(at_, n);
  at_ += n;
  return out;
}

std::uint64_t Reader::u64() {
  std::uint64_t v = 0;
  std::memcpy(&v, take(sizeof v).data(), sizeof v);
  return v;
}

double Reader::f64() {
  const std::uint64_t bits = u64();
  double v = 0;
  std::memcpy(&v, &bits, sizeof v);
  return v;
}

std::string Reader::str() {
  const std::uint64_t n = u64();
  return std::string(take(n));
}

std::vector<std::string> Reader::strings() {
  std::vector<std::string> v(u64());
  for (std::string& s : v) s = str();
  return v;
}

Article Reader::article() {
  Article a;
  a.id = str();
  a.outlet = str();
  a.url = str();
  a.published = get_optional_day(*this);
  a.title = str();
  a.text = str();
  a.source = str();
  a.excerpts.resize(u64());
  for (Excerpt& e : a.excerpts) {
    e.begin = u64();
    e.text = str();
  }
  return a;
}

Claim Reader::claim() {
  Claim c;
  c.id = str();
  c.article = str();
  c.outlet = str();
  c.published = get_optional_day(*this);
  c.kind = str();
  c.population = str();
  c.side = str();
  c.claimant = str();
  c.claimant_side = str();
  c.outlet_voice = u64() != 0;
  c.event = str();
  if (u64() != 0) {
    DayRange when;
    when.first = get_day(*this);
    when.last = get_day(*this);
    c.when = when;
  }
  c.when_span = get_span(*this);
  c.when_grain = to_enum<TimeGrain>(u64());
  c.named_event = str();
  c.tally = u64() != 0;
  c.earlier = u64() != 0;
  c.stated = get_optional_day(*this);
  Quantity& q = c.quantity;
  q.span = get_span(*this);
  q.number_span = get_span(*this);
  q.text = str();
  q.value = f64();
  q.best = f64();
  q.interval.lo = get_bound(*this);
  q.interval.hi = get_bound(*this);
  q.qualifier = to_enum<Qualifier>(u64());
  q.unit = to_enum<Unit>(u64());
  q.unit_name = str();
  q.kind = to_enum<QuantityKind>(u64());
  q.written_in_words = u64() != 0;
  c.sentence = get_span(*this);
  c.claim_span = get_span(*this);
  return c;
}

Diagnostic Reader::diagnostic() {
  Diagnostic d;
  d.error.code = to_enum<ErrorCode>(u64());
  d.error.message = str();
  d.error.where.file = str();
  d.error.where.line = u64();
  d.error.where.byte_offset = u64();
  d.skipped = str();
  return d;
}

ArticleOrigin Reader::origin() {
  ArticleOrigin o;
  o.where.file = str();
  o.where.line = u64();
  o.where.byte_offset = u64();
  o.skipped = str();
  o.diagnostics_before = u64();
  return o;
}

}  // namespace claimgraph::wire
