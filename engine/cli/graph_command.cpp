// `claimgraph graph`: the claim graph of an article set, as GraphML, DOT or JSON.

#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "claimgraph/compare.hpp"
#include "claimgraph/graph.hpp"
#include "cli/cli_common.hpp"
#include "cli/commands.hpp"

namespace claimgraph::cli {
namespace {

struct GraphCliOptions {
  std::vector<std::string> inputs;
  std::string format = "graphml";
  std::string output = "-";
};

int run_graph(const GraphCliOptions& opt) {
  std::vector<std::string> inputs = opt.inputs;
  if (inputs.empty()) inputs.push_back("-");
  const Report report = compare_articles(read_articles(inputs));
  print_diagnostics(report.diagnostics);
  const ClaimGraph graph = build_claim_graph(report);
  const GraphFormat format = opt.format == "dot"    ? GraphFormat::dot
                             : opt.format == "json" ? GraphFormat::json
                                                    : GraphFormat::graphml;
  std::ofstream file;
  if (opt.output != "-") {
    file.open(opt.output, std::ios::binary);
    if (!file) {
      std::cerr << "claimgraph: " << opt.output << ": cannot write the graph\n";
      return kUsage;
    }
  }
  std::ostream& out = opt.output == "-" ? std::cout : file;
  graph.write(out, format);
  out.flush();
  if (!out) {
    std::cerr << "claimgraph: " << opt.output << ": writing the graph failed\n";
    return kInputErrors;
  }
  std::cerr << "claimgraph: " << graph.vertex_count() << " vertices, " << graph.edge_count()
            << " edges (" << graph.count(NodeKind::claim) << " claims, "
            << graph.count(NodeKind::key) << " keys, " << graph.count(NodeKind::event)
            << " events)\n";
  return report.diagnostics.empty() ? kOk : kInputErrors;
}

}  // namespace

void add_graph_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<GraphCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "graph",
      "Write the claim graph of an article set: outlets, articles, claimants, events, keys and\n"
      "claims, with how claims relate (agrees, differs, contradicts, revises).\n"
      "Examples:\n"
      "  claimgraph graph fixtures/armenia-azerbaijan-2022/ --format dot | dot -Tsvg > g.svg\n"
      "  claimgraph graph articles.jsonl --format graphml -o claims.graphml");
  cmd->add_option("inputs", opt->inputs, "Files or directories; '-' or none reads standard input");
  cmd->add_option("--format", opt->format, "Graph format")
      ->check(CLI::IsMember({"graphml", "dot", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opt->output, "Write the graph to this file ('-': stdout)")
      ->capture_default_str();
  cmd->callback([opt, &exit_code] { exit_code = run_graph(*opt); });
}

}  // namespace claimgraph::cli
