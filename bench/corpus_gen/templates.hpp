#pragma once
// The sentence templates of the synthetic corpus (corpus_gen.cpp), all written for this tool,
// by topic: titles, sentences with figures, and plain sentences.

#include <span>
#include <string_view>

namespace claimgraph::bench {

// ---------------------------------------------------------------------------------------------
// Templates. Sentences under `plain` may use only name slots (town, region, official, ...).
// ---------------------------------------------------------------------------------------------

struct Topic {
  std::string_view section;  ///< URL path segment
  std::span<const std::string_view> titles;
  std::span<const std::string_view> figures;  ///< sentences with at least one figure
  std::span<const std::string_view> plain;    ///< sentences without numbers
};

inline constexpr std::string_view kConflictTitles[] = {
    "{tollfew} soldiers killed as fighting flares near {town}",
    "Ceasefire collapses in {region} after {duration} of calm",
    "Shelling hits {town} as {qcount} civilians flee",
    "Border clashes in {region}: what we know so far",
    "{country} says {small} drones downed overnight"};
inline constexpr std::string_view kConflictFigures[] = {
    "{qfew} soldiers were killed in overnight clashes near {town}, {official} said.",
    "The defence ministry put its own losses at {toll} troops, while {group} claimed to have "
    "killed {qcount} enemy fighters.",
    "Shelling of {town} began at about {time} and went on for {days}.",
    "{official} said {small} drones and {aircraft} had been shot down over {region}.",
    "The fighting is the worst since the war of {year}, which left {qcount} people dead.",
    "{qcount} civilians have crossed the border since {date}, according to {agency}.",
    "Among the dead was {a_child} boy hit by shrapnel in his family's courtyard.",
    "The Security Council will discuss {resolution}, adopted in {year}, at a closed meeting on "
    "{weekday}.",
    "Government forces said they had retaken {area} of territory around {town}.",
    "It is the {ordinal} ceasefire to break down since the conflict flared in the {decade}.",
    "Satellite images show {qcount} buildings damaged in {town}, roughly {percent} of the town.",
    "A convoy of {small} trucks carrying {weight} of food and medicine reached {town} on {date}.",
    "Prisoner swaps have returned {toll} captives to each side since {month_year}.",
    "The army said {qfew} of its servicemen were wounded and {small} remain missing.",
    "Officials in {town} said {tollfew} had died after a missile struck an apartment block at "
    "{time}.",
    "Monitors logged {qcount} violations of the truce in {duration}.",
    "The front line runs for {distance} through farmland and forest.",
    "The {ordinal} round of talks is expected in {town2}, where both delegations met in {year}.",
    "Aid groups estimate that {qcount} people in {region} need food aid, up from {toll} a year "
    "ago.",
    "The {war_years} war killed {qcount} people and displaced {toll} others.",
    "\xe2\x80\x9cWe lost {small} men in a single night,\xe2\x80\x9d a commander told {outlet}."};
inline constexpr std::string_view kConflictPlain[] = {
    "Both sides accused each other of starting the latest round of fighting.",
    "Residents of {town} spent the night in basements as explosions shook the streets.",
    "{official} said the situation along the border remained tense but under control.",
    "The foreign ministry summoned the ambassador to protest what it called a deliberate "
    "provocation.",
    "Journalists were not allowed into the area, and the claims could not be verified.",
    "Diplomats in {town2} urged restraint and called for an immediate return to talks.",
    "Video posted online appeared to show columns of smoke rising over the hills east of {town}.",
    "The government declared martial law in several border districts.",
    "{group} denied targeting civilian areas and called the strikes a response to attacks."};

inline constexpr std::string_view kDisasterTitles[] = {
    "Magnitude {magnitude} quake strikes near {town}",
    "Floods force {toll} from their homes in {region}",
    "Death toll from {region} landslide rises to {toll}",
    "Rescuers race to reach villages cut off in {region}", "Wildfire near {town} burns {area}"};
inline constexpr std::string_view kDisasterFigures[] = {
    "A magnitude {magnitude} earthquake struck {distance} from {town} at {time} local time.",
    "The quake hit at a depth of {depth}, according to the geological survey.",
    "Rescuers have pulled {qfew} survivors from the rubble so far.",
    "The death toll rose to {toll} on {weekday}, with {qcount} people still unaccounted for.",
    "Floodwater covered {area} of farmland, and {qcount} homes were destroyed.",
    "Some areas received {rain} of rain in {days}, more than the usual total for a month.",
    "The storm made landfall as a Category {category} hurricane with winds of {speed}.",
    "{agency} appealed for {money} to pay for shelter and clean water.",
    "The fire has burned through {area} since it started on {date}.",
    "{a_child} girl was found alive after {days} under the debris.",
    "More than {percent} of the buildings in {town} were damaged, officials estimated.",
    "The region was hit by a similar disaster in {year}, when {qcount} people died.",
    "{qfew} firefighters and {small} aircraft are battling the blaze.",
    "Power was cut to {qcount} households, the utility said.",
    "This is the {ordinal} major flood in the province since the {decade}.",
    "Emergency crews evacuated {toll} residents from {small} villages along the river.",
    "The river peaked at {height} on {date}, beating the record set in {year}.",
    "Insurers put the losses at {money}.",
    "About {ratio} of the wells in the district are now unsafe to drink from."};
inline constexpr std::string_view kDisasterPlain[] = {
    "Rescue teams worked through the night with sniffer dogs and heavy machinery.",
    "Many families are sleeping in cars or tents, afraid to return to damaged homes.",
    "Roads into the worst-hit valleys remain blocked by landslides.",
    "The government declared a state of emergency and asked neighbouring countries for help.",
    "Forecasters warned that more heavy rain was expected over the weekend.",
    "Survivors described the ground shaking violently before the walls gave way.",
    "Hospitals in {town} said they were overwhelmed and running short of blood.",
    "{official} said the priority was to reach villages cut off by the floods."};

inline constexpr std::string_view kShootingTitles[] = {
    "{tollfew} dead in {town} shooting, police say", "Gunman kills {small} at {venue} in {town}",
    "Suspect, {age}, charged after {town} shooting",
    "What we know about the {town} {venue} attack"};
inline constexpr std::string_view kShootingFigures[] = {
    "A gunman opened fire at a {venue} in {town} shortly after {time}, killing {qfew} people.",
    "Police said the suspect, {a_adult} man from {town2}, was arrested at the scene.",
    "{small} of the wounded were in critical condition, a hospital spokeswoman said.",
    "Officers found {small} firearms, including {gun}, in the suspect's car.",
    "It was the {ordinal} mass shooting in the country this year, according to a group that "
    "tracks attacks with {small} or more victims.",
    "Witnesses said they heard {tollfew} shots in quick succession.",
    "The attack lasted about {brief} before officers reached the building.",
    "Vigils were held on {date} for the victims, who ranged in age from {age_range}.",
    "The city has recorded {qfew} homicides so far this year, up {percent} on {year}.",
    "The suspect had bought the weapon {duration} earlier, investigators said.",
    "The first emergency calls came in at {time}, and officers arrived {brief} later.",
    "A fund for the victims' families has raised {money_few}.",
    "{a_child} student was among those killed.",
    "Police received {qfew} tips after releasing CCTV images."};
inline constexpr std::string_view kShootingPlain[] = {
    "The motive for the attack was not immediately clear.",
    "Police urged anyone with phone footage to come forward.",
    "Students barricaded themselves in classrooms as the gunman moved through the corridors.",
    "The mayor described the shooting as a senseless act of violence.",
    "Investigators are examining the suspect's social media accounts.",
    "Flowers and candles were left outside the building throughout the day.",
    "Lawmakers renewed calls for tighter controls on assault weapons."};

inline constexpr std::string_view kElectionTitles[] = {
    "{percent} for {party} as turnout falls", "{country} votes: results so far",
    "Run-off set for {date} after close race", "{candidate} claims victory in {country}"};
inline constexpr std::string_view kElectionFigures[] = {
    "Turnout was {percent}, the lowest since {year}.",
    "With {percent} of ballots counted, {party} had {percent} of the vote.",
    "{party} won {seat_share} seats in the lower house.",
    "The result gives {party} control of the {chamber} parliament for the {ordinal} time.",
    "{candidate} received {votes} votes, against {votes} for the incumbent.",
    "{qfew} polling stations opened late, the election commission said.",
    "The run-off is scheduled for {date}.",
    "The {ordinal} round of voting takes place on {date}.",
    "Observers from {agency} deployed {qfew} monitors across {small} regions.",
    "{candidate}, {age}, entered parliament in {year}.",
    "The party has not won a majority since the {decade}.",
    "Polls closed at {time}, and preliminary results are expected by {time}.",
    "{qcount} voters are registered, including {toll} living abroad.",
    "The threshold to enter parliament is {percent}.",
    "Campaign spending topped {money}, according to the electoral watchdog.",
    "The opposition filed {small} complaints alleging irregularities at {qfew} precincts."};
inline constexpr std::string_view kElectionPlain[] = {
    "Supporters gathered outside the party headquarters in {town} as results came in.",
    "The opposition said it would not recognise the outcome and called for protests.",
    "Queues formed outside polling stations early in the morning.",
    "The incumbent conceded defeat in a short televised address.",
    "Coalition talks are expected to be long and difficult.",
    "International observers said the vote was competitive but marred by misuse of state "
    "resources.",
    "{candidate} campaigned on promises to fight corruption and lower energy prices."};

inline constexpr std::string_view kEconomyTitles[] = {
    "Inflation hits {percent} in {country}", "Central bank raises rates by {bp} basis points",
    "{company} to cut {toll} jobs", "Markets slip as growth slows in {country}"};
inline constexpr std::string_view kEconomyFigures[] = {
    "Inflation rose to {percent} in {month}, the highest rate since {year}.",
    "The central bank raised its key rate by {bp} basis points to {percent}.",
    "The economy grew {percent} in the {quarter} quarter compared with a year earlier.",
    "The main index fell {percent} to {index_level} points.",
    "The government announced a {money} support package for households.",
    "Unemployment edged down to {percent}, with {qcount} people out of work.",
    "{company} said it would cut {qcount} jobs, about {percent} of its workforce.",
    "Exports to {country2} were worth {money} last year.",
    "The currency has lost {percent} against the dollar since {date}.",
    "Petrol now costs {price} a litre in {town}.",
    "The budget deficit is forecast to reach {percent} of GDP in {year}.",
    "Analysts polled by {outlet} had expected growth of {percent}.",
    "{company} reported a net profit of {money} for the {quarter} quarter.",
    "Household debt stands at {money}, or {ratio} of disposable income.",
    "Real wages have risen {percent} since the {decade}.",
    "The plant, which employs {toll} people, opened in {year}."};
inline constexpr std::string_view kEconomyPlain[] = {
    "Economists said the figures pointed to a gradual slowdown in consumer spending.",
    "The finance minister said the government would not raise taxes.",
    "Markets reacted calmly to the announcement.",
    "Business groups warned that higher borrowing costs would hurt small firms.",
    "The central bank signalled that further increases were likely.",
    "Shoppers in {town} said they were cutting back on meat and fuel.",
    "Trade unions called for pay rises to keep pace with prices."};

inline constexpr std::string_view kGeneralFigures[] = {
    "{official} told {outlet} on {weekday} that the figures were preliminary.",
    "The statement was released at {time} on {date}.",
    "{qcount} people attended a rally in central {town} on {date}.",
    "A hotline for relatives has been set up on {phone}.",
    "The town, home to {population} people, lies {distance} from {town2}.",
    "The report runs to {pages} pages and covers the period since {year}.",
    "{agency} said {ratio} of the population now depended on aid.",
    "{a_adult} resident said it was the worst thing she had seen in her {age} years.",
    "The agency's figures, last updated on {date}, list {toll} cases.",
    "The building was completed in {year} and renovated in the {decade}.",
    "The decree takes effect at {time} on {date}.",
    "Under {article} of the constitution, the government can declare an emergency for up to "
    "{duration}."};
inline constexpr std::string_view kGeneralPlain[] = {
    "{official} declined to comment on the report.",
    "The ministry did not respond to a request for comment.",
    "Local media reported similar accounts from nearby villages.",
    "The claims could not be independently verified.",
    "Officials said more details would be released later in the day.",
    "The information was shared with reporters on condition of anonymity.",
    "Residents said they had received little warning.",
    "Critics accused the authorities of playing down the scale of the problem.",
    "\"We are doing everything we can,\" {official} told reporters.",
    "\"Nobody expected this,\" said a shopkeeper in {town}.",
    "Further updates are expected from the authorities."};

inline constexpr Topic kTopics[] = {
    {"world", kConflictTitles, kConflictFigures, kConflictPlain},
    {"disasters", kDisasterTitles, kDisasterFigures, kDisasterPlain},
    {"crime", kShootingTitles, kShootingFigures, kShootingPlain},
    {"politics", kElectionTitles, kElectionFigures, kElectionPlain},
    {"business", kEconomyTitles, kEconomyFigures, kEconomyPlain},
};

}  // namespace claimgraph::bench
