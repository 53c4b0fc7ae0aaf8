#pragma once
/// Stage "report": the discrepancy report for people (Markdown, HTML) and spreadsheets (CSV),
/// and the filters the CLI offers. Layouts in docs/report-formats.md; the JSON report is in
/// report_json.hpp.

#include <ostream>
#include <string>

#include "claimgraph/report.hpp"

namespace claimgraph {

/// What to keep of a report. Empty strings keep everything.
struct ReportFilter {
  Severity min_severity = Severity::info;  ///< flags below it are left out
  std::string event;                       ///< an Event::id
  std::string kind;                        ///< "killed", "wounded", ...
  std::string side;                        ///< "Armenia", "both", ...
};

/// The report with only the keys of the chosen event, kind and side, their flags at or above
/// `min_severity`, the events they belong to and the claims they hold (claim indices renumbered).
/// Articles, sources and diagnostics are kept whole. Takes the report by value: move it in when
/// the whole report is no longer needed, and nothing is copied.
[[nodiscard]] Report filter_report(Report report, const ReportFilter& filter);

/// Markdown: a summary, the flags most severe first, then per event and key a table of claims
/// (figure, interval, claimant, outlet, date, the sentence with the figure in bold, link), the
/// verdict and the consensus, and what was skipped.
void write_markdown_report(const Report& report, std::ostream& out);

/// HTML: one self-contained page (inline CSS and SVG, no script, no network) with the same
/// content as Markdown and a chart per key: figures by source over time, intervals as bars,
/// revisions as a line per voice, the consensus band.
void write_html_report(const Report& report, std::ostream& out);

/// The CSV tables (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
/// comma, quote or line break; UTF-8 with a header row).
enum class CsvTable { claims, flags };
void write_csv_report(const Report& report, CsvTable table, std::ostream& out);

}  // namespace claimgraph
