/// claimgraph_bench_numbers: single-thread throughput of the extract stage.
///
///   claimgraph_bench_numbers FILE [--repeat R] [--stage numbers|quantities|sentences|claims]
///
/// Reads FILE whole, cuts it into chunks of about 4 KB that end at a newline (so each call sees an
/// article-sized text, as in the pipeline), then runs find_numbers (default), extract_quantities
/// or split_sentences on every chunk, R times (default 5), or extract_claims on each chunk as an
/// article published on 5 July 2016 (a date, so that the time scan does what it does on real
/// articles). `sentences` times the segmenter alone, one part of what `claims` does. Chunking,
/// reading and building the articles are not timed. Prints the input size, mentions found per pass,
/// best and median wall time of one pass (std::chrono::steady_clock) and throughput in MB/s (1 MB =
/// 1e6 bytes). The checksum folds the size and last span of every call's result, so the work cannot
/// be optimised away and two builds can be compared; every pass must give the same count and
/// checksum, or the run fails.

#include <algorithm>
#include <bit>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "claimgraph/claims.hpp"
#include "claimgraph/numbers.hpp"
#include "claimgraph/quantities.hpp"
#include "claimgraph/segment.hpp"

namespace claimgraph::bench {
namespace {

/// Chunks end at the last newline within this many bytes (or the first one after, for longer
/// lines).
constexpr std::size_t kChunkBytes = 4096;

enum class Stage { numbers, quantities, sentences, claims };

struct Options {
  const char* path = nullptr;
  std::uint64_t repeat = 5;
  Stage stage = Stage::numbers;
};

/// What one pass over all chunks found, and how long it took.
struct Pass {
  double seconds = 0.0;
  std::uint64_t mentions = 0;
  std::uint64_t checksum = 0;
};

constexpr std::string_view kUsage =
    "usage: claimgraph_bench_numbers FILE [--repeat R] [--stage "
    "numbers|quantities|sentences|claims]\n"
    "Times find_numbers (or extract_quantities, split_sentences, extract_claims) over FILE in\n"
    "~4 KB chunks, on one thread.\n";

/// The whole file, or false if it cannot be read.
bool read_file(const char* path, std::string& out) {
  std::FILE* file = std::fopen(path, "rb");
  if (file == nullptr) return false;
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) out.append(buffer, n);
  const bool ok = std::ferror(file) == 0;
  std::fclose(file);
  return ok;
}

/// Splits `text` into consecutive pieces that each end just after a newline (the last piece may
/// not), each at most `target` bytes unless a single line is longer.
std::vector<std::string_view> split_chunks(std::string_view text, std::size_t target) {
  std::vector<std::string_view> chunks;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.size();
    if (text.size() - pos > target) {
      std::size_t newline = text.rfind('\n', pos + target - 1);
      if (newline == std::string_view::npos || newline < pos)
        newline = text.find('\n', pos + target);
      if (newline != std::string_view::npos) end = newline + 1;
    }
    chunks.push_back(text.substr(pos, end - pos));
    pos = end;
  }
  return chunks;
}

/// One timed pass: `extract` on every chunk. Folding each result into the checksum keeps the
/// calls observable and catches a build that finds different mentions.
std::uint64_t end_of(const NumberMention& m) { return m.span.end; }
std::uint64_t end_of(const Quantity& q) { return q.span.end; }
std::uint64_t end_of(const Span& s) { return s.end; }
std::uint64_t end_of(const Claim& c) { return c.quantity.span.end; }

