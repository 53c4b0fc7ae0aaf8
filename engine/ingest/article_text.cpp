// Reading and trimming an article's body (include/claimgraph/article.hpp).

#include <algorithm>

#include "claimgraph/article.hpp"

namespace claimgraph {
namespace {

// Where the lead ends in `text` (a whole body, or a trimmed one's start).
std::size_t lead_end(std::string_view text) noexcept {
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return 0;
  const std::string_view window = text.substr(start, 400);
  return start + std::min({window.size(), window.find('\n'), window.find(". ")});
}

constexpr std::size_t kShortLine = 120;
constexpr std::size_t kOpeningBytes = 48;

}  // namespace

std::vector<std::size_t> opening_line_starts(std::string_view text) {
  std::vector<std::size_t> starts{0};
  std::size_t start = 0;
  while (starts.size() < 3) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos || end - start > kShortLine) break;
    start = text.find_first_not_of(" \t\r\n", end);
    if (start == std::string_view::npos) break;
    starts.push_back(start);
  }
  return starts;
}

std::string_view text_at(const Article& a, Span s) noexcept {
  if (s.begin > s.end) return {};
  if (s.end <= a.text.size()) return std::string_view(a.text).substr(s.begin, s.size());
  // The last excerpt that starts at or before the span holds it, if any does.
  const auto after =
      std::upper_bound(a.excerpts.begin(), a.excerpts.end(), s.begin,
                       [](std::size_t begin, const Excerpt& e) { return begin < e.begin; });
  if (after == a.excerpts.begin()) return {};
  const Excerpt& e = *std::prev(after);
  if (s.end > e.begin + e.text.size()) return {};
  return std::string_view(e.text).substr(s.begin - e.begin, s.size());
}

std::string_view lead_of(const Article& a) noexcept {
  const std::size_t end = lead_end(a.text);
  const std::size_t start = std::min(end, a.text.find_first_not_of(" \t\r\n"));
  return std::string_view(a.text).substr(start, end - start);
}

void trim_text(Article& a, std::vector<Span> keep) {
  if (!a.excerpts.empty()) return;  // trimmed already: what is gone stays gone
  const std::size_t size = a.text.size();
  const std::size_t lead = lead_end(a.text);
  std::size_t prefix =
      std::min(size, std::max(lead, opening_line_starts(a.text).back() + kOpeningBytes));
  // A cut between the lead's full stop and the space after it would make the trimmed lead end
  // elsewhere: keep the space.
  if (prefix == lead + 1 && prefix < size) ++prefix;
  std::erase_if(keep, [&](Span s) { return s.empty() || s.end > size || s.end <= prefix; });
  std::sort(keep.begin(), keep.end(),
            [](Span x, Span y) { return x.begin != y.begin ? x.begin < y.begin : x.end > y.end; });
  std::vector<Excerpt> excerpts;
  for (std::size_t i = 0; i < keep.size();) {
    Span run = keep[i];
    for (++i; i < keep.size() && keep[i].begin <= run.end; ++i) {
      run.end = std::max(run.end, keep[i].end);
    }
    excerpts.push_back({run.begin, a.text.substr(run.begin, run.size())});
  }
  a.text.resize(prefix);
  a.text.shrink_to_fit();
  a.excerpts = std::move(excerpts);
}

}  // namespace claimgraph
