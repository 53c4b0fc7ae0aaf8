// HTML articles: the visible article text of a page, and its metadata, read with gumbo.
//
// The page is first made safe to parse (html_guard.cpp: nesting depth bounded, <svg> and <math>
// renamed so gumbo never enters its fragile foreign-content rules), then parsed into a tree.
// One pass over the whole tree collects the metadata (og:title, og:site_name, canonical link,
// publication date metas, <title>, <time datetime>) and the candidate content roots. The text
// comes from the largest <article> (by visible text), else the first <main>, else <body>; a
// candidate inside boilerplate does not count. Inside the root, boilerplate subtrees are left out:
// non-content elements (script, style, nav, header, footer, aside, form, ...), hidden ones, and
// elements whose id or class names a boilerplate part (share, social, nav, menu, ...). The root
// itself is never left out for its class, and if the class rule empties the body it is read
// again with the element rules alone. Block elements separate paragraphs ("\n\n"); whitespace
// inside a paragraph collapses to one space. Entities are decoded by gumbo.
//
// Every walk uses an explicit stack, and the tree is flattened before gumbo frees it (gumbo frees
// recursively), so no depth of nesting can overflow the C stack.

#include <gumbo.h>

#include <cstdint>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "claimgraph/ingest.hpp"
#include "ingest/html_guard.hpp"
#include "ingest/ingest_detail.hpp"

