target_sources(claimgraph_core PRIVATE
  reconcile/arithmetic.cpp
  reconcile/consensus.cpp
  reconcile/earlier_reports.cpp
  reconcile/key_view.cpp
  reconcile/reconcile.cpp
  reconcile/spread_flag.cpp
  reconcile/truth_discovery.cpp
  reconcile/voice_verdicts.cpp
)
find_package(Eigen3 3.3 REQUIRED NO_MODULE)
target_link_libraries(claimgraph_core PRIVATE Eigen3::Eigen)
