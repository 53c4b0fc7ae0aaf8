// extract_claims: figures that are not one event's count — tallies over many incidents, and the
// headlines of other stories a page links to.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "claim_cases.hpp"
#include "claimgraph/claims.hpp"

using claimgraph::Article;
using claimgraph::Claim;
using claimgraph::testing::article;

TEST_SUITE("claims") {
  TEST_CASE("headlines of other stories, lines of their own in a list of links, give no claims") {
    // Regression (gva-news): "86 Sick, 7 Dead in 'Largest Outbreak of Legionnaires' in NYC'", a
    // link in the body of a report on a Brooklyn shooting, was a high flag against its one dead.
    Article a = article(
        "A pregnant woman was shot and her unborn baby was killed in Brooklyn on Monday night, "
        "police said.\n\n86 Sick, 7 Dead in 'Largest Outbreak of Legionnaires' in NYC'\n\n"
        "The woman was standing in front of a housing project on Dwight Street.\n\n"
        "First Gay Couple Married at West Point Academy Chapel\n\n"
        "Four People Shot Near Dwight Street Housing Project\n\nPolice are looking for the "
        "gunman.");
    a.title = "Unborn Baby Killed in Brooklyn Drive-By Shooting";
    std::vector<std::string> figures;
    for (const Claim& c : claimgraph::extract_claims(a)) {
      figures.push_back(c.quantity.text + " " + c.kind.str());
    }
    // the same story's headline (its street is in the text) keeps its figure
    CHECK(figures == std::vector<std::string>{"Four shot"});
    // ... and without a title nothing is left out
    a.title.clear();
    CHECK(claimgraph::extract_claims(a).size() == 3);
    // One such line is a subhead of the article's own story, however new its words (a review:
    // "Taliban Claims Responsibility; Death Toll Climbs To 29" under "Twin blasts rock Kabul").
    Article b = article(
        "Two explosions struck the Afghan capital on Monday, officials said.\n\nTaliban Claims "
        "Responsibility; Death Toll Climbs To 29\n\nThe interior ministry said 29 people were "
        "killed and 49 wounded.");
    b.title = "Twin blasts rock Kabul";
    CHECK(claimgraph::extract_claims(b).size() == 4);
    // A bulleted list of links (a seventh audit of gva-news claims: "+ 1 dead, 1 wounded in Park
    // Hill shooting" under "MORE FROM WAVE3.COM" gave the article a wounded it never had).
    Article c = article(
        "Police say the teen confessed to killing one man.\n\nMORE FROM WAVE3.COM\n\n+ Man dead "
        "in Worthington Hills shooting\n\n+ 1 dead, 1 wounded in Park Hill shooting\n\nPolice "
        "are still investigating.");
    c.title = "Teen arrested in murder of 15-year-old";
    const std::vector<Claim> links = claimgraph::extract_claims(c);
    REQUIRE(links.size() == 1);
    CHECK(links[0].quantity.text == "one");
  }

  TEST_CASE("a tally of many incidents is marked, one incident's count is not") {
    const struct {
      std::string_view text;
      bool tally;
    } cases[] = {
        {"Twenty people were wounded in separate shootings across the city.", true},
        {"At least 35 others have been wounded in shootings across Chicago since Friday.", true},
        {"So far this year 436 people have been killed in the city.", true},
        {"At this time last year, 130 people had been shot in Toledo.", true},
        {"Through the end of October 436 people were murdered in Chicago.", true},
        {"The two deaths raise the city's homicide total to 104 for 2016, police said.", true},
        {"Thursday's shooting deaths bring Louisville's homicide count to 106 for the year.", true},
        {"The number of homicides this year is more than 750, and 4,000 people were shot.", true},
        {"Of those homicides, five people were killed within a three-hour period.", true},
        {"2 killed in 6 Shreveport shootings on Sunday, many wounded", true},
        {"One person is dead and five others are injured in three overnight shootings.", true},
        // a fifth audit of gva-news claims: two capitalised words between; a city's count
        // since a time; a period "alone" (not a city's shooting of one day)
        {"One man was killed and six other people wounded in two South Side shootings Sunday.",
         true},
        {"Since 10 p.m. Friday night, 11 people have been shot in the city of Cincinnati.", true},
        {"At least 80 people were killed in the city in November alone.", true},
        {"In 2016 alone, 762 people were killed in Chicago.", true},
        {"Three people were shot in the city on Sunday.", false},
        {"Three people were shot in the two South Side homes.", false},
        // a family's losses, a stretch of time (a sixth audit of gva-news claims)
        {"Having lost three sons to violence, she spoke out.", true},
        {"She lost two sons in the shooting on Friday.", false},
        {"The rivalry has already claimed two lives over the past couple of years.", true},
        {"Five people were shot in the past week.", true},
        {"The deadliest shooting over the past decade killed five people.", false},
        // one word between "in" and the plural (a seventh audit of gva-news claims)
        {"At least two other hunters were injured in firearms-related incidents.", true},
        {"Three people were killed in the shootings at two mosques.", false},
        // Regressions (gva-news): national tolls of police deaths, flagged against one shooting's
        {"67 officers have been killed in the line of duty this year through July 20.", true},
        {"That is up from the same period last year, when 62 officers were killed.", true},
        {"Firearms were responsible for 41 of 123 officer fatalities in 2015.", true},
        {"19 officers had been slain nationwide in July, through Monday.", true},
        {"Six shot in gun violence throughout Brooklyn, Queens", true},
        {"Six people were shot throughout the night at the party.", false},
        {"Recent incidents in Dallas and Baton Rouge claimed the lives of eight officers.", true},
        {"Two officers have been killed since Monday.", false},
        {"Four people were wounded in a shooting on Curtis Street.", false},
        {"Three people were killed in the attack last year.", false},
        {"A total of five people were killed in the shooting.", false},
        {"Two people were killed in the shooting this year's worst.", false},
        {"One officer was shot this year in Dallas.", false},
        {"Armenia declared a nationwide day of mourning for the 16 soldiers killed.", false},
        {"Sirens sounded throughout Stepanakert as shelling killed two civilians.", false},
        {"Two soldiers were killed in the most recent attacks.", false},
        {"The deadliest clash this year to hit the border killed 4 soldiers.", false},
        // Regression (gva-news): a later report's "two brothers" against the shooting's three
        {"Two brothers were killed just weeks apart, their mother said.", true},
        {"Two people were shot in a park 20 yards apart.", false},
        // a year's running count, however it is said (an audit of gva-news claims)
        {"So far in 2017, 150 people have been murdered.", true},
        {"At least 242 people have been shot in the city since the start of 2017.", true},
        {"Since the beginning of the year, 40 people were killed in the city.", true},
        {"Since the start of the war, 2,000 soldiers were killed.", false},
        {"One dead, one in critical condition following two separate shooting incidents.", true},
        {"There have been 13 toddler shooting deaths this year.", true},
        {"At least 11 others were wounded in Monday shootings on the North and South sides.", true},
        {"One Killed, Four Wounded In Overnight Shootings", true},
        {"Gun violence in the city after a deadly weekend left three people dead.", true},
        // (a review: one attack's day, a weekend's shooting, a superlative's period, a walk)
        {"The Saturday shootings at a synagogue killed 11 worshippers.", false},
        {"The Friday attacks in Paris killed 130 people.", false},
        {"In other Sunday attacks, at least eight people were shot.", true},
        {"Two people were killed in a deadly weekend shooting in Englewood.", false},
        {"The deadliest attack since the beginning of the year killed 35 people in Kabul.", false},
        {"Two men were shot as they walked across Garfield Park on Sunday.", false},
        {"A weekend saw more than 50 people shot across Chicago.", true},
        {"Two people were shot across the state this weekend.", true},
        {"Two people were shot across Allen Parkway.", false},
        {"Police said 16 people were shot, and officers came across Smith later.", false},
        {"POLICE SAID 16 PEOPLE WERE SHOT ACROSS THE STREET.", false},
        {"Two suicide bombers struck minutes apart, killing 18 people.", false},
    };
    for (const auto& c : cases) {
      CAPTURE(c.text);
      const std::vector<Claim> claims = claimgraph::extract_claims(article(c.text));
      REQUIRE_FALSE(claims.empty());
      CHECK(claims[0].tally == c.tally);
    }
    // A count "since" a year before publication runs over years of incidents.
    Article a = article(
        "Since 1913, the city has lost 33 officers in the line of duty. Two officers have been "
        "killed since 2015 in the county.");
    a.published = std::chrono::year{2016} / std::chrono::July / 30;
    const std::vector<Claim> claims = claimgraph::extract_claims(a);
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].tally);
    CHECK(claims[1].tally);
    a.text = "Two officers have been killed since Monday.";
    const std::vector<Claim> recent = claimgraph::extract_claims(a);
    REQUIRE(recent.size() == 1);
    CHECK_FALSE(recent[0].tally);
    // Some of a tally's people are of the tally too (a fifth audit of gva-news claims); some of
    // one incident's are not.
    a.text =
        "Since 10 p.m. Friday night, 11 people have been shot in the city. Three of those victims "
        "died.";
    const std::vector<Claim> those = claimgraph::extract_claims(a);
    REQUIRE(those.size() == 2);
    CHECK(those[1].tally);
    a.text = "Five people were shot on Main Street. Three of those victims died.";
    const std::vector<Claim> one_incident = claimgraph::extract_claims(a);
    REQUIRE(one_incident.size() == 2);
    CHECK_FALSE(one_incident[1].tally);
  }
}
