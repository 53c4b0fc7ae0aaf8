// Every number in the seed article (../shared/seed; the fixture copy adds front matter), with its
// kind, qualifier and interval: the project's first real article must be read exactly.

#include <doctest/doctest.h>

#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "claimgraph/quantities.hpp"
#include "test_files.hpp"

namespace {

// Equal, or within doctest's default tolerance; infinities compare equal to themselves.
bool same(double a, double b) { return a == b || a == doctest::Approx(b); }

std::string read_seed() {
  return claimgraph::testing::read_file(std::string(CLAIMGRAPH_SHARED_DIR) +
                                        "/seed/euronews-2022-09-13-armenia-azerbaijan.txt");
}

}  // namespace

TEST_SUITE("seed_numbers") {
  TEST_CASE("every number of the Euronews seed article is found and read") {
    using claimgraph::Qualifier;
    using claimgraph::QuantityKind;
    const std::string text = read_seed();
    const auto qs = claimgraph::extract_quantities(text);
    constexpr double kInf = std::numeric_limits<double>::infinity();

    struct Row {
      std::string text;
      QuantityKind kind;
      Qualifier qualifier;
      double lo;
      double hi;
    };
    const std::vector<Row> expected = {
        {"2020", QuantityKind::year, Qualifier::exact, 2020, 2020},
        {"at least 105", QuantityKind::count, Qualifier::at_least, 105, kInf},
        {"50", QuantityKind::count, Qualifier::exact, 50, 50},
        {"two", QuantityKind::count, Qualifier::exact, 2, 2},  // two rival ex-Soviet republics
        {"two", QuantityKind::count, Qualifier::exact, 2, 2},  // two wars
        {"three decades", QuantityKind::duration, Qualifier::exact, 3, 3},
        {"2020", QuantityKind::year, Qualifier::exact, 2020, 2020},
        {"Six weeks", QuantityKind::duration, Qualifier::exact, 6, 6},
        {"2020", QuantityKind::year, Qualifier::exact, 2020, 2020},
        {"more than 6,500", QuantityKind::count, Qualifier::more_than, 6500, kInf},
        {"some 2,000", QuantityKind::count, Qualifier::approximately, 1800, 2200},
        {"2020", QuantityKind::year, Qualifier::exact, 2020, 2020},
        {"one", QuantityKind::count, Qualifier::exact, 1, 1},
        {"two", QuantityKind::count, Qualifier::exact, 2, 2},
        {"more than a dozen", QuantityKind::count, Qualifier::more_than, 12, kInf},
        {"1990s", QuantityKind::year, Qualifier::range, 1990, 1999},
        {"thousands", QuantityKind::count, Qualifier::vague, 2000, 10000},
        {"hundreds of thousands", QuantityKind::count, Qualifier::vague, 200000, 1000000},
        {"1994", QuantityKind::year, Qualifier::exact, 1994, 1994},
    };
    REQUIRE(qs.size() == expected.size());
    for (std::size_t i = 0; i < qs.size(); ++i) {
      CAPTURE(i);
      CHECK(qs[i].text == expected[i].text);
      CHECK(qs[i].kind == expected[i].kind);
      CHECK(qs[i].qualifier == expected[i].qualifier);
      CHECK(same(qs[i].interval.lo.value, expected[i].lo));
      CHECK(same(qs[i].interval.hi.value, expected[i].hi));
      CHECK(text.substr(qs[i].span.begin, qs[i].span.size()) == qs[i].text);
    }
  }
}
