// split_sentences: table-driven cases for every rule of docs/segmentation.md, the fixture
// articles, the span invariants on real and random text, and adversarial inputs.

#include "claimgraph/segment.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using claimgraph::Span;
using claimgraph::split_sentences;

struct Case {
  std::string_view input;
  std::vector<std::string_view> expected;
};

std::vector<std::string_view> sentence_texts(std::string_view text) {
  std::vector<std::string_view> out;
  for (const Span& span : split_sentences(text)) out.push_back(span.in(text));
  return out;
}

void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    CAPTURE(c.input);
    const std::vector<std::string_view> got = sentence_texts(c.input);
    CHECK(got.size() == c.expected.size());
    for (std::size_t i = 0; i < got.size() && i < c.expected.size(); ++i) {
      CHECK(std::string(got[i]) == std::string(c.expected[i]));
    }
  }
}

// Length of the whitespace character at `i` (what split_sentences trims), or 0.
std::size_t whitespace_len(std::string_view s, std::size_t i) {
  static constexpr std::string_view kMultiByte[] = {
      "\xC2\xA0",      // NBSP
      "\xE2\x80\xAF",  // narrow NBSP
      "\xE2\x80\x89",  // thin space
      "\xE2\x80\x87",  // figure space
      "\xE2\x80\x8A",  // hair space
      "\xEF\xBB\xBF",  // byte-order mark
  };
  if (std::string_view(" \t\n\r\v\f").find(s[i]) != std::string_view::npos) return 1;
  for (std::string_view w : kMultiByte) {
    if (s.substr(i, w.size()) == w) return w.size();
  }
  return 0;
}
bool all_whitespace(std::string_view s, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end;) {
    const std::size_t n = whitespace_len(s, i);
    if (n == 0 || i + n > end) return false;
    i += n;
  }
  return true;
}
bool starts_with_whitespace(std::string_view s) { return whitespace_len(s, 0) > 0; }
bool ends_with_whitespace(std::string_view s) {
  for (std::size_t n = 1; n <= 3 && n <= s.size(); ++n) {
    if (whitespace_len(s, s.size() - n) == n) return true;
  }
  return false;
}
bool continuation_byte(std::string_view s, std::size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

// The contract of split_sentences on any text: spans in order, inside the text, non-empty,
// trimmed, on UTF-8 character boundaries, and nothing but whitespace left between them.
void check_invariants(std::string_view text, const std::vector<Span>& spans) {
  std::size_t previous_end = 0;
  for (const Span& span : spans) {
    REQUIRE(span.begin >= previous_end);
    REQUIRE(span.end <= text.size());
    REQUIRE_FALSE(span.empty());
    const std::string_view sentence = span.in(text);
    CAPTURE(sentence);
    CHECK_FALSE(starts_with_whitespace(sentence));
    CHECK_FALSE(ends_with_whitespace(sentence));
    CHECK_FALSE(continuation_byte(text, span.begin));
    CHECK_FALSE(continuation_byte(text, span.end));
    CHECK(all_whitespace(text, previous_end, span.begin));
    previous_end = span.end;
  }
  CHECK(all_whitespace(text, previous_end, text.size()));
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

const std::filesystem::path kFixtures =
    std::filesystem::path(CLAIMGRAPH_SOURCE_DIR) / "fixtures" / "armenia-azerbaijan-2022";

// The body of a fixture article: what follows its second "---" line (the whole file if it has
// no front matter, as the seed).
std::string fixture_body(const std::string& name) {
  const std::string text = read_file(kFixtures / name);
  if (text.rfind("---\n", 0) != 0) return text;
  const std::size_t second = text.find("\n---\n", 3);
  REQUIRE(second != std::string::npos);
  return text.substr(second + 5);
}

// `text` hard-wrapped in place: greedily, the last space before a line grows past `width`
// bytes becomes a line break, so every byte offset stays the same.
std::string hard_wrap(std::string text, std::size_t width) {
  std::size_t line_start = 0;
  std::size_t last_space = std::string::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      line_start = i + 1;
      last_space = std::string::npos;
    } else if (i - line_start >= width && last_space != std::string::npos) {
      text[last_space] = '\n';
      line_start = last_space + 1;
      last_space = std::string::npos;
    }
    if (text[i] == ' ') last_space = i;
  }
  return text;
}

