target_sources(claimgraph_core PRIVATE
  extract/digit_numeral.cpp
  extract/names.cpp
  extract/number_parser.cpp
  extract/number_words.cpp
  extract/phrase_set.cpp
  extract/qualifiers.cpp
  extract/quantity_ages.cpp
  extract/quantity_extractor.cpp
  extract/quantity_kinds.cpp
  extract/quantity_lexicon.cpp
  extract/text_scan.cpp
  extract/word_fractions.cpp
  extract/word_grammar.cpp
)
