// write_markdown_report: the discrepancy report as Markdown (docs/report-formats.md).
//
// Order: title and summary; the flags, most severe first, each with its sources and quotes;
// then per event (report order) and key (id order) the verdict, the consensus and a table of
// the key's claims; sources' reliability; skipped input. Text from articles is escaped so it
// cannot open Markdown syntax (emphasis, links, table cells, HTML).

#include <array>
#include <cstdio>
#include <map>

#include "claimgraph/report_formats.hpp"
#include "claimgraph/time_anchor.hpp"
#include "report/report_view.hpp"

namespace claimgraph {
namespace {

using detail::ReportView;

std::string md(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char ch : s) {
    switch (ch) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '|':
      case '#':
        out += '\\';
        out += ch;
        break;
      case '\n':
      case '\r':
      case '\t':
        out += ' ';
        break;
      default:
        out += ch;
    }
  }
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  }
  return out;
}

// "“… killed at least **105** soldiers …”"
std::string quoted(const ReportView& view, const Claim& c) {
  const detail::QuotedSentence q = view.quote(c);
  return "“" + md(q.before) + "**" + md(q.figure) + "**" + md(q.after) + "”";
}

std::string source_line(const ReportView& view, const Claim& c) {
  std::string line = md(ReportView::outlet_of(c));
  const std::string date = detail::date_or_empty(c);
  if (!date.empty()) line += ", " + date;
  line += " — " + md(c.outlet_voice ? std::string("the outlet itself") : c.claimant.str());
  line += c.earlier ? " (an earlier report, since superseded): " : ": ";
  line += quoted(view, c);
  if (const std::string url = view.url_of(c); !url.empty()) line += " ([article](" + url + "))";
  return line;
}

void write_summary(const ReportView& view, std::ostream& out) {
  const Report& r = view.report();
  out << "# Discrepancy report\n\n";
  out << r.articles.size() << " articles from " << view.outlet_count() << " outlets · "
      << view.claimant_count() << " claimants · " << r.claims.size() << " casualty claims · "
      << r.events.size() << " events · " << r.keys.size() << " comparison keys · " << r.flags.size()
      << " flags";
  if (!r.diagnostics.empty()) out << " · " << r.diagnostics.size() << " inputs skipped";
  out << "\n\n";
  static constexpr std::array kVerdicts = {Verdict::contradictory, Verdict::partisan,
                                           Verdict::arithmetic, Verdict::differing,
                                           Verdict::revision};
  static constexpr std::array kSeverities = {Severity::high, Severity::medium, Severity::low,
                                             Severity::info};
  std::map<std::pair<Verdict, Severity>, int> counts;
  for (const Discrepancy& d : r.flags) ++counts[{d.verdict, d.severity}];
  out << "| flags | high | medium | low | info |\n|---|---:|---:|---:|---:|\n";
  for (const Verdict v : kVerdicts) {
    out << "| " << to_string(v);
    for (const Severity s : kSeverities) out << " | " << counts[{v, s}];
    out << " |\n";
  }
  out << '\n';
}

void write_flags(const ReportView& view, std::ostream& out) {
  const Report& r = view.report();
  out << "## Flags, most severe first\n\n";
  if (r.flags.empty()) out << "No disagreement found.\n\n";
  std::map<std::string, const Event*> events;
  for (const Event& e : r.events) events.emplace(e.id, &e);
  int n = 0;
  for (const Discrepancy& d : r.flags) {
    const std::string title = view.key_title(d.key);
    const std::string event_id = d.key.substr(0, d.key.find('/'));
    const auto ev = events.find(event_id);
    out << ++n << ". **" << upper(to_string(d.severity)) << " · " << to_string(d.verdict) << "** — "
        << md(title);
    if (ev != events.end()) out << " — " << md(ev->second->label);
    out << "  \n   " << md(d.explanation) << "  \n   *Rule:* " << md(d.rule) << '\n';
    for (const std::string& id : d.claims) {
      if (const Claim* c = view.claim(id)) out << "   - " << source_line(view, *c) << '\n';
    }
    out << '\n';
  }
}

void write_key(const ReportView& view, const KeyVerdict& k, std::ostream& out) {
  const Consensus& cons = k.consensus;
  out << "#### " << md(ReportView::key_title(k.key)) << "\n\n";
  out << "Verdict: **" << to_string(k.verdict) << "**";
  if (k.verdict != Verdict::consistent) out << " (" << to_string(k.severity) << ")";
  out << " · consensus **" << number_text(cons.best) << "** (low " << number_text(cons.low)
      << ", high " << number_text(cons.high) << "; " << md(cons.rule) << ")\n\n";
  for (const Discrepancy* d : view.flags_of(k.key.id)) {
    out << "- " << to_string(d->verdict) << " (" << to_string(d->severity)
        << "): " << md(d->explanation) << '\n';
  }
  out << "\n| figure | interval | claimant | voice | outlet | date | quote |\n"
         "|---|---|---|---|---|---|---|\n";
  for (const Claim* c : view.claims_of(k)) {
    out << "| " << md(c->quantity.text) << (c->earlier ? " (earlier report)" : "") << " | "
        << md(to_string(c->quantity.interval)) << " | " << md(ReportView::claimant_of(*c)) << " | "
        << md(view.voice_of(*c)) << " | " << md(ReportView::outlet_of(*c)) << " | "
        << detail::date_or_empty(*c) << " | " << quoted(view, *c);
    if (const std::string url = view.url_of(*c); !url.empty()) out << " [link](" << url << ")";
    out << " |\n";
  }
  out << '\n';
}

void write_events(const ReportView& view, std::ostream& out) {
  const Report& r = view.report();
  out << "## Events and their keys\n\n";
  for (const Event& e : r.events) {
    const auto keys = view.keys_of(e.id);
    if (keys.empty()) continue;
    out << "### " << md(e.label) << "\n\n";
    out << (e.background ? "Background event" : "Current event");
    const std::string dates = detail::event_days(e);
    if (!dates.empty()) out << " · " << dates;
    out << " · " << e.articles.size() << " articles · id `" << e.id << "`\n\n";
    for (const KeyVerdict* k : keys) write_key(view, *k, out);
  }
}

void write_sources(const Report& r, std::ostream& out) {
  if (r.sources.empty()) return;
  out << "## Sources' reliability\n\nWeights from truth discovery across all keys: higher means "
         "closer to the consensus (docs/reconciliation.md).\n\n"
         "| source | type | weight | keys |\n|---|---|---:|---:|\n";
  for (const SourceReliability& s : r.sources) {
    char weight[32];
    std::snprintf(weight, sizeof weight, "%.2f", s.weight);
    out << "| " << md(s.name) << " | " << s.type << " | " << weight << " | " << s.keys << " |\n";
  }
  out << '\n';
}

void write_skipped(const Report& r, std::ostream& out) {
  out << "## Skipped input\n\n";
  if (r.diagnostics.empty()) {
    out << "Nothing was skipped.\n";
    return;
  }
  out << "| file | line | problem | skipped |\n|---|---:|---|---|\n";
  for (const Diagnostic& d : r.diagnostics) {
    out << "| " << md(d.error.where.file) << " | " << d.error.where.line << " | "
        << md(d.error.message) << " | " << md(d.skipped) << " |\n";
  }
}

}  // namespace

void write_markdown_report(const Report& report, std::ostream& out) {
  const ReportView view(report);
  write_summary(view, out);
  write_flags(view, out);
  write_events(view, out);
  write_sources(report, out);
  write_skipped(report, out);
}

}  // namespace claimgraph
