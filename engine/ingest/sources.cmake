# Stage "ingest": reading article sets (text with front matter, JSONL, HTML).
# simdjson (JSONL) and gumbo (HTML) are private to claimgraph_core: no public header uses them.
target_sources(claimgraph_core PRIVATE
  ingest/article_sink.cpp
  ingest/article_text.cpp
  ingest/html_article.cpp
  ingest/html_guard.cpp
  ingest/input_part.cpp
  ingest/jsonl_articles.cpp
  ingest/jsonl_stream.cpp
  ingest/published_date.cpp
  ingest/read_articles.cpp
  ingest/read_text.cpp
  ingest/text_article.cpp
  ingest/text_fields.cpp
  ingest/utf8_repair.cpp
)

find_package(simdjson CONFIG REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
target_link_libraries(claimgraph_core PRIVATE simdjson::simdjson PkgConfig::GUMBO)