namespace claimgraph {
namespace {

using detail::make_diagnostic;

void* gumbo_malloc(void* /*userdata*/, std::size_t size) { return std::malloc(size); }
void gumbo_free(void* /*userdata*/, void* ptr) { std::free(ptr); }

bool has_children(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

/// One parsed page. Owns gumbo's output and frees it without recursion.
class ParsedPage {
 public:
  explicit ParsedPage(std::string_view html) {
    options_ = kGumboDefaultOptions;
    options_.allocator = gumbo_malloc;
    options_.deallocator = gumbo_free;
    // Each recorded parse error copies the stack of open elements: quadratic memory when deep.
    options_.max_errors = 0;
    output_ = gumbo_parse_with_options(&options_, html.data(), html.size());
  }
  ~ParsedPage() {
    // Should flattening fail for want of memory, leaking the tree beats overflowing the stack.
    if (output_ != nullptr && flatten()) gumbo_destroy_output(&options_, output_);
  }
  ParsedPage(const ParsedPage&) = delete;
  ParsedPage& operator=(const ParsedPage&) = delete;

  [[nodiscard]] const GumboOutput* output() const noexcept { return output_; }

 private:
  /// Makes every node a child of the document and empties every element's child list, so that
  /// gumbo's recursive gumbo_destroy_output goes two levels deep. Memory comes from gumbo_malloc,
  /// so the new child array is freed by gumbo like its own.
  bool flatten() {
    GumboNode* document = output_->document;
    GumboVector& top = document->v.document.children;
    std::vector<GumboNode*> all;
    std::vector<GumboNode*> stack;
    for (unsigned i = 0; i < top.length; ++i) stack.push_back(static_cast<GumboNode*>(top.data[i]));
    while (!stack.empty()) {
      GumboNode* node = stack.back();
      stack.pop_back();
      all.push_back(node);
      if (!has_children(node)) continue;
      GumboVector& children = node->v.element.children;
      for (unsigned i = 0; i < children.length; ++i) {
        stack.push_back(static_cast<GumboNode*>(children.data[i]));
      }
      children.length = 0;  // the array itself is still freed by gumbo
    }
    if (all.size() > std::numeric_limits<unsigned>::max()) return false;
    auto* data = static_cast<void**>(std::malloc(sizeof(void*) * (all.empty() ? 1 : all.size())));
    if (data == nullptr) return false;
    for (std::size_t i = 0; i < all.size(); ++i) data[i] = all[i];
    std::free(static_cast<void*>(top.data));
    top.data = data;
    top.length = static_cast<unsigned>(all.size());
    top.capacity = static_cast<unsigned>(all.size());
    return true;
  }

  GumboOptions options_{};
  GumboOutput* output_ = nullptr;
};

/// Elements that never hold article text.
constexpr GumboTag kSkippedTags[] = {
    GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,    GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_SVG,
    GUMBO_TAG_IFRAME,   GUMBO_TAG_NAV,      GUMBO_TAG_HEADER,   GUMBO_TAG_FOOTER,   GUMBO_TAG_ASIDE,
    GUMBO_TAG_FORM,     GUMBO_TAG_BUTTON,   GUMBO_TAG_SELECT,   GUMBO_TAG_TEXTAREA, GUMBO_TAG_MATH,
    GUMBO_TAG_CANVAS,   GUMBO_TAG_VIDEO,    GUMBO_TAG_AUDIO,    GUMBO_TAG_OBJECT,   GUMBO_TAG_EMBED,
    GUMBO_TAG_NOEMBED,  GUMBO_TAG_NOFRAMES, GUMBO_TAG_HEAD,     GUMBO_TAG_TITLE,    GUMBO_TAG_MAP,
    GUMBO_TAG_DATALIST, GUMBO_TAG_MENU,
};

/// Words in an id or class that mark boilerplate (matched case-insensitively, anywhere).
constexpr std::string_view kBoilerplateWords[] = {
    "share",  "social",     "nav",     "menu",         "footer",     "header",
    "cookie", "related",    "comment", "subscribe",    "newsletter", "promo",
    "advert", "breadcrumb", "sidebar", "byline-share",
};

/// Elements that end a paragraph.
constexpr GumboTag kBlockTags[] = {
    GUMBO_TAG_P,       GUMBO_TAG_DIV,        GUMBO_TAG_H1,         GUMBO_TAG_H2,
    GUMBO_TAG_H3,      GUMBO_TAG_H4,         GUMBO_TAG_H5,         GUMBO_TAG_H6,
    GUMBO_TAG_LI,      GUMBO_TAG_BR,         GUMBO_TAG_TR,         GUMBO_TAG_SECTION,
    GUMBO_TAG_ARTICLE, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_UL,
    GUMBO_TAG_OL,      GUMBO_TAG_DL,         GUMBO_TAG_DT,         GUMBO_TAG_DD,
    GUMBO_TAG_TABLE,   GUMBO_TAG_CAPTION,    GUMBO_TAG_PRE,        GUMBO_TAG_FIGURE,
    GUMBO_TAG_MAIN,    GUMBO_TAG_ADDRESS,    GUMBO_TAG_HR,         GUMBO_TAG_DETAILS,
    GUMBO_TAG_SUMMARY, GUMBO_TAG_CENTER,     GUMBO_TAG_FIELDSET,   GUMBO_TAG_HGROUP,
    GUMBO_TAG_LISTING, GUMBO_TAG_BODY,
};

template <std::size_t N>
bool tag_in(const GumboTag (&tags)[N], GumboTag tag) {
  for (const GumboTag t : tags) {
    if (t == tag) return true;
  }
  return false;
}

std::string_view attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

bool has_attribute(const GumboNode* node, const char* name) {
  return gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

/// Hidden by the `hidden` attribute or an inline display:none / visibility:hidden.
bool is_hidden(const GumboNode* node) {
  if (has_attribute(node, "hidden")) return true;
  const std::string_view style = attribute(node, "style");
  if (style.empty()) return false;
  std::string compact;
  for (const char c : detail::ascii_lower(style)) {
    if (!detail::is_ascii_space(c)) compact += c;
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

bool names_boilerplate(const GumboNode* node) {
  const std::string names = detail::ascii_lower(attribute(node, "id")) + ' ' +
                            detail::ascii_lower(attribute(node, "class"));
  for (const std::string_view word : kBoilerplateWords) {
    if (names.find(word) != std::string::npos) return true;
  }
  return false;
}

/// An <svg> or <math> element, renamed by the guard (html_guard.hpp).
bool is_foreign_stand_in(const GumboNode* node) {
  if (node->v.element.tag != GUMBO_TAG_UNKNOWN) return false;
  GumboStringPiece name = node->v.element.original_tag;
  if (name.length == 0) return false;
  gumbo_tag_from_original_text(&name);
  const std::string_view n(name.data, name.length);
  return detail::iequals(n, detail::kSvgStandIn) || detail::iequals(n, detail::kMathStandIn);
}

/// Whether an element's subtree is left out of the text. `by_name`: also by id/class.
bool is_skipped(const GumboNode* node, bool by_name) {
  if (node->type == GUMBO_NODE_TEMPLATE) return true;
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  if (tag_in(kSkippedTags, node->v.element.tag) || is_hidden(node)) return true;
  if (is_foreign_stand_in(node)) return true;
  return by_name && names_boilerplate(node);
}

/// Builds text with paragraph breaks and collapsed whitespace.
class TextBuilder {
 public:
  void text(std::string_view s) {
    for (const char c : s) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pending_space_ = true;
        continue;
      }
      if (!out_.empty()) {
        if (pending_break_) {
          out_ += "\n\n";
        } else if (pending_space_) {
          out_ += ' ';
        }
      }
      pending_break_ = pending_space_ = false;
      out_ += c;
    }
  }
  void paragraph_break() { pending_break_ = true; }
  void space() { pending_space_ = true; }
  [[nodiscard]] std::string take() { return std::move(out_); }

 private:
  std::string out_;
  bool pending_space_ = false;
  bool pending_break_ = false;
};

/// The visible text under `root` (which is itself never skipped).
std::string visible_text(const GumboNode* root, bool by_name) {
  TextBuilder out;
  struct Step {
    const GumboNode* node;
    bool leaving;
  };
  std::vector<Step> stack{{root, false}};
  while (!stack.empty()) {
    const Step step = stack.back();
    stack.pop_back();
    const GumboNode* node = step.node;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      out.text(node->v.text.text);
      continue;
    }
    if (node->type == GUMBO_NODE_WHITESPACE) {
      out.space();
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboTag tag = node->v.element.tag;
    const bool block = tag_in(kBlockTags, tag);
    if (step.leaving) {
      if (block) out.paragraph_break();
      continue;
    }
    if (node != root && is_skipped(node, by_name)) continue;
    if (block) out.paragraph_break();
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) out.space();
    stack.push_back({node, true});
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(children.data[i - 1]), false});
    }
  }
  return out.take();
}

