// build_claim_graph: a Report as a Boost.Graph adjacency_list with bundled properties, and its
// exports (GraphML and DOT with Boost's writers, JSON with nlohmann).
//
// Vertices are added kind by kind (outlets, articles, claimants, events, keys, claims), each kind
// in id order, and edges claim by claim in claim order, then the reconciler's relations in their
// (sorted) order: the vertex and edge numbering, and so every export, depends only on the
// report's contents.

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "claimgraph/graph.hpp"

namespace claimgraph {

struct VertexProps {
  NodeKind kind = NodeKind::claim;
  std::string id;  // "claim:<id>", "outlet:<name>", ...
  std::string kind_name;
  std::string label;  // readable
};

struct EdgeProps {
  EdgeKind kind = EdgeKind::counts;
  std::string kind_name;
};

using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps>;
using Vertex = Graph::vertex_descriptor;

struct ClaimGraph::Impl {
  Graph g;
  std::map<std::string, Vertex> by_id;

  Vertex add_vertex(NodeKind kind, const std::string& id, const std::string& label) {
    const std::string full = std::string(to_string(kind)) + ":" + id;
    const auto it = by_id.find(full);
    if (it != by_id.end()) return it->second;
    const Vertex v = boost::add_vertex(VertexProps{kind, full, to_string(kind), label}, g);
    by_id.emplace(full, v);
    return v;
  }
  void add_edge(Vertex from, Vertex to, EdgeKind kind) {
    boost::add_edge(from, to, EdgeProps{kind, to_string(kind)}, g);
  }
  Vertex vertex(NodeKind kind, const std::string& id) const {
    return by_id.at(std::string(to_string(kind)) + ":" + id);
  }
};

ClaimGraph::ClaimGraph() : impl_(std::make_unique<Impl>()) {}
ClaimGraph::ClaimGraph(ClaimGraph&&) noexcept = default;
ClaimGraph& ClaimGraph::operator=(ClaimGraph&&) noexcept = default;
ClaimGraph::~ClaimGraph() = default;

std::size_t ClaimGraph::vertex_count() const noexcept { return boost::num_vertices(impl_->g); }
std::size_t ClaimGraph::edge_count() const noexcept { return boost::num_edges(impl_->g); }

std::size_t ClaimGraph::count(NodeKind kind) const noexcept {
  std::size_t n = 0;
  for (const Vertex v : boost::make_iterator_range(boost::vertices(impl_->g))) {
    if (impl_->g[v].kind == kind) ++n;
  }
  return n;
}

std::size_t ClaimGraph::count(EdgeKind kind) const noexcept {
  std::size_t n = 0;
  for (const auto e : boost::make_iterator_range(boost::edges(impl_->g))) {
    if (impl_->g[e].kind == kind) ++n;
  }
  return n;
}

std::vector<std::string> ClaimGraph::claim_neighbours(NodeKind node, const std::string& id,
                                                      EdgeKind edge) const {
  const Graph& g = impl_->g;
  const auto it = impl_->by_id.find(std::string(to_string(node)) + ":" + id);
  if (it == impl_->by_id.end()) return {};
  std::set<std::string> out;
  const auto take = [&](Vertex v) {
    if (g[v].kind == NodeKind::claim) out.insert(g[v].id.substr(sizeof("claim:") - 1));
  };
  for (const auto e : boost::make_iterator_range(boost::in_edges(it->second, g))) {
    if (g[e].kind == edge) take(boost::source(e, g));
  }
  for (const auto e : boost::make_iterator_range(boost::out_edges(it->second, g))) {
    if (g[e].kind == edge) take(boost::target(e, g));
  }
  return {out.begin(), out.end()};
}

void ClaimGraph::write(std::ostream& out, GraphFormat format) const {
  Graph& g = impl_->g;  // Boost's dynamic_properties take mutable maps; nothing is changed
  if (format == GraphFormat::json) {
    nlohmann::ordered_json doc;
    doc["nodes"] = nlohmann::ordered_json::array();
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
      doc["nodes"].push_back({{"id", g[v].id}, {"kind", g[v].kind_name}, {"label", g[v].label}});
    }
    doc["edges"] = nlohmann::ordered_json::array();
    for (const auto e : boost::make_iterator_range(boost::edges(g))) {
      doc["edges"].push_back({{"source", g[boost::source(e, g)].id},
                              {"target", g[boost::target(e, g)].id},
                              {"kind", g[e].kind_name}});
    }
    out << doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    return;
  }
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("id", boost::get(&VertexProps::id, g));
  dp.property("kind", boost::get(&VertexProps::kind_name, g));
  dp.property("label", boost::get(&VertexProps::label, g));
  dp.property("kind", boost::get(&EdgeProps::kind_name, g));
  if (format == GraphFormat::graphml) {
    boost::write_graphml(out, g, boost::get(boost::vertex_index, g), dp, true);
  } else {
    boost::write_graphviz_dp(out, g, dp, "id");
  }
}

