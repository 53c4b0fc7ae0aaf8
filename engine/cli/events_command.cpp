// `claimgraph events`: the events of an article set, with their articles and claims.

#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "claimgraph/claims.hpp"
#include "claimgraph/events.hpp"
#include "claimgraph/ingest.hpp"
#include "cli/cli_common.hpp"
#include "cli/commands.hpp"

namespace claimgraph::cli {
namespace {

struct EventsOptions {
  std::vector<std::string> inputs;
  std::string format = "text";
};

int run_events(const EventsOptions& opt) {
  std::vector<std::string> inputs = opt.inputs;
  if (inputs.empty()) inputs.push_back("-");
  const IngestResult in = read_articles(inputs);
  print_diagnostics(in.diagnostics);
  std::vector<Claim> claims;
  ClaimOptions co;
  co.casualties_only = true;
  set_regions(co, find_regions(in.articles));
  for (const Article& a : in.articles) {
    for (Claim& c : extract_claims(a, co)) claims.push_back(std::move(c));
  }
  const std::vector<Event> events = resolve_events(in.articles, claims);
  normalize_claimants(claims);  // within each event
  std::map<std::string, std::vector<const Claim*>> by_event;
  for (const Claim& c : claims) by_event[c.event].push_back(&c);

  for (const Event& e : events) {
    const auto& cs = by_event[e.id];
    if (opt.format == "jsonl") {
      nlohmann::json claim_ids = nlohmann::json::array();
      for (const Claim* c : cs) claim_ids.push_back(c->id);
      const nlohmann::json j = {
          {"id", e.id},
          {"label", e.label},
          {"first_day",
           e.first_day ? nlohmann::json(date_text(e.first_day)) : nlohmann::json(nullptr)},
          {"last_day",
           e.last_day ? nlohmann::json(date_text(e.last_day)) : nlohmann::json(nullptr)},
          {"background", e.background},
          {"participants", e.participants},
          {"articles", e.articles},
          {"claims", claim_ids},
      };
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      continue;
    }
    std::cout << e.id << '\t' << e.label << (e.background ? " (background)" : "") << '\n';
    std::cout << "  articles: " << e.articles.size() << ", claims: " << cs.size() << '\n';
    for (const Claim* c : cs) {
      std::cout << "    " << c->article << '\t' << c->claimant << '\t' << c->kind << '\t' << c->side
                << '\t' << c->quantity.text << '\n';
    }
  }
  std::cerr << "claimgraph: " << in.articles.size() << " articles, " << claims.size()
            << " casualty claims, " << events.size() << " events\n";
  return in.diagnostics.empty() ? kOk : kInputErrors;
}

}  // namespace

void add_events_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<EventsOptions>();
  CLI::App* cmd = app.add_subcommand(
      "events",
      "List the events an article set reports, with their articles and casualty claims.\n"
      "Examples:\n"
      "  claimgraph events fixtures/armenia-azerbaijan-2022/\n"
      "  claimgraph events --format jsonl articles.jsonl");
  cmd->add_option("inputs", opt->inputs, "Files or directories; '-' or none reads standard input");
  cmd->add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  cmd->callback([opt, &exit_code] { exit_code = run_events(*opt); });
}

}  // namespace claimgraph::cli