/// A date found in the page, with the line it is on.
struct DateCandidate {
  std::string_view text;
  std::size_t line = 0;
};

/// What one pass over the whole page finds.
struct PageFacts {
  std::string_view og_title, og_site_name, og_url, canonical;
  std::optional<std::string_view> title;
  std::vector<DateCandidate> meta_dates;   // in order of preference, see kDateMetas
  std::vector<const GumboNode*> times;     // <time datetime> in document order
  std::vector<const GumboNode*> articles;  // not inside boilerplate
  const GumboNode* main = nullptr;         // the first, not inside boilerplate
  const GumboNode* body = nullptr;
};

/// Meta names (or properties, or itemprops) that give the publication date, best first.
constexpr std::string_view kDateMetas[] = {
    "article:published_time", "date",    "pubdate",      "publishdate",
    "dc.date.issued",         "dc.date", "datepublished"};

std::string_view text_content(const GumboNode* node) {
  const GumboVector& children = node->v.element.children;
  if (children.length == 0) return {};
  const auto* first = static_cast<const GumboNode*>(children.data[0]);
  return first->type == GUMBO_NODE_TEXT ? std::string_view(first->v.text.text) : std::string_view();
}

bool rel_has(std::string_view rel, std::string_view token) {
  std::size_t i = 0;
  while (i < rel.size()) {
    while (i < rel.size() && detail::is_ascii_space(rel[i])) ++i;
    std::size_t j = i;
    while (j < rel.size() && !detail::is_ascii_space(rel[j])) ++j;
    if (j > i && detail::iequals(rel.substr(i, j - i), token)) return true;
    i = j;
  }
  return false;
}

