#pragma once
// The chart of one comparison key, as inline SVG for the HTML report.

#include <string>
#include <vector>

#include "claimgraph/report.hpp"

namespace claimgraph::detail {

/// One plotted claim: its voice, figure, interval and day.
struct ChartPoint {
  std::string voice;
  std::string label;  ///< tooltip: "Armenia: at least 105 (Euronews, 2022-09-13)"
  Interval interval;
  double best = 0;
  int day = 0;  ///< days since 1970-01-01; 0 when unknown
};

/// The SVG of a key's claims: x is time (or the voices, for a key with one day or none), y the
/// figure; each claim an interval bar with a dot at its figure (an arrow for an open upper end),
/// a line per voice through its largest figure of each day, the consensus band and best line.
/// `colors` gives each voice's colour (the legend is the caller's).
/// `timeless` (a background event: the days are those of the articles recalling it) always
/// puts the voices in columns.
[[nodiscard]] std::string key_chart_svg(const std::vector<ChartPoint>& points,
                                        const Consensus& consensus,
                                        const std::vector<std::string>& voices,
                                        const std::vector<std::string>& colors, bool timeless);

/// HTML text escaping (& < > " ').
[[nodiscard]] std::string html_escape(std::string_view s);

}  // namespace claimgraph::detail
