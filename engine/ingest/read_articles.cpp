// The ingest dispatcher: paths → files → articles.
//
// Paths are read in the order given. A directory is walked recursively without following
// symbolic links to directories (so there are no loops); its files with a known extension are
// read in sorted path order (byte-wise), so the same tree always gives the same order. Hidden
// entries (".name") and README files are not articles and are passed over. A file
// named explicitly is read by its extension, unknown ones as text; "-" is standard input, read as
// JSONL when its first non-space byte is '{', else as text. Nothing stops the run: an unreadable,
// empty, binary or oversized file, a bad line or a duplicate id becomes a Diagnostic naming the
// file (and line) and what was skipped, and reading goes on. A JSONL file is read a piece at
// a time (read_jsonl), so reading a corpus holds its articles and one piece, not a second copy.

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "claimgraph/ingest.hpp"
#include "ingest/ingest_detail.hpp"

namespace claimgraph {
namespace {

namespace fs = std::filesystem;
using detail::Format;
using detail::InputItem;
using detail::make_diagnostic;

/// The format of a file by its extension (ASCII case ignored); empty when not an article file.
std::optional<Format> format_of(const fs::path& path) {
  const std::string ext = detail::ascii_lower(path.extension().string());
  if (ext == ".txt" || ext == ".md") return Format::text;
  if (ext == ".jsonl") return Format::jsonl;
  if (ext == ".html" || ext == ".htm") return Format::html;
  return std::nullopt;
}

std::string too_large_message(std::uintmax_t size, const IngestOptions& options) {
  return "file is " + std::to_string(size) + " bytes, over the limit of " +
         std::to_string(options.max_file_bytes);
}

/// Paths → the input plan: files to read and problems found on the way, in reading order.
class Planner {
 public:
  Planner(const IngestOptions& options, std::vector<InputItem>& plan)
      : options_(options), plan_(plan) {}

  void add_path(const std::string& path) {
    if (path == "-") {
      plan_.push_back({InputItem::Kind::standard_input, {}, path, Format::text, 0});
      return;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found) {
      skip_file(path, ErrorCode::io, "no such file or directory");
      return;
    }
    if (status.type() == fs::file_type::directory) {
      walk(path);
      return;
    }
    add_file(path, format_of(path).value_or(Format::text));
  }

 private:
  void skip_file(const std::string& path, ErrorCode code, std::string message) {
    problem(make_diagnostic(code, std::move(message), {path, 0, 0}, "file"));
  }

  void problem(Diagnostic d) {
    plan_.push_back({InputItem::Kind::problem, std::move(d), {}, Format::text, 0});
  }

  void add_file(const std::string& path, Format format) {
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(path, ec);
    // A JSONL corpus may be of any size: its limit is per line (parse_jsonl_into).
    if (!ec && format != Format::jsonl && size > options_.max_file_bytes) {
      skip_file(path, ErrorCode::too_large, too_large_message(size, options_));
      return;
    }
    plan_.push_back({InputItem::Kind::file, {}, path, format, ec ? 0 : size});
  }

  /// Every article file under `root`, in sorted path order.
  void walk(const fs::path& root) {
    std::vector<fs::path> files;
    std::vector<fs::path> pending{root};
    while (!pending.empty()) {
      const fs::path dir = std::move(pending.back());
      pending.pop_back();
      std::vector<fs::directory_entry> entries;
      std::error_code ec;
      for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        entries.push_back(*it);
      }
      if (ec) {
        problem(make_diagnostic(ErrorCode::io, "cannot read directory: " + ec.message(),
                                {dir.string(), 0, 0}, "directory"));
      }
      std::sort(entries.begin(), entries.end(),
                [](const fs::directory_entry& a, const fs::directory_entry& b) {
                  return a.path().native() < b.path().native();
                });
      std::vector<fs::path> subdirs;
      for (const fs::directory_entry& entry : entries) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.front() == '.') continue;  // hidden files and directories
        // A README describes the article set (fixtures/<case>/README.md); it is not an article.
        if (detail::iequals(entry.path().stem().string(), "readme")) continue;
        std::error_code type_ec;
        const bool link = entry.is_symlink(type_ec);
        const fs::file_status status = entry.status(type_ec);
        if (status.type() == fs::file_type::directory) {
          if (!link) subdirs.push_back(entry.path());
        } else if (status.type() == fs::file_type::regular && format_of(entry.path())) {
          files.push_back(entry.path());
        }
      }
      // Depth first, each level in sorted order, so diagnostics come in a stable order too.
      for (auto it = subdirs.rbegin(); it != subdirs.rend(); ++it) pending.push_back(*it);
    }
    std::sort(files.begin(), files.end(),
              [](const fs::path& a, const fs::path& b) { return a.native() < b.native(); });
    for (const fs::path& file : files) add_file(file.string(), *format_of(file));
  }

  const IngestOptions& options_;
  std::vector<InputItem>& plan_;
};

