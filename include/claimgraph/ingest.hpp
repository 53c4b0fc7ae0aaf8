#pragma once
/// Stage "ingest": reading article sets — text or Markdown files with an optional front-matter
/// header, JSONL (one article per line) and HTML pages — from files, directories and standard
/// input. The formats, their field aliases and what is skipped are in docs/input-formats.md.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/article.hpp"
#include "claimgraph/result.hpp"

namespace claimgraph {

/// Reads a whole file ("-" is standard input) as text. Fails with ErrorCode::io when it cannot
/// be read, ErrorCode::binary_input when it holds NUL bytes, ErrorCode::empty_input when empty.
[[nodiscard]] Result<std::string> read_text_file(const std::string& path);

/// The first byte offset at which `text` is not valid UTF-8, or npos when it all is.
[[nodiscard]] std::size_t find_invalid_utf8(std::string_view text) noexcept;

/// 1-based line and column (in bytes) of a byte offset in `text`.
struct LineColumn {
  std::size_t line = 1;
  std::size_t column = 1;
};
[[nodiscard]] LineColumn line_column(std::string_view text, std::size_t offset) noexcept;

/// Limits for read_articles.
struct IngestOptions {
  /// Text and HTML files (one article each) larger than this many bytes are not read: a
  /// Diagnostic (too_large), skipped "file". A JSONL file may be of any size; a line of it over
  /// this many bytes is skipped ("line N").
  std::size_t max_file_bytes = 1ull << 30;
  /// A JSONL file is read this many bytes at a time, so reading it holds one piece and the
  /// articles; a line longer than a piece is read whole.
  std::size_t jsonl_piece_bytes = std::size_t{16} << 20;
};

/// What read_articles read, and everything it skipped or flagged on the way.
struct IngestResult {
  /// Paths in the order given; directories walked in sorted path order; JSONL in line order.
  std::vector<Article> articles;
  /// One per problem, with file, line and what was skipped ("file", "line 7", "date", ...).
  std::vector<Diagnostic> diagnostics;
  std::size_t files_read = 0;  ///< files (and standard input) whose bytes were read
};

/// Reads articles from files, directories (recursive; only .txt .md .jsonl .html .htm inside
/// directories; a file named explicitly is read by its extension, unknown extensions as text) and
/// "-" (standard input, read as .txt, or as JSONL if its first non-space byte is '{'). Bad input
/// never stops the run: it becomes a Diagnostic and the rest is read. Same inputs, same output.
[[nodiscard]] IngestResult read_articles(const std::vector<std::string>& paths,
                                         const IngestOptions& options = {});

/// The per-format parsers, exposed for tests and fuzzers. `source` names the input in
/// diagnostics and in Article::source; ids default to its file stem.

/// One text or Markdown article with an optional `---` front-matter header. Fails (empty_input)
/// when there is no body. Problems the article survives (a bad date, an unclosed header, invalid
/// UTF-8) are dropped here; the overload with `warnings` appends them.
[[nodiscard]] Result<Article> parse_text_article(std::string_view content,
                                                 const std::string& source);
[[nodiscard]] Result<Article> parse_text_article(std::string_view content,
                                                 const std::string& source,
                                                 std::vector<Diagnostic>& warnings);

/// Appends one article per JSONL line to `out`, and one Diagnostic per skipped line or flagged
/// field to `diagnostics`. Ids already in `out` count as taken: a later duplicate is skipped.
void parse_jsonl_articles(std::string_view content, const std::string& source,
                          std::vector<Article>& out, std::vector<Diagnostic>& diagnostics);

/// The visible article text and metadata of one HTML page. Fails (empty_input) when the page has
/// no visible text; the overload with `warnings` appends problems the article survives.
[[nodiscard]] Result<Article> parse_html_article(std::string_view content,
                                                 const std::string& source);
[[nodiscard]] Result<Article> parse_html_article(std::string_view content,
                                                 const std::string& source,
                                                 std::vector<Diagnostic>& warnings);

}  // namespace claimgraph
