// `claimgraph numbers`: every numeric mention of the input texts, as a table or JSONL.

#include <cmath>
#include <cstdio>
#include <iostream>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "claimgraph/ingest.hpp"
#include "claimgraph/quantities.hpp"
#include "cli/cli_common.hpp"
#include "cli/commands.hpp"
#include "report/json_fields.hpp"

namespace claimgraph::cli {
namespace {

struct NumbersOptions {
  std::vector<std::string> inputs;
  std::string format = "text";
};

// Mentions span one text; text output shows where each is as file:line:column.
void print_text(const std::string& file, const std::string& text, const std::vector<Quantity>& qs) {
  // Mentions come in text order: line and column advance from the previous mention's, so the
  // listing stays linear in the text (counting from the start each time was quadratic).
  LineColumn lc;
  std::size_t at = 0;
  for (const Quantity& q : qs) {
    const LineColumn step = line_column(std::string_view(text).substr(at), q.span.begin - at);
    lc.column = step.line > 1 ? step.column : lc.column + step.column - 1;
    lc.line += step.line - 1;
    at = q.span.begin;
    std::string shown = q.text;
    for (char& c : shown) {
      if (c == '\n' || c == '\t') c = ' ';
    }
    std::cout << file << ':' << lc.line << ':' << lc.column << "\t[" << q.span.begin << ','
              << q.span.end << ")\t" << shown << "\tvalue=" << number_text(q.value) << "\t"
              << to_string(q.interval) << '\t' << to_string(q.qualifier) << '\t'
              << to_string(q.unit) << (q.unit_name.empty() ? "" : ":" + q.unit_name) << '\t'
              << to_string(q.kind) << '\n';
  }
}

void print_jsonl(const std::string& file, const std::vector<Quantity>& qs) {
  for (const Quantity& q : qs) {
    nlohmann::json j = {
        {"file", file},
        {"unit", to_string(q.unit)},
        {"unit_name", q.unit_name},
        {"kind", to_string(q.kind)},
        {"words", q.written_in_words},
    };
    detail::JsonMembers<nlohmann::json> fields{j};
    detail::quantity_fields(fields, q);
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
}

int run_numbers(const NumbersOptions& opt) {
  std::vector<std::string> inputs = opt.inputs;
  if (inputs.empty()) inputs.push_back("-");
  int rc = kOk;
  for (const std::string& path : inputs) {
    auto text = read_text_file(path);
    if (!text) {
      const Error& e = text.error();
      std::cerr << "claimgraph: " << e.where.file;
      if (e.where.line > 0) std::cerr << ':' << e.where.line;
      std::cerr << ": " << e.message << " (skipped)\n";
      rc = kInputErrors;
      continue;
    }
    if (const std::size_t bad = find_invalid_utf8(text.value()); bad != std::string::npos) {
      const LineColumn lc = line_column(text.value(), bad);
      std::cerr << "claimgraph: " << path << ':' << lc.line << ':' << lc.column
                << ": invalid UTF-8 at byte " << bad
                << " (read anyway; invalid bytes are never part of a number)\n";
      rc = kInputErrors;
    }
    const auto qs = extract_quantities(text.value());
    if (opt.format == "jsonl") {
      print_jsonl(path, qs);
    } else {
      print_text(path, text.value(), qs);
    }
  }
  return rc;
}

}  // namespace

void add_numbers_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<NumbersOptions>();
  CLI::App* cmd = app.add_subcommand(
      "numbers",
      "Print every numeric mention: span, text, value, interval, qualifier, unit, kind.\n"
      "Examples:\n"
      "  claimgraph numbers article.txt\n"
      "  echo 'at least 105 soldiers' | claimgraph numbers --format jsonl -");
  cmd->add_option("inputs", opt->inputs, "Text files to read; '-' or none reads standard input");
  cmd->add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  cmd->callback([opt, &exit_code] { exit_code = run_numbers(*opt); });
}

}  // namespace claimgraph::cli
