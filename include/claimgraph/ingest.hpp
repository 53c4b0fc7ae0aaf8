#pragma once
/// Stage "ingest": reading input files. (Article formats — front matter, JSONL, HTML — build on
/// this; see docs/input-formats.md.)

#include <string>
#include <string_view>

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

}  // namespace claimgraph
