// Making a page safe for gumbo before it is parsed. Two rewrites:
//
// Foreign content. <svg> and <math> open SVG/MathML parsing in gumbo, where it has assertion
// failures (the Debian build keeps assertions, so they abort the process). Renamed to kSvgStandIn
// and kMathStandIn they are unknown HTML elements, parsed by the well-tested HTML rules; their
// content is never article text, so nothing visible is lost. The rename is textual and applies to
// every "<svg" and "<math" (and "</...") followed by a tag-name terminator, wherever it stands:
// inside a script or comment it changes nothing that is read, and no context analysis can then
// miss a real tag (a <style> inside <select> is ignored by gumbo, so what follows it is markup).
//
// Depth. The page is tokenized the way an HTML5 tokenizer does it — comments ("<!-->" and "--!>"
// included), bogus comments ("<!...>", "<?...>"), attribute values quoted with '>' inside, and
// raw-text elements (script, style, textarea, title, iframe, xmp, noembed, noframes, plaintext),
// whose content holds no tags — and a model of gumbo's stack of open elements decides which start
// tags would open an element deeper than the limit; those are cut out, and so is the end tag that
// closes each. This bounds gumbo's time (its scope checks scan the stack), not memory safety (the
// tree is taken apart without recursion, see html_article.cpp), so the model only has to err
// towards more depth where that is cheap: an end tag pops the model only when gumbo would pop at
// least as much (no "special" element in between for an ordinary end tag, no scope boundary in
// between for a special one; </form> removes just the form), and self-closing syntax never closes
// (it only does in foreign content, which no longer exists). Elements gumbo closes implicitly (p,
// li, td, ...) and void elements are not counted: they cannot nest without a counted element
// between them.

#include "ingest/html_guard.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "ingest/ingest_detail.hpp"

namespace claimgraph::detail {
namespace {

template <std::size_t N>
bool in(const std::array<std::string_view, N>& set, std::string_view name) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

/// Elements that never have content: nothing nests in them.
constexpr std::array<std::string_view, 20> kVoid = {
    "area", "base",  "basefont", "bgsound", "br",   "col",   "embed",  "frame", "hr",  "image",
    "img",  "input", "keygen",   "link",    "meta", "param", "source", "track", "wbr", "menuitem"};

/// Elements whose end tag is optional: gumbo closes them when a sibling starts, so they cannot
/// nest without a counted element between.
constexpr std::array<std::string_view, 21> kOptionalEnd = {
    "body", "caption", "colgroup", "dd",  "dt",    "head", "html",  "li", "optgroup", "option", "p",
    "rb",   "rp",      "rt",       "rtc", "tbody", "td",   "tfoot", "th", "thead",    "tr"};

/// Elements whose content is raw text: they cannot hold elements.
constexpr std::array<std::string_view, 9> kRawText = {
    "iframe", "noembed", "noframes", "plaintext", "script", "style", "textarea", "title", "xmp"};

/// Counted elements in the HTML "special" category.
constexpr std::array<std::string_view, 40> kSpecial = {
    "address",  "applet",  "article", "aside",    "blockquote", "button",  "center",   "details",
    "dir",      "div",     "dl",      "fieldset", "figcaption", "figure",  "footer",   "form",
    "frameset", "h1",      "h2",      "h3",       "h4",         "h5",      "h6",       "header",
    "hgroup",   "listing", "main",    "marquee",  "menu",       "nav",     "noscript", "object",
    "ol",       "pre",     "search",  "section",  "select",     "summary", "table",    "ul"};

/// Counted elements that bound "has an element in scope".
constexpr std::array<std::string_view, 5> kScopeBoundary = {"applet", "marquee", "object", "table",
                                                            "template"};

constexpr bool is_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool is_html_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

constexpr std::size_t npos = std::string_view::npos;

/// A tag as read: its lowercased name and the byte past its '>'.
struct Tag {
  std::string name;
  std::size_t end = npos;  // npos: cut off by the end of input (the tokenizer drops it)
};

class Guard {
 public:
  Guard(std::string_view html, std::size_t max_depth) : s_(html), max_depth_(max_depth) {}

