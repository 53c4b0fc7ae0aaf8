// JSONL articles: one JSON object per line, parsed line by line with simdjson's On-Demand API.
//
// Each line is copied into its own padded buffer and parsed alone, so a malformed line costs only
// itself: it becomes a Diagnostic "file:line: reason" (skipped "line N") and the next line is
// read. Blank lines are layout and skipped silently. Recognised fields: id (string or number),
// outlet (alias source), url, published (alias date), title, text; the canonical name wins over
// its alias, the last of equal keys wins, and other fields are ignored. A line needs a non-blank
// string `text`. A field of the wrong type, a bad date or invalid UTF-8 is a warning and the
// article is kept (invalid bytes become U+FFFD before parsing, since simdjson rejects them).

#include <simdjson.h>

#include <string>
#include <utility>

#include "claimgraph/ingest.hpp"
#include "ingest/ingest_detail.hpp"

namespace claimgraph {
namespace {

using detail::make_diagnostic;
namespace od = simdjson::ondemand;

enum class Field { id, outlet, url, published, title, text, count };

struct FieldName {
  std::string_view name;
  Field field;
  int rank;  // the canonical name outranks an alias
};

constexpr FieldName kFields[] = {
    {"id", Field::id, 2},       {"outlet", Field::outlet, 2},       {"source", Field::outlet, 1},
    {"url", Field::url, 2},     {"published", Field::published, 2}, {"date", Field::published, 1},
    {"title", Field::title, 2}, {"text", Field::text, 2},
};

struct FieldValue {
  std::string value;
  int rank = 0;
  bool is_string = false;  // false: present but not a string (only `text` cares)
};

/// One line being read: where it is, and what it says so far.
struct LineReader {
  const std::string& source;
  std::size_t line = 0;
  std::size_t offset = 0;            // of the line's first byte in the file
  std::vector<Diagnostic> warnings;  // reported only when the line is read
  FieldValue fields[static_cast<std::size_t>(Field::count)];

  FieldValue& operator[](Field f) { return fields[static_cast<std::size_t>(f)]; }
  [[nodiscard]] Location where() const { return {source, line, offset}; }
  void warn(std::string message, std::string skipped) {
    warnings.push_back(
        make_diagnostic(ErrorCode::malformed, std::move(message), where(), std::move(skipped)));
  }
};

/// The length of the JSON object that opens `line` (after optional spaces), found by matching
/// brackets outside strings; 0 when the line does not open one. simdjson validates what it
/// holds; this only tells "no object", "unterminated" and "text after it" apart for the message.
std::size_t object_length(std::string_view line, std::string& problem) {
  const std::size_t begin = line.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos || line[begin] != '{') {
    problem = "not a JSON object";
    return 0;
  }
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = begin; i < line.size(); ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if ((c == '}' || c == ']') && --depth == 0) {
      if (!detail::is_blank(line.substr(i + 1))) {
        problem = "text after the JSON object";
        return 0;
      }
      return i + 1;
    }
  }
  problem = "unterminated JSON object";
  return 0;
}

std::string json_error(simdjson::error_code error) {
  return std::string("not valid JSON (") + simdjson::error_message(error) + ")";
}

