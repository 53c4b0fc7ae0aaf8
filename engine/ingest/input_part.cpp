// InputPart: one part of a run's input, for reading on many MPI ranks (include/claimgraph/
// input_part.hpp). The input plan (read_articles.cpp) is laid end to end as one stream of bytes,
// cut into `parts` equal ranges; a plan item belongs to the part whose range holds its first
// byte, and a JSONL file is cut at the first line start at or after each cut. What a single read
// learns from a whole file — its line numbers, whether it holds a NUL byte, whether it opens —
// the parts learn from each other's PieceFacts.

#include "claimgraph/input_part.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <utility>

#include "ingest/ingest_detail.hpp"

namespace claimgraph {

using detail::Format;
using detail::InputItem;

namespace {

// The first line start at or after `p` in the file at `path` of `size` bytes.
std::uint64_t line_start_at_or_after(std::ifstream& in, std::uint64_t p, std::uint64_t size) {
  if (p == 0 || p >= size) return std::min(p, size);
  in.clear();
  in.seekg(static_cast<std::streamoff>(p - 1));
  char buf[65536];
  std::uint64_t at = p - 1;
  while (at < size && in) {
    in.read(buf, sizeof buf);
    const auto got = static_cast<std::uint64_t>(in.gcount());
    if (got == 0) break;
    for (std::uint64_t i = 0; i < got; ++i) {
      if (buf[i] == '\n') return at + i + 1;
    }
    at += got;
  }
  return size;
}

}  // namespace

struct InputPart::State {
  std::vector<InputItem> plan;
  std::vector<std::uint64_t> offset;  // of each item in the stream
  std::vector<std::uint64_t> bounds;  // part k reads [bounds[k], bounds[k + 1])
  std::size_t part = 0;
  IngestOptions options;
  std::vector<std::size_t> jsonl_index;  // item → its JSONL file number (or npos)
  std::vector<PieceFacts> facts;
  std::vector<std::uint64_t> piece_begin;  // per JSONL file: this part's bytes [begin, end)
  std::vector<std::uint64_t> piece_end;

  // The part whose range holds stream byte `p` (the last part for the end of the stream).
  [[nodiscard]] std::size_t owner(std::uint64_t p) const {
    const auto it = std::upper_bound(bounds.begin(), bounds.end() - 1, p);
    return static_cast<std::size_t>(it - bounds.begin()) - 1;
  }
  [[nodiscard]] bool is_split(const InputItem& item) const {
    return item.kind == InputItem::Kind::file && item.format == Format::jsonl && item.size > 0;
  }
};

InputPart::InputPart(const std::vector<std::string>& paths, std::size_t part, std::size_t parts,
                     const IngestOptions& options)
    : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.plan = detail::plan_input(paths, options);
  s.part = part;
  s.options = options;
  std::uint64_t total = 0;
  for (const InputItem& item : s.plan) {
    s.offset.push_back(total);
    if (item.kind == InputItem::Kind::file) total += item.size;
  }
  parts = std::max<std::size_t>(parts, 1);
  for (std::uint64_t k = 0; k <= parts; ++k) {  // total·k/parts, without overflow
    s.bounds.push_back(total / parts * k + total % parts * k / parts);
  }
  s.jsonl_index.assign(s.plan.size(), static_cast<std::size_t>(-1));
  for (std::size_t i = 0; i < s.plan.size(); ++i) {
    const InputItem& item = s.plan[i];
    if (!s.is_split(item)) continue;
    s.jsonl_index[i] = s.facts.size();
    PieceFacts facts;
    const std::uint64_t from = std::clamp(s.bounds[part], s.offset[i], s.offset[i] + item.size);
    const std::uint64_t to = std::clamp(s.bounds[part + 1], s.offset[i], s.offset[i] + item.size);
    std::uint64_t begin = from - s.offset[i];
    std::uint64_t end = to - s.offset[i];
    if (begin < end || (part + 1 == parts && begin < item.size)) {
      std::ifstream in(item.path, std::ios::binary);
      if (!in) {
        facts.unreadable = 1;
      } else {
        begin = line_start_at_or_after(in, begin, item.size);
        end = part + 1 == parts ? item.size : line_start_at_or_after(in, end, item.size);
        // The facts only: the piece is read again, a piece at a time, when it is parsed.
        const bool read = detail::for_each_piece(
            in, begin, std::max(begin, end), options.jsonl_piece_bytes,
            [&](std::string_view piece, std::uint64_t at) {
              for (std::size_t b = 0; b < piece.size(); ++b) {
                if (piece[b] == '\n') {
                  ++facts.newlines;
                } else if (piece[b] == '\0' && facts.first_nul == UINT64_MAX) {
                  facts.first_nul = at + b;
                  facts.newlines_before_nul = facts.newlines;
                }
              }
              return true;
            });
        if (!read) facts.unreadable = 1;
      }
    } else {
      end = begin;
    }
    s.facts.push_back(facts);
    s.piece_begin.push_back(begin);
    s.piece_end.push_back(std::max(begin, end));
  }
}

InputPart::~InputPart() = default;
InputPart::InputPart(InputPart&&) noexcept = default;
InputPart& InputPart::operator=(InputPart&&) noexcept = default;

const std::vector<PieceFacts>& InputPart::facts() const noexcept { return state_->facts; }

