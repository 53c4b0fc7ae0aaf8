#pragma once
// The template slots for percentages, money and measures (slot_measures.cpp), looked up by
// expand() in slots.cpp.

#include <string>

#include "../rng.hpp"
#include "slots.hpp"

namespace claimgraph::bench {

void fill_percent(std::string& out, Rng& rng, const ArticleContext& ctx);
void fill_ratio(std::string& out, Rng& rng, const ArticleContext& ctx);
void fill_money_few(std::string& out, Rng& rng, const ArticleContext& ctx);
void fill_money(std::string& out, Rng& rng, const ArticleContext& ctx);
void fill_price(std::string& out, Rng& rng, const ArticleContext& ctx);
void fill_index_level(std::string& out, Rng& rng, const ArticleContext& ctx);
void fill_bp(std::string& out, Rng& rng, const ArticleContext& ctx);
void fill_area(std::string& out, Rng& rng, const ArticleContext& ctx);
void fill_distance(std::string& out, Rng& rng, const ArticleContext& ctx);
void fill_depth(std::string& out, Rng& rng, const ArticleContext& ctx);
void fill_magnitude(std::string& out, Rng& rng, const ArticleContext& ctx);
void fill_rain(std::string& out, Rng& rng, const ArticleContext& ctx);
void fill_height(std::string& out, Rng& rng, const ArticleContext& ctx);
void fill_speed(std::string& out, Rng& rng, const ArticleContext& ctx);
void fill_weight(std::string& out, Rng& rng, const ArticleContext& ctx);

}  // namespace claimgraph::bench