ClaimGraph build_claim_graph(const Report& report) {
  ClaimGraph graph;
  ClaimGraph::Impl& impl = *graph.impl_;
  const auto outlet_of = [](const Article& a) { return a.outlet.empty() ? a.id : a.outlet; };

  std::set<std::string> outlets;
  for (const Article& a : report.articles) outlets.insert(outlet_of(a));
  for (const std::string& o : outlets) impl.add_vertex(NodeKind::outlet, o, o);
  for (const Article& a : report.articles) {
    impl.add_vertex(NodeKind::article, a.id, a.title.empty() ? a.id : a.title);
  }
  std::set<std::string> claimants;
  for (const Claim& c : report.claims) claimants.insert(c.claimant);
  for (const std::string& c : claimants) impl.add_vertex(NodeKind::claimant, c, c);
  for (const Event& e : report.events) impl.add_vertex(NodeKind::event, e.id, e.label);
  for (const KeyVerdict& k : report.keys) impl.add_vertex(NodeKind::key, k.key.id, k.key.id);
  for (const Claim& c : report.claims) {
    impl.add_vertex(NodeKind::claim, c.id, c.quantity.text + " " + c.kind);
  }

  for (const Article& a : report.articles) {
    impl.add_edge(impl.vertex(NodeKind::article, a.id), impl.vertex(NodeKind::outlet, outlet_of(a)),
                  EdgeKind::published_by);
  }
  for (const KeyVerdict& k : report.keys) {
    const Vertex key = impl.vertex(NodeKind::key, k.key.id);
    if (impl.by_id.count("event:" + k.key.event) != 0) {
      impl.add_edge(key, impl.vertex(NodeKind::event, k.key.event), EdgeKind::about);
    }
    for (const KeyedClaim& kc : k.key.claims) {
      impl.add_edge(impl.vertex(NodeKind::claim, report.claims[kc.claim].id), key,
                    EdgeKind::counts);
    }
  }
  for (const Claim& c : report.claims) {
    const Vertex v = impl.vertex(NodeKind::claim, c.id);
    if (impl.by_id.count("article:" + c.article) != 0) {
      impl.add_edge(v, impl.vertex(NodeKind::article, c.article), EdgeKind::appears_in);
    }
    impl.add_edge(v, impl.vertex(NodeKind::claimant, c.claimant), EdgeKind::claimed_by);
  }
  for (const ClaimRelation& r : report.relations) {
    static constexpr EdgeKind kKinds[] = {EdgeKind::agrees, EdgeKind::differs,
                                          EdgeKind::contradicts, EdgeKind::revises};
    impl.add_edge(impl.vertex(NodeKind::claim, r.from), impl.vertex(NodeKind::claim, r.to),
                  kKinds[static_cast<int>(r.relation)]);
  }
  return graph;
}

const char* to_string(NodeKind k) noexcept {
  switch (k) {
    case NodeKind::outlet:
      return "outlet";
    case NodeKind::article:
      return "article";
    case NodeKind::claimant:
      return "claimant";
    case NodeKind::event:
      return "event";
    case NodeKind::key:
      return "key";
    case NodeKind::claim:
      return "claim";
  }
  return "claim";
}

const char* to_string(EdgeKind k) noexcept {
  switch (k) {
    case EdgeKind::published_by:
      return "published_by";
    case EdgeKind::appears_in:
      return "appears_in";
    case EdgeKind::claimed_by:
      return "claimed_by";
    case EdgeKind::counts:
      return "counts";
    case EdgeKind::about:
      return "about";
    case EdgeKind::agrees:
      return "agrees";
    case EdgeKind::differs:
      return "differs";
    case EdgeKind::contradicts:
      return "contradicts";
    case EdgeKind::revises:
      return "revises";
  }
  return "counts";
}

}  // namespace claimgraph
