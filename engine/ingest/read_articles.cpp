// The ingest dispatcher: paths → files → articles.
//
// Paths are read in the order given. A directory is walked recursively without following
// symbolic links to directories (so there are no loops); its files with a known extension are
// read in sorted path order (byte-wise), so the same tree always gives the same order. Hidden
// entries (".name") and README files are not articles and are passed over. A file
// named explicitly is read by its extension, unknown ones as text; "-" is standard input, read as
// JSONL when its first non-space byte is '{', else as text. Nothing stops the run: an unreadable,
// empty, binary or oversized file, a bad line or a duplicate id becomes a Diagnostic naming the
// file (and line) and what was skipped, and reading goes on.

#include <algorithm>
#include <cstdint>
#include <filesystem>
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
using detail::make_diagnostic;

enum class Format { text, jsonl, html };

/// The format of a file by its extension (ASCII case ignored); empty when not an article file.
std::optional<Format> format_of(const fs::path& path) {
  const std::string ext = detail::ascii_lower(path.extension().string());
  if (ext == ".txt" || ext == ".md") return Format::text;
  if (ext == ".jsonl") return Format::jsonl;
  if (ext == ".html" || ext == ".htm") return Format::html;
  return std::nullopt;
}

class Reader {
 public:
  Reader(const IngestOptions& options, IngestResult& result)
      : options_(options), result_(result), sink_(result.articles, result.diagnostics) {}

  void read_path(const std::string& path) {
    if (path == "-") {
      read_stdin();
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
    read_file(path, format_of(path).value_or(Format::text));
  }

 private:
  void skip_file(const std::string& path, ErrorCode code, std::string message) {
    diagnostics().push_back(make_diagnostic(code, std::move(message), {path, 0, 0}, "file"));
  }

  std::vector<Diagnostic>& diagnostics() { return result_.diagnostics; }

  void read_stdin() {
    const std::string source(detail::kStdinSource);
    Result<std::string> content = read_text_file("-");
    if (!content) {
      Error error = content.error();
      error.where.file = source;
      diagnostics().push_back({std::move(error), "file"});
      return;
    }
    ++result_.files_read;
    if (content.value().size() > options_.max_file_bytes) {
      skip_file(source, ErrorCode::too_large, too_large_message(content.value().size()));
      return;
    }
    std::string_view s = content.value();
    if (s.starts_with(detail::kUtf8Bom)) s.remove_prefix(detail::kUtf8Bom.size());
    s = detail::trim(s);
    parse(content.value(), source, !s.empty() && s.front() == '{' ? Format::jsonl : Format::text);
  }

  std::string too_large_message(std::uintmax_t size) const {
    return "file is " + std::to_string(size) + " bytes, over the limit of " +
           std::to_string(options_.max_file_bytes);
  }

  void read_file(const std::string& path, Format format) {
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > options_.max_file_bytes) {
      skip_file(path, ErrorCode::too_large, too_large_message(size));
      return;
    }
    Result<std::string> content = read_text_file(path);
    if (!content) {
      diagnostics().push_back({content.error(), "file"});
      return;
    }
    ++result_.files_read;
    parse(content.value(), path, format);
  }

  void parse(std::string_view content, const std::string& source, Format format) {
    if (format == Format::jsonl) {
      detail::parse_jsonl_into(content, source, sink_);
      return;
    }
    std::vector<Diagnostic> warnings;
    Result<Article> article = format == Format::html
                                  ? parse_html_article(content, source, warnings)
                                  : parse_text_article(content, source, warnings);
    for (Diagnostic& d : warnings) diagnostics().push_back(std::move(d));
    if (!article) {
      diagnostics().push_back({article.error(), "file"});
      return;
    }
    sink_.add(std::move(article).value(), {source, 0, 0}, "file");
  }

  /// Reads every article file under `root`, in sorted path order.
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
        diagnostics().push_back(make_diagnostic(ErrorCode::io,
                                                "cannot read directory: " + ec.message(),
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
    for (const fs::path& file : files) read_file(file.string(), *format_of(file));
  }

  const IngestOptions& options_;
  IngestResult& result_;
  detail::ArticleSink sink_;
};

}  // namespace

IngestResult read_articles(const std::vector<std::string>& paths, const IngestOptions& options) {
  IngestResult result;
  Reader reader(options, result);
  for (const std::string& path : paths) reader.read_path(path);
  return result;
}

}  // namespace claimgraph
