// Text and Markdown articles: an optional front-matter header, then the body.
//
// The header is a block of `key: value` lines between two lines that are exactly `---` (trailing
// spaces, tabs and a \r allowed), the first of them the first line of the file (after an optional
// UTF-8 byte order mark). Values may be quoted "..." (backslash escapes) or '...' ('' is a quote).
// `published` and `outlet` win over their aliases `date` and `source` wherever they stand; among
// equal keys the last wins; unknown keys are ignored. The body is every byte after the closing
// line, less leading blank lines: it is never re-encoded or normalised (later stages keep byte
// offsets into it), except that invalid UTF-8 bytes become U+FFFD with a warning. A header that
// is never closed is a warning, and then the whole file is the body.

#include <utility>

#include "claimgraph/ingest.hpp"
#include "ingest/ingest_detail.hpp"

namespace claimgraph {
namespace {

using detail::make_diagnostic;

/// One line of `text` starting at `begin`: its bytes without the "\n" or "\r\n", and where the
/// next line starts.
struct Line {
  std::string_view bytes;
  std::size_t next = 0;
};

Line line_at(std::string_view text, std::size_t begin) {
  const std::size_t nl = text.find('\n', begin);
  const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
  std::string_view bytes = text.substr(begin, end - begin);
  if (!bytes.empty() && bytes.back() == '\r') bytes.remove_suffix(1);
  return {bytes, nl == std::string_view::npos ? text.size() : nl + 1};
}

bool is_delimiter(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---";
}

std::string unquote(std::string_view v) {
  if (v.size() >= 2 && v.front() == '"' && v.back() == '"') {
    std::string out;
    const std::string_view inner = v.substr(1, v.size() - 2);
    for (std::size_t i = 0; i < inner.size(); ++i) {
      if (inner[i] == '\\' && i + 1 < inner.size()) {
        const char e = inner[++i];
        out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
      } else {
        out += inner[i];
      }
    }
    return out;
  }
  if (v.size() >= 2 && v.front() == '\'' && v.back() == '\'') {
    std::string out;
    const std::string_view inner = v.substr(1, v.size() - 2);
    for (std::size_t i = 0; i < inner.size(); ++i) {
      out += inner[i];
      if (inner[i] == '\'' && i + 1 < inner.size() && inner[i + 1] == '\'') ++i;
    }
    return out;
  }
  return std::string(v);
}

enum class Key { id, outlet, url, published, title, count };

struct KeyName {
  std::string_view name;
  Key key;
  int rank;  // the canonical name outranks an alias
};

constexpr KeyName kKeys[] = {
    {"id", Key::id, 2},       {"outlet", Key::outlet, 2},       {"source", Key::outlet, 1},
    {"url", Key::url, 2},     {"published", Key::published, 2}, {"date", Key::published, 1},
    {"title", Key::title, 2},
};

struct HeaderValue {
  std::string value;
  int rank = 0;
  std::size_t line = 0;
};

/// The header's fields; `closed` is false when the closing `---` never came.
struct Header {
  HeaderValue fields[static_cast<std::size_t>(Key::count)];
  bool closed = false;
  std::size_t body_begin = 0;

  HeaderValue& operator[](Key k) { return fields[static_cast<std::size_t>(k)]; }
};

Header read_header(std::string_view text, std::size_t begin, const std::string& source,
                   std::vector<Diagnostic>& warnings) {
  Header header;
  std::vector<Diagnostic> line_warnings;
  std::size_t pos = line_at(text, begin).next;
  for (std::size_t line_no = 2; pos < text.size(); ++line_no) {
    const Line line = line_at(text, pos);
    if (is_delimiter(line.bytes)) {
      header.closed = true;
      header.body_begin = line.next;
      break;
    }
    pos = line.next;
    const std::string_view content = detail::trim(line.bytes);
    if (content.empty() || content.front() == '#') continue;
    const std::size_t colon = content.find(':');
    if (colon == std::string_view::npos) {
      line_warnings.push_back(make_diagnostic(ErrorCode::malformed,
                                              "front matter line is not \"key: value\"",
                                              {source, line_no, 0}, detail::line_label(line_no)));
      continue;
    }
    const std::string key = detail::ascii_lower(detail::trim(content.substr(0, colon)));
    for (const KeyName& k : kKeys) {
      if (k.name != key) continue;
      HeaderValue& slot = header[k.key];
      if (k.rank >= slot.rank) {
        slot = {unquote(detail::trim(content.substr(colon + 1))), k.rank, line_no};
      }
    }
  }
  if (header.closed) {
    for (Diagnostic& d : line_warnings) warnings.push_back(std::move(d));
  }
  return header;
}

}  // namespace

Result<Article> parse_text_article(std::string_view content, const std::string& source) {
  std::vector<Diagnostic> ignored;
  return parse_text_article(content, source, ignored);
}

Result<Article> parse_text_article(std::string_view content, const std::string& source,
                                   std::vector<Diagnostic>& warnings) {
  const std::optional<std::string> repaired =
      detail::repair_utf8(content, {source, 1, 0}, warnings);
  const std::string_view text = repaired ? std::string_view(*repaired) : content;
  const std::size_t start = text.starts_with(detail::kUtf8Bom) ? detail::kUtf8Bom.size() : 0;

  Article article;
  article.source = source;
  std::size_t body = start;
  if (is_delimiter(line_at(text, start).bytes)) {
    Header header = read_header(text, start, source, warnings);
    if (!header.closed) {
      warnings.push_back(make_diagnostic(
          ErrorCode::malformed,
          "front matter opened by \"---\" is never closed; the whole file is read as the body",
          {source, 1, start}, "front matter"));
    } else {
      body = header.body_begin;
      article.id = std::move(header[Key::id].value);
      article.outlet = std::move(header[Key::outlet].value);
      article.url = std::move(header[Key::url].value);
      article.title = std::move(header[Key::title].value);
      const HeaderValue& published = header[Key::published];
      if (!published.value.empty()) {
        article.published = detail::parse_published_date(published.value);
        if (!article.published) {
          warnings.push_back(
              make_diagnostic(ErrorCode::malformed,
                              "unreadable date \"" + published.value +
                                  "\" (expected YYYY-MM-DD, years 1800-2100, optionally with a "
                                  "time); article kept without a date",
                              {source, published.line, 0}, "date"));
        }
      }
    }
  }

  // Leading blank lines are layout, not text.
  while (body < text.size()) {
    const Line line = line_at(text, body);
    if (!detail::is_blank(line.bytes)) break;
    body = line.next;
  }
  if (detail::is_blank(text.substr(body))) {
    return Error{
        ErrorCode::empty_input, "no article text", {source, line_column(text, body).line, body}};
  }
  article.text = std::string(text.substr(body));
  if (article.id.empty()) article.id = detail::id_from_source(source);
  return article;
}

}  // namespace claimgraph
