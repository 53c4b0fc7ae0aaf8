// `claimgraph compare`: the discrepancy report of an article set.

#include <oneapi/tbb/task_arena.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimgraph/compare.hpp"
#include "claimgraph/mpi_compare.hpp"
#include "claimgraph/report_formats.hpp"
#include "claimgraph/report_json.hpp"
#include "cli/cli_common.hpp"
#include "cli/commands.hpp"

namespace claimgraph::cli {
namespace {

struct CompareCliOptions {
  std::vector<std::string> inputs;
  std::string format = "json";
  std::string output = "-";
  std::string table = "flags";
  std::string fail_on = "never";
  std::string min_severity = "info";
  std::string event;
  std::string kind;
  std::string side;
  double tolerance = 0.01;
  unsigned threads = 0;
  bool quiet = false;
  bool timings = false;
  bool mpi = false;
};

constexpr std::array<const char*, 4> kSeverityNames = {"info", "low", "medium", "high"};
constexpr std::array<const char*, 5> kVerdictNames = {"contradictory", "partisan", "arithmetic",
                                                      "differing", "revision"};

Severity severity_named(const std::string& name) {
  for (std::size_t i = 0; i < kSeverityNames.size(); ++i) {
    if (name == kSeverityNames[i]) return static_cast<Severity>(i);
  }
  return Severity::info;
}

// --fail-on: a severity (a flag at or above it) or a verdict (any flag of it); "never".
bool fails(const std::string& fail_on, const Discrepancy& d) {
  if (fail_on == "never") return false;
  for (const char* v : kVerdictNames) {
    if (fail_on == v) return fail_on == to_string(d.verdict);
  }
  return d.severity >= severity_named(fail_on);
}

// "claimgraph: 1200/5000 articles, 850 articles/s, ETA 5 s" on one rewritten line.
class Progress {
 public:
  void operator()(std::size_t done, std::size_t total) {
    const auto now = std::chrono::steady_clock::now();
    if (done != total && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
    std::cerr << "\rclaimgraph: " << done << "/" << total << " articles";
    if (rate > 0) {
      std::cerr << ", " << static_cast<long>(rate) << " articles/s, ETA "
                << static_cast<long>(static_cast<double>(total - done) / rate) << " s";
    }
    std::cerr << "   " << (done == total ? "\n" : "") << std::flush;
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

// One line per flag, most severe first, then one per key with its verdict and consensus.
void write_text(const Report& report, std::ostream& out) {
  out << "# flags (" << report.flags.size() << ")\n";
  for (const Discrepancy& d : report.flags) {
    out << to_string(d.severity) << '\t' << to_string(d.verdict) << '\t' << d.key << '\t'
        << d.explanation << '\n';
  }
  out << "# keys (" << report.keys.size() << "): verdict, low / best / high\n";
  for (const KeyVerdict& k : report.keys) {
    out << k.key.id << '\t' << to_string(k.verdict) << '\t' << number_text(k.consensus.low) << " / "
        << number_text(k.consensus.best) << " / " << number_text(k.consensus.high) << '\n';
  }
}

// ", resident 812 MB (peak 1033 MB)" from /proc/self/status; empty where there is no /proc.
std::string resident_memory() {
  std::ifstream status("/proc/self/status");
  std::string line;
  std::string now;
  std::string peak;
  while (std::getline(status, line)) {
    const auto field = [&](std::string_view name, std::string& into) {
      if (line.rfind(name, 0) != 0) return;
      std::istringstream in(line.substr(name.size()));
      std::size_t kb = 0;
      if (in >> kb) into = std::to_string(kb / 1024) + " MB";
    };
    field("VmRSS:", now);
    field("VmHWM:", peak);
  }
  if (now.empty() || peak.empty()) return {};
  return ", resident " + now + " (peak " + peak + ")";
}

// --timings: "claimgraph: read 1.20 s, resident 812 MB (peak 1033 MB)" on standard error as
// each stage ends.
class StageClock {
 public:
  explicit StageClock(bool on) : on_(on) {}
  void operator()(std::string_view stage) {
    const auto now = std::chrono::steady_clock::now();
    if (on_) {
      std::cerr << "claimgraph: " << stage << ' ' << std::fixed << std::setprecision(2)
                << std::chrono::duration<double>(now - last_).count() << " s" << std::defaultfloat
                << resident_memory() << '\n';
    }
    last_ = now;
  }

 private:
  bool on_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// --mpi: the comparison over the ranks of an MPI job; `root` gets the report on rank 0. False
// (after a message) when MPI cannot run it.
bool run_on_mpi(const std::vector<std::string>& inputs, CompareOptions options,
                std::optional<Report>& root) {
  if (std::find(inputs.begin(), inputs.end(), "-") != inputs.end()) {
    std::cerr << "claimgraph: --mpi reads files and directories, not standard input\n";
    return false;
  }
  if (!mpi_built()) {
    std::cerr << "claimgraph: --mpi: this claimgraph was built without MPI (install "
                 "libopenmpi-dev and rebuild)\n";
    return false;
  }
  const MpiSession session;
  if (session.rank() != 0) {
    options.progress = nullptr;
    options.stage_done = nullptr;
  }
  try {
    root = compare_mpi(inputs, options);
  } catch (const std::exception& e) {
    std::cerr << "claimgraph: rank " << session.rank() << ": " << e.what() << '\n';
    session.abort(kInputErrors);
  }
  return true;
}

int run_compare(const CompareCliOptions& opt) {
  std::vector<std::string> inputs = opt.inputs;
  if (inputs.empty()) inputs.push_back("-");
  CompareOptions options;
  options.reconcile.tolerance = opt.tolerance;
  options.threads = opt.threads;
  if (!opt.quiet && isatty(STDERR_FILENO) != 0) options.progress = Progress();
  auto clock = std::make_shared<StageClock>(opt.timings);
  options.stage_done = [clock](std::string_view stage) { (*clock)(stage); };
  Report full;
  if (opt.mpi) {
    std::optional<Report> root;
    if (!run_on_mpi(inputs, options, root)) return kUsage;
    if (!root) return kOk;  // not rank 0: rank 0 writes the report
    full = std::move(*root);
  } else {
    IngestResult input = read_articles(inputs);
    (*clock)("read");
    full = compare_articles(std::move(input), options);
  }
  print_diagnostics(full.diagnostics);
  ReportFilter filter;
  filter.min_severity = severity_named(opt.min_severity);
  filter.event = opt.event;
  filter.kind = opt.kind;
  filter.side = opt.side;
  // The report is let go at process exit rather than freed: freeing millions of claims one
  // allocation at a time takes seconds once the work is done (clang's -disable-free does the
  // same). It stays reachable through `kept`, so leak checkers do not count it; a second run in
  // the same process frees the first's.
  static Report* kept = nullptr;
  delete kept;
  kept = nullptr;
  kept = new Report(filter_report(std::move(full), filter));
  const Report& report = *kept;
  (*clock)("filter");

  std::ofstream file;
  if (opt.output != "-") {
    file.open(opt.output, std::ios::binary);
    if (!file) {
      std::cerr << "claimgraph: " << opt.output << ": cannot write the report\n";
      return kUsage;
    }
  }
  std::ostream& out = opt.output == "-" ? std::cout : file;
  // The JSON writer formats on the arena's threads: -j holds for writing too.
  tbb::task_arena arena(opt.threads == 0 ? tbb::task_arena::automatic
                                         : static_cast<int>(opt.threads));
  arena.execute([&] {
    if (opt.format == "text") {
      write_text(report, out);
    } else if (opt.format == "md") {
      write_markdown_report(report, out);
    } else if (opt.format == "html") {
      write_html_report(report, out);
    } else if (opt.format == "csv") {
      write_csv_report(report, opt.table == "claims" ? CsvTable::claims : CsvTable::flags, out);
    } else {
      write_json_report(report, out);
    }
  });
  out.flush();
  (*clock)("write");
  if (!out) {
    std::cerr << "claimgraph: " << opt.output << ": writing the report failed\n";
    return kInputErrors;
  }

  if (!opt.quiet) {
    std::cerr << "claimgraph: " << report.articles.size() << " articles, " << report.claims.size()
              << " casualty claims, " << report.events.size() << " events, " << report.keys.size()
              << " keys, " << report.flags.size() << " flags";
    if (opt.output != "-") std::cerr << "; wrote " << opt.output;
    std::cerr << '\n';
  }
  if (!report.diagnostics.empty()) return kInputErrors;
  for (const Discrepancy& d : report.flags) {
    if (fails(opt.fail_on, d)) return kFlagged;
  }
  return kOk;
}

}  // namespace

void add_compare_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<CompareCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "compare",
      "Compare the casualty claims of an article set: events, comparison keys with verdicts and\n"
      "consensus, and flags for every disagreement, most severe first.\n"
      "Examples:\n"
      "  claimgraph compare fixtures/armenia-azerbaijan-2022/ --format html -o report.html\n"
      "  claimgraph compare articles.jsonl --format md --min-severity medium -o report.md\n"
      "  claimgraph compare articles/ --format csv --table claims -o claims.csv\n"
      "  claimgraph compare articles/ --kind killed --side Armenia --format text\n"
      "  claimgraph compare articles.jsonl --fail-on high --quiet -o report.json");
  cmd->add_option("inputs", opt->inputs, "Files or directories; '-' or none reads standard input");
  cmd->add_option("--format", opt->format,
                  "Report format: json (programs), md or html (people), csv (spreadsheets), "
                  "text (a terminal)")
      ->check(CLI::IsMember({"json", "md", "html", "csv", "text"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opt->output, "Write the report to this file ('-': stdout)")
      ->capture_default_str();
  cmd->add_option("--table", opt->table, "With --format csv: the claims or the flags table")
      ->check(CLI::IsMember({"claims", "flags"}))
      ->capture_default_str();
  cmd->add_option("--min-severity", opt->min_severity, "Leave out flags below this severity")
      ->check(CLI::IsMember({"info", "low", "medium", "high"}))
      ->capture_default_str();
  cmd->add_option("--event", opt->event, "Only this event (an id from `claimgraph events`)");
  cmd->add_option("--kind", opt->kind, "Only this kind: killed, wounded, missing, ...");
  cmd->add_option("--side", opt->side, "Only this side: Armenia, both, ...");
  cmd->add_option("--fail-on", opt->fail_on,
                  "Exit with code 1 when a flag of this severity or higher (info, low, medium, "
                  "high), or of this verdict (contradictory, partisan, arithmetic, differing, "
                  "revision), is in the report")
      ->check(CLI::IsMember({"never", "info", "low", "medium", "high", "contradictory", "partisan",
                             "arithmetic", "differing", "revision"}))
      ->capture_default_str();
  cmd->add_option("--tolerance", opt->tolerance,
                  "Best figures within this relative distance count as the same figure")
      ->check(CLI::Range(0.0, 0.5))
      ->capture_default_str();
  cmd->add_option("-j,--threads", opt->threads,
                  "Threads reading the articles (0: every core); the report is the same")
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", opt->quiet, "No progress and no summary on standard error");
  cmd->add_flag("--timings", opt->timings, "Print each stage's wall time on standard error");
  cmd->add_flag("--mpi", opt->mpi,
                "Run on the ranks of an MPI job (mpirun -np N claimgraph compare --mpi ...): each "
                "rank reads and extracts its share, rank 0 writes the report");
  cmd->callback([opt, &exit_code] { exit_code = run_compare(*opt); });
}

}  // namespace claimgraph::cli
