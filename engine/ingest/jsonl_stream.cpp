// Reading a JSONL file, or a byte range of one, a piece at a time (16 MB by default), so reading
// holds one piece and the articles, not a second copy of the file. read_articles reads whole
// files this way, InputPart (an MPI rank) its byte range. A piece is cut after its last newline;
// the cut line is carried into the next piece, so a line longer than a piece is read whole.
// Each run of whole lines goes to parse_jsonl_into with the line number and file offset of its
// first byte, so diagnostics name the lines of the whole file.

#include <algorithm>
#include <cstdint>
#include <istream>
#include <string>

#include "ingest/ingest_detail.hpp"

namespace claimgraph::detail {

bool for_each_piece(std::istream& in, std::uint64_t begin, std::uint64_t end,
                    std::size_t piece_bytes,
                    const std::function<bool(std::string_view, std::uint64_t)>& visit) {
  // A scan needs no large buffer, and freeing one would raise glibc's mmap threshold to its
  // size, so that the pieces parsed next come from the heap and stay resident after use.
  constexpr std::size_t kMaxScanPiece = std::size_t{1} << 20;
  piece_bytes = std::clamp<std::size_t>(piece_bytes, 1, kMaxScanPiece);
  in.clear();
  in.seekg(static_cast<std::streamoff>(begin));
  std::string buffer(static_cast<std::size_t>(std::min<std::uint64_t>(piece_bytes, end - begin)),
                     '\0');
  for (std::uint64_t at = begin; at < end;) {
    const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), end - at));
    in.read(buffer.data(), static_cast<std::streamsize>(want));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got > 0 && !visit(std::string_view(buffer.data(), got), at)) return true;
    at += got;
    if (got < want) return end == kToEnd && !in.bad();
  }
  return true;
}

bool parse_jsonl_range(std::istream& in, std::uint64_t begin, std::uint64_t end,
                       const std::string& path, ArticleSink& sink, std::size_t first_line,
                       const IngestOptions& options) {
  const std::size_t piece_bytes = std::max<std::size_t>(options.jsonl_piece_bytes, 1);
  in.clear();
  in.seekg(static_cast<std::streamoff>(begin));
  std::string carry;  // a line cut at a piece's end, then the next piece
  // Room for a piece and a cut line. Past one piece, the buffer is made larger than glibc's
  // largest mmap threshold (32 MiB): it is then its own mapping, and freeing it leaves the
  // threshold alone (freeing a smaller mapping raises the threshold to its size, and buffers up
  // to that size then come from the heap and stay resident after use).
  const std::uint64_t range = end - begin;
  carry.reserve(range <= piece_bytes
                    ? static_cast<std::size_t>(range)
                    : std::max<std::size_t>(2 * piece_bytes, std::size_t{64} << 20));
  std::size_t line = first_line;
  std::uint64_t offset = begin;
  std::uint64_t left = end - begin;
  bool complete = true;
  for (bool last = false; !last;) {
    const std::size_t kept = carry.size();
    const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(piece_bytes, left));
    carry.resize(kept + want);
    in.read(carry.data() + kept, static_cast<std::streamsize>(want));
    const auto got = static_cast<std::size_t>(in.gcount());
    carry.resize(kept + got);
    left -= got;
    last = got < want || left == 0;
    if (got < want && end != kToEnd) complete = false;
    const std::size_t cut = last ? carry.size() : carry.rfind('\n') + 1;  // npos + 1 == 0
    if (cut == 0) continue;  // a line longer than the piece: read on
    const std::string_view lines(carry.data(), cut);
    parse_jsonl_into(lines, path, sink, line, offset, options.max_file_bytes);
    line += static_cast<std::size_t>(std::count(lines.begin(), lines.end(), '\n'));
    offset += cut;
    carry.erase(0, cut);
  }
  return complete && !in.bad();
}

}  // namespace claimgraph::detail
