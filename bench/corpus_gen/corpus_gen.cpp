/// claimgraph_corpus_gen: writes a deterministic corpus of synthetic, news-like English prose for
/// benchmarking the extract stage.
///
///   claimgraph_corpus_gen --bytes N [--seed S] [--format txt|jsonl]
///
/// Each article picks a topic (conflict, disaster, shooting, election, economy) and a fictional
/// country, region, town and outlet, then strings together paragraphs of sentences drawn from the
/// template tables of templates.hpp, all written for this tool. A `{slot}` in a template is filled
/// with a figure in one of the many ways reporters write one: plain and grouped digits, decimals
/// with multipliers, number words, qualifiers, ranges, vague amounts, years, dates, clock times,
/// ordinals, ages, percentages, money, measures and identifiers. About a third of the sentences
/// carry no number at all. Place and outlet names are invented so the text makes no claim about
/// real events.
///
/// txt output is, per article: the title, a blank line, the paragraphs separated by blank lines,
/// and a blank line. jsonl output is one JSON object per article per line (id, outlet, url,
/// published, title, text). Output stops after the article that brings the total to N bytes or
/// more, so it overshoots N by less than one article (articles are about 2-6 KB).
///
/// Determinism: the only randomness is a splitmix64 stream seeded from --seed, mapped to ranges by
/// plain modulo (std::uniform_int_distribution's output is implementation-defined), and no floating
/// point or locale is involved, so the same arguments give the same bytes on every run and
/// platform. Two draws never sit in the arguments of one call, whose evaluation order is
/// unspecified (GCC and Clang differ). Non-ASCII characters are spelled as UTF-8 byte escapes so
/// no compiler can transcode them.
///
/// The pieces: names.hpp (invented names), number_text (writing numbers), slots and
/// slot_measures (filling a template's `{slot}`s), templates.hpp (the sentences); this file
/// assembles articles and writes them out.

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <system_error>

#include "../rng.hpp"
#include "names.hpp"
#include "number_text.hpp"
#include "slots.hpp"
#include "templates.hpp"

namespace claimgraph::bench {
namespace {

// ---------------------------------------------------------------------------------------------
// Assembling articles
// ---------------------------------------------------------------------------------------------

/// Upper-cases the first letter of what was appended from `from` on (after an opening quote).
void capitalize_from(std::string& text, std::size_t from) {
  while (from < text.size() && text[from] == '"') ++from;
  if (from < text.size() && text[from] >= 'a' && text[from] <= 'z') {
    text[from] = static_cast<char>(text[from] - 'a' + 'A');
  }
}

/// The templates used last in an article, so the same sentence shape does not come back at once.
class RecentTemplates {
 public:
  [[nodiscard]] bool contains(std::string_view tmpl) const noexcept {
    for (const char* seen : seen_) {
      if (seen == tmpl.data()) return true;
    }
    return false;
  }
  void add(std::string_view tmpl) noexcept {
    seen_[next_] = tmpl.data();
    next_ = (next_ + 1) % seen_.size();
  }