  GuardedHtml run() {
    std::size_t i = 0;
    while (i < s_.size()) {
      const std::size_t lt = s_.find('<', i);
      if (lt == npos) break;
      i = step(lt);
    }
    GuardedHtml out;
    if (cuts_.empty()) return out;
    out.dropped = cuts_.size();
    out.first_dropped_offset = cuts_.front().first;
    std::size_t from = 0;
    for (const auto& [begin, end] : cuts_) {
      out.html.append(s_.substr(from, begin - from));
      from = end;
    }
    out.html.append(s_.substr(from));
    return out;
  }

 private:
  /// An element of the model's stack, with its category looked up once.
  struct Open {
    std::string name;
    bool special = false;
    bool boundary = false;
  };

  /// Handles the markup at `lt` (a '<'); returns where scanning goes on.
  std::size_t step(std::size_t lt) {
    const std::size_t n = s_.size();
    if (s_.substr(lt, 4) == "<!--") return comment_end(lt + 4);
    if (lt + 1 >= n) return n;
    const char c = s_[lt + 1];
    if (c == '!' || c == '?') return after_gt(lt + 2);
    if (c == '/') {
      if (lt + 2 < n && is_alpha(s_[lt + 2])) {
        const Tag tag = read_tag(lt + 2);
        if (tag.end == npos) return n;
        end_tag(tag, lt);
        return tag.end;
      }
      if (lt + 2 < n && s_[lt + 2] == '>') return lt + 3;
      return after_gt(lt + 2);
    }
    if (!is_alpha(c)) return lt + 1;
    Tag tag = read_tag(lt + 1);
    if (tag.end == npos) return n;
    if (in(kRawText, tag.name)) {
      return tag.name == "plaintext" ? n : raw_text_end(tag.end, tag.name);
    }
    const std::size_t end = tag.end;
    start_tag(std::move(tag), lt);
    return end;
  }

  std::size_t after_gt(std::size_t from) const {
    const std::size_t gt = s_.find('>', from);
    return gt == npos ? s_.size() : gt + 1;
  }

  /// Past the end of a comment whose "<!--" ends at `from`.
  std::size_t comment_end(std::size_t from) const {
    if (s_.substr(from, 1) == ">") return from + 1;
    if (s_.substr(from, 2) == "->") return from + 2;
    const std::size_t a = s_.find("-->", from);
    const std::size_t b = s_.find("--!>", from);
    if (a == npos && b == npos) return s_.size();
    return a < b ? a + 3 : b + 4;
  }

  /// Where the end tag of raw-text element `name` begins.
  std::size_t raw_text_end(std::size_t from, std::string_view name) const {
    for (std::size_t i = s_.find("</", from); i != npos; i = s_.find("</", i + 2)) {
      const std::size_t after = i + 2 + name.size();
      if (after > s_.size()) break;
      if (!iequals(s_.substr(i + 2, name.size()), name)) continue;
      if (after == s_.size() || is_html_space(s_[after]) || s_[after] == '/' || s_[after] == '>') {
        return i;
      }
    }
    return s_.size();
  }

