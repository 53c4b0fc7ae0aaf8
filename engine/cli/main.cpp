// claimgraph: the command-line front end. It only parses flags and dispatches to a command.

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{"claimgraph — find where news sources disagree on the numbers"};
  app.set_version_flag("--version", std::string("claimgraph ") + CLAIMGRAPH_VERSION);
  app.require_subcommand(1);
  int exit_code = claimgraph::cli::kOk;
  claimgraph::cli::add_numbers_command(app, exit_code);
  claimgraph::cli::add_extract_command(app, exit_code);
  claimgraph::cli::add_events_command(app, exit_code);
  claimgraph::cli::add_compare_command(app, exit_code);
  claimgraph::cli::add_graph_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : claimgraph::cli::kUsage;
  }
  return exit_code;
}
