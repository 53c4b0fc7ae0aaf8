target_sources(claimgraph_core PRIVATE
  report/json_report.cpp
)
target_link_libraries(claimgraph_core PRIVATE nlohmann_json::nlohmann_json)