  /// Reads a tag from its name at `at` to past its '>'.
  Tag read_tag(std::size_t at) const {
    const std::size_t n = s_.size();
    Tag tag;
    std::size_t i = at;
    while (i < n && !is_html_space(s_[i]) && s_[i] != '/' && s_[i] != '>') ++i;
    tag.name = ascii_lower(s_.substr(at, i - at));
    while (i < n) {
      // Before an attribute name ('/' only matters before '>', and self-closing never closes).
      while (i < n && (is_html_space(s_[i]) || s_[i] == '/')) ++i;
      if (i >= n) break;
      if (s_[i] == '>') {
        tag.end = i + 1;
        break;
      }
      // The attribute name: its first byte may be anything, '=' included.
      ++i;
      while (i < n && !is_html_space(s_[i]) && s_[i] != '/' && s_[i] != '>' && s_[i] != '=') ++i;
      while (i < n && is_html_space(s_[i])) ++i;
      if (i >= n || s_[i] != '=') continue;
      ++i;
      while (i < n && is_html_space(s_[i])) ++i;
      if (i >= n) break;
      if (s_[i] == '"' || s_[i] == '\'') {
        const std::size_t close = s_.find(s_[i], i + 1);
        if (close == npos) break;
        i = close + 1;
      } else if (s_[i] != '>') {
        while (i < n && !is_html_space(s_[i]) && s_[i] != '>') ++i;
      }
    }
    return tag;
  }

  void start_tag(Tag tag, std::size_t begin) {
    if (in(kVoid, tag.name) || in(kOptionalEnd, tag.name)) return;
    if (open_.size() >= max_depth_) {
      cuts_.emplace_back(begin, tag.end);
      dropped_.push_back(std::move(tag.name));
      return;
    }
    const bool special = in(kSpecial, tag.name);
    const bool boundary = in(kScopeBoundary, tag.name);
    open_.push_back({std::move(tag.name), special, boundary});
  }

  void end_tag(const Tag& tag, std::size_t begin) {
    if (!dropped_.empty() && dropped_.back() == tag.name) {
      cuts_.emplace_back(begin, tag.end);
      dropped_.pop_back();
      return;
    }
    std::size_t k = open_.size();
    while (k > 0 && open_[k - 1].name != tag.name) --k;
    if (k == 0) return;
    const std::size_t match = k - 1;
    for (std::size_t j = match + 1; j < open_.size(); ++j) {
      // gumbo would ignore this end tag, or pop less than the model: keep the model as it is.
      if (open_[match].special ? open_[j].boundary : open_[j].special) return;
    }
    if (tag.name == "form") {
      open_.erase(open_.begin() + static_cast<std::ptrdiff_t>(match));
    } else {
      open_.resize(match);
    }
    // Whatever was dropped sat inside an element that is now closed.
    dropped_.clear();
  }

  std::string_view s_;
  std::size_t max_depth_;
  std::vector<Open> open_;            // the model of gumbo's stack of open elements
  std::vector<std::string> dropped_;  // elements whose start tag was cut, innermost last
  std::vector<std::pair<std::size_t, std::size_t>> cuts_;  // byte ranges to remove, in order
};

/// `html` with every svg and math tag name renamed; empty when there is none.
std::string rename_foreign_tags(std::string_view html) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t lt = html.find('<'); lt != npos; lt = html.find('<', lt + 1)) {
    const std::size_t at = lt + 1 < html.size() && html[lt + 1] == '/' ? lt + 2 : lt + 1;
    for (const auto& [name, stand_in] : {std::pair{std::string_view("svg"), kSvgStandIn},
                                         std::pair{std::string_view("math"), kMathStandIn}}) {
      const std::size_t after = at + name.size();
      if (after > html.size() || !iequals(html.substr(at, name.size()), name)) continue;
      if (after < html.size() && !is_html_space(html[after]) && html[after] != '/' &&
          html[after] != '>') {
        continue;
      }
      out.append(html.substr(from, at - from));
      out.append(stand_in);
      from = after;
    }
  }
  if (from == 0) return out;
  out.append(html.substr(from));
  return out;
}

}  // namespace

GuardedHtml guard_html(std::string_view html, std::size_t max_depth) {
  GuardedHtml guarded = Guard(html, max_depth).run();
  std::string renamed =
      rename_foreign_tags(guarded.html.empty() ? html : std::string_view(guarded.html));
  if (!renamed.empty()) guarded.html = std::move(renamed);
  return guarded;
}

}  // namespace claimgraph::detail
