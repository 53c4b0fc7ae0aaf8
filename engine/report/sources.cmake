target_sources(claimgraph_core PRIVATE
  report/csv_report.cpp
  report/html_report.cpp
  report/json_report.cpp
  report/markdown_report.cpp
  report/pretty_json.cpp
  report/report_filter.cpp
  report/report_view.cpp
  report/svg_chart.cpp
)
target_link_libraries(claimgraph_core PRIVATE nlohmann_json::nlohmann_json)
