# Boost.Graph is private to claimgraph_core: include/claimgraph/graph.hpp hides it behind a pimpl.
target_sources(claimgraph_core PRIVATE
  graph/claim_graph.cpp
  graph/comparison_keys.cpp
)
find_package(Boost 1.74 REQUIRED)
target_link_libraries(claimgraph_core PRIVATE Boost::headers nlohmann_json::nlohmann_json)
