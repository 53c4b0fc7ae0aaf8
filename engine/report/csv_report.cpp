// write_csv_report: the claims or the flags as one CSV table (RFC 4180).
//
// Comma-separated, CRLF line ends, a header row; a field is quoted when it holds a comma, a
// double quote, a line break or leading/trailing space, with quotes doubled. A field that a
// spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe: text
// from articles is untrusted. Numbers are written as the reports print them ("inf" for an
// open end).

#include <string>
#include <vector>

#include "claimgraph/report_formats.hpp"
#include "report/report_view.hpp"

namespace claimgraph {
namespace {

std::string field(std::string_view s) {
  std::string v(s);
  if (!v.empty() &&
      (v.front() == '=' || v.front() == '+' || v.front() == '-' || v.front() == '@')) {
    v.insert(v.begin(), '\'');
  }
  const bool quote = v.find_first_of(",\"\r\n") != std::string::npos ||
                     (!v.empty() && (v.front() == ' ' || v.back() == ' '));
  if (!quote) return v;
  std::string out = "\"";
  for (const char ch : v) {
    if (ch == '"') out += '"';
    out += ch;
  }
  out += '"';
  return out;
}

void row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << field(fields[i]);
  out << "\r\n";
}

std::string bound(const Bound& b) { return b.unbounded() ? "" : number_text(b.value); }

}  // namespace

void write_csv_report(const Report& report, CsvTable table, std::ostream& out) {
  const detail::ReportView view(report);
  if (table == CsvTable::flags) {
    row(out, {"severity", "verdict", "key", "rule", "claims", "explanation"});
    for (const Discrepancy& d : report.flags) {
      std::string ids;
      for (const std::string& id : d.claims) ids += (ids.empty() ? "" : " ") + id;
      row(out, {to_string(d.severity), to_string(d.verdict), d.key, d.rule, ids, d.explanation});
    }
    return;
  }
  std::vector<std::string> key_of(report.claims.size());
  for (const KeyVerdict& k : report.keys) {
    for (const KeyedClaim& kc : k.key.claims) key_of[kc.claim] = k.key.id;
  }
  row(out,
      {"id", "article", "outlet", "published", "claimant", "voice", "kind", "population", "side",
       "figure", "low", "high", "qualifier", "event", "key", "sentence", "url", "earlier"});
  for (std::size_t i = 0; i < report.claims.size(); ++i) {
    const Claim& c = report.claims[i];
    const detail::QuotedSentence q = view.quote(c);
    const Article* a = view.article(c.article);
    row(out, {c.id, c.article, c.outlet, detail::date_or_empty(c),
              c.outlet_voice ? std::string("(outlet)") : c.claimant.str(), view.voice_of(c), c.kind,
              c.population, c.side, c.quantity.text, bound(c.quantity.interval.lo),
              bound(c.quantity.interval.hi), std::string(to_string(c.quantity.qualifier)), c.event,
              key_of[i], q.before + q.figure + q.after,
              a ? detail::safe_url(a->url) : std::string(), c.earlier ? "true" : "false"});
  }
}

}  // namespace claimgraph
