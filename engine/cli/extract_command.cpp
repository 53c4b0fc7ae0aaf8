// `claimgraph extract`: the claims of an article set, as a table or JSONL.

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "attribute/claim_lexicon.hpp"
#include "claimgraph/claims.hpp"
#include "claimgraph/events.hpp"
#include "claimgraph/ingest.hpp"
#include "cli/cli_common.hpp"
#include "cli/commands.hpp"
#include "report/json_fields.hpp"

namespace claimgraph::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string format = "table";
  bool casualties_only = false;
};

std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    if (ch == '\n' || ch == '\t' || ch == '\r') ch = ' ';
  }
  return out;
}

int run_extract(const ExtractOptions& opt) {
  std::vector<std::string> inputs = opt.inputs;
  if (inputs.empty()) inputs.push_back("-");
  IngestResult in = read_articles(inputs);
  print_diagnostics(in.diagnostics);

  ClaimOptions co;
  co.casualties_only = opt.casualties_only;
  set_regions(co, find_regions(in.articles));
  std::vector<Claim> claims;
  std::vector<std::size_t> owner;  // article index of each claim
  for (std::size_t i = 0; i < in.articles.size(); ++i) {
    for (Claim& c : extract_claims(in.articles[i], co)) {
      claims.push_back(std::move(c));
      owner.push_back(i);
    }
  }
  // A claimant borrows a fuller name or a side only from the articles of its own event, the
  // events compare resolves from the casualty figures (a generic count keeps its article's).
  std::vector<std::size_t> casualty;
  std::vector<Claim> casualties;
  for (std::size_t k = 0; k < claims.size(); ++k) {
    if (!detail::is_casualty_kind(claims[k].kind)) continue;
    casualty.push_back(k);
    casualties.push_back(claims[k]);
  }
  (void)resolve_events(in.articles, casualties);
  for (std::size_t i = 0; i < casualty.size(); ++i) {
    claims[casualty[i]].event = casualties[i].event;
  }
  normalize_claimants(claims);

  if (opt.format == "jsonl") {
    for (std::size_t k = 0; k < claims.size(); ++k) {
      std::cout << detail::claim_json(in.articles[owner[k]], claims[k])
                       .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                << '\n';
    }
  } else {
    std::cout << "article\tpublished\toutlet\tclaimant\tkind\tpopulation\tside\tfigure\tinterval\t"
                 "sentence\n";
    for (std::size_t k = 0; k < claims.size(); ++k) {
      const Claim& c = claims[k];
      const Article& a = in.articles[owner[k]];
      std::cout << c.article << '\t' << date_text(c.published) << '\t' << c.outlet << '\t'
                << c.claimant << (c.outlet_voice ? " (outlet)" : "") << '\t' << c.kind << '\t'
                << c.population << '\t' << c.side << '\t' << one_line(c.quantity.text) << '\t'
                << to_string(c.quantity.interval) << '\t' << one_line(text_at(a, c.sentence))
                << '\n';
    }
  }
  std::cerr << "claimgraph: " << in.articles.size() << " articles, " << claims.size() << " claims";
  if (!in.diagnostics.empty())
    std::cerr << ", " << in.diagnostics.size() << " inputs skipped or flagged";
  std::cerr << '\n';
  return in.diagnostics.empty() ? kOk : kInputErrors;
}

}  // namespace

void add_extract_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "Print the claims of an article set: what is counted, whose, who says so.\n"
      "Examples:\n"
      "  claimgraph extract fixtures/armenia-azerbaijan-2022/\n"
      "  claimgraph extract --format jsonl articles.jsonl > claims.jsonl");
  cmd->add_option("inputs", opt->inputs,
                  "Files (.txt .md .jsonl .html) or directories; '-' or none reads standard input");
  cmd->add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember({"table", "jsonl"}))
      ->capture_default_str();
  cmd->add_flag("--casualties-only", opt->casualties_only,
                "Only claims of a casualty kind (killed, wounded, missing, ...)");
  cmd->callback([opt, &exit_code] { exit_code = run_extract(*opt); });
}

}  // namespace claimgraph::cli
