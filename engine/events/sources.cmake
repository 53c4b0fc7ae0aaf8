target_sources(claimgraph_core PRIVATE
  events/time_anchor.cpp
)
