target_sources(claimgraph_core PRIVATE
  segment/segment_lexicon.cpp
  segment/sentence_splitter.cpp
)
