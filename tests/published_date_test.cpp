// Publication dates (engine/ingest/published_date.cpp): the forms front matter, JSONL and HTML
// write them in, and the dates and times that do not exist or are placeholders.

#include <doctest/doctest.h>

#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

#include "../engine/ingest/ingest_detail.hpp"
#include "ingest_helpers.hpp"

namespace {

using claimgraph::testing::ymd;
using std::chrono::year_month_day;

}  // namespace

TEST_SUITE("published_date") {
  TEST_CASE("publication dates accepted and refused") {
    struct Case {
      std::string_view text;
      std::optional<year_month_day> date;
    };
    const std::vector<Case> cases = {
        {"2022-09-13", ymd(2022, 9, 13)},
        {"2022-09-13T08:30:00Z", ymd(2022, 9, 13)},
        {"2022-09-13 08:30", ymd(2022, 9, 13)},
        {"2022-09-13T08:30", ymd(2022, 9, 13)},
        {"2022-09-13T23:59:60.123+05:30", ymd(2022, 9, 13)},
        {"2022-09-13T08:30:00-0500", ymd(2022, 9, 13)},
        {"2022-09-13 08:30 UTC", ymd(2022, 9, 13)},
        {"2024-02-29", ymd(2024, 2, 29)},
        {"  2022-09-13  ", ymd(2022, 9, 13)},
        {"2023-02-29", std::nullopt},
        {"9999-12-31", std::nullopt},  // a filler value, not a date
        {"1700-01-01", std::nullopt},
        {"2100-12-31", ymd(2100, 12, 31)},
        {"2022-00-10", std::nullopt},
        {"2022-04-31", std::nullopt},
        {"2022-9-13", std::nullopt},
        {"13/09/2022", std::nullopt},
        {"2022-09-13T24:00", std::nullopt},
        {"2022-09-13T08:60", std::nullopt},
        {"2022-09-13T08", std::nullopt},
        {"2022-09-13 and more", std::nullopt},
        {"2022-09-13T08:30:00+25:00", std::nullopt},
        {"", std::nullopt},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CHECK(claimgraph::detail::parse_published_date(c.text) == c.date);
    }
  }
}
