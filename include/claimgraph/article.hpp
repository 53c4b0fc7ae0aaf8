#pragma once
/// Article: one input news article as read by ingest.

#include <chrono>
#include <optional>
#include <string>

namespace claimgraph {

/// One news article. Spans in later stages are byte offsets into `text`.
struct Article {
  std::string id;  ///< stable identifier (from front matter / JSONL, else derived from the path)
  std::string outlet;                                    ///< publishing outlet; empty when unknown
  std::string url;                                       ///< empty when unknown
  std::optional<std::chrono::year_month_day> published;  ///< publication date; none when unknown
  std::string title;
  std::string text;    ///< the body, UTF-8
  std::string source;  ///< where it was read from: a path, or "path:line" for JSONL

  friend bool operator==(const Article&, const Article&) = default;
};

}  // namespace claimgraph
