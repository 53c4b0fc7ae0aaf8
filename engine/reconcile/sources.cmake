target_sources(claimgraph_core PRIVATE
  reconcile/truth_discovery.cpp
)
find_package(Eigen3 3.3 REQUIRED NO_MODULE)
target_link_libraries(claimgraph_core PRIVATE Eigen3::Eigen)
