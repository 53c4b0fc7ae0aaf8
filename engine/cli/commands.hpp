#pragma once
// The CLI's subcommands. Each registers its flags on the app and runs on the parsed options.

#include <CLI/CLI.hpp>

namespace claimgraph::cli {

/// Exit codes, documented in docs/user-guide.md.
enum ExitCode : int { kOk = 0, kFlagged = 1, kUsage = 2, kInputErrors = 3 };

/// Registers `numbers`; the returned callback runs it and gives the exit code.
void add_numbers_command(CLI::App& app, int& exit_code);

/// Registers `extract`.
void add_extract_command(CLI::App& app, int& exit_code);

/// Registers `events`.
void add_events_command(CLI::App& app, int& exit_code);

/// Registers `compare`.
void add_compare_command(CLI::App& app, int& exit_code);

/// Registers `graph`.
void add_graph_command(CLI::App& app, int& exit_code);

}  // namespace claimgraph::cli