bool has_sentence(const std::vector<std::string_view>& sentences, std::string_view wanted) {
  for (std::string_view s : sentences) {
    if (s == wanted) return true;
  }
  return false;
}

}  // namespace

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

  TEST_CASE("the seed article splits into its sentences, headlines and page furniture") {
    const std::string text = fixture_body("euronews-2022-09-13-armenia-azerbaijan.txt");
    const auto spans = split_sentences(text);
    check_invariants(text, spans);
    const auto sentences = sentence_texts(text);
    std::string_view toll;
    for (std::string_view s : sentences) {
      if (s.find("at least 105 soldiers") != std::string_view::npos) toll = s;
    }
    CHECK(toll.starts_with("Armenian Prime Minister"));
    CHECK(toll.ends_with("killed."));
    CHECK(
        toll ==
        "Armenian Prime Minister Nikol Pashinyan has claimed that at least 105 soldiers have been "
        "killed.");
    for (std::string_view wanted : {
             "Fresh clashes break out on Armenia-Azerbaijan border",
             // The seed writes NBSP between some words.
             "Graphic showing map of Armenia and Azerbaijan border Copyright\xC2\xA0"
             "Denis Simon / Euronews",
             "By\xC2\xA0"
             "Euronews with\xC2\xA0"
             "AFP",
             "Copy/paste the article video embed link below:Copy to clipboardCopied",
             "The Azerbaijan foreign ministry later said that 50 of its soldiers were killed and "
             "that "
             "\xE2\x80\x9C"
             "definitive retaliatory measures were taken\xE2\x80\x9D.",
             "Both sides have accused each other of violating the ceasefire agreement and "
             "launching "
             "new shells on Wednesday.",
             "Frequent shootings have been reported along their common border since the 2020 war.",
             "Last week, Armenia accused Azerbaijan of killing one of its soldiers in border "
             "clashes.",
             "You might also like",
             "Iranian president and foreign minister killed in helicopter crash",
         }) {
      CAPTURE(wanted);
      CHECK(has_sentence(sentences, wanted));
    }
    CHECK(sentences.size() == 34);
  }

  TEST_CASE("the fixture articles keep abbreviations, datelines, quotes and lists intact") {
    struct Expect {
      std::string name;
      std::vector<std::string_view> sentences;
    };
    const std::vector<Expect> expected = {
        {"straits-morning-post-2022-09-13-border-clashes.txt",
         {"YEREVAN, Sept 13 (Meridian Wire) \xE2\x80\x94 Armenia and Azerbaijan exchanged heavy "
          "fire "
          "along their shared frontier overnight into Tuesday, the worst flare-up between the two "
          "neighbours since their 2020 war, with each capital insisting the other had started it.",
          "\"We are still gathering information from the units.",
          "This is, sadly, not the final figure,\" Mr. Pashinyan said.",
          "During the night Mr. Pashinyan held calls with the Russian and French presidents and "
          "with U.S. Secretary of State Antony Blinken."}},
        {"eurasia-newsline-2022-09-14-pashinyan-105.txt",
         {"MOSCOW, Sept. 14 (Eurasia Newsline) \xE2\x80\x94 A total of 105 Armenian servicemen "
          "have "
          "died in the past two days of fighting on the border with Azerbaijan, Armenian Prime "
          "Minister Nikol Pashinyan said on Wednesday.",
          "\"As of this moment the number of our servicemen who have died stands at 105,\" "
          "Pashinyan said."}},
        {"continental-press-2022-09-13-border-fighting.txt",
         {"U.S. Secretary of State Antony Blinken urged an immediate end to the fighting, and "
          "France "
          "said it would raise the clashes at the U.N. Security Council."}},
        {"caucasus-diaspora-weekly-2022-10-14-simonyan-430.txt",
         {"A fundraising dinner held at St. Gregory parish hall on Sunday, Oct. 9, collected "
          "$18,400 for the families of the fallen and the wounded, organisers said.",
          "The figure Azerbaijan's defence ministry announced publicly on Sept. 13 was 50."}},
        {"gulf-crescent-2022-09-19-security-council-207.txt",
         {"According to the breakdown published by the Security Council:",
          "2. 293 servicemen and three civilians were wounded;",
          "3. 20 servicemen were taken prisoner by Azerbaijani forces."}},
        {"indus-ledger-2022-09-13-pashinyan-parliament.txt",
         {"- the spa town of Jermuk;",
          "- Sotk and Vardenis in Gegharkunik province, east of Lake Sevan."}},
        {"meridian-wire-2022-09-16-toll-135.txt",
         {"\"The number of dead stands at 135 as of now.",
          "I am afraid it is not the final figure,\" Mr. Pashinyan said, offering condolences to "
          "the families."}},
        {"open-reference-2022-09-19-september-clashes-summary.txt",
         {"Background", "As of 19 September the reported figures were:",
          "- Azerbaijan (Azerbaijani government): 80 servicemen killed and 281 wounded."}},
    };
    for (const Expect& e : expected) {
      CAPTURE(e.name);
      const std::string text = fixture_body(e.name);
      check_invariants(text, split_sentences(text));
      const auto sentences = sentence_texts(text);
      for (std::string_view wanted : e.sentences) {
        CAPTURE(wanted);
        CHECK(has_sentence(sentences, wanted));
      }
    }
  }

  TEST_CASE("hard-wrapping a fixture article at any width leaves its sentences as they were") {
    for (const auto& entry : std::filesystem::directory_iterator(kFixtures)) {
      const std::string name = entry.path().filename().string();
      if (entry.path().extension() != ".txt") continue;
      // The seed's page furniture is a block of headlines; some near the wrap width join the
      // next line (docs/segmentation.md, "Known limits"). Its widths here are ones that miss it.
      const bool seed = name.starts_with("euronews");
      const std::string text = fixture_body(name);
      const std::vector<Span> expected = split_sentences(text);
      for (std::size_t width = seed ? 72 : 30; width <= 140; width += seed ? 28 : 5) {
        CAPTURE(name);
        CAPTURE(width);
        const std::string wrapped = hard_wrap(text, width);
        REQUIRE(wrapped.size() == text.size());
        CHECK(wrapped != text);
        CHECK(split_sentences(wrapped) == expected);
      }
    }
  }

  TEST_CASE("every fixture file, front matter and all, keeps the span invariants") {
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kFixtures)) {
      if (entry.path().extension() != ".txt" && entry.path().extension() != ".md") continue;
      CAPTURE(entry.path().string());
      const std::string text = read_file(entry.path());
      check_invariants(text, split_sentences(text));
      ++files;
    }
    CHECK(files >= 12);
  }

  TEST_CASE("the same text at any offset splits the same way") {
    // Line breaks and terminal punctuation are looked for sixteen bytes at a time: shifting the
    // text by 0 to 31 bytes puts every mark at every place in a block, and must shift the spans
    // by as much and change nothing else.
    const std::string text =
        "Officials said 12 people died. Rescuers\nkept digging! Was it over? No\xE2\x80\xA6 "
        "A second quake struck.\r\nPolice said so.\n\n\xE2\x80\x9CWe are afraid,\xE2\x80\x9D "
        "he said. The U.S. sent aid. Then\rthe end.";
    const std::vector<Span> base = split_sentences(text);
    REQUIRE(base.size() > 5);
    for (std::size_t shift = 0; shift < 32; ++shift) {
      CAPTURE(shift);
      const std::vector<Span> moved = split_sentences(std::string(shift, ' ') + text);
      REQUIRE(moved.size() == base.size());
      for (std::size_t i = 0; i < base.size(); ++i) {
        CHECK(moved[i].begin == base[i].begin + shift);
        CHECK(moved[i].end == base[i].end + shift);
      }
    }
  }

  TEST_CASE("random news-like text keeps the span invariants") {
    // A fixed linear congruential generator: the same pieces every run.
    std::uint64_t state = 0x2022091300000105ULL;
    auto next = [&state](std::size_t n) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      return static_cast<std::size_t>((state >> 33) % n);
    };
    static constexpr std::string_view kPieces[] = {"Mr.",
                                                   "U.S.",
                                                   " ",
                                                   " ",
                                                   " ",
                                                   "\n",
                                                   "\n\n",
                                                   "\r\n",
                                                   ".",
                                                   "!",
                                                   "?",
                                                   "\xE2\x80\xA6",
                                                   "\"",
                                                   "'",
                                                   "\xE2\x80\x9D",
                                                   "\xE2\x80\x9C",
                                                   "\xC2\xAB",
                                                   "\xC2\xBB",
                                                   "(",
                                                   ")",
                                                   "a",
                                                   "the",
                                                   "The",
                                                   "He",
                                                   "Sept.",
                                                   "J.",
                                                   "1",
                                                   "2.3",
                                                   "-",
                                                   "- ",
                                                   "\xE2\x80\xA2",
                                                   "\xE2\x80\x94",
                                                   "|",
                                                   "\xC2\xA0",
                                                   "\xE2\x80\xAF",
                                                   "\xC3\xA9",
                                                   "\xC3\x89",
                                                   "\xEF\xBB\xBF",
                                                   ",",
                                                   "of",
                                                   "with",
                                                   "YEREVAN",
                                                   "e.g.",
                                                   "1. ",
                                                   "\t",
                                                   "..."};
    for (int round = 0; round < 300; ++round) {
      std::string text;
      const std::size_t pieces = 1 + next(60);
      for (std::size_t i = 0; i < pieces; ++i) text += kPieces[next(std::size(kPieces))];
      CAPTURE(text);
      check_invariants(text, split_sentences(text));
    }
  }

  TEST_CASE("adversarial inputs run in linear time and give sensible spans") {
    constexpr std::size_t kMegabyte = 1 << 20;
    constexpr std::size_t kMaxSentence = 4096;
    // A run with no sentence end is cut into pieces of at most 4 KB (at a space when there is
    // one): a reader quotes a sentence per figure, so an unbounded one makes outputs quadratic.
    const auto check_capped = [&](const std::string& text, const std::vector<Span>& spans) {
      REQUIRE_FALSE(spans.empty());
      for (std::size_t i = 0; i < spans.size(); ++i) {
        CHECK(spans[i].size() <= kMaxSentence);
        CHECK_FALSE(spans[i].empty());
        if (i > 0) {
          CHECK(spans[i - 1].end <= spans[i].begin);
          // nothing but spaces between two pieces of one run
          for (std::size_t k = spans[i - 1].end; k < spans[i].begin; ++k) CHECK(text[k] == ' ');
        }
      }
    };
    SUBCASE("a 1 MB line without punctuation: pieces of at most 4 KB cut at spaces") {
      std::string text;
      while (text.size() < kMegabyte) text += "word ";
      const auto spans = split_sentences(text);
      check_capped(text, spans);
      CHECK(spans.front().begin == 0);
      CHECK(spans.back().end == text.size() - 1);
      for (const Span& sp : spans) CHECK(sp.in(text).substr(0, 4) == "word");
    }
    SUBCASE("a million periods: pieces of at most 4 KB") {
      const std::string text(1'000'000, '.');
      const auto spans = split_sentences(text);
      check_capped(text, spans);
      std::size_t covered = 0;
      for (const Span& sp : spans) covered += sp.size();
      CHECK(covered == text.size());
    }
    SUBCASE("a million spaced periods and initials") {
      std::string dots;
      std::string initials;
      while (dots.size() < kMegabyte) dots += ". ";
      while (initials.size() < kMegabyte) initials += "A. ";
      check_capped(dots, split_sentences(dots));
      check_capped(initials, split_sentences(initials));
    }
    SUBCASE("a 1 MB word before a period and a 1 MB run of closers") {
      std::string text(kMegabyte, 'x');
      text += ". Then ";
      text += std::string(kMegabyte, ')');
      text += " end";
      const auto spans = split_sentences(text);
      check_capped(text, spans);
      CHECK(spans.size() >= 2 * (kMegabyte / kMaxSentence));
    }
    SUBCASE("many short lines, blank lines and sentences") {
      std::string wrapped;
      std::string headlines;
      std::string sentences;
      while (wrapped.size() < kMegabyte) wrapped += "a\n";
      while (headlines.size() < kMegabyte) headlines += "Headline\n";
      while (sentences.size() < kMegabyte) sentences += "It ended. ";
      check_capped(wrapped, split_sentences(wrapped));
      CHECK(split_sentences(headlines).size() == kMegabyte / 9 + 1);
      CHECK(split_sentences(std::string(kMegabyte, '\n')).empty());
      const auto spans = split_sentences(sentences);
      CHECK(spans.size() == sentences.size() / 10 + (sentences.size() % 10 != 0));
      check_invariants(sentences, spans);
    }
  }
}
