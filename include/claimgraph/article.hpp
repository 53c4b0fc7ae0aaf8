#pragma once
/// Article: one input news article as read by ingest.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/span.hpp"

namespace claimgraph {

/// A piece of an article's body kept after the rest was let go (trim_text).
struct Excerpt {
  std::size_t begin = 0;  ///< byte offset of `text` in the whole body
  std::string text;

  friend bool operator==(const Excerpt&, const Excerpt&) = default;
};

/// One news article. Spans in later stages are byte offsets into its body: into `text` while
/// the article is whole; once trimmed (trim_text), into the body as read, whose bytes past
/// `text` live on only in `excerpts`. Read body bytes with text_at.
struct Article {
  std::string id;  ///< stable identifier (from front matter / JSONL, else derived from the path)
  std::string outlet;                                    ///< publishing outlet; empty when unknown
  std::string url;                                       ///< empty when unknown
  std::optional<std::chrono::year_month_day> published;  ///< publication date; none when unknown
  std::string title;
  std::string text;               ///< the body, UTF-8; once trimmed, only its start (trim_text)
  std::string source;             ///< where it was read from: a path, or "path:line" for JSONL
  std::vector<Excerpt> excerpts;  ///< once trimmed: the other kept pieces, by offset, apart

  friend bool operator==(const Article&, const Article&) = default;
};

/// The bytes of `s` in the article's body, whole or trimmed; empty when they were not kept (or
/// lie past the body's end).
[[nodiscard]] std::string_view text_at(const Article& a, Span s) noexcept;

/// The article's lead: its first sentence, roughly: from the first non-space byte up to the
/// first line break or full stop and space, at most 400 bytes. The same for a trimmed article.
[[nodiscard]] std::string_view lead_of(const Article& a) noexcept;

/// Where the body's opening lines start, up to three: the first, and each next one while the
/// lines before it are short (at most 120 bytes: page furniture such as "Please enable
/// Javascript to watch this video", a byline, a headline). A dateline ("ROCHESTER, N.Y. (WKBW)
/// -") is looked for at these. The same for a trimmed article, which keeps the first 48 bytes
/// of each.
[[nodiscard]] std::vector<std::size_t> opening_line_starts(std::string_view text);

/// Lets go of the body's bytes that neither the lead nor a span of `keep` covers: `text` keeps
/// the body up to the end of the lead (and of the opening lines' first 48 bytes),
/// `excerpts` the rest of the kept bytes, a piece per run of touching spans. text_at then gives
/// every span of `keep` as before. Spans past the body's end are ignored. A large run keeps a
/// claim's sentences this way instead of its articles.
void trim_text(Article& a, std::vector<Span> keep);

}  // namespace claimgraph
