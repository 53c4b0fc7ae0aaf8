#pragma once
/// Stage "graph", part 2: the claim graph of a compared article set — outlets, articles,
/// claimants, events, comparison keys and claims as vertices; who said what, where, about which
/// key, and how claims relate (agrees, differs, contradicts, revises) as edges. Exported as
/// GraphML, Graphviz DOT or JSON. The graph library stays behind this header.

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "claimgraph/report.hpp"

namespace claimgraph {

/// What a vertex is.
enum class NodeKind { outlet, article, claimant, event, key, claim };

/// What an edge says. The first five are structure; the last four come from the reconciler.
enum class EdgeKind {
  published_by,  ///< article → outlet
  appears_in,    ///< claim → article
  claimed_by,    ///< claim → claimant
  counts,        ///< claim → key
  about,         ///< key → event
  agrees,        ///< claim → claim
  differs,       ///< claim → claim
  contradicts,   ///< claim → claim
  revises,       ///< claim → claim (the later figure → the earlier one)
};

/// Export formats.
enum class GraphFormat { graphml, dot, json };

/// The claim graph. Vertices are numbered in a stable order (by kind, then id), so the same
/// report always gives the same export.
class ClaimGraph {
 public:
  ClaimGraph();
  ClaimGraph(ClaimGraph&&) noexcept;
  ClaimGraph& operator=(ClaimGraph&&) noexcept;
  ~ClaimGraph();

  [[nodiscard]] std::size_t vertex_count() const noexcept;
  [[nodiscard]] std::size_t edge_count() const noexcept;
  [[nodiscard]] std::size_t count(NodeKind kind) const noexcept;
  [[nodiscard]] std::size_t count(EdgeKind kind) const noexcept;

  /// The ids of the claims with an edge of `kind` to or from the vertex `kind`:`id` (e.g. the
  /// claims that count a key: neighbours(NodeKind::key, key_id, EdgeKind::counts)), sorted.
  [[nodiscard]] std::vector<std::string> claim_neighbours(NodeKind node, const std::string& id,
                                                          EdgeKind edge) const;

  /// Writes the graph. Every vertex carries `id` ("claim:<claim id>", "outlet:<name>", ...),
  /// `kind` and `label`; every edge its `kind`.
  void write(std::ostream& out, GraphFormat format) const;

  struct Impl;

 private:
  friend ClaimGraph build_claim_graph(const Report& report);
  std::unique_ptr<Impl> impl_;
};

/// The graph of a compared article set (events, keys and relations included).
[[nodiscard]] ClaimGraph build_claim_graph(const Report& report);

/// Stable lower-case names ("claim", "contradicts").
[[nodiscard]] const char* to_string(NodeKind k) noexcept;
[[nodiscard]] const char* to_string(EdgeKind k) noexcept;

}  // namespace claimgraph
