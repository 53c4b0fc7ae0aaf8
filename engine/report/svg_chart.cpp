// key_chart_svg: one key's claims as an inline SVG chart.
//
// The plot area is 600 × 180 user units inside a 640 × 230 viewBox, scaled to the page width.
// y is linear from 0 to 10% above the largest finite figure, interval end or consensus high, so
// an open upper end ("at least 135") is drawn to the top with an arrow. x is the day of each
// claim when the claims span two days or more; otherwise each voice gets its own column. Dots of
// one day are spread across a small band by voice so they do not hide each other. Coordinates
// are rounded to one decimal: the same report gives the same bytes.

#include "report/svg_chart.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>

#include "claimgraph/time_anchor.hpp"

namespace claimgraph::detail {
namespace {

constexpr double kLeft = 56;
constexpr double kTop = 12;
constexpr double kWidth = 560;
constexpr double kHeight = 170;

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string day_label(int day) {
  const std::chrono::year_month_day d{std::chrono::sys_days{std::chrono::days{day}}};
  return iso_date(d);
}

}  // namespace

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char ch : s) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

std::string key_chart_svg(const std::vector<ChartPoint>& points, const Consensus& consensus,
                          const std::vector<std::string>& voices,
                          const std::vector<std::string>& colors, bool timeless) {
  if (points.empty()) return {};
  double top = std::max({consensus.high, consensus.best, 1.0});
  int first = 0;
  int last = 0;
  bool have_day = false;
  for (const ChartPoint& p : points) {
    top = std::max(top, p.best);
    if (!p.interval.hi.unbounded()) top = std::max(top, p.interval.hi.value);
    if (p.day != 0) {
      first = have_day ? std::min(first, p.day) : p.day;
      last = have_day ? std::max(last, p.day) : p.day;
      have_day = true;
    }
  }
  // y ticks at a round step (at least 1: these are counts of people), the top one tick above
  // the largest figure
  const double raw = top / 4;
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  const double norm = raw / mag;
  const double step = std::max(1.0, (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag);
  top = step * (std::floor(top / step) + 1);
  const bool timeline = !timeless && have_day && last > first;
  const auto voice_index = [&](const std::string& v) {
    return static_cast<double>(std::find(voices.begin(), voices.end(), v) - voices.begin());
  };
  const double n_voices = std::max<double>(1, static_cast<double>(voices.size()));
  const auto x_of = [&](const ChartPoint& p) {
    const double slot = voice_index(p.voice);
    if (!timeline) return kLeft + kWidth * (slot + 0.5) / n_voices;
    const double t = p.day == 0 ? 0.0 : static_cast<double>(p.day - first) / (last - first);
    const double spread = (slot - (n_voices - 1) / 2) * std::min(8.0, 40.0 / n_voices);
    return kLeft + 20 + (kWidth - 40) * t + spread;
  };
  const auto y_of = [&](double v) {
    return kTop + kHeight - kHeight * std::clamp(v / top, 0.0, 1.0);
  };
  const auto color_of = [&](const std::string& v) {
    const auto i = static_cast<std::size_t>(voice_index(v));
    return i < colors.size() ? colors[i] : std::string("#555");
  };

  std::string s = "<svg class=\"chart\" viewBox=\"0 0 640 230\" role=\"img\">";
  // consensus band and best line
  s += "<rect x=\"" + num(kLeft) + "\" y=\"" + num(y_of(consensus.high)) + "\" width=\"" +
       num(kWidth) + "\" height=\"" +
       num(std::max(1.0, y_of(consensus.low) - y_of(consensus.high))) +
       "\" fill=\"#f2c94c\" fill-opacity=\"0.25\"><title>consensus " +
       html_escape(number_text(consensus.low)) + "–" + html_escape(number_text(consensus.high)) +
       "</title></rect>";
  s += "<line x1=\"" + num(kLeft) + "\" x2=\"" + num(kLeft + kWidth) + "\" y1=\"" +
       num(y_of(consensus.best)) + "\" y2=\"" + num(y_of(consensus.best)) +
       "\" stroke=\"#b8860b\" stroke-dasharray=\"6 4\"/>";
  // axes and y ticks
  s += "<line x1=\"" + num(kLeft) + "\" x2=\"" + num(kLeft) + "\" y1=\"" + num(kTop) + "\" y2=\"" +
       num(kTop + kHeight) + "\" stroke=\"#888\"/>";
  s += "<line x1=\"" + num(kLeft) + "\" x2=\"" + num(kLeft + kWidth) + "\" y1=\"" +
       num(kTop + kHeight) + "\" y2=\"" + num(kTop + kHeight) + "\" stroke=\"#888\"/>";
  for (double v = 0; v <= top + step / 2; v += step) {
    s += "<text x=\"" + num(kLeft - 6) + "\" y=\"" + num(y_of(v) + 4) +
         "\" text-anchor=\"end\" class=\"tick\">" + html_escape(number_text(v)) + "</text>";
    s += "<line x1=\"" + num(kLeft) + "\" x2=\"" + num(kLeft + kWidth) + "\" y1=\"" + num(y_of(v)) +
         "\" y2=\"" + num(y_of(v)) + "\" stroke=\"#eee\"/>";
  }
  if (timeline) {
    s += "<text x=\"" + num(kLeft + 20) + "\" y=\"" + num(kTop + kHeight + 16) +
         "\" text-anchor=\"middle\" class=\"tick\">" + day_label(first) + "</text>";
    s += "<text x=\"" + num(kLeft + kWidth - 20) + "\" y=\"" + num(kTop + kHeight + 16) +
         "\" text-anchor=\"middle\" class=\"tick\">" + day_label(last) + "</text>";
  }
  // a line per voice through its largest figure of each day (a revision timeline)
  if (timeline) {
    std::map<std::string, std::map<int, const ChartPoint*>> by_voice;
    for (const ChartPoint& p : points) {
      if (p.day == 0) continue;
      const ChartPoint*& top_of_day = by_voice[p.voice][p.day];
      if (!top_of_day || p.best > top_of_day->best) top_of_day = &p;
    }
    for (const auto& [voice, days] : by_voice) {
      if (days.size() < 2) continue;
      std::string pts;
      for (const auto& [day, p] : days) {
        pts += (pts.empty() ? "" : " ") + num(x_of(*p)) + "," + num(y_of(p->best));
      }
      s += "<polyline points=\"" + pts + "\" fill=\"none\" stroke=\"" + color_of(voice) +
           "\" stroke-width=\"1.5\" stroke-opacity=\"0.7\"/>";
    }
  }
  // each claim: an interval bar and a dot
  for (const ChartPoint& p : points) {
    const double x = x_of(p);
    const std::string color = color_of(p.voice);
    const bool open_top = p.interval.hi.unbounded();
    const double lo = p.interval.lo.unbounded() ? 0 : p.interval.lo.value;
    const double hi = open_top ? top : p.interval.hi.value;
    if (hi > lo) {
      s += "<line x1=\"" + num(x) + "\" x2=\"" + num(x) + "\" y1=\"" + num(y_of(lo)) + "\" y2=\"" +
           num(y_of(hi)) + "\" stroke=\"" + color +
           "\" stroke-width=\"5\" stroke-opacity=\"0.35\"/>";
    }
    if (open_top) {
      const double y = y_of(hi);
      s += "<path d=\"M" + num(x - 5) + "," + num(y + 7) + " L" + num(x) + "," + num(y) + " L" +
           num(x + 5) + "," + num(y + 7) + "\" fill=\"none\" stroke=\"" + color + "\"/>";
    }
    s += "<circle cx=\"" + num(x) + "\" cy=\"" + num(y_of(p.best)) + "\" r=\"4.5\" fill=\"" +
         color + "\"><title>" + html_escape(p.label) + "</title></circle>";
  }
  s += "</svg>";
  return s;
}

}  // namespace claimgraph::detail