/// Reads the items of a plan in order.
class Reader {
 public:
  Reader(const IngestOptions& options, IngestResult& result)
      : options_(options), result_(result), sink_(result.articles, result.diagnostics) {}

  void read(const InputItem& item) {
    switch (item.kind) {
      case InputItem::Kind::problem:
        result_.diagnostics.push_back(item.problem);
        return;
      case InputItem::Kind::standard_input:
        read_stdin();
        return;
      case InputItem::Kind::file:
        read_file(item.path, item.format);
        return;
    }
  }

 private:
  void read_stdin() {
    const std::string source(detail::kStdinSource);
    Result<std::string> content = read_text_file("-");
    if (!content) {
      Error error = content.error();
      error.where.file = source;
      result_.diagnostics.push_back({std::move(error), "file"});
      return;
    }
    ++result_.files_read;
    if (content.value().size() > options_.max_file_bytes) {
      result_.diagnostics.push_back(
          make_diagnostic(ErrorCode::too_large, too_large_message(content.value().size(), options_),
                          {source, 0, 0}, "file"));
      return;
    }
    std::string_view s = content.value();
    if (s.starts_with(detail::kUtf8Bom)) s.remove_prefix(detail::kUtf8Bom.size());
    s = detail::trim(s);
    detail::parse_input(content.value(), source,
                        !s.empty() && s.front() == '{' ? Format::jsonl : Format::text, sink_,
                        options_.max_file_bytes);
  }

  void read_file(const std::string& path, Format format) {
    if (format == Format::jsonl) {
      read_jsonl(path);
      return;
    }
    Result<std::string> content = read_text_file(path);
    if (!content) {
      result_.diagnostics.push_back({content.error(), "file"});
      return;
    }
    ++result_.files_read;
    detail::parse_input(content.value(), path, format, sink_, options_.max_file_bytes);
  }

  // A JSONL file, read twice a piece at a time (jsonl_stream.cpp): first for NUL bytes, so a
  // binary file is skipped whole as read_text_file skips it; then parsed a run of whole lines at
  // a time, with the line numbers and byte offsets of one read.
  void read_jsonl(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      problem(ErrorCode::io, "cannot open file for reading", {path, 0, 0});
      return;
    }
    std::uint64_t size = 0;
    std::size_t lines = 0;
    bool binary = false;
    const bool read = detail::for_each_piece(
        in, 0, detail::kToEnd, options_.jsonl_piece_bytes,
        [&](std::string_view piece, std::uint64_t at) {
          if (const std::size_t nul = piece.find('\0'); nul != std::string_view::npos) {
            lines += static_cast<std::size_t>(std::count(piece.begin(), piece.begin() + nul, '\n'));
            problem(ErrorCode::binary_input, "NUL byte: not a text file",
                    {path, lines + 1, at + nul});
            binary = true;
            return false;
          }
          lines += static_cast<std::size_t>(std::count(piece.begin(), piece.end(), '\n'));
          size = at + piece.size();
          return true;
        });
    if (binary) return;
    if (!read) {
      problem(ErrorCode::io, "read error", {path, 0, 0});
      return;
    }
    if (size == 0) {
      problem(ErrorCode::empty_input, "empty input", {path, 0, 0});
      return;
    }
    ++result_.files_read;
    if (!detail::parse_jsonl_range(in, 0, size, path, sink_, 1, options_)) {
      problem(ErrorCode::io, "read error", {path, 0, 0});
    }
  }

  void problem(ErrorCode code, std::string message, Location where) {
    result_.diagnostics.push_back({Error{code, std::move(message), std::move(where)}, "file"});
  }

  const IngestOptions& options_;
  IngestResult& result_;
  detail::ArticleSink sink_;
};

}  // namespace

std::vector<InputItem> detail::plan_input(const std::vector<std::string>& paths,
                                          const IngestOptions& options) {
  std::vector<InputItem> plan;
  Planner planner(options, plan);
  for (const std::string& path : paths) planner.add_path(path);
  return plan;
}

void detail::parse_input(std::string_view content, const std::string& source, Format format,
                         ArticleSink& sink, std::size_t max_line_bytes) {
  if (format == Format::jsonl) {
    parse_jsonl_into(content, source, sink, 1, 0, max_line_bytes);
    return;
  }
  std::vector<Diagnostic> warnings;
  Result<Article> article = format == Format::html ? parse_html_article(content, source, warnings)
                                                   : parse_text_article(content, source, warnings);
  for (Diagnostic& d : warnings) sink.diagnostics().push_back(std::move(d));
  if (!article) {
    sink.diagnostics().push_back({article.error(), "file"});
    return;
  }
  sink.add(std::move(article).value(), {source, 0, 0}, "file");
}

IngestResult read_articles(const std::vector<std::string>& paths, const IngestOptions& options) {
  IngestResult result;
  Reader reader(options, result);
  for (const detail::InputItem& item : detail::plan_input(paths, options)) reader.read(item);
  return result;
}

}  // namespace claimgraph
