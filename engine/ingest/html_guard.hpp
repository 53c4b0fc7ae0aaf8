#pragma once
// A guard in front of the HTML parser. gumbo 0.10 frees its tree recursively, scans the whole
// stack of open elements in several tree-construction steps (100,000 nested <div>s take 15 s),
// and has assertion failures in SVG/MathML foreign content (`<table><math><select><mi><select>`
// aborts the process). The guard rewrites a page so that none of that is reachable.

#include <cstddef>
#include <string>
#include <string_view>

namespace claimgraph::detail {

/// Nesting depth, in elements that need an end tag, beyond which start tags are dropped.
inline constexpr std::size_t kMaxHtmlDepth = 256;

/// The names <svg> and <math> are given, so that gumbo parses them as ordinary (unknown) HTML
/// elements instead of entering foreign content. Their content is never article text.
inline constexpr std::string_view kSvgStandIn = "cg-svg";
inline constexpr std::string_view kMathStandIn = "cg-math";

/// The page made safe to parse, and what that took.
struct GuardedHtml {
  std::string html;         ///< the rewritten page; empty when nothing needed rewriting
  std::size_t dropped = 0;  ///< start and end tags removed for depth
  std::size_t first_dropped_offset = 0;  ///< byte offset of the first removed tag in the input
};

/// Rewrites `html` in two ways. Every start tag that would open an element deeper than
/// `max_depth` is removed, with the end tag that closes it (the text in between stays); depth is
/// judged by a light HTML5 tokenizer and a model of the parser's stack of open elements, in which
/// void elements and elements whose end tag is optional (p, li, td, ...) do not count. The model
/// errs towards more depth than gumbo builds for ordinary and plainly deep pages; it bounds parse
/// time and is not relied on for memory safety. Then every tag name svg or math, in any case and
/// any context, becomes kSvgStandIn or kMathStandIn.
[[nodiscard]] GuardedHtml guard_html(std::string_view html, std::size_t max_depth = kMaxHtmlDepth);

}  // namespace claimgraph::detail
