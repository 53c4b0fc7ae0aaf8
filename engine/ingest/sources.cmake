target_sources(claimgraph_core PRIVATE
  ingest/read_text.cpp
)
