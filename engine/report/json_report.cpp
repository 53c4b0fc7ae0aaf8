// write_json_report: the Report as one JSON document (schema: docs/report-schema.json).
//
// Objects keep their keys in the order written (nlohmann::ordered_json), infinities become
// null, and invalid UTF-8 (which ingest already repairs) would be replaced rather than thrown
// on, so the same report always gives the same bytes.

#include <map>
#include <nlohmann/json.hpp>

#include "claimgraph/report_json.hpp"
#include "report/json_fields.hpp"

namespace claimgraph {
namespace {

using Json = nlohmann::ordered_json;

Json summary_json(const Report& r) {
  std::map<std::string, std::size_t> by_severity = {
      {"high", 0}, {"medium", 0}, {"low", 0}, {"info", 0}};
  for (const Discrepancy& d : r.flags) ++by_severity[to_string(d.severity)];
  return {{"articles", r.articles.size()},
          {"claims", r.claims.size()},
          {"events", r.events.size()},
          {"keys", r.keys.size()},
          {"flags", r.flags.size()},
          {"flags_high", by_severity["high"]},
          {"flags_medium", by_severity["medium"]},
          {"flags_low", by_severity["low"]},
          {"flags_info", by_severity["info"]},
          {"skipped", r.diagnostics.size()}};
}

Json article_json(const Article& a) {
  return {{"id", a.id},       {"outlet", a.outlet},
          {"url", a.url},     {"published", detail::date_json<Json>(a.published)},
          {"title", a.title}, {"source", a.source}};
}

Json event_json(const Event& e) {
  return {{"id", e.id},
          {"label", e.label},
          {"first_day", detail::date_json<Json>(e.first_day)},
          {"last_day", detail::date_json<Json>(e.last_day)},
          {"background", e.background},
          {"participants", e.participants},
          {"places", e.places},
          {"articles", e.articles}};
}

Json key_json(const KeyVerdict& k, const std::vector<Claim>& claims) {
  Json ids = Json::array();
  Json voices = Json::array();
  for (const KeyedClaim& kc : k.key.claims) {
    ids.push_back(claims[kc.claim].id);
    voices.push_back(std::string(voice_name(kc.voice)));
  }
  const Consensus& c = k.consensus;
  return {{"id", k.key.id},
          {"event", k.key.event},
          {"kind", k.key.kind},
          {"side", k.key.side},
          {"population", k.key.population},
          {"claims", ids},
          {"voices", voices},
          {"verdict", to_string(k.verdict)},
          {"severity", to_string(k.severity)},
          {"consensus",
           {{"low", detail::finite_json<Json>(c.low)},
            {"best", detail::finite_json<Json>(c.best)},
            {"high", detail::finite_json<Json>(c.high)},
            {"sources", c.sources},
            {"rule", c.rule}}}};
}

Json flag_json(const Discrepancy& d) {
  return {{"verdict", to_string(d.verdict)},
          {"severity", to_string(d.severity)},
          {"key", d.key},
          {"rule", d.rule},
          {"claims", d.claims},
          {"explanation", d.explanation}};
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

void write_json_report(const Report& r, std::ostream& out) {
  std::map<std::string, const Article*> article_by_id;
  for (const Article& a : r.articles) article_by_id.emplace(a.id, &a);
  std::vector<std::string> key_of(r.claims.size());
  for (const KeyVerdict& k : r.keys) {
    for (const KeyedClaim& kc : k.key.claims) key_of[kc.claim] = k.key.id;
  }

  Json doc;
  doc["format"] = "claimgraph-report";
  doc["format_version"] = 1;
  doc["summary"] = summary_json(r);
  doc["flags"] = Json::array();
  for (const Discrepancy& d : r.flags) doc["flags"].push_back(flag_json(d));
  doc["events"] = Json::array();
  for (const Event& e : r.events) doc["events"].push_back(event_json(e));
  doc["keys"] = Json::array();
  for (const KeyVerdict& k : r.keys) doc["keys"].push_back(key_json(k, r.claims));
  doc["claims"] = Json::array();
  for (std::size_t i = 0; i < r.claims.size(); ++i) {
    const Claim& c = r.claims[i];
    const auto a = article_by_id.find(c.article);
    if (a == article_by_id.end()) continue;
    Json j = detail::claim_json<Json>(*a->second, c);
    j["event"] = c.event;
    j["key"] = key_of[i];
    doc["claims"].push_back(std::move(j));
  }
  doc["relations"] = Json::array();
  for (const ClaimRelation& rel : r.relations) {
    doc["relations"].push_back(
        {{"from", rel.from}, {"to", rel.to}, {"relation", to_string(rel.relation)}});
  }
  doc["sources"] = Json::array();
  for (const SourceReliability& s : r.sources) {
    doc["sources"].push_back(
        {{"name", s.name}, {"type", s.type}, {"weight", s.weight}, {"keys", s.keys}});
  }
  doc["articles"] = Json::array();
  for (const Article& a : r.articles) doc["articles"].push_back(article_json(a));
  doc["skipped"] = Json::array();
  for (const Diagnostic& d : r.diagnostics) {
    doc["skipped"].push_back({{"code", code_name(d.error.code)},
                              {"message", d.error.message},
                              {"file", d.error.where.file},
                              {"line", d.error.where.line},
                              {"skipped", d.skipped}});
  }
  out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace claimgraph
