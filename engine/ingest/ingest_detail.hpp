#pragma once
// Helpers shared by the ingest formats (text, JSONL, HTML) and the dispatcher: field clean-up,
// dates, default ids, UTF-8 repair and the run-wide id registry. Not part of the public API.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimgraph/article.hpp"
#include "claimgraph/ingest.hpp"
#include "claimgraph/input_part.hpp"
#include "claimgraph/result.hpp"

namespace claimgraph::detail {

/// The name standard input has in diagnostics and in Article::source.
inline constexpr std::string_view kStdinSource = "<stdin>";

/// The UTF-8 byte order mark.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// True for the ASCII whitespace bytes space, \t, \n, \v, \f and \r.
[[nodiscard]] constexpr bool is_ascii_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/// `s` without leading and trailing ASCII whitespace.
[[nodiscard]] std::string_view trim(std::string_view s) noexcept;

/// True when `s` is empty or all ASCII whitespace.
[[nodiscard]] bool is_blank(std::string_view s) noexcept;

/// `s` with ASCII letters lowered (other bytes unchanged).
[[nodiscard]] std::string ascii_lower(std::string_view s);

/// ASCII case-insensitive equality.
[[nodiscard]] bool iequals(std::string_view a, std::string_view b) noexcept;

/// `s` trimmed, with every run of ASCII whitespace inside it replaced by one space: titles,
/// outlets and other one-line fields.
[[nodiscard]] std::string collapse_spaces(std::string_view s);

/// A publication date written "YYYY-MM-DD", optionally followed by 'T' or a space and a time
/// "HH:MM[:SS[.fff]]" with an optional zone ("Z", "UTC", "+02:00", "-0500"). The date is taken as
/// written (no time-zone conversion). Empty when the text is not of that form or the date or time
/// does not exist (2022-02-30, 25:00).
[[nodiscard]] std::optional<std::chrono::year_month_day> parse_published_date(
    std::string_view text) noexcept;

/// The id an article read from `source` gets when it names none: the file stem ("stdin" for
/// standard input).
[[nodiscard]] std::string id_from_source(std::string_view source);

/// When `text` is not valid UTF-8: a copy with every byte that does not start a valid sequence
/// replaced by U+FFFD, and one warning appended that locates the first bad byte. `start` is where
/// text[0] is (file, 1-based line, byte offset); columns count bytes from the start of a line.
/// Empty (and no warning) when `text` is valid.
[[nodiscard]] std::optional<std::string> repair_utf8(std::string_view text, const Location& start,
                                                     std::vector<Diagnostic>& warnings);

/// A Diagnostic for a problem at `where`, leaving out `skipped`.
[[nodiscard]] Diagnostic make_diagnostic(ErrorCode code, std::string message, Location where,
                                         std::string skipped);

/// "line 7", the `skipped` text for one input line.
[[nodiscard]] std::string line_label(std::size_t line);

/// The diagnostic of an article left out because `id` was first read from `first_source`.
[[nodiscard]] Diagnostic duplicate_id(const std::string& id, const std::string& first_source,
                                      Location where, std::string skipped);

/// Collects the articles of one run and keeps ids unique: an article whose id is taken is left
/// out with a Diagnostic naming the article that has it. Refers to, and outlives neither, the
/// vectors it fills.
class ArticleSink {
 public:
  /// Articles already in `articles` keep their ids (the first of equal ids counts).
  ArticleSink(std::vector<Article>& articles, std::vector<Diagnostic>& diagnostics);

  /// Appends `article` unless its id is taken; then records a Diagnostic at `where` that leaves
  /// out `skipped` ("file", "line 7") and returns false.
  bool add(Article article, const Location& where, std::string skipped);

  [[nodiscard]] std::vector<Diagnostic>& diagnostics() noexcept { return *diagnostics_; }

  /// Records where each added article came from, in `origins` (one per article), and keeps
  /// articles whose id is taken: a part of the input (InputPart) leaves duplicates to be settled
  /// across all parts (find_cross_part_duplicates).
  void record_origins(std::vector<ArticleOrigin>& origins) noexcept { origins_ = &origins; }

 private:
  std::vector<Article>* articles_;
  std::vector<Diagnostic>* diagnostics_;
  std::vector<ArticleOrigin>* origins_ = nullptr;
  std::unordered_map<std::string, std::size_t> index_of_id_;
};

/// parse_html_article with the nesting limit of guard_html as a parameter (SIZE_MAX: none), so
/// tests can check that a deep tree is still taken apart safely.
[[nodiscard]] Result<Article> parse_html_article_with_depth_limit(std::string_view content,
                                                                  const std::string& source,
                                                                  std::vector<Diagnostic>& warnings,
                                                                  std::size_t max_depth);

/// parse_jsonl_articles with a caller-owned sink, so ids stay unique across a whole run. A piece
/// of a file (read_input_part) starts at `first_line` and byte `first_offset` of it; a byte
/// order mark is skipped only at the file's start. A line longer than `max_line_bytes` is skipped
/// (too_large).
void parse_jsonl_into(std::string_view content, const std::string& source, ArticleSink& sink,
                      std::size_t first_line = 1, std::size_t first_offset = 0,
                      std::size_t max_line_bytes = SIZE_MAX);

/// The end of a file, as the `end` of a byte range to read.
inline constexpr std::uint64_t kToEnd = UINT64_MAX;

/// Reads bytes [begin, end) of `in` (end: kToEnd for the end of the file) `piece_bytes` (at
/// most 1 MB) at a time and calls `visit(piece, file offset of piece[0])` on each, stopping when it
/// returns false. False when the range could not be read whole (a read error, or a file shorter
/// than `end`).
[[nodiscard]] bool for_each_piece(
    std::istream& in, std::uint64_t begin, std::uint64_t end, std::size_t piece_bytes,
    const std::function<bool(std::string_view, std::uint64_t)>& visit);

/// Parses the JSONL lines of bytes [begin, end) of `in` (end: kToEnd for the end of the file)
/// into `sink`, reading options.jsonl_piece_bytes at a time; byte `begin` starts a line, line
/// `first_line` of the file at `path`. False when the range could not be read whole.
[[nodiscard]] bool parse_jsonl_range(std::istream& in, std::uint64_t begin, std::uint64_t end,
                                     const std::string& path, ArticleSink& sink,
                                     std::size_t first_line, const IngestOptions& options);

/// How a file's bytes are read.
enum class Format { text, jsonl, html };

/// One step of reading a run's input, in order: a problem found while walking the paths (a
/// missing path, an unreadable directory, a file over the size limit), a file to read, or
/// standard input.
struct InputItem {
  enum class Kind { problem, file, standard_input };
  Kind kind = Kind::file;
  Diagnostic problem;  ///< Kind::problem
  std::string path;    ///< Kind::file
  Format format = Format::text;
  std::uint64_t size = 0;  ///< bytes of the file (0 when unknown)
};

/// The input plan of `paths`: directories walked in sorted order, files over the size limit
/// turned into problems. read_articles reads it in order.
[[nodiscard]] std::vector<InputItem> plan_input(const std::vector<std::string>& paths,
                                                const IngestOptions& options);

/// Parses one file's content (or a JSONL file's whole content) as `format` into `sink`; JSONL
/// lines over `max_line_bytes` are skipped.
void parse_input(std::string_view content, const std::string& source, Format format,
                 ArticleSink& sink, std::size_t max_line_bytes);

}  // namespace claimgraph::detail
