target_sources(claimgraph_core PRIVATE
  attribute/claim_extractor.cpp
  attribute/figure_context.cpp
  attribute/figure_time.cpp
  attribute/figure_triggers.cpp
  attribute/named_events.cpp
  attribute/claim_lexicon.cpp
  attribute/claimant_normalizer.cpp
  attribute/captions.cpp
  attribute/count_parts.cpp
  attribute/earlier_reports.cpp
  attribute/linked_headlines.cpp
  attribute/lower_bounds.cpp
  attribute/places.cpp
  attribute/region_lexicon.cpp
  attribute/regions.cpp
  attribute/sentence_shape.cpp
  attribute/speakers.cpp
  attribute/tokens.cpp
)
claimgraph_embed_data(claimgraph_core countries_tsv ${CMAKE_CURRENT_SOURCE_DIR}/data/countries.tsv)
claimgraph_embed_data(claimgraph_core armed_groups_tsv ${CMAKE_CURRENT_SOURCE_DIR}/data/armed_groups.tsv)
