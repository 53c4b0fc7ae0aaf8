// write_json_report: the Report as one JSON document (schema: docs/report-schema.json).
//
// Written value by value through PrettyJson, in the bytes nlohmann's dump(2) gives for the same
// document: objects keep their keys in the order written, infinities become null, and invalid
// UTF-8 (which ingest already repairs) would be replaced rather than thrown on, so the same
// report always gives the same bytes. Nothing is built as a tree first, so writing costs no
// memory beyond a buffer.

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
  for (const Discrepancy& d : r.flags) write_flag(out, d);
  out.end_array();
  out.key("events");
  out.begin_array();
  for (const Event& e : r.events) write_event(out, e);
  out.end_array();
  out.key("keys");
  out.begin_array();
  for (const KeyVerdict& k : r.keys) write_key(out, k, r.claims);
  out.end_array();
  out.key("claims");
  out.begin_array();
  for (std::size_t i = 0; i < r.claims.size(); ++i) {
    const Claim& c = r.claims[i];
    const auto a = article_by_id.find(c.article);
    if (a == article_by_id.end()) continue;
    out.begin_object();
    detail::claim_fields(out, *a->second, c);
    out.member("event", c.event);
    out.member("key", *key_of[i]);
    out.end_object();
  }
  out.end_array();
  out.key("relations");
  out.begin_array();
  for (const ClaimRelation& rel : r.relations) {
    out.begin_object();
    out.member("from", rel.from);
    out.member("to", rel.to);
    out.member("relation", to_string(rel.relation));
    out.end_object();
  }
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
  for (const Article& a : r.articles) write_article(out, a);
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
