// Slots for percentages, ratios, money, prices, index levels and physical measures, each in the
// several ways reporters write them (slot_measures.hpp). Two draws never sit in the arguments of
// one call, whose evaluation order is unspecified.

#include "slot_measures.hpp"

#include <string_view>

#include "number_text.hpp"

namespace claimgraph::bench {

/// "5%", "5.2%", "12 per cent", "3.4 percent", "forty per cent".
void fill_percent(std::string& out, Rng& rng, const ArticleContext&) {
  switch (rng.below(6)) {
    case 0:
      append_uint(out, rng.between(1, 95));
      out += '%';
      break;
    case 1:
      append_random_decimal(out, rng, 0, 30, 1, 9);
      out += '%';
      break;
    case 2:
      append_uint(out, rng.between(1, 95));
      out += " per cent";
      break;
    case 3:
      append_random_decimal(out, rng, 0, 30, 1, 9);
      out += " percent";
      break;
    case 4:
      append_words(out, rng.between(1, 9) * 10, false);
      out += " per cent";
      break;
    default:
      append_uint(out, rng.between(1, 95));
      out += " percent";
      break;
  }
}

constexpr std::string_view kRatios[] = {"half",         "a third",           "two-thirds",
                                        "one in five",  "three out of four", "a quarter",
                                        "one in three", "nine in ten",       "three-quarters"};
void fill_ratio(std::string& out, Rng& rng, const ArticleContext&) { out += rng.pick(kRatios); }

/// Modest sums: "$69,350", "€250,000", "$10k".
void fill_money_few(std::string& out, Rng& rng, const ArticleContext&) {
  switch (rng.below(3)) {
    case 0:
      out += '$';
      append_number(out, rng, rng.between(100, 99'999), false);
      break;
    case 1:
      out += "\xe2\x82\xac";  // euro sign
      append_grouped(out, rng.between(10, 999) * 1'000, ",");
      break;
    default:
      out += '$';
      append_uint(out, rng.between(2, 99));
      out += 'k';
      break;
  }
}

/// "$1.1 million", "$4.5bn", "€250,000", "£3bn", "12 million euros", "US$2.3 billion", "$10k".
void fill_money(std::string& out, Rng& rng, const ArticleContext&) {
  const u64 whole = rng.between(1, 99);
  const u64 tenth = rng.percent(60) ? rng.below(10) : 0;
  switch (rng.below(9)) {
    case 0:
    case 1:
      out += '$';
      append_decimal(out, whole, tenth);
      out += rng.percent(70) ? " million" : " billion";
      break;
    case 2:
      out += '$';
      append_decimal(out, whole, tenth);
      out += rng.percent(50) ? "m" : "bn";
      break;
    case 3:
      out += "\xe2\x82\xac";  // euro sign
      append_grouped(out, rng.between(10, 999) * 1'000, ",");
      break;
    case 4:
      out += "\xc2\xa3";  // pound sign
      append_uint(out, rng.between(1, 40));
      out += "bn";
      break;
    case 5:
      append_decimal(out, whole, tenth);
      out += rng.percent(50) ? " million euros" : " billion dollars";
      break;
    case 6:
      out += "US$";
      append_decimal(out, rng.between(1, 9), tenth);
      out += " billion";
      break;
    case 7:
      out += '$';
      append_number(out, rng, rng.between(100, 99'999), false);
      break;
    default:
      out += '$';
      append_uint(out, rng.between(2, 99));
      out += 'k';
      break;
  }
}

/// "$1.45", "1.89 euros", "€2.05".
void fill_price(std::string& out, Rng& rng, const ArticleContext&) {
  const u64 cents = rng.between(120, 260);
  const auto append_amount = [&] {
    append_uint(out, cents / 100);
    out += '.';
    append_2d(out, cents % 100);
  };
  switch (rng.below(3)) {
    case 0:
      out += '$';
      append_amount();
      break;
    case 1:
      append_amount();
      out += " euros";
      break;
    default:
      out += "\xe2\x82\xac";
      append_amount();
      break;
  }
}

/// "4,512.7": a stock index level.
void fill_index_level(std::string& out, Rng& rng, const ArticleContext&) {
  append_grouped(out, rng.between(1'000, 39'999), ",");
  out += '.';
  append_uint(out, rng.below(10));
}

constexpr std::string_view kBasisPoints[] = {"25", "50", "75", "100", "150"};
void fill_bp(std::string& out, Rng& rng, const ArticleContext&) { out += rng.pick(kBasisPoints); }

/// "140 km2", "140 sq km", "3.5 km²", "54 square miles", "1,200 hectares".
void fill_area(std::string& out, Rng& rng, const ArticleContext&) {
  switch (rng.below(6)) {
    case 0:
      append_uint(out, rng.between(2, 900));
      out += " km2";
      break;
    case 1:
      append_uint(out, rng.between(2, 900));
      out += " sq km";
      break;
    case 2:
      append_number(out, rng, rng.between(2, 5'000), false);
      out += " square kilometres";
      break;
    case 3:
      append_random_decimal(out, rng, 1, 20, 1, 9);
      out += " km\xc2\xb2";
      break;
    case 4:
      append_uint(out, rng.between(2, 300));
      out += " square miles";
      break;
    default:
      append_number(out, rng, rng.between(2, 400) * 100, false);
      out += " hectares";
      break;
  }
}

/// "35 km", "35km", "12 miles", "500 metres", "40 kilometres (25 miles)".
void fill_distance(std::string& out, Rng& rng, const ArticleContext&) {
  const u64 km = rng.between(2, 400);
  switch (rng.below(5)) {
    case 0:
      append_uint(out, km);
      out += " km";
      break;
    case 1:
      append_uint(out, km);
      out += "km";
      break;
    case 2:
      append_uint(out, km * 5 / 8);
      out += " miles";
      break;
    case 3:
      append_uint(out, rng.between(1, 9) * 100);
      out += " metres";
      break;
    default:
      append_uint(out, km);
      out += " kilometres (";
      append_uint(out, km * 5 / 8);
      out += " miles)";
      break;
  }
}

void fill_depth(std::string& out, Rng& rng, const ArticleContext&) {
  const u64 whole = rng.between(5, 70);
  append_decimal(out, whole, rng.percent(50) ? rng.below(10) : 0);
  out += rng.percent(60) ? " km" : " kilometres";
}

void fill_magnitude(std::string& out, Rng& rng, const ArticleContext&) {
  append_random_decimal(out, rng, 4, 8, 1, 9);
}

void fill_rain(std::string& out, Rng& rng, const ArticleContext&) {
  switch (rng.below(4)) {
    case 0:
      append_uint(out, rng.between(40, 400));
      out += "mm";
      break;
    case 1:
      append_uint(out, rng.between(40, 400));
      out += " mm";
      break;
    case 2:
      append_uint(out, rng.between(2, 15));
      out += " inches";
      break;
    default:
      append_uint(out, rng.between(40, 400));
      out += " millimetres";
      break;
  }
}

void fill_height(std::string& out, Rng& rng, const ArticleContext&) {
  switch (rng.below(3)) {
    case 0:
      append_random_decimal(out, rng, 3, 12, 1, 9);
      out += " metres";
      break;
    case 1:
      append_random_decimal(out, rng, 3, 12, 1, 9);
      out += 'm';
      break;
    default:
      append_uint(out, rng.between(10, 40));
      out += " feet";
      break;
  }
}

/// "185 km/h (115 mph)", "120 mph", "200km/h".
void fill_speed(std::string& out, Rng& rng, const ArticleContext&) {
  const u64 kmh = rng.between(12, 30) * 10;
  switch (rng.below(3)) {
    case 0:
      append_uint(out, kmh);
      out += " km/h (";
      append_uint(out, kmh * 5 / 8);
      out += " mph)";
      break;
    case 1:
      append_uint(out, kmh * 5 / 8);
      out += " mph";
      break;
    default:
      append_uint(out, kmh);
      out += "km/h";
      break;
  }
}

/// "120 tonnes", "2,000 tonnes", "1.5 tonnes", "40 kg".
void fill_weight(std::string& out, Rng& rng, const ArticleContext&) {
  switch (rng.below(3)) {
    case 0:
      append_number(out, rng, rng.between(2, 90) * 50, false);
      out += " tonnes";
      break;
    case 1:
      append_random_decimal(out, rng, 1, 9, 1, 9);
      out += " tonnes";
      break;
    default:
      append_uint(out, rng.between(5, 900));
      out += " kg";
      break;
  }
}

}  // namespace claimgraph::bench