PartResult InputPart::read(const std::vector<std::vector<PieceFacts>>& all_facts) {
  State& s = *state_;
  PartResult out;
  // Every part plans the same input, so every part has facts for the same JSONL files; when
  // the input changed between the parts' plans (a file added or removed meanwhile), they do
  // not, and a JSONL file cut in pieces cannot be read as one: each is skipped, reported.
  const bool same_plan =
      std::all_of(all_facts.begin(), all_facts.end(),
                  [&](const std::vector<PieceFacts>& f) { return f.size() == s.facts.size(); });
  detail::ArticleSink sink(out.ingest.articles, out.ingest.diagnostics);
  sink.record_origins(out.origins);
  std::vector<Diagnostic>& diagnostics = out.ingest.diagnostics;
  for (std::size_t i = 0; i < s.plan.size(); ++i) {
    const InputItem& item = s.plan[i];
    const bool mine = s.owner(s.offset[i]) == s.part;
    if (!s.is_split(item)) {
      if (!mine) continue;
      if (item.kind == InputItem::Kind::problem) {
        diagnostics.push_back(item.problem);
        continue;
      }
      if (item.kind == InputItem::Kind::standard_input) {  // one stream cannot be cut in parts
        diagnostics.push_back(detail::make_diagnostic(
            ErrorCode::usage, "standard input cannot be read in parts", {"<stdin>", 0, 0}, "file"));
        continue;
      }
      Result<std::string> content = read_text_file(item.path);
      if (!content) {
        diagnostics.push_back({content.error(), "file"});
        continue;
      }
      ++out.ingest.files_read;
      detail::parse_input(content.value(), item.path, item.format, sink, s.options.max_file_bytes);
      continue;
    }
    // A JSONL file read in pieces: what the whole file would tell, from every part's facts.
    if (!same_plan) {
      if (mine) {
        diagnostics.push_back(detail::make_diagnostic(
            ErrorCode::io, "the input changed while the parts planned it: file skipped",
            {item.path, 0, 0}, "file"));
      }
      continue;
    }
    const std::size_t f = s.jsonl_index[i];
    bool unreadable = false;
    std::uint64_t lines_before = 0;  // '\n' in the pieces of earlier parts
    const PieceFacts* nul = nullptr;
    std::uint64_t lines_before_nul = 0;
    for (std::size_t k = 0; k < all_facts.size(); ++k) {
      const PieceFacts& pf = all_facts[k][f];
      unreadable = unreadable || pf.unreadable != 0;
      if (nul == nullptr && pf.first_nul != UINT64_MAX) {
        nul = &pf;
        lines_before_nul += pf.newlines_before_nul;
      } else if (nul == nullptr) {
        lines_before_nul += pf.newlines;
      }
      if (k < s.part) lines_before += pf.newlines;
    }
    if (unreadable || nul != nullptr) {
      if (!mine) continue;
      diagnostics.push_back(
          {unreadable ? Error{ErrorCode::io, "cannot open file for reading", {item.path, 0, 0}}
                      : Error{ErrorCode::binary_input,
                              "NUL byte: not a text file",
                              {item.path, lines_before_nul + 1, nul->first_nul}},
           "file"});
      continue;
    }
    if (mine) ++out.ingest.files_read;
    if (s.piece_begin[f] == s.piece_end[f]) continue;
    std::ifstream in(item.path, std::ios::binary);
    if (!in || !detail::parse_jsonl_range(in, s.piece_begin[f], s.piece_end[f], item.path, sink,
                                          lines_before + 1, s.options)) {
      diagnostics.push_back(detail::make_diagnostic(
          ErrorCode::io, "the file changed or could not be read again while it was read",
          {item.path, lines_before + 1, s.piece_begin[f]}, "file"));
    }
  }
  return out;
}

PartIds part_ids(const PartResult& part) {
  PartIds ids;
  for (const Article& a : part.ingest.articles) {
    ids.ids.push_back(a.id);
    ids.sources.push_back(a.source);
  }
  ids.origins = part.origins;
  return ids;
}

CrossPartDuplicates find_cross_part_duplicates(const std::vector<PartIds>& parts) {
  CrossPartDuplicates out;
  out.dropped.resize(parts.size());
  out.notes.resize(parts.size());
  std::map<std::string, std::string> first_source;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const PartIds& p = parts[k];
    for (std::size_t i = 0; i < p.ids.size(); ++i) {
      const auto [it, inserted] = first_source.emplace(p.ids[i], p.sources[i]);
      if (inserted) continue;
      out.dropped[k].push_back(i);
      out.notes[k].emplace_back(
          p.origins[i].diagnostics_before,
          detail::duplicate_id(p.ids[i], it->second, p.origins[i].where, p.origins[i].skipped));
    }
  }
  return out;
}

void drop_articles(PartResult& part, const std::vector<std::size_t>& dropped) {
  std::size_t next = 0;  // in `dropped`
  std::size_t kept = 0;
  for (std::size_t i = 0; i < part.ingest.articles.size(); ++i) {
    if (next < dropped.size() && dropped[next] == i) {
      ++next;
      continue;
    }
    if (kept != i) {
      part.ingest.articles[kept] = std::move(part.ingest.articles[i]);
      if (i < part.origins.size()) part.origins[kept] = std::move(part.origins[i]);
    }
    ++kept;
  }
  part.ingest.articles.resize(kept);
  part.origins.resize(std::min(kept, part.origins.size()));
}

std::vector<Diagnostic> with_notes(std::vector<Diagnostic> diagnostics,
                                   const std::vector<std::pair<std::size_t, Diagnostic>>& notes) {
  if (notes.empty()) return diagnostics;
  std::vector<Diagnostic> out;
  out.reserve(diagnostics.size() + notes.size());
  std::size_t n = 0;
  for (std::size_t i = 0; i <= diagnostics.size(); ++i) {
    while (n < notes.size() && notes[n].first == i) out.push_back(notes[n++].second);
    if (i < diagnostics.size()) out.push_back(std::move(diagnostics[i]));
  }
  return out;
}

}  // namespace claimgraph