void note_meta(const GumboNode* node, PageFacts& facts) {
  const std::string_view content = attribute(node, "content");
  for (const char* key_attr : {"property", "name", "itemprop"}) {
    const std::string key = detail::ascii_lower(detail::trim(attribute(node, key_attr)));
    if (key.empty()) continue;
    if (key == "og:title" && facts.og_title.empty()) facts.og_title = content;
    if (key == "og:site_name" && facts.og_site_name.empty()) facts.og_site_name = content;
    if (key == "og:url" && facts.og_url.empty()) facts.og_url = content;
    for (std::size_t i = 0; i < std::size(kDateMetas); ++i) {
      if (key == kDateMetas[i] && !detail::is_blank(content)) {
        facts.meta_dates.resize(std::size(kDateMetas));
        if (facts.meta_dates[i].text.empty()) {
          facts.meta_dates[i] = {content, node->v.element.start_pos.line};
        }
      }
    }
  }
}

PageFacts collect_facts(const GumboNode* document) {
  PageFacts facts;
  struct Step {
    const GumboNode* node;
    bool in_boilerplate;
  };
  std::vector<Step> stack;
  const GumboVector& top = document->v.document.children;
  for (unsigned i = top.length; i > 0; --i) {
    stack.push_back({static_cast<const GumboNode*>(top.data[i - 1]), false});
  }
  while (!stack.empty()) {
    const auto [node, outer_boilerplate] = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = node->v.element;
    const bool html = e.tag_namespace == GUMBO_NAMESPACE_HTML;
    if (html) {
      switch (e.tag) {
        case GUMBO_TAG_TITLE:
          if (!facts.title) facts.title = text_content(node);
          break;
        case GUMBO_TAG_META:
          note_meta(node, facts);
          break;
        case GUMBO_TAG_LINK:
          if (facts.canonical.empty() && rel_has(attribute(node, "rel"), "canonical")) {
            facts.canonical = attribute(node, "href");
          }
          break;
        case GUMBO_TAG_TIME:
          if (!detail::is_blank(attribute(node, "datetime"))) facts.times.push_back(node);
          break;
        case GUMBO_TAG_BODY:
          if (facts.body == nullptr) facts.body = node;
          break;
        default:
          break;
      }
    }
    // html and body are never boilerplate: a class on them describes the whole page.
    const bool boilerplate =
        outer_boilerplate ||
        (e.tag != GUMBO_TAG_HTML && e.tag != GUMBO_TAG_BODY && is_skipped(node, true));
    if (html && !boilerplate) {
      if (e.tag == GUMBO_TAG_ARTICLE) facts.articles.push_back(node);
      if (e.tag == GUMBO_TAG_MAIN && facts.main == nullptr) facts.main = node;
    }
    for (unsigned i = e.children.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(e.children.data[i - 1]), boilerplate});
    }
  }
  return facts;
}

bool is_inside(const GumboNode* node, const GumboNode* root) {
  for (const GumboNode* n = node; n != nullptr; n = n->parent) {
    if (n == root) return true;
  }
  return false;
}

/// The content root and its text: the largest <article>, else <main>, else <body>.
std::pair<const GumboNode*, std::string> article_text(const PageFacts& facts) {
  const GumboNode* best = nullptr;
  std::string best_text;
  for (const GumboNode* article : facts.articles) {
    std::string text = visible_text(article, true);
    if (text.size() > best_text.size()) {
      best = article;
      best_text = std::move(text);
    }
  }
  if (best != nullptr) return {best, std::move(best_text)};
  if (facts.main != nullptr) {
    std::string text = visible_text(facts.main, true);
    if (!text.empty()) return {facts.main, std::move(text)};
  }
  if (facts.body == nullptr) return {nullptr, {}};
  std::string text = visible_text(facts.body, true);
  // An over-broad class (say "has-sidebar" on a wrapper) must not cost the whole article.
  if (text.empty()) text = visible_text(facts.body, false);
  return {facts.body, std::move(text)};
}

