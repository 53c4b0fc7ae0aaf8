// find_numbers: table-driven cases for every rule of the number grammar (docs/quantities.md).

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/numbers.hpp"

namespace {

using claimgraph::find_numbers;
using claimgraph::NumberForm;
using claimgraph::NumberMention;

struct Expect {
  std::string_view text;
  double value;
  NumberForm form = NumberForm::integer;
};

struct Case {
  std::string_view input;
  std::vector<Expect> expected;
};

void check_cases(const std::vector<Case>& cases, bool ordinals = false) {
  for (const Case& c : cases) {
    CAPTURE(c.input);
    std::vector<NumberMention> got;
    for (const auto& m : find_numbers(c.input)) {
      if (m.ordinal == ordinals && m.suffix.empty()) got.push_back(m);
    }
    REQUIRE(got.size() == c.expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      const std::string_view text = got[i].span.in(c.input);
      CHECK(text == c.expected[i].text);
      CHECK(got[i].value == doctest::Approx(c.expected[i].value).epsilon(1e-12));
      CHECK(got[i].form == c.expected[i].form);
    }
  }
}

}  // namespace

TEST_SUITE("number_parser") {
  TEST_CASE("digits with separators and decimals") {
    check_cases({
        {"105 soldiers", {{"105", 105}}},
        {"more than 6,500 people", {{"6,500", 6500}}},
        {"1,674,200.5 units", {{"1,674,200.5", 1674200.5, NumberForm::decimal}}},
        {"a loss of -1 point", {{"-1", -1}}},
        {"2.3 million", {{"2.3 million", 2.3e6}}},
        {"1.2bn", {{"1.2bn", 1.2e9}}},
        {"10k", {{"10k", 1e4}}},
        {"10M", {{"10M", 1e7}}},
        {"4.800", {{"4.800", 4.8, NumberForm::decimal}}},
        {".08", {{".08", 0.08, NumberForm::decimal}}},
        {"40 000 and 1 414 021 100", {{"40 000", 40000}, {"1 414 021 100", 1414021100}}},
        {"12,34,567.89", {{"12,34,567.89", 1234567.89, NumberForm::decimal}}},
        {"1.111,11", {{"1.111,11", 1111.11, NumberForm::decimal}}},
    });
  }

  TEST_CASE("lists of digits are separate numbers") {
    check_cases({
        {"192.168.1.2", {{"192", 192}, {"168", 168}, {"1", 1}, {"2", 2}}},
        {"nrs. 22,24,26,31.", {{"22", 22}, {"24", 24}, {"26", 26}, {"31", 31}}},
        {"1, 234, 567", {{"1", 1}, {"234", 234}, {"567", 567}}},
        {"423 0000", {{"423", 423}, {"0000", 0}}},
        {"in 2020 100 people", {{"2020", 2020}, {"100", 100}}},
        {"on 5/17/2018", {{"5", 5}, {"17", 17}, {"2018", 2018}}},
    });
  }

  TEST_CASE("number words of any size") {
    check_cases({
        {"fifty", {{"fifty", 50}}},
        {"twenty-three", {{"twenty-three", 23}}},
        {"one hundred and five", {{"one hundred and five", 105}}},
        {"a hundred", {{"a hundred", 100}}},
        {"a dozen", {{"a dozen", 12}}},
        {"two dozen", {{"two dozen", 24}}},
        {"half a dozen", {{"half a dozen", 6}}},
        {"five and a half million", {{"five and a half million", 5.5e6, NumberForm::fraction}}},
        {"1.5 million", {{"1.5 million", 1.5e6}}},
        {"twenty-one trillion and three hundred",
         {{"twenty-one trillion and three hundred", 21000000000300}}},
        {"two hundred and two thousand", {{"two hundred and two thousand", 202000}}},
        {"Three hundred  and  thirty one", {{"Three hundred  and  thirty one", 331}}},
        {"4 thousand 3 hundred and 21", {{"4 thousand 3 hundred and 21", 4321}}},
        {"three lakh crore", {{"three lakh crore", 3e12}}},
        {"two hundred point zero three",
         {{"two hundred point zero three", 200.03, NumberForm::decimal}}},
        {"zero", {{"zero", 0}}},
    });
  }

  TEST_CASE("fractions") {
    check_cases({
        {"half", {{"half", 0.5, NumberForm::fraction}}},
        {"a third of the soldiers", {{"a third", 1.0 / 3, NumberForm::fraction}}},
        {"five eighths", {{"five eighths", 0.625, NumberForm::fraction}}},
        {"two thirds", {{"two thirds", 2.0 / 3, NumberForm::fraction}}},
        {"one and a half", {{"one and a half", 1.5, NumberForm::fraction}}},
        {"one hundred and three quarters",
         {{"one hundred and three quarters", 100.75, NumberForm::fraction}}},
        {"3/4", {{"3/4", 0.75, NumberForm::fraction}}},
        {"2  1/4", {{"2  1/4", 2.25, NumberForm::fraction}}},
        {"one in five children", {{"one in five", 0.2, NumberForm::fraction}}},
        {"two out of five hundred", {{"two out of five hundred", 0.004, NumberForm::fraction}}},
        {"half million", {{"half million", 5e5, NumberForm::fraction}}},
        {"two thirds of a million", {{"two thirds of a million", 2e6 / 3, NumberForm::fraction}}},
        {"the result is \xE2\x85\x94", {{"\xE2\x85\x94", 2.0 / 3, NumberForm::fraction}}},
    });
  }

  TEST_CASE("powers") {
    check_cases({
        {"1e10", {{"1e10", 1e10, NumberForm::power}}},
        {"1.1^23", {{"1.1^23", std::pow(1.1, 23), NumberForm::power}}},
        {"-12e-1", {{"-12e-1", -1.2, NumberForm::power}}},
        {"1.3x10^6", {{"1.3x10^6", 1.3e6, NumberForm::power}}},
    });
  }

  TEST_CASE("what is not a number stays out") {
    check_cases({
        {"Book a first class seat", {}},
        {"The one you mentioned is invalid", {}},
        {"a previous version", {}},
        {"the 180ml liquid", {}},  // a measure: reported with a suffix, filtered here
        {"Airbus A320 and the G7", {}},
        {"crash2", {}},
        {"I will do it in a second", {}},
        {"the toll - 105 soldiers - rose", {{"105", 105}}},  // a dash in prose is not a sign
        {"40-50 people", {{"40", 40}, {"50", 50}}},
        {"SCP-173", {{"173", 173}}},
    });
  }

  TEST_CASE("ordinals are marked as ordinals") {
    check_cases({{"the first day", {{"first", 1}}},
                 {"the 2nd and 23rd", {{"2nd", 2}, {"23rd", 23}}},
                 {"the tenth", {{"tenth", 10}}},
                 {"twenty-first century", {{"twenty-first", 21}}}},
                /*ordinals=*/true);
  }

  TEST_CASE("numbers beyond double range become infinity, not garbage") {
    const std::string huge(400, '9');
    const auto got = find_numbers(huge);
    REQUIRE(got.size() == 1);
    CHECK(std::isinf(got[0].value));
    CHECK(got[0].span.size() == 400);
  }

  TEST_CASE("spans are byte offsets into UTF-8 text") {
    const std::string_view text =
        "Ереван: 105 убитых, 40\xE2\x80\xAF"
        "000 беженцев";
    const auto got = find_numbers(text);
    REQUIRE(got.size() == 2);
    CHECK(got[0].span.in(text) == "105");
    CHECK(got[1].span.in(text) ==
          "40\xE2\x80\xAF"
          "000");
    CHECK(got[1].value == 40000);
  }
}
