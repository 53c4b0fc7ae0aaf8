// The run-wide id registry. Article ids must be unique across everything one run reads (later
// stages key claims by article id), so the first article with an id keeps it and every later one
// is left out with a Diagnostic that names where the first came from.

#include <utility>

#include "ingest/ingest_detail.hpp"

namespace claimgraph::detail {

Diagnostic duplicate_id(const std::string& id, const std::string& first_source, Location where,
                        std::string skipped) {
  return make_diagnostic(
      ErrorCode::malformed,
      "duplicate article id \"" + id + "\" (first read from " + first_source + ")",
      std::move(where), std::move(skipped));
}

ArticleSink::ArticleSink(std::vector<Article>& articles, std::vector<Diagnostic>& diagnostics)
    : articles_(&articles), diagnostics_(&diagnostics) {
  for (std::size_t i = 0; i < articles.size(); ++i) index_of_id_.emplace(articles[i].id, i);
}

bool ArticleSink::add(Article article, const Location& where, std::string skipped) {
  if (origins_ != nullptr) {
    origins_->push_back({where, std::move(skipped), diagnostics_->size()});
    articles_->push_back(std::move(article));
    return true;
  }
  const auto [it, inserted] = index_of_id_.emplace(article.id, articles_->size());
  if (!inserted) {
    diagnostics_->push_back(
        duplicate_id(article.id, (*articles_)[it->second].source, where, std::move(skipped)));
    return false;
  }
  articles_->push_back(std::move(article));
  return true;
}

}  // namespace claimgraph::detail