/// Every field of every result, folded: the untimed `digest` line, which two builds that must
/// give the same output compare (the checksum above reads only counts and last spans).
struct Digest {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  void add(std::uint64_t v) { h = (h ^ v) * 0x100000001b3ULL; }
  void add(double v) { add(std::bit_cast<std::uint64_t>(v)); }
  void add(bool v) { add(std::uint64_t{v}); }
  void add(std::string_view v) {
    add(std::uint64_t{v.size()});
    for (const char c : v) add(std::uint64_t{static_cast<unsigned char>(c)});
  }
  void add(const Span& s) {
    add(std::uint64_t{s.begin});
    add(std::uint64_t{s.end});
  }
  void add(const Interval& iv) {
    add(iv.lo.value);
    add(iv.lo.open);
    add(iv.hi.value);
    add(iv.hi.open);
  }
  void add(const std::optional<std::chrono::year_month_day>& d) {
    add(d.has_value());
    if (d)
      add(std::uint64_t{
          static_cast<std::uint32_t>(std::chrono::sys_days{*d}.time_since_epoch().count())});
  }
  void add(const NumberMention& m) {
    add(m.span);
    add(m.value);
    add(std::uint64_t{static_cast<unsigned>(m.form)});
    add(m.ordinal);
    add(m.words);
    add(m.grouped);
    add(m.suffix);
    add(m.numerator);
    add(m.denominator);
  }
  void add(const Quantity& q) {
    add(q.span);
    add(q.number_span);
    add(std::string_view(q.text));
    add(q.value);
    add(q.best);
    add(q.interval);
    add(std::uint64_t{static_cast<unsigned>(q.qualifier)});
    add(std::uint64_t{static_cast<unsigned>(q.unit)});
    add(std::string_view(q.unit_name));
    add(std::uint64_t{static_cast<unsigned>(q.kind)});
    add(q.written_in_words);
  }
  void add(const Claim& c) {
    add(std::string_view(c.id));
    for (const Name* n : {&c.kind, &c.population, &c.side, &c.claimant, &c.claimant_side, &c.event,
                          &c.named_event}) {
      add(std::string_view(*n));
    }
    add(c.outlet_voice);
    add(c.when.has_value());
    if (c.when) {
      add(std::optional<std::chrono::year_month_day>(c.when->first));
      add(std::optional<std::chrono::year_month_day>(c.when->last));
    }
    add(c.when_span);
    add(std::uint64_t{static_cast<unsigned>(c.when_grain)});
    add(c.tally);
    add(c.earlier);
    add(c.stated);
    add(c.quantity);
    add(c.sentence);
    add(c.claim_span);
  }
};

template <class Input, class Extract>
std::uint64_t digest_all(const std::vector<Input>& chunks, Extract extract) {
  Digest d;
  for (const Input& chunk : chunks) {
    const auto found = extract(chunk);
    d.add(std::uint64_t{found.size()});
    for (const auto& x : found) d.add(x);
  }
  return d.h;
}

template <class Input, class Extract>
Pass run_pass(const std::vector<Input>& chunks, Extract extract) {
  Pass pass;
  const auto start = std::chrono::steady_clock::now();
  for (const Input& chunk : chunks) {
    const auto found = extract(chunk);
    pass.mentions += found.size();
    const std::uint64_t last_end = found.empty() ? 0 : end_of(found.back());
    pass.checksum = (pass.checksum ^ found.size()) * 0x100000001b3ULL;  // FNV-1a style fold
    pass.checksum = (pass.checksum ^ last_end) * 0x100000001b3ULL;
  }
  const auto stop = std::chrono::steady_clock::now();
  pass.seconds = std::chrono::duration<double>(stop - start).count();
  return pass;
}

bool parse_options(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") return false;
    if (arg == "--repeat" || arg == "--stage") {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "bench_numbers: %s needs a value\n", argv[i]);
        return false;
      }
      const std::string_view value = argv[++i];
      if (arg == "--repeat") {
        const char* end = value.data() + value.size();
        const auto [ptr, ec] = std::from_chars(value.data(), end, options.repeat);
        if (ec != std::errc{} || ptr != end || options.repeat == 0) {
          std::fprintf(stderr, "bench_numbers: --repeat wants a positive integer\n");
          return false;
        }
      } else if (value == "numbers" || value == "quantities" || value == "sentences" ||
                 value == "claims") {
        options.stage = value == "numbers"      ? Stage::numbers
                        : value == "quantities" ? Stage::quantities
                        : value == "sentences"  ? Stage::sentences
                                                : Stage::claims;
      } else {
        std::fprintf(stderr,
                     "bench_numbers: --stage wants numbers, quantities, sentences or claims\n");
        return false;
      }
    } else if (options.path == nullptr && !arg.starts_with("-")) {
      options.path = argv[i];
    } else {
      std::fprintf(stderr, "bench_numbers: unexpected argument %s\n", argv[i]);
      return false;
    }
  }
  return options.path != nullptr;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

