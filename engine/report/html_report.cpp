// write_html_report: the discrepancy report as one self-contained HTML page.
//
// No script, no external resource: styles inline, charts inline SVG (svg_chart.cpp), and a
// Content-Security-Policy that forbids loading anything, so the file can be mailed, archived or
// opened offline. Content and order follow the Markdown report; every text from an article is
// escaped, and article links are http(s) only. The layout is one column that narrows to a phone
// screen; wide tables scroll sideways inside their own box.

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <map>

#include "claimgraph/keys.hpp"
#include "claimgraph/report_formats.hpp"
#include "claimgraph/time_anchor.hpp"
#include "report/report_view.hpp"
#include "report/svg_chart.hpp"

namespace claimgraph {
namespace {

using detail::html_escape;
using detail::ReportView;

constexpr std::array<const char*, 8> kPalette = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd",
                                                 "#ff7f0e", "#17becf", "#8c564b", "#e377c2"};

constexpr const char* kStyle = R"(
:root{color-scheme:light;--fg:#1d1d1f;--muted:#6b6b70;--line:#e3e3e8;--bg:#fff}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:980px;margin:0 auto;padding:16px}
h1{font-size:1.6rem;margin:.4em 0}h2{font-size:1.3rem;margin-top:2em;border-bottom:1px solid var(--line)}
h3{font-size:1.15rem;margin-top:1.6em}h4{font-size:1rem;margin:1.4em 0 .3em}
.muted{color:var(--muted)}.summary{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0 16px}
.stat{border:1px solid var(--line);border-radius:8px;padding:6px 10px}.stat b{display:block;font-size:1.2rem}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f7f7f9;font-weight:600}.n{text-align:right;font-variant-numeric:tabular-nums}
.flag{border:1px solid var(--line);border-left-width:6px;border-radius:6px;padding:8px 12px;margin:10px 0}
.sev-high{border-left-color:#c0392b}.sev-medium{border-left-color:#e67e22}.sev-low{border-left-color:#f1c40f}.sev-info{border-left-color:#95a5a6}
.badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:.8rem;font-weight:600;color:#fff;background:#95a5a6}
.badge.sev-high{background:#c0392b}.badge.sev-medium{background:#e67e22}.badge.sev-low{background:#b7950b}
.flag ul{margin:6px 0 0;padding-left:18px}.flag li{margin:4px 0}
mark{background:#ffe58f;padding:0 2px}q{quotes:"\201C" "\201D"}
.key{border-top:1px dashed var(--line);padding-top:4px}
svg.chart{width:100%;height:auto;max-width:720px;display:block;margin:6px 0}svg .tick{font-size:11px;fill:#666}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.85rem;margin:0 0 8px;padding:0;list-style:none}
.legend span{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px}
@media (max-width:600px){body{font-size:15px}main{padding:10px}th,td{padding:4px 6px}}
)";

std::string day_of(const Claim& c) { return detail::date_or_empty(c); }

int day_number(const Claim& c) {
  const auto d = statement_day(c);
  return d ? static_cast<int>(std::chrono::sys_days{*d}.time_since_epoch().count()) : 0;
}

std::string marked(const ReportView& view, const Claim& c) {
  const detail::QuotedSentence q = view.quote(c);
  return "<q>" + html_escape(q.before) + "<mark>" + html_escape(q.figure) + "</mark>" +
         html_escape(q.after) + "</q>";
}

std::string source_item(const ReportView& view, const Claim& c) {
  std::string s = "<b>" + html_escape(ReportView::outlet_of(c)) + "</b>";
  if (const std::string d = day_of(c); !d.empty()) s += ", " + d;
  s += " — " + html_escape(c.outlet_voice ? std::string("the outlet itself") : c.claimant.str()) +
       (c.earlier ? " (an earlier report, since superseded): " : ": ") + marked(view, c);
  if (const std::string url = view.url_of(c); !url.empty()) {
    s += " <a href=\"" + html_escape(url) + "\" rel=\"noreferrer\">article</a>";
  }
  return s;
}

void write_head(const ReportView& view, std::ostream& out) {
  const Report& r = view.report();
  out << "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; img-src data:\">"
         "<title>Discrepancy report</title><style>"
      << kStyle << "</style></head><body><main>\n<h1>Discrepancy report</h1>\n";
  out << "<div class=\"summary\">";
  const auto stat = [&](std::size_t n, const char* what) {
    out << "<div class=\"stat\"><b>" << n << "</b>" << what << "</div>";
  };
  stat(r.articles.size(), "articles");
  stat(view.outlet_count(), "outlets");
  stat(view.claimant_count(), "claimants");
  stat(r.claims.size(), "casualty claims");
  stat(r.events.size(), "events");
  stat(r.keys.size(), "comparison keys");
  stat(r.flags.size(), "flags");
  if (!r.diagnostics.empty()) stat(r.diagnostics.size(), "inputs skipped");
  out << "</div>\n";
  static constexpr std::array kVerdicts = {Verdict::contradictory, Verdict::partisan,
                                           Verdict::arithmetic, Verdict::differing,
                                           Verdict::revision};
  static constexpr std::array kSeverities = {Severity::high, Severity::medium, Severity::low,
                                             Severity::info};
  std::map<std::pair<Verdict, Severity>, int> counts;
  for (const Discrepancy& d : r.flags) ++counts[{d.verdict, d.severity}];
  out << "<div class=\"scroll\"><table><thead><tr><th>flags</th>";
  for (const Severity s : kSeverities) out << "<th class=\"n\">" << to_string(s) << "</th>";
  out << "</tr></thead><tbody>";
  for (const Verdict v : kVerdicts) {
    out << "<tr><td>" << to_string(v) << "</td>";
    for (const Severity s : kSeverities) out << "<td class=\"n\">" << counts[{v, s}] << "</td>";
    out << "</tr>";
  }
  out << "</tbody></table></div>\n";
}

void write_flags(const ReportView& view, std::ostream& out) {
  const Report& r = view.report();
  out << "<h2 id=\"flags\">Flags, most severe first</h2>\n";
  if (r.flags.empty()) out << "<p>No disagreement found.</p>\n";
  for (const Discrepancy& d : r.flags) {
    const std::string sev = to_string(d.severity);
    out << "<section class=\"flag sev-" << sev << "\"><span class=\"badge sev-" << sev << "\">"
        << sev << "</span> <b>" << to_string(d.verdict) << "</b> — "
        << html_escape(view.key_title(d.key)) << "<p>" << html_escape(d.explanation)
        << "</p><p class=\"muted\">Rule: " << html_escape(d.rule) << "</p><ul>";
    for (const std::string& id : d.claims) {
      if (const Claim* c = view.claim(id)) out << "<li>" << source_item(view, *c) << "</li>";
    }
    out << "</ul></section>\n";
  }
}

void write_key(const ReportView& view, const KeyVerdict& k, bool background, std::ostream& out) {
  const Consensus& c = k.consensus;
  const std::vector<const Claim*> claims = view.claims_of(k);
  std::vector<std::string> voices;
  for (const Claim* cl : claims) {
    const std::string v = view.voice_of(*cl);
    if (std::find(voices.begin(), voices.end(), v) == voices.end()) voices.push_back(v);
  }
  std::sort(voices.begin(), voices.end());
  std::vector<std::string> colors;
  for (std::size_t i = 0; i < voices.size(); ++i)
    colors.emplace_back(kPalette[i % kPalette.size()]);

  out << "<div class=\"key\"><h4>" << html_escape(ReportView::key_title(k.key)) << "</h4><p>";
  const std::string sev = to_string(k.severity);
  out << "Verdict: <span class=\"badge sev-" << (k.verdict == Verdict::consistent ? "info" : sev)
      << "\">" << to_string(k.verdict) << "</span> · consensus <b>" << number_text(c.best)
      << "</b> (low " << number_text(c.low) << ", high " << number_text(c.high)
      << ") <span class=\"muted\">" << html_escape(c.rule) << "</span></p>";
  const auto flags = view.flags_of(k.key.id);
  if (!flags.empty()) {
    out << "<ul>";
    for (const Discrepancy* d : flags) {
      out << "<li><b>" << to_string(d->verdict) << "</b> (" << to_string(d->severity)
          << "): " << html_escape(d->explanation) << "</li>";
    }
    out << "</ul>";
  }
  std::vector<detail::ChartPoint> points;
  for (const Claim* cl : claims) {
    const std::string voice = view.voice_of(*cl);
    points.push_back({voice,
                      voice + ": " + cl->quantity.text + " (" + ReportView::outlet_of(*cl) +
                          (day_of(*cl).empty() ? "" : ", " + day_of(*cl)) + ")",
                      cl->quantity.interval, cl->quantity.best, day_number(*cl)});
  }
  out << detail::key_chart_svg(points, c, voices, colors, background);
  out << "<ul class=\"legend\">";
  for (std::size_t i = 0; i < voices.size(); ++i) {
    out << "<li><span style=\"background:" << colors[i] << "\"></span>" << html_escape(voices[i])
        << "</li>";
  }
  out << "<li><span style=\"background:#f2c94c\"></span>consensus low–high, dashed: best</li>";
  out << "</ul><div class=\"scroll\"><table><thead><tr><th>figure</th><th>interval</th>"
         "<th>claimant</th><th>voice</th><th>outlet</th><th>date</th><th>quote</th></tr>"
         "</thead><tbody>";
  for (const Claim* cl : claims) {
    out << "<tr><td>" << html_escape(cl->quantity.text) << (cl->earlier ? " (earlier report)" : "")
        << "</td><td>" << html_escape(to_string(cl->quantity.interval)) << "</td><td>"
        << html_escape(ReportView::claimant_of(*cl)) << "</td><td>"
        << html_escape(view.voice_of(*cl)) << "</td><td>" << html_escape(ReportView::outlet_of(*cl))
        << "</td><td>" << day_of(*cl) << "</td><td>" << marked(view, *cl);
    if (const std::string url = view.url_of(*cl); !url.empty()) {
      out << " <a href=\"" << html_escape(url) << "\" rel=\"noreferrer\">link</a>";
    }
    out << "</td></tr>";
  }
  out << "</tbody></table></div></div>\n";
}

void write_events(const ReportView& view, std::ostream& out) {
  const Report& r = view.report();
  out << "<h2 id=\"events\">Events and their keys</h2>\n";
  for (const Event& e : r.events) {
    const auto keys = view.keys_of(e.id);
    if (keys.empty()) continue;
    out << "<h3>" << html_escape(e.label) << "</h3><p class=\"muted\">"
        << (e.background ? "Background event" : "Current event");
    if (const std::string days = detail::event_days(e); !days.empty()) out << " · " << days;
    out << " · " << e.articles.size() << " articles · <code>" << html_escape(e.id)
        << "</code></p>\n";
    for (const KeyVerdict* k : keys) write_key(view, *k, e.background, out);
  }
}

void write_tail(const Report& r, std::ostream& out) {
  if (!r.sources.empty()) {
    out << "<h2 id=\"sources\">Sources' reliability</h2><p class=\"muted\">Weights from truth "
           "discovery across all keys: higher means closer to the consensus.</p>"
           "<div class=\"scroll\"><table><thead><tr><th>source</th><th>type</th>"
           "<th class=\"n\">weight</th><th class=\"n\">keys</th></tr></thead><tbody>";
    for (const SourceReliability& s : r.sources) {
      char weight[32];
      std::snprintf(weight, sizeof weight, "%.2f", s.weight);
      out << "<tr><td>" << html_escape(s.name) << "</td><td>" << s.type << "</td><td class=\"n\">"
          << weight << "</td><td class=\"n\">" << s.keys << "</td></tr>";
    }
    out << "</tbody></table></div>\n";
  }
  out << "<h2 id=\"skipped\">Skipped input</h2>\n";
  if (r.diagnostics.empty()) {
    out << "<p>Nothing was skipped.</p>\n";
  } else {
    out << "<div class=\"scroll\"><table><thead><tr><th>file</th><th>line</th><th>problem</th>"
           "<th>skipped</th></tr></thead><tbody>";
    for (const Diagnostic& d : r.diagnostics) {
      out << "<tr><td>" << html_escape(d.error.where.file) << "</td><td class=\"n\">"
          << d.error.where.line << "</td><td>" << html_escape(d.error.message) << "</td><td>"
          << html_escape(d.skipped) << "</td></tr>";
    }
    out << "</tbody></table></div>\n";
  }
  out << "<p class=\"muted\">Made by claimgraph. Every figure links to the sentence it was read "
         "from; the rules behind each verdict are in docs/reconciliation.md.</p>\n"
         "</main></body></html>\n";
}

}  // namespace

void write_html_report(const Report& report, std::ostream& out) {
  const ReportView view(report);
  write_head(view, out);
  write_flags(view, out);
  write_events(view, out);
  write_tail(report, out);
}

}  // namespace claimgraph
