// write_json_report: the Report as one JSON document (schema: docs/report-schema.json).
//
// Objects keep their keys in the order written (nlohmann::ordered_json), infinities become
// null, and invalid UTF-8 (which ingest already repairs) would be replaced rather than thrown
// on, so the same report always gives the same bytes.

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

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

// The document written member by member and element by element, as Json::dump(2) would write
// it whole: a report's arrays never sit in memory as one Json tree.
class StreamedDocument {
 public:
  explicit StreamedDocument(std::ostream& out) : out_(out) { out_ << '{'; }
  ~StreamedDocument() { out_ << "\n}\n"; }
  StreamedDocument(const StreamedDocument&) = delete;
  StreamedDocument& operator=(const StreamedDocument&) = delete;

  void member(std::string_view name, const Json& value) {
    open_member(name);
    out_ << indented(value, 2);
  }
  void begin_array(std::string_view name) {
    open_member(name);
    out_ << '[';
    elements_ = 0;
  }
  void element(const Json& value) {
    out_ << (elements_++ == 0 ? "\n    " : ",\n    ") << indented(value, 4);
  }
  void end_array() { out_ << (elements_ == 0 ? "]" : "\n  ]"); }

 private:
  void open_member(std::string_view name) {
    out_ << (first_ ? "\n  \"" : ",\n  \"") << name << "\": ";
    first_ = false;
  }
  // JSON strings hold no raw line break, so indenting every line is safe.
  static std::string indented(const Json& value, std::size_t by) {
    const std::string text = value.dump(2, ' ', false, Json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
      out.push_back(c);
      if (c == '\n') out.append(by, ' ');
    }
    return out;
  }

  std::ostream& out_;
  bool first_ = true;
  std::size_t elements_ = 0;
};

}  // namespace

void write_json_report(const Report& r, std::ostream& out) {
  std::map<std::string, const Article*> article_by_id;
  for (const Article& a : r.articles) article_by_id.emplace(a.id, &a);
  std::vector<std::string> key_of(r.claims.size());
  for (const KeyVerdict& k : r.keys) {
    for (const KeyedClaim& kc : k.key.claims) key_of[kc.claim] = k.key.id;
  }

  StreamedDocument doc(out);
  doc.member("format", "claimgraph-report");
  doc.member("format_version", 1);
  doc.member("summary", summary_json(r));
  doc.begin_array("flags");
  for (const Discrepancy& d : r.flags) doc.element(flag_json(d));
  doc.end_array();
  doc.begin_array("events");
  for (const Event& e : r.events) doc.element(event_json(e));
  doc.end_array();
  doc.begin_array("keys");
  for (const KeyVerdict& k : r.keys) doc.element(key_json(k, r.claims));
  doc.end_array();
  doc.begin_array("claims");
  for (std::size_t i = 0; i < r.claims.size(); ++i) {
    const Claim& c = r.claims[i];
    const auto a = article_by_id.find(c.article);
    if (a == article_by_id.end()) continue;
    Json j = detail::claim_json<Json>(*a->second, c);
    j["event"] = c.event;
    j["key"] = key_of[i];
    doc.element(j);
  }
  doc.end_array();
  doc.begin_array("relations");
  for (const ClaimRelation& rel : r.relations) {
    doc.element({{"from", rel.from}, {"to", rel.to}, {"relation", to_string(rel.relation)}});
  }
  doc.end_array();
  doc.begin_array("sources");
  for (const SourceReliability& s : r.sources) {
    doc.element({{"name", s.name}, {"type", s.type}, {"weight", s.weight}, {"keys", s.keys}});
  }
  doc.end_array();
  doc.begin_array("articles");
  for (const Article& a : r.articles) doc.element(article_json(a));
  doc.end_array();
  doc.begin_array("skipped");
  for (const Diagnostic& d : r.diagnostics) {
    doc.element({{"code", code_name(d.error.code)},
                 {"message", d.error.message},
                 {"file", d.error.where.file},
                 {"line", d.error.where.line},
                 {"skipped", d.skipped}});
  }
  doc.end_array();
}

}  // namespace claimgraph
