// write_json_report: the Report as one JSON document (schema: docs/report-schema.json).
//
// Written value by value through PrettyJson, in the bytes nlohmann's dump(2) gives for the same
// document: objects keep their keys in the order written, infinities become null, and invalid
// UTF-8 (which ingest already repairs) would be replaced rather than thrown on, so the same
// report always gives the same bytes. Nothing is built as a tree first, so writing costs no
// memory beyond a buffer per thread: the long arrays (flags, events, keys, claims, relations,
// articles) are written in blocks on the current oneTBB arena's threads and joined in order.

#include <oneapi/tbb/parallel_pipeline.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

#include "claimgraph/report_json.hpp"
#include "report/json_fields.hpp"
#include "report/pretty_json.hpp"

namespace claimgraph {
namespace {

using detail::PrettyJson;

// Writes `item(writer, i)` for i in [0, n) as the values of the array `out` has open: blocks of
// values are written on the current oneTBB arena's threads, each into memory, and handed to
// `out` in order, a few blocks in flight at a time. `item` may write nothing for some i.
template <typename Item>
void write_values(PrettyJson& out, std::size_t n, const Item& item) {
  constexpr std::size_t kBlock = 512;
  struct Piece {
    std::string bytes;
    std::size_t values = 0;
  };
  const std::size_t depth = out.depth();
  std::size_t next = 0;
  // In order: the first index of each block.
  const auto blocks = [&](tbb::flow_control& control) -> std::size_t {
    if (next >= n) {
      control.stop();
      return 0;
    }
    const std::size_t first = next;
    next = std::min(n, next + kBlock);
    return first;
  };
  // On any thread: a block's values, formatted.
  const auto format = [&](std::size_t first) {
    PrettyJson block = PrettyJson::fragment(depth);
    const std::size_t last = std::min(n, first + kBlock);
    for (std::size_t i = first; i < last; ++i) item(block, i);
    Piece piece;
    piece.bytes = block.take_values(piece.values);
    return piece;
  };
  // In order: handed to `out`.
  const auto append = [&](const Piece& piece) { out.append_values(piece.bytes, piece.values); };
  const auto tokens = static_cast<std::size_t>(2 * tbb::this_task_arena::max_concurrency());
  tbb::parallel_pipeline(
      tokens, tbb::make_filter<void, std::size_t>(tbb::filter_mode::serial_in_order, blocks) &
                  tbb::make_filter<std::size_t, Piece>(tbb::filter_mode::parallel, format) &
                  tbb::make_filter<Piece, void>(tbb::filter_mode::serial_in_order, append));
}

void write_summary(PrettyJson& out, const Report& r) {
  std::array<std::size_t, 4> by_severity{};  // indexed by Severity: info, low, medium, high
  for (const Discrepancy& d : r.flags) ++by_severity[static_cast<std::size_t>(d.severity)];
  const auto flags = [&](Severity s) { return by_severity[static_cast<std::size_t>(s)]; };
  out.begin_object();
  out.member("articles", r.articles.size());
  out.member("claims", r.claims.size());
  out.member("events", r.events.size());
  out.member("keys", r.keys.size());
  out.member("flags", r.flags.size());
  out.member("flags_high", flags(Severity::high));
  out.member("flags_medium", flags(Severity::medium));
  out.member("flags_low", flags(Severity::low));
  out.member("flags_info", flags(Severity::info));
  out.member("skipped", r.diagnostics.size());
  out.end_object();
}

void write_strings(PrettyJson& out, std::string_view name, const std::vector<std::string>& list) {
  out.key(name);
  out.begin_array();
  for (const std::string& s : list) out.value(s);
  out.end_array();
}

void write_flag(PrettyJson& out, const Discrepancy& d) {
  out.begin_object();
  out.member("verdict", to_string(d.verdict));
  out.member("severity", to_string(d.severity));
  out.member("key", d.key);
  out.member("rule", d.rule);
  write_strings(out, "claims", d.claims);
  out.member("explanation", d.explanation);
  out.end_object();
}

void write_event(PrettyJson& out, const Event& e) {
  out.begin_object();
  out.member("id", e.id);
  out.member("label", e.label);
  out.member("first_day", detail::date_value(e.first_day));
  out.member("last_day", detail::date_value(e.last_day));
  out.member("background", e.background);
  write_strings(out, "participants", e.participants);
  write_strings(out, "places", e.places);
  write_strings(out, "articles", e.articles);
  out.end_object();
}

void write_key(PrettyJson& out, const KeyVerdict& k, const std::vector<Claim>& claims) {
  out.begin_object();
  out.member("id", k.key.id);
  out.member("event", k.key.event);
  out.member("kind", k.key.kind);
  out.member("side", k.key.side);
  out.member("population", k.key.population);
  out.key("claims");
  out.begin_array();
  for (const KeyedClaim& kc : k.key.claims) out.value(claims[kc.claim].id);
  out.end_array();
  out.key("voices");
  out.begin_array();
  for (const KeyedClaim& kc : k.key.claims) out.value(voice_name(kc.voice));
  out.end_array();
  out.member("verdict", to_string(k.verdict));
  out.member("severity", to_string(k.severity));
  const Consensus& c = k.consensus;
  out.key("consensus");
  out.begin_object();
  out.member("low", c.low);
  out.member("best", c.best);
  out.member("high", c.high);
  out.member("sources", c.sources);
  out.member("rule", c.rule);
  out.end_object();
  out.end_object();
}

void write_article(PrettyJson& out, const Article& a) {
  out.begin_object();
  out.member("id", a.id);
  out.member("outlet", a.outlet);
  out.member("url", a.url);
  out.member("published", detail::date_value(a.published));
  out.member("title", a.title);
  out.member("source", a.source);
  out.end_object();
}

const char* code_name(ErrorCode c) {
  switch (c) {
    case ErrorCode::io:
      return "io";
    case ErrorCode::invalid_utf8:
      return "invalid_utf8";
    case ErrorCode::binary_input:
      return "binary_input";
    case ErrorCode::empty_input:
      return "empty_input";
    case ErrorCode::malformed:
      return "malformed";
    case ErrorCode::too_large:
      return "too_large";
    case ErrorCode::usage:
      return "usage";
  }
  return "io";
}

}  // namespace

void write_json_report(const Report& r, std::ostream& stream) {
  std::unordered_map<std::string_view, const Article*> article_by_id;
  article_by_id.reserve(r.articles.size());
  for (const Article& a : r.articles) article_by_id.emplace(a.id, &a);
  static const std::string kNoKey;
  std::vector<const std::string*> key_of(r.claims.size(), &kNoKey);
  for (const KeyVerdict& k : r.keys) {
    for (const KeyedClaim& kc : k.key.claims) key_of[kc.claim] = &k.key.id;
  }

  PrettyJson out(stream);
  out.begin_object();
  out.member("format", "claimgraph-report");
  out.member("format_version", 1);
  out.key("summary");
  write_summary(out, r);
  out.key("flags");
  out.begin_array();
  write_values(out, r.flags.size(),
               [&](PrettyJson& w, std::size_t i) { write_flag(w, r.flags[i]); });
  out.end_array();
  out.key("events");
  out.begin_array();
  write_values(out, r.events.size(),
               [&](PrettyJson& w, std::size_t i) { write_event(w, r.events[i]); });
  out.end_array();
  out.key("keys");
  out.begin_array();
  write_values(out, r.keys.size(),
               [&](PrettyJson& w, std::size_t i) { write_key(w, r.keys[i], r.claims); });
  out.end_array();
  out.key("claims");
  out.begin_array();
  write_values(out, r.claims.size(), [&](PrettyJson& w, std::size_t i) {
    const Claim& c = r.claims[i];
    const auto a = article_by_id.find(c.article);
    if (a == article_by_id.end()) return;
    w.begin_object();
    detail::claim_fields(w, *a->second, c);
    w.member("event", c.event);
    w.member("key", *key_of[i]);
    w.end_object();
  });
  out.end_array();
  out.key("relations");
  out.begin_array();
  write_values(out, r.relations.size(), [&](PrettyJson& w, std::size_t i) {
    const ClaimRelation& rel = r.relations[i];
    w.begin_object();
    w.member("from", rel.from);
    w.member("to", rel.to);
    w.member("relation", to_string(rel.relation));
    w.end_object();
  });
  out.end_array();
  out.key("sources");
  out.begin_array();
  for (const SourceReliability& s : r.sources) {
    out.begin_object();
    out.member("name", s.name);
    out.member("type", s.type);
    out.member("weight", s.weight);
    out.member("keys", s.keys);
    out.end_object();
  }
  out.end_array();
  out.key("articles");
  out.begin_array();
  write_values(out, r.articles.size(),
               [&](PrettyJson& w, std::size_t i) { write_article(w, r.articles[i]); });
  out.end_array();
  out.key("skipped");
  out.begin_array();
  for (const Diagnostic& d : r.diagnostics) {
    out.begin_object();
    out.member("code", code_name(d.error.code));
    out.member("message", d.error.message);
    out.member("file", d.error.where.file);
    out.member("line", d.error.where.line);
    out.member("skipped", d.skipped);
    out.end_object();
  }
  out.end_array();
  out.end_object();
  out.newline();
}

}  // namespace claimgraph