/// Bytes per second as MB/s; 0 when the time is too small to measure.
double mb_per_s(std::size_t bytes, double seconds) {
  return seconds > 0.0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0;
}

int run(int argc, char** argv) {
  Options options;
  if (!parse_options(argc, argv, options)) {
    std::fputs(kUsage.data(), stderr);
    return 2;
  }
  std::string text;
  if (!read_file(options.path, text)) {
    std::fprintf(stderr, "bench_numbers: cannot read %s\n", options.path);
    return 1;
  }
  const std::vector<std::string_view> chunks = split_chunks(text, kChunkBytes);

  std::vector<Article> articles;
  if (options.stage == Stage::claims) {
    for (const std::string_view chunk : chunks) {
      Article a;
      a.id = "chunk" + std::to_string(articles.size());
      a.text = std::string(chunk);
      // Dated, as articles are: the time scan reads relative dates ("on Tuesday", "last week")
      // only against a publication day.
      a.published = std::chrono::year{2016} / std::chrono::July / 5;
      articles.push_back(std::move(a));
    }
  }
  std::vector<Pass> passes;
  for (std::uint64_t r = 0; r < options.repeat; ++r) {
    if (options.stage == Stage::numbers) {
      passes.push_back(run_pass(chunks, [](std::string_view t) { return find_numbers(t); }));
    } else if (options.stage == Stage::quantities) {
      passes.push_back(run_pass(chunks, [](std::string_view t) { return extract_quantities(t); }));
    } else if (options.stage == Stage::sentences) {
      passes.push_back(run_pass(chunks, [](std::string_view t) { return split_sentences(t); }));
    } else {
      passes.push_back(run_pass(articles, [](const Article& a) { return extract_claims(a); }));
    }
  }

  // Untimed: every field of every result.
  std::uint64_t digest = 0;
  if (options.stage == Stage::numbers) {
    digest = digest_all(chunks, [](std::string_view t) { return find_numbers(t); });
  } else if (options.stage == Stage::quantities) {
    digest = digest_all(chunks, [](std::string_view t) { return extract_quantities(t); });
  } else if (options.stage == Stage::sentences) {
    digest = digest_all(chunks, [](std::string_view t) { return split_sentences(t); });
  } else {
    digest = digest_all(articles, [](const Article& a) { return extract_claims(a); });
  }

  std::vector<double> seconds;
  for (const Pass& pass : passes) seconds.push_back(pass.seconds);
  const double best = *std::min_element(seconds.begin(), seconds.end());
  const double typical = median(seconds);
  const Pass& first = passes.front();

  std::printf("stage      %s\n", options.stage == Stage::numbers      ? "numbers"
                                 : options.stage == Stage::quantities ? "quantities"
                                 : options.stage == Stage::sentences  ? "sentences"
                                                                      : "claims");
  std::printf("file       %s\n", options.path);
  std::printf("bytes      %zu\n", text.size());
  std::printf("chunks     %zu (about %zu bytes each)\n", chunks.size(),
              chunks.empty() ? std::size_t{0} : text.size() / chunks.size());
  std::printf("repeats    %llu\n", static_cast<unsigned long long>(options.repeat));
  std::printf("mentions   %llu\n", static_cast<unsigned long long>(first.mentions));
  std::printf("checksum   %016llx\n", static_cast<unsigned long long>(first.checksum));
  std::printf("digest     %016llx (every field of every result, untimed)\n",
              static_cast<unsigned long long>(digest));
  std::printf("best_s     %.6f\n", best);
  std::printf("median_s   %.6f\n", typical);
  std::printf("MB/s       %.2f best, %.2f median (1 thread)\n", mb_per_s(text.size(), best),
              mb_per_s(text.size(), typical));

  for (const Pass& pass : passes) {
    if (pass.mentions != first.mentions || pass.checksum != first.checksum) {
      std::fputs("bench_numbers: passes disagree on the mentions found\n", stderr);
      return 1;
    }
  }
  return 0;
}

}  // namespace
}  // namespace claimgraph::bench

int main(int argc, char** argv) { return claimgraph::bench::run(argc, argv); }
