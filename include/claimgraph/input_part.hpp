#pragma once
/// Reading a run's input in parts, one per MPI rank (docs/scale.md): part k of n reads only its
/// own byte range of the input, as if the inputs were one stream of bytes cut into n equal
/// ranges. A JSONL line belongs to the part its first byte falls in; a text or HTML file to the
/// part its first byte falls in. The parts exchange a few facts about their JSONL pieces (line
/// counts, NUL bytes) so that every line number and every diagnostic is the one a single read
/// gives; joined in part order, with duplicate ids settled across parts, the parts give exactly
/// the articles and diagnostics of read_articles.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "claimgraph/ingest.hpp"

namespace claimgraph {

/// What a part found in its piece of one JSONL file; every part needs every part's facts.
struct PieceFacts {
  std::uint64_t newlines = 0;             ///< '\n' bytes in the piece
  std::uint64_t first_nul = UINT64_MAX;   ///< file offset of the piece's first NUL byte, if any
  std::uint64_t newlines_before_nul = 0;  ///< '\n' bytes of the piece before that NUL
  std::uint64_t unreadable = 0;           ///< 1 when the piece could not be read
};

/// Where an article was read from: the Location and `skipped` label a duplicate of it would be
/// reported with, and how many diagnostics its part had recorded before it.
struct ArticleOrigin {
  Location where;
  std::string skipped;
  std::size_t diagnostics_before = 0;
};

/// One part's articles and diagnostics, with the origin of each article.
struct PartResult {
  IngestResult ingest;
  std::vector<ArticleOrigin> origins;
};

/// Part `part` of `parts` of the input `paths`. The constructor plans the whole input (cheap:
/// directory walks and file sizes) and reads this part's JSONL pieces for their facts; read()
/// reads them again to parse them. Both read options.jsonl_piece_bytes at a time, so a part holds
/// its articles and one piece, never its whole share of a file.
class InputPart {
 public:
  InputPart(const std::vector<std::string>& paths, std::size_t part, std::size_t parts,
            const IngestOptions& options = {});
  ~InputPart();
  InputPart(InputPart&&) noexcept;
  InputPart& operator=(InputPart&&) noexcept;

  /// This part's facts, one per JSONL file of the input in reading order.
  [[nodiscard]] const std::vector<PieceFacts>& facts() const noexcept;

  /// Parses this part, given `all_facts[k]` = part k's facts() for every part k.
  [[nodiscard]] PartResult read(const std::vector<std::vector<PieceFacts>>& all_facts);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// Ids read by more than one part: the first part (in part order) keeps each, as a single read
/// would. For part k: `dropped[k]`, the indices of its articles to leave out, and `notes[k]`, the
/// diagnostics that report them, each with the index in part k's diagnostics it goes before.
struct CrossPartDuplicates {
  std::vector<std::vector<std::size_t>> dropped;
  std::vector<std::vector<std::pair<std::size_t, Diagnostic>>> notes;
};

/// The ids and sources of one part's articles, with their origins: what settling duplicates
/// across parts needs.
struct PartIds {
  std::vector<std::string> ids;
  std::vector<std::string> sources;
  std::vector<ArticleOrigin> origins;
};

[[nodiscard]] PartIds part_ids(const PartResult& part);
[[nodiscard]] CrossPartDuplicates find_cross_part_duplicates(const std::vector<PartIds>& parts);

/// Leaves out the articles (and their origins) at the sorted indices `dropped`.
void drop_articles(PartResult& part, const std::vector<std::size_t>& dropped);

/// Part k's diagnostics with `notes` inserted where a single read would have recorded them.
[[nodiscard]] std::vector<Diagnostic> with_notes(
    std::vector<Diagnostic> diagnostics,
    const std::vector<std::pair<std::size_t, Diagnostic>>& notes);

}  // namespace claimgraph