/// The publication date: date metas (best first), then the first <time datetime> in the content
/// root, then the first anywhere. The first that reads wins; a warning when some were there but
/// none read.
void read_published(const PageFacts& facts, const GumboNode* root, Article& article,
                    std::vector<Diagnostic>& warnings) {
  std::vector<DateCandidate> candidates;
  for (const DateCandidate& c : facts.meta_dates) {
    if (!c.text.empty()) candidates.push_back(c);
  }
  const GumboNode* first_time = facts.times.empty() ? nullptr : facts.times.front();
  for (const GumboNode* t : facts.times) {
    if (root != nullptr && is_inside(t, root)) {
      first_time = t;
      break;
    }
  }
  if (first_time != nullptr) {
    candidates.push_back({attribute(first_time, "datetime"), first_time->v.element.start_pos.line});
  }
  for (const DateCandidate& c : candidates) {
    article.published = detail::parse_published_date(c.text);
    if (article.published) return;
  }
  if (!candidates.empty()) {
    warnings.push_back(make_diagnostic(ErrorCode::malformed,
                                       "unreadable date \"" +
                                           std::string(detail::trim(candidates.front().text)) +
                                           "\" (expected YYYY-MM-DD, years 1800-2100, optionally "
                                           "with a time); article kept without a date",
                                       {article.source, candidates.front().line, 0}, "date"));
  }
}

}  // namespace

Result<Article> detail::parse_html_article_with_depth_limit(std::string_view content,
                                                            const std::string& source,
                                                            std::vector<Diagnostic>& warnings,
                                                            std::size_t max_depth) {
  if (content.size() > std::numeric_limits<std::uint32_t>::max()) {
    return Error{ErrorCode::too_large, "HTML page larger than 4 GiB", {source, 0, 0}};
  }
  const std::optional<std::string> repaired = repair_utf8(content, {source, 1, 0}, warnings);
  std::string_view html = repaired ? std::string_view(*repaired) : content;
  const std::size_t bom = html.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
  html.remove_prefix(bom);

  const GuardedHtml guarded = guard_html(html, max_depth);
  if (guarded.dropped > 0) {
    const std::size_t offset = guarded.first_dropped_offset;
    warnings.push_back(make_diagnostic(ErrorCode::too_large,
                                       "elements nested deeper than " + std::to_string(max_depth) +
                                           " levels: " + std::to_string(guarded.dropped) +
                                           " tags ignored, their text kept",
                                       {source, line_column(html, offset).line, bom + offset},
                                       std::to_string(guarded.dropped) + " tags"));
  }
  if (!guarded.html.empty()) html = guarded.html;

  const ParsedPage page(html);
  if (page.output() == nullptr) {
    return Error{ErrorCode::malformed, "the HTML parser failed", {source, 0, 0}};
  }
  const PageFacts facts = collect_facts(page.output()->document);
  auto [root, text] = article_text(facts);
  if (is_blank(text)) {
    return Error{ErrorCode::empty_input, "no visible article text in the page", {source, 0, 0}};
  }

  Article article;
  article.id = id_from_source(source);
  article.source = source;
  article.text = std::move(text);
  article.title =
      collapse_spaces(!is_blank(facts.og_title) ? facts.og_title : facts.title.value_or(""));
  article.outlet = collapse_spaces(facts.og_site_name);
  article.url = std::string(trim(!is_blank(facts.canonical) ? facts.canonical : facts.og_url));
  read_published(facts, root, article, warnings);
  return article;
}

Result<Article> parse_html_article(std::string_view content, const std::string& source,
                                   std::vector<Diagnostic>& warnings) {
  return detail::parse_html_article_with_depth_limit(content, source, warnings,
                                                     detail::kMaxHtmlDepth);
}

Result<Article> parse_html_article(std::string_view content, const std::string& source) {
  std::vector<Diagnostic> ignored;
  return parse_html_article(content, source, ignored);
}

}  // namespace claimgraph
