// find_time_mentions: time expressions resolved against the publication date (docs/events.md);
// claim_times, those the claims read.

#include "claimgraph/time_anchor.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "attribute/figure_time.hpp"
#include "claimgraph/quantities.hpp"

namespace {

using namespace std::chrono_literals;
using std::chrono::year_month_day;

// Wednesday, 14 September 2022.
constexpr year_month_day kPublished{2022y, std::chrono::September, 14d};

std::string day(const year_month_day& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

struct Expect {
  std::string_view text;
  std::string_view first;
  std::string_view last;
};

void check(std::string_view input, const std::vector<Expect>& expected,
           std::optional<year_month_day> published = kPublished) {
  CAPTURE(input);
  const auto got = claimgraph::find_time_mentions(input, published);
  REQUIRE(got.size() == expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    CHECK(got[i].span.in(input) == expected[i].text);
    CHECK(day(got[i].days.first) == expected[i].first);
    CHECK(day(got[i].days.last) == expected[i].last);
  }
}

}  // namespace

TEST_SUITE("time_anchor") {
  TEST_CASE("weekdays are the latest such day on or before publication") {
    check("Fighting broke out on Tuesday.", {{"Tuesday", "2022-09-13", "2022-09-13"}});
    check("Talks resume on Wednesday.", {{"Wednesday", "2022-09-14", "2022-09-14"}});
    check("It began last Wednesday.", {{"last Wednesday", "2022-09-07", "2022-09-07"}});
    check("Talks are due next Monday.", {});
  }

  TEST_CASE("relative days, weeks, months and years") {
    check("Shelling began shortly after midnight.",
          {{"shortly after midnight", "2022-09-14", "2022-09-14"}});
    check("Baku reported clashes overnight.", {{"overnight", "2022-09-13", "2022-09-14"}});
    check("He spoke yesterday.", {{"yesterday", "2022-09-13", "2022-09-13"}});
    check("A soldier was killed last week.", {{"last week", "2022-09-05", "2022-09-11"}});
    check("The clashes earlier this week", {{"earlier this week", "2022-09-12", "2022-09-14"}});
    check("Last month's truce", {{"Last month", "2022-08-01", "2022-08-31"}});
    check("the war two years ago", {{"two years ago", "2020-01-01", "2020-12-31"}});
    check("Six months before that, a gunman killed 14 people.",
          {{"Six months before that", "2022-03-01", "2022-03-31"}});
    check("Two years earlier, a flood killed 30.",
          {{"Two years earlier", "2020-01-01", "2020-12-31"}});
    check("Two days earlier, police made an arrest.", {});  // days: from an unknown event
    // regression: "3,000 years ago" gave the year -978, "10 billion years ago" overflowed an int
    check("Some 3,000 years ago, 500 soldiers were killed.", {});
    check("The universe formed 10 billion years ago.", {});
    check("Two days of fighting killed 176",
          {{"Two days of fighting", "2022-09-13", "2022-09-14"}});
  }

  TEST_CASE("months, dates and years") {
    check("In August, Baku said it had lost a soldier.", {{"August", "2022-08-01", "2022-08-31"}});
    check("in November the talks failed", {{"November", "2021-11-01", "2021-11-30"}});
    // a month as a modifier: "that June weekend", "the June shooting", "a December attack"
    check("killed during that June weekend", {{"June", "2022-06-01", "2022-06-30"}});
    check("since the June shooting", {{"June", "2022-06-01", "2022-06-30"}});
    check("wounded in a December attack", {{"December", "2021-12-01", "2021-12-31"}});
    check("May the talks succeed", {});  // "May" is never read alone
    check("on Sept. 13", {{"Sept. 13", "2022-09-13", "2022-09-13"}});
    check("the Sept. 13–14 fighting", {{"Sept. 13–14", "2022-09-13", "2022-09-14"}});
    check("on 13 September 2022", {{"13 September 2022", "2022-09-13", "2022-09-13"}});
    check("published 2022-09-13", {{"2022-09-13", "2022-09-13", "2022-09-13"}});
    check("the 2020 war", {{"2020", "2020-01-01", "2020-12-31"}});
    check("in the autumn of 2020", {{"autumn of 2020", "2020-09-01", "2020-11-30"}});
    check("in August 2022", {{"August 2022", "2022-08-01", "2022-08-31"}});
    check("a war in the early 1990s", {{"early 1990s", "1990-01-01", "1993-12-31"}});
    check("the 1991-1994 war", {{"1991-1994", "1991-01-01", "1994-12-31"}});
    check("sporadic violence since 1994", {{"since 1994", "1994-01-01", "2022-09-14"}});
  }

  TEST_CASE("a date whose figures are too long to be a day or year is no date, never a throw") {
    // Regression (extract fuzzer): std::stoi threw out_of_range on a digit run past int.
    CHECK_NOTHROW(check("DUNMERE, April 12 24/09999999999999999999999999999999 (Reuters)", {}));
    check("13 September 2022", {{"13 September 2022", "2022-09-13", "2022-09-13"}});
  }

  TEST_CASE("without a publication date only absolute expressions are resolved") {
    check("On Tuesday, after the 2020 war", {{"2020", "2020-01-01", "2020-12-31"}}, std::nullopt);
  }

  TEST_CASE("time words only before a limit: the figures' times everywhere, words read whole") {
    const std::string_view text = "On Tuesday 12 died. On Friday, in 2019 and last month, 3 more.";
    const auto quantities = claimgraph::extract_quantities(text);
    const auto limited = claimgraph::find_time_mentions(text, kPublished, quantities, 5);
    REQUIRE(limited.size() == 2);
    CHECK(limited[0].span.in(text) == "Tuesday");  // the limit cuts it: read whole
    CHECK(limited[1].span.in(text) == "2019");
    CHECK(claimgraph::find_time_mentions(text, kPublished, quantities, 0).size() == 1);
  }

  TEST_CASE("claim_times: the whole scan's times that end by the limit, in its order") {
    for (const std::string_view text :
         {std::string_view("On Tuesday 12 died, in August, 2022. Last week 4 died on Monday."),
          std::string_view("In August, 2022 and on Tuesday, 9 died. Yesterday 2 more.")}) {
      CAPTURE(text);
      const auto quantities = claimgraph::extract_quantities(text);
      const auto whole = claimgraph::find_time_mentions(text, kPublished, quantities);
      for (std::size_t limit = 0; limit <= text.size(); ++limit) {
        const auto claims = claimgraph::detail::claim_times(text, kPublished, quantities, limit);
        std::vector<std::string_view> want;
        std::vector<std::string_view> got;
        for (const auto& t : whole) {
          if (t.span.end <= limit) want.push_back(t.span.in(text));
        }
        for (const auto& t : claims) {
          if (t.span.end <= limit) got.push_back(t.span.in(text));
        }
        CHECK(got == want);
      }
    }
  }
}
