target_sources(claimgraph_core PRIVATE
  events/event_building.cpp
  events/event_matching.cpp
  events/event_resolver.cpp
  events/report_names.cpp
  events/sentence_facts.cpp
  events/time_anchor.cpp
)