/// Reads the fields of one JSON object line into `r`. Returns the reason the line is unreadable,
/// or an empty string.
std::string read_object(od::parser& parser, std::string_view line, LineReader& r) {
  std::string problem;
  const std::size_t length = object_length(line, problem);
  if (length == 0) return problem;
  const simdjson::padded_string padded(line.substr(0, length));
  od::document doc;
  if (const auto error = parser.iterate(padded).get(doc)) return json_error(error);
  od::json_type root_type{};
  if (const auto error = doc.type().get(root_type)) return json_error(error);
  if (root_type != od::json_type::object) return "not a JSON object";
  od::object object;
  if (const auto error = doc.get_object().get(object)) return json_error(error);

  for (auto member : object) {
    od::field field;
    if (const auto error = std::move(member).get(field)) return json_error(error);
    std::string_view key;
    if (const auto error = field.unescaped_key().get(key)) return json_error(error);
    const FieldName* known = nullptr;
    for (const FieldName& f : kFields) {
      if (f.name == key) known = &f;
    }
    if (known == nullptr) continue;  // unknown fields are skipped unread
    od::value& value = field.value();
    od::json_type type{};
    if (const auto error = value.type().get(type)) return json_error(error);
    FieldValue got;
    got.rank = known->rank;
    if (type == od::json_type::string) {
      std::string_view s;
      if (const auto error = value.get_string().get(s)) return json_error(error);
      got.value = std::string(s);
      got.is_string = true;
    } else if (type == od::json_type::number && known->field == Field::id) {
      got.value = std::string(detail::trim(value.raw_json_token()));
      got.is_string = true;
    } else if (type == od::json_type::null) {
      continue;  // null is "unknown"
    } else if (known->field != Field::text) {
      r.warn("field \"" + std::string(known->name) + "\" is not a string; ignored",
             "field " + std::string(known->name));
      continue;
    }
    FieldValue& slot = r[known->field];
    if (got.rank >= slot.rank) slot = std::move(got);
  }
  return {};
}

}  // namespace

void detail::parse_jsonl_into(std::string_view content, const std::string& source,
                              ArticleSink& sink, std::size_t first_line, std::size_t first_offset,
                              std::size_t max_line_bytes) {
  od::parser parser;
  const std::string stem = id_from_source(source);
  std::size_t pos = first_offset == 0 && content.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
  for (std::size_t line_no = first_line; pos < content.size(); ++line_no) {
    const std::size_t nl = content.find('\n', pos);
    const std::size_t end = nl == std::string_view::npos ? content.size() : nl;
    std::string_view line = content.substr(pos, end - pos);
    const std::size_t offset = first_offset + pos;
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    if (is_blank(line)) continue;
    if (line.back() == '\r') line.remove_suffix(1);

    if (line.size() > max_line_bytes) {
      sink.diagnostics().push_back(make_diagnostic(ErrorCode::too_large,
                                                   "line is " + std::to_string(line.size()) +
                                                       " bytes, over the limit of " +
                                                       std::to_string(max_line_bytes),
                                                   {source, line_no, offset}, line_label(line_no)));
      continue;
    }
    LineReader r{source, line_no, offset, {}, {}};
    const std::optional<std::string> repaired = repair_utf8(line, r.where(), r.warnings);
    const std::string reason = read_object(parser, repaired ? *repaired : line, r);
    const FieldValue& text = r[Field::text];
    std::string problem = reason;
    if (problem.empty()) {
      if (text.rank == 0) {
        problem = "no \"text\" field";
      } else if (!text.is_string) {
        problem = "\"text\" is not a string";
      } else if (is_blank(text.value)) {
        problem = "empty \"text\"";
      }
    }
    if (!problem.empty()) {
      sink.diagnostics().push_back(make_diagnostic(ErrorCode::malformed, std::move(problem),
                                                   r.where(), line_label(line_no)));
      continue;
    }

    Article article;
    article.id = trim(r[Field::id].value);
    if (article.id.empty()) article.id = stem + ":" + std::to_string(line_no);
    article.outlet = collapse_spaces(r[Field::outlet].value);
    article.url = trim(r[Field::url].value);
    article.title = collapse_spaces(r[Field::title].value);
    article.text = std::move(r[Field::text].value);
    article.source = source + ":" + std::to_string(line_no);
    if (const std::string& date = r[Field::published].value; !is_blank(date)) {
      article.published = parse_published_date(date);
      if (!article.published) {
        r.warn("unreadable date \"" + date +
                   "\" (expected YYYY-MM-DD, years 1800-2100, optionally with a time); article "
                   "kept without a date",
               "date");
      }
    }
    for (Diagnostic& d : r.warnings) sink.diagnostics().push_back(std::move(d));
    sink.add(std::move(article), r.where(), line_label(line_no));
  }
}

void parse_jsonl_articles(std::string_view content, const std::string& source,
                          std::vector<Article>& out, std::vector<Diagnostic>& diagnostics) {
  detail::ArticleSink sink(out, diagnostics);
  detail::parse_jsonl_into(content, source, sink);
}

}  // namespace claimgraph
