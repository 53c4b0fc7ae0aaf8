// split_sentences: the rules, one behaviour a test case (docs/segmentation.md). The seed and
// fixture articles, hard wrapping, offsets, random and adversarial text:
// segment_property_test.cpp.
#include "claimgraph/segment.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "segment_cases.hpp"

using namespace claimgraph::testing::segment;  // the helpers of segment_cases.hpp

TEST_SUITE("segment") {
  TEST_CASE("terminal punctuation before a likely sentence start ends a sentence") {
    check_cases({
        {"He left. She stayed.", {"He left.", "She stayed."}},
        {"Really? Yes! Fine.", {"Really?", "Yes!", "Fine."}},
        {"Wait?! No.", {"Wait?!", "No."}},
        {"The toll rose to 105. 49 had been reported.",
         {"The toll rose to 105.", "49 had been reported."}},
        {"They raised $5m. $3m came from abroad.", {"They raised $5m.", "$3m came from abroad."}},
        {"The toll rose. (Officials declined to comment.)",
         {"The toll rose.", "(Officials declined to comment.)"}},
        {"The toll rose. \"We mourn,\" he said.", {"The toll rose.", "\"We mourn,\" he said."}},
        {"The toll rose. \xE2\x80\x9CWe mourn,\xE2\x80\x9D he said.",
         {"The toll rose.", "\xE2\x80\x9CWe mourn,\xE2\x80\x9D he said."}},
        {"It ended. \xC3\x89lys\xC3\xA9\x65 officials agreed.",
         {"It ended.", "\xC3\x89lys\xC3\xA9\x65 officials agreed."}},
        {"It ended. - A note followed.", {"It ended.", "- A note followed."}},
        {"The war ended in 2020. Both sides lost.", {"The war ended in 2020.", "Both sides lost."}},
        {"Talks ended.\nThe ministry left.", {"Talks ended.", "The ministry left."}},
    });
  }

  TEST_CASE("punctuation without whitespace and a likely start after it does not") {
    check_cases({
        {"No space.NEXT word", {"No space.NEXT word"}},
        {"The U.S.Army said so.", {"The U.S.Army said so."}},
        {"St.Louis police said so.", {"St.Louis police said so."}},
        {"It rose 2.5 percent.", {"It rose 2.5 percent."}},
        {"Visit euronews.com for more.", {"Visit euronews.com for more."}},
        {"It rose. and kept rising.", {"It rose. and kept rising."}},
        {"It rose. (see below) again.", {"It rose. (see below) again."}},
        {"Yahoo! reported it.", {"Yahoo! reported it."}},
        {"A rule.\n---", {"A rule.\n---"}},
    });
  }

  TEST_CASE("a period glued to a capitalised word after a lower-case word ends a sentence") {
    // Regression (gva-news): scraped copy loses the space after a period, and the glued
    // sentences were read as one ("an older sister.Raheam left ... killed").
    check_cases({
        {"They had an older sister.Raheam left a son.",
         {"They had an older sister.", "Raheam left a son."}},
        {"Police arrived at 4 p.m. in the neighborhood.Police said two died.",
         {"Police arrived at 4 p.m. in the neighborhood.", "Police said two died."}},
    });
  }

  TEST_CASE("titles and abbreviations written before more of the sentence never end it") {
    check_cases({
        {"Mr. Pashinyan said so.", {"Mr. Pashinyan said so."}},
        {"Mrs. Smith, Ms. Jones and Dr. Brown met Prof. White.",
         {"Mrs. Smith, Ms. Jones and Dr. Brown met Prof. White."}},
        {"Lt. Gen. Ivanov met Col. Petrov, Maj. Orlov and Capt. Sidorov.",
         {"Lt. Gen. Ivanov met Col. Petrov, Maj. Orlov and Capt. Sidorov."}},
        {"Sgt. Ash, Cpl. Birch and Adm. Cole saluted.",
         {"Sgt. Ash, Cpl. Birch and Adm. Cole saluted."}},
        {"Gov. Hale, Sen. Ames, Rep. Cruz, Pres. Diaz and Rev. Eck spoke.",
         {"Gov. Hale, Sen. Ames, Rep. Cruz, Pres. Diaz and Rev. Eck spoke."}},
        {"They met at St. Gregory hall near Mt. Aragats, not Ft. Worth.",
         {"They met at St. Gregory hall near Mt. Aragats, not Ft. Worth."}},
        {"Armenia vs. Azerbaijan.", {"Armenia vs. Azerbaijan."}},
        {"Some towns, e.g. Goris, and one more, i.e. Sotk.",
         {"Some towns, e.g. Goris, and one more, i.e. Sotk."}},
        {"MR. SMITH LEFT.", {"MR. SMITH LEFT."}},
    });
  }

  TEST_CASE("months, days, U.S. and the like end a sentence only before a common starter") {
    check_cases({
        {"It began on Sept. 13 and ended Sept. 14.", {"It began on Sept. 13 and ended Sept. 14."}},
        {"Jan. 5, Feb. 2, Mar. 1, Apr. 3, Jun. 4, Jul. 7, Aug. 8, Sep. 9, Oct. 9, Nov. 11, Dec. "
         "24.",
         {"Jan. 5, Feb. 2, Mar. 1, Apr. 3, Jun. 4, Jul. 7, Aug. 8, Sep. 9, Oct. 9, Nov. 11, Dec. "
          "24."}},
        {"They met Tue. 13 and Thurs. 15, not Sun. 18.",
         {"They met Tue. 13 and Thurs. 15, not Sun. 18."}},
        {"They met in Sept. The talks failed.", {"They met in Sept.", "The talks failed."}},
        {"The U.S. Secretary of State spoke at the U.N. Security Council.",
         {"The U.S. Secretary of State spoke at the U.N. Security Council."}},
        {"The U.K. and the E.U. agreed.", {"The U.K. and the E.U. agreed."}},
        {"Talks were held in the U.S. The ministry said so.",
         {"Talks were held in the U.S.", "The ministry said so."}},
        {"He left at 5 p.m. But nobody saw him.", {"He left at 5 p.m.", "But nobody saw him."}},
        {"The truce began at 8 p.m. local time.", {"The truce began at 8 p.m. local time."}},
        {"It began at 8 a.m. Officials confirmed it.",
         {"It began at 8 a.m. Officials confirmed it."}},
        {"Match No. 5 and Nos. 6 and 7 were cancelled.",
         {"Match No. 5 and Nos. 6 and 7 were cancelled."}},
        {"He said no. The talks ended.", {"He said no.", "The talks ended."}},
        {"Acme Inc. Chief Jo Smith quit.", {"Acme Inc. Chief Jo Smith quit."}},
        {"The money went to Acme Inc. It was never returned.",
         {"The money went to Acme Inc.", "It was never returned."}},
        {"Acme Co. and Acme Corp. merged with Acme Ltd. in May.",
         {"Acme Co. and Acme Corp. merged with Acme Ltd. in May."}},
        {"It is on Main Ave. near Elm Rd. and Sunset Blvd. West.",
         {"It is on Main Ave. near Elm Rd. and Sunset Blvd. West."}},
        {"Martin Luther King Jr. He spoke.", {"Martin Luther King Jr.", "He spoke."}},
        {"The area is approx. 4,400 km2, est. 1921, see fig. 3 and Fig. 4.",
         {"The area is approx. 4,400 km2, est. 1921, see fig. 3 and Fig. 4."}},
        {"He sat. The others stood.", {"He sat.", "The others stood."}},
    });
  }

  TEST_CASE("etc. ends a sentence unless a lower-case word follows") {
    check_cases({
        {"Goris, Sotk etc. and other towns.", {"Goris, Sotk etc. and other towns."}},
        {"Goris, Sotk etc. Armenia named them.", {"Goris, Sotk etc.", "Armenia named them."}},
    });
  }

  TEST_CASE("initials do not end a sentence") {
    check_cases({
        {"Antony J. Blinken spoke.", {"Antony J. Blinken spoke."}},
        {"J. R. R. Tolkien wrote it.", {"J. R. R. Tolkien wrote it."}},
        {"George W. Bush met J. A. Smith.", {"George W. Bush met J. A. Smith."}},
        {"It was Plan B. The others failed.", {"It was Plan B.", "The others failed."}},
    });
  }

  TEST_CASE("decimal points and thousands dots are not sentence ends") {
    check_cases({
        {"Inflation was 2.3 percent. It rose.", {"Inflation was 2.3 percent.", "It rose."}},
        {"The 1.674.200 figure stood and 0.5 remained.",
         {"The 1.674.200 figure stood and 0.5 remained."}},
        {"Version 1.2.3 shipped on 13.09.2022 at 08.30 sharp.",
         {"Version 1.2.3 shipped on 13.09.2022 at 08.30 sharp."}},
    });
  }

  TEST_CASE("an ellipsis ends a sentence only before a likely start") {
    check_cases({
        {"He said\xE2\x80\xA6 and left.", {"He said\xE2\x80\xA6 and left."}},
        {"He said... and left.", {"He said... and left."}},
        {"It was over... The end.", {"It was over...", "The end."}},
        {"It was over\xE2\x80\xA6 The end.", {"It was over\xE2\x80\xA6", "The end."}},
        {"\"We will see...\" he said.", {"\"We will see...\" he said."}},
    });
  }

  TEST_CASE("quotes spanning sentences are split inside; closing quotes stay with their sentence") {
    check_cases({
        {"The ministry said \"we will respond.\" The ministry then left.",
         {"The ministry said \"we will respond.\"", "The ministry then left."}},
        {"\"They attacked first,\" the ministry said.",
         {"\"They attacked first,\" the ministry said."}},
        {"\"They attacked first!\" he said.", {"\"They attacked first!\" he said."}},
        {"\"Why now?\" she asked.", {"\"Why now?\" she asked."}},
        {"\"The number of dead stands at 135 as of now. I am afraid it is not the final figure,\" "
         "Mr. Pashinyan said.",
         {"\"The number of dead stands at 135 as of now.",
          "I am afraid it is not the final figure,\" Mr. Pashinyan said."}},
        {"\xE2\x80\x9CWe are still gathering information. This is not the final "
         "figure,\xE2\x80\x9D "
         "he said. Baku disagreed.",
         {"\xE2\x80\x9CWe are still gathering information.",
          "This is not the final figure,\xE2\x80\x9D he said.", "Baku disagreed."}},
        {"He called it 'a provocation.' Baku denied it.",
         {"He called it 'a provocation.'", "Baku denied it."}},
        {"They said \xE2\x80\x98no.\xE2\x80\x99 Then they left.",
         {"They said \xE2\x80\x98no.\xE2\x80\x99", "Then they left."}},
        {"Il a dit \xC2\xABNous r\xC3\xA9pondrons.\xC2\xBB Le minist\xC3\xA8re a confirm\xC3\xA9.",
         {"Il a dit \xC2\xABNous r\xC3\xA9pondrons.\xC2\xBB",
          "Le minist\xC3\xA8re a confirm\xC3\xA9."}},
        {"\"Stop.\" \"Now.\"", {"\"Stop.\"", "\"Now.\""}},
        {"\"Why now?\" Pashinyan asked.", {"\"Why now?\" Pashinyan asked."}},
        {"\"We will respond!\" Prime Minister Nikol Pashinyan told reporters.",
         {"\"We will respond!\" Prime Minister Nikol Pashinyan told reporters."}},
        {"\"Enough!\" Mr. Pashinyan said.", {"\"Enough!\" Mr. Pashinyan said."}},
        {"\xE2\x80\x9CWe will see\xE2\x80\xA6\xE2\x80\x9D Baku said.",
         {"\xE2\x80\x9CWe will see\xE2\x80\xA6\xE2\x80\x9D Baku said."}},
        {"\"Enough!\" The crowd roared.", {"\"Enough!\"", "The crowd roared."}},
        {"\"Enough!\" Armenia fired back.", {"\"Enough!\"", "Armenia fired back."}},
        {"Was it? Pashinyan asked nobody.", {"Was it?", "Pashinyan asked nobody."}},
        {"\"We will respond.\" Pashinyan said so twice.",
         {"\"We will respond.\"", "Pashinyan said so twice."}},
        {"(It was late.) Then it ended.", {"(It was late.)", "Then it ended."}},
    });
  }

  TEST_CASE("a dateline belongs to the first sentence of its paragraph") {
    check_cases({
        {"YEREVAN, Sept. 13 (Meridian Wire) \xE2\x80\x94 Armenia said 49 soldiers died. Azerbaijan "
         "said 50.",
         {"YEREVAN, Sept. 13 (Meridian Wire) \xE2\x80\x94 Armenia said 49 soldiers died.",
          "Azerbaijan said 50."}},
        {"YEREVAN, Sept 13 (Wire) \xE2\x80\x94 Fighting flared.",
         {"YEREVAN, Sept 13 (Wire) \xE2\x80\x94 Fighting flared."}},
        {"YEREVAN \xE2\x80\x94 Fighting flared on Tuesday.",
         {"YEREVAN \xE2\x80\x94 Fighting flared on Tuesday."}},
        {"WASHINGTON, D.C. \xE2\x80\x94 Officials met.",
         {"WASHINGTON, D.C. \xE2\x80\x94 Officials met."}},
        {"MOSCOW, Sept. 14 (Eurasia Newsline) -- A total of 105 died.",
         {"MOSCOW, Sept. 14 (Eurasia Newsline) -- A total of 105 died."}},
        {"Bishkek | Updated: 13 Sept 2022 08:30 Kyrgyzstan said clashes resumed. Tajikistan denied "
         "it.",
         {"Bishkek | Updated: 13 Sept 2022 08:30 Kyrgyzstan said clashes resumed.",
          "Tajikistan denied it."}},
        {"New Delhi: Armenia has had 50 soldiers killed. He said so.",
         {"New Delhi: Armenia has had 50 soldiers killed.", "He said so."}},
    });
  }

  TEST_CASE("a dateline on a line of its own is its own segment") {
    check_cases({
        {"YEREVAN \xE2\x80\x94\nFighting flared on Tuesday.",
         {"YEREVAN \xE2\x80\x94", "Fighting flared on Tuesday."}},
        {"YEREVAN, Sept. 13 (Wire) -\nFighting flared.",
         {"YEREVAN, Sept. 13 (Wire) -", "Fighting flared."}},
        {"Bishkek | Updated: 13 Sept 2022 08:30\nKyrgyzstan said clashes resumed.",
         {"Bishkek | Updated: 13 Sept 2022 08:30", "Kyrgyzstan said clashes resumed."}},
    });
  }

  TEST_CASE("a line without terminal punctuation before a new line is a headline") {
    check_cases({
        {"Fresh clashes break out on Armenia-Azerbaijan border\nArmenia's defence ministry said "
         "so.",
         {"Fresh clashes break out on Armenia-Azerbaijan border",
          "Armenia's defence ministry said so."}},
        {"By Euronews with AFP\nShare this article\nYou might also like",
         {"By Euronews with AFP", "Share this article", "You might also like"}},
        {"Background\nArmenia and Azerbaijan have fought two wars.",
         {"Background", "Armenia and Azerbaijan have fought two wars."}},
        {"Reported figures:\nArmenia 207, Azerbaijan 80.",
         {"Reported figures:", "Armenia 207, Azerbaijan 80."}},
        {"Fresh clashes\n\"We will respond,\" Baku said.",
         {"Fresh clashes", "\"We will respond,\" Baku said."}},
    });
  }

  TEST_CASE("every list item is its own sentence") {
    check_cases({
        {"Towns hit included:\n- Goris and Kapan;\n- the spa town of Jermuk;\n- Sotk.",
         {"Towns hit included:", "- Goris and Kapan;", "- the spa town of Jermuk;", "- Sotk."}},
        {"The breakdown:\n1. 207 dead or missing;\n2. 293 wounded;\n3) 20 captured.",
         {"The breakdown:", "1. 207 dead or missing;", "2. 293 wounded;", "3) 20 captured."}},
        {"\xE2\x80\xA2 Goris\n\xE2\x80\xA2Jermuk\n* Sotk",
         {"\xE2\x80\xA2 Goris", "\xE2\x80\xA2Jermuk", "* Sotk"}},
        {"1. The first item. It has two sentences.\n2. The second.",
         {"1. The first item.", "It has two sentences.", "2. The second."}},
        {"Including Mr.\n- Smith", {"Including Mr.", "- Smith"}},
        {"Figures, with\n- one item", {"Figures, with", "- one item"}},
    });
  }

  TEST_CASE("a hard-wrapped sentence continues across single newlines") {
    check_cases({
        {"Armenia's defence ministry claimed Azerbaijani forces had started\nintensive "
         "bombardment.",
         {"Armenia's defence ministry claimed Azerbaijani forces had started\nintensive "
          "bombardment."}},
        {"Pashinyan said that at least\n105 soldiers were killed.",
         {"Pashinyan said that at least\n105 soldiers were killed."}},
        {"The two rival ex-\nSoviet republics clashed.",
         {"The two rival ex-\nSoviet republics clashed."}},
        {"The two rival republics,\nArmenia and Azerbaijan, clashed.",
         {"The two rival republics,\nArmenia and Azerbaijan, clashed."}},
        {"He talked with\nVladimir Putin.", {"He talked with\nVladimir Putin."}},
        {"Talks at Mr.\nSmith's house.", {"Talks at Mr.\nSmith's house."}},
        // Lines full to the wrap width continue even before a capital; the short one before them
        // is a headline.
        {"Talks held\n"
         "Pashinyan held separate talks overnight with Russian President Vladimir\n"
         "Putin, his French counterpart Emmanuel Macron and US diplomatic chief\n"
         "Antony Blinken, and called on the international community to respond to\n"
         "what he described as an unprovoked attack on the sovereign territory of\n"
         "Armenia by the armed forces of Azerbaijan, his office said in a statement\n"
         "released on Tuesday.",
         {"Talks held",
          "Pashinyan held separate talks overnight with Russian President Vladimir\n"
          "Putin, his French counterpart Emmanuel Macron and US diplomatic chief\n"
          "Antony Blinken, and called on the international community to respond to\n"
          "what he described as an unprovoked attack on the sovereign territory of\n"
          "Armenia by the armed forces of Azerbaijan, his office said in a statement\n"
          "released on Tuesday."}},
        // After a sentence end on a line, the rest of the line is not a headline.
        {"It was late. The figure\nAzerbaijan gave was 50.",
         {"It was late.", "The figure\nAzerbaijan gave was 50."}},
        // "135. " after an open line is wrapped prose, not a list number.
        {"Pashinyan first gave 49 soldiers killed, then 105, then at least\n135. As of Monday the "
         "figure stood.",
         {"Pashinyan first gave 49 soldiers killed, then 105, then at least\n135.",
          "As of Monday the figure stood."}},
    });
  }

  TEST_CASE("a blank line always ends a sentence") {
    check_cases({
        {"No punctuation here\n\nnor here", {"No punctuation here", "nor here"}},
        {"Sentence one,\n \n\t\nsentence two", {"Sentence one,", "sentence two"}},
        {"Mr.\n\nSmith", {"Mr.", "Smith"}},
        {"First line.\r\nSecond line.\r\n\r\nthird", {"First line.", "Second line.", "third"}},
        {"Headline\rThe text.\r\rNext.", {"Headline", "The text.", "Next."}},
    });
  }

  TEST_CASE("spans are trimmed, never empty and UTF-8 safe") {
    check_cases({
        {"", {}},
        {"   \n\n \t \r\n", {}},
        {" \t Hello world.  \n", {"Hello world."}},
        {"\xC2\xA0Hello.\xC2\xA0 World.\xE2\x80\xAF", {"Hello.", "World."}},
        {"\xEF\xBB\xBFHello. World.", {"Hello.", "World."}},
        {"\xD0\x9E\xD0\xBD \xD1\x83\xD1\x88\xD1\x91\xD0\xBB. \xD0\x9E\xD0\xBD\xD0\xB0 "
         "\xD1\x82\xD1\x83\xD1\x82.",
         {"\xD0\x9E\xD0\xBD \xD1\x83\xD1\x88\xD1\x91\xD0\xBB.",
          "\xD0\x9E\xD0\xBD\xD0\xB0 \xD1\x82\xD1\x83\xD1\x82."}},
        {"Il a dit. \xC3\xA9l\xC3\xA9gant.", {"Il a dit. \xC3\xA9l\xC3\xA9gant."}},
        {".", {"."}},
        {"?!", {"?!"}},
    });
    const std::string_view text = " \t Hello world.  \n";
    const auto spans = split_sentences(text);
    REQUIRE(spans.size() == 1);
    CHECK(spans[0] == Span{3, 15});
  }

  TEST_CASE("documented limits behave as documented") {
    check_cases({
        {"the end. iPhone sales rose.", {"the end. iPhone sales rose."}},
        {"It began at 8 a.m. Officials confirmed it.",
         {"It began at 8 a.m. Officials confirmed it."}},
        {"Talks in the U.S. Armenia replied.", {"Talks in the U.S. Armenia replied."}},
        {"He saw the Dr. Then he left.", {"He saw the Dr. Then he left."}},
        {"Yahoo! News reported it.", {"Yahoo!", "News reported it."}},
        {"\"Why?\" Pashinyan wondered aloud.", {"\"Why?\" Pashinyan wondered aloud."}},
        {"\"Why?\" Pashinyan shrugged.", {"\"Why?\"", "Pashinyan shrugged."}},
        {"They were killed.\"The end.", {"They were killed.\"The end."}},
        {"105. The toll\n105. The toll", {"105. The toll", "105. The toll"}},
    });
  }
}