 private:
  std::array<const char*, 6> seen_{};
  std::size_t next_ = 0;
};

/// One sentence: about a third without numbers, a quarter from the topic-neutral pools.
void append_sentence(std::string& out, const Topic& topic, Rng& rng, const ArticleContext& ctx,
                     RecentTemplates& recent) {
  const std::size_t start = out.size();
  const bool plain = rng.percent(33);
  const bool general = rng.percent(25);
  std::span<const std::string_view> pool;
  if (plain) {
    pool = general ? std::span<const std::string_view>(kGeneralPlain) : topic.plain;
  } else {
    pool = general ? std::span<const std::string_view>(kGeneralFigures) : topic.figures;
  }
  std::string_view tmpl = rng.pick(pool);
  for (int retry = 0; retry < 4 && recent.contains(tmpl); ++retry) tmpl = rng.pick(pool);
  recent.add(tmpl);
  expand(out, tmpl, rng, ctx);
  capitalize_from(out, start);
}

struct Article {
  std::string id;
  std::string url;
  std::string published;  ///< YYYY-MM-DD
  std::string title;
  std::string text;  ///< paragraphs separated by blank lines
  Outlet outlet;
};

/// "Ceasefire collapses in ..." -> "ceasefire-collapses-in-...", ASCII letters and digits only.
std::string slugify(std::string_view title) {
  constexpr std::size_t kMaxSlug = 60;
  std::string slug;
  for (const char c : title) {
    if (slug.size() >= kMaxSlug) break;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug += c;
    } else if (c >= 'A' && c <= 'Z') {
      slug += static_cast<char>(c - 'A' + 'a');
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

Article make_article(u64 index, Rng& rng) {
  ArticleContext ctx;
  ctx.country = rng.pick(kCountries);
  ctx.region = rng.pick(kRegions);
  ctx.town = rng.pick(kTowns);
  ctx.outlet = kOutlets[static_cast<std::size_t>(rng.below(std::size(kOutlets)))];
  ctx.published.year = static_cast<int>(rng.between(2015, 2024));
  ctx.published.month = static_cast<int>(rng.between(1, 12));
  ctx.published.day = static_cast<int>(rng.between(1, 28));
  const Topic& topic = kTopics[static_cast<std::size_t>(rng.below(std::size(kTopics)))];

  Article article;
  article.outlet = ctx.outlet;
  article.id = "gen-";
  for (u64 scale = 100'000; scale > 1 && index < scale; scale /= 10) article.id += '0';
  append_uint(article.id, index);

  const auto year = static_cast<u64>(ctx.published.year);
  const auto month = static_cast<u64>(ctx.published.month);
  const auto day = static_cast<u64>(ctx.published.day);
  append_uint(article.published, year);
  article.published += '-';
  append_2d(article.published, month);
  article.published += '-';
  append_2d(article.published, day);

  expand(article.title, rng.pick(topic.titles), rng, ctx);
  capitalize_from(article.title, 0);

  article.url = "https://www.";
  article.url += ctx.outlet.domain;
  article.url += '/';
  article.url += topic.section;
  article.url += '/';
  append_uint(article.url, year);
  article.url += '/';
  append_2d(article.url, month);
  article.url += '/';
  append_2d(article.url, day);
  article.url += '/';
  article.url += slugify(article.title);
  article.url += '-';
  append_uint(article.url, rng.between(100'000, 999'999));

  // Dateline, then paragraphs of 2-5 sentences until the article reaches its drawn size.
  const u64 target = rng.between(2'000, 5'400);
  std::string& text = article.text;
  text += ctx.town;
  text += ", ";
  text += month_ap(ctx.published.month);
  text += ' ';
  append_uint(text, day);
  text += " (";
  text += ctx.outlet.name;
  text += ") \xe2\x80\x94 ";
  RecentTemplates recent;
  while (text.size() < target) {
    if (text.back() != ' ') text += "\n\n";
    const u64 sentences = rng.between(2, 5);
    for (u64 s = 0; s < sentences; ++s) {
      if (s > 0) text += ' ';
      append_sentence(text, topic, rng, ctx, recent);
    }
  }
  return article;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/// Appends `s` as a JSON string literal. Bytes >= 0x80 pass through: the text is UTF-8.
void append_json_string(std::string& out, std::string_view s) {
  constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (const char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default: {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20) {
          out += "\\u00";
          out += kHex[byte >> 4];
          out += kHex[byte & 0xf];
        } else {
          out += c;
        }
      }
    }
  }
  out += '"';
}

void format_txt(std::string& out, const Article& a) {
  out += a.title;
  out += "\n\n";
  out += a.text;
  out += "\n\n";
}

void format_jsonl(std::string& out, const Article& a) {
  out += "{\"id\":";
  append_json_string(out, a.id);
  out += ",\"outlet\":";
  append_json_string(out, a.outlet.name);
  out += ",\"url\":";
  append_json_string(out, a.url);
  out += ",\"published\":";
  append_json_string(out, a.published);
  out += ",\"title\":";
  append_json_string(out, a.title);
  out += ",\"text\":";
  append_json_string(out, a.text);
  out += "}\n";
}

enum class Format { txt, jsonl };

struct Options {
  u64 bytes = 0;
  u64 seed = 1;
  Format format = Format::txt;
};

constexpr std::string_view kUsage =
    "usage: claimgraph_corpus_gen --bytes N [--seed S] [--format txt|jsonl]\n"
    "Writes about N bytes of synthetic news articles to stdout; the same arguments always give\n"
    "the same bytes. Default seed 1, default format txt.\n";

bool parse_u64(std::string_view s, u64& value) {
  const char* end = s.data() + s.size();
  const auto [ptr, ec] = std::from_chars(s.data(), end, value);
  return ec == std::errc{} && ptr == end;
}

/// Returns false (after printing why) when the arguments are not usable.
bool parse_options(int argc, char** argv, Options& options) {
  bool have_bytes = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::fputs(kUsage.data(), stdout);
      std::exit(0);
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "corpus_gen: %s needs a value\n", argv[i]);
      return false;
    }
    const std::string_view value = argv[++i];
    if (arg == "--bytes" && parse_u64(value, options.bytes)) {
      have_bytes = true;
    } else if (arg == "--seed" && parse_u64(value, options.seed)) {
    } else if (arg == "--format" && (value == "txt" || value == "jsonl")) {
      options.format = value == "txt" ? Format::txt : Format::jsonl;
    } else {
      std::fprintf(stderr, "corpus_gen: bad argument %s %s\n", argv[i - 1], argv[i]);
      return false;
    }
  }
  if (!have_bytes) std::fputs("corpus_gen: --bytes is required\n", stderr);
  return have_bytes;
}

int run(int argc, char** argv) {
  Options options;
  if (!parse_options(argc, argv, options)) {
    std::fputs(kUsage.data(), stderr);
    return 2;
  }
  Rng rng(options.seed);
  std::string buffer;
  u64 written = 0;
  for (u64 index = 1; written < options.bytes; ++index) {
    buffer.clear();
    const Article article = make_article(index, rng);
    if (options.format == Format::txt) {
      format_txt(buffer, article);
    } else {
      format_jsonl(buffer, article);
    }
    if (std::fwrite(buffer.data(), 1, buffer.size(), stdout) != buffer.size()) {
      std::fputs("corpus_gen: write to stdout failed\n", stderr);
      return 1;
    }
    written += buffer.size();
  }
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace
}  // namespace claimgraph::bench

int main(int argc, char** argv) { return claimgraph::bench::run(argc, argv); }
