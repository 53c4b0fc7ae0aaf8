// `claimgraph compare`: the discrepancy report of an article set.

#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "claimgraph/compare.hpp"
#include "claimgraph/report_json.hpp"
#include "cli/cli_common.hpp"
#include "cli/commands.hpp"

namespace claimgraph::cli {
namespace {

struct CompareCliOptions {
  std::vector<std::string> inputs;
  std::string format = "json";
  std::string output = "-";
  std::string fail_on = "never";
  double tolerance = 0.01;
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

int severity_level(const std::string& name) {
  if (name == "info") return static_cast<int>(Severity::info);
  if (name == "low") return static_cast<int>(Severity::low);
  if (name == "medium") return static_cast<int>(Severity::medium);
  if (name == "high") return static_cast<int>(Severity::high);
  return 100;  // "never"
}

int run_compare(const CompareCliOptions& opt) {
  std::vector<std::string> inputs = opt.inputs;
  if (inputs.empty()) inputs.push_back("-");
  CompareOptions options;
  options.reconcile.tolerance = opt.tolerance;
  const Report report = compare_articles(read_articles(inputs), options);
  print_diagnostics(report.diagnostics);

  std::ofstream file;
  if (opt.output != "-") {
    file.open(opt.output, std::ios::binary);
    if (!file) {
      std::cerr << "claimgraph: " << opt.output << ": cannot write the report\n";
      return kUsage;
    }
  }
  std::ostream& out = opt.output == "-" ? std::cout : file;
  if (opt.format == "text") {
    write_text(report, out);
  } else {
    write_json_report(report, out);
  }
  out.flush();
  if (!out) {
    std::cerr << "claimgraph: " << opt.output << ": writing the report failed\n";
    return kInputErrors;
  }

  std::cerr << "claimgraph: " << report.articles.size() << " articles, " << report.claims.size()
            << " casualty claims, " << report.events.size() << " events, " << report.keys.size()
            << " keys, " << report.flags.size() << " flags\n";
  if (!report.diagnostics.empty()) return kInputErrors;
  const int threshold = severity_level(opt.fail_on);
  for (const Discrepancy& d : report.flags) {
    if (static_cast<int>(d.severity) >= threshold) return kFlagged;
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
      "  claimgraph compare fixtures/armenia-azerbaijan-2022/ --format json -o report.json\n"
      "  claimgraph compare articles.jsonl --fail-on high");
  cmd->add_option("inputs", opt->inputs, "Files or directories; '-' or none reads standard input");
  cmd->add_option("--format", opt->format, "Report format")
      ->check(CLI::IsMember({"json", "text"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opt->output, "Write the report to this file ('-': stdout)")
      ->capture_default_str();
  cmd->add_option("--fail-on", opt->fail_on,
                  "Exit with code 1 when a flag of this severity or higher is found")
      ->check(CLI::IsMember({"never", "info", "low", "medium", "high"}))
      ->capture_default_str();
  cmd->add_option("--tolerance", opt->tolerance,
                  "Best figures within this relative distance count as the same figure")
      ->check(CLI::Range(0.0, 0.5))
      ->capture_default_str();
  cmd->callback([opt, &exit_code] { exit_code = run_compare(*opt); });
}

}  // namespace claimgraph::cli
