// Invalid UTF-8 in an article is flagged, not fatal: each byte that does not start a valid
// sequence (find_invalid_utf8's rules) becomes U+FFFD, so Article::text is always UTF-8, and one
// warning names the first bad byte by line and column. Valid input is never copied.

#include "claimgraph/ingest.hpp"
#include "ingest/ingest_detail.hpp"

namespace claimgraph::detail {

std::optional<std::string> repair_utf8(std::string_view text, const Location& start,
                                       std::vector<Diagnostic>& warnings) {
  const std::size_t first_bad = find_invalid_utf8(text);
  if (first_bad == std::string_view::npos) return std::nullopt;
  const LineColumn lc = line_column(text, first_bad);
  const std::size_t first_line = start.line == 0 ? 1 : start.line;

  std::string out;
  out.reserve(text.size() + 16);
  std::size_t from = 0;
  std::size_t replaced = 0;
  std::size_t bad = first_bad;
  while (bad != std::string_view::npos) {
    out.append(text.substr(from, bad - from));
    out.append("\xEF\xBF\xBD");
    ++replaced;
    from = bad + 1;
    const std::size_t next = find_invalid_utf8(text.substr(from));
    bad = next == std::string_view::npos ? next : from + next;
  }
  out.append(text.substr(from));

  warnings.push_back(make_diagnostic(
      ErrorCode::invalid_utf8,
      "invalid UTF-8 at column " + std::to_string(lc.column) + "; " + std::to_string(replaced) +
          (replaced == 1 ? " byte" : " bytes") + " replaced by U+FFFD",
      Location{start.file, first_line + lc.line - 1, start.byte_offset + first_bad},
      std::to_string(replaced) + (replaced == 1 ? " byte" : " bytes")));
  return out;
}

}  // namespace claimgraph::detail
