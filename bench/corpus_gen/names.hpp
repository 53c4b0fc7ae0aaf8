#pragma once
// The invented names of the synthetic corpus (corpus_gen.cpp): countries, places, officials,
// groups, outlets, weekdays and months.

#include <string_view>

namespace claimgraph::bench {

// ---------------------------------------------------------------------------------------------
// Names. All invented; none may contain a number word, since plain sentences use them too.
// ---------------------------------------------------------------------------------------------

inline constexpr std::string_view kCountries[] = {"Valdoria", "Kestrava", "Serelia", "Durnovia",
                                                  "Almerin",  "Tavoria",  "Belmark", "Corvania"};
inline constexpr std::string_view kRegions[] = {
    "the northern highlands",       "the Varn valley", "the coastal province of Elsin",
    "the eastern border districts", "Ardel province",  "the Sarn delta",
    "the southern plains",          "the Korrin hills"};
inline constexpr std::string_view kTowns[] = {
    "Port Amsel", "Kalvik", "Novar\xc3\xa9", "Brenholm", "Tessin Falls", "Marrow Creek",
    "Aldercy",    "Vessa",  "Duran",         "Lindgrad", "Ostwick",      "S\xc3\xa1ralo"};
inline constexpr std::string_view kOfficials[] = {"the interior ministry",
                                                  "a police spokesman",
                                                  "the regional governor",
                                                  "health officials",
                                                  "the defence ministry",
                                                  "a senior military official",
                                                  "the mayor",
                                                  "emergency services",
                                                  "a government spokeswoman",
                                                  "the prime minister's office"};
inline constexpr std::string_view kAgencies[] = {
    "the UN refugee agency",         "the Red Cross",
    "the World Health Organization", "local authorities",
    "the civil protection agency",   "an independent monitoring group",
    "Doctors Without Borders"};
inline constexpr std::string_view kGroups[] = {"separatist fighters", "government forces",
                                               "the rebels", "the militia", "the opposing army"};
inline constexpr std::string_view kParties[] = {"the ruling party",     "the opposition alliance",
                                                "the Social Democrats", "the National Unity party",
                                                "the Greens",           "the Liberal Front",
                                                "the Farmers' Union"};
inline constexpr std::string_view kCandidates[] = {"Ana Varga",   "Tomas Elling", "Mira Dossou",
                                                   "Pieter Halm", "Leyla Arslan", "Jonas Brecht"};
inline constexpr std::string_view kVenues[] = {"supermarket",     "nightclub", "high school",
                                               "shopping centre", "church",    "music festival",
                                               "train station"};
inline constexpr std::string_view kCompanies[] = {
    "Norhaven Steel", "Aster Motors", "Bluefield Energy", "Corvane Logistics", "Pellam Foods"};
inline constexpr std::string_view kAircraft[] = {
    "a Su-25 jet", "a Su-24 bomber", "a Mi-8 helicopter", "a Mi-24 gunship",
    "a MiG-29",    "an F-16",        "a Bayraktar TB2",   "a Tu-22M3 bomber"};
inline constexpr std::string_view kGuns[] = {"an AR-15-style rifle", "a 9mm handgun",
                                             "a .22-calibre rifle", "a 12-gauge shotgun",
                                             "a modified AK-47"};
inline constexpr std::string_view kWeekdays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                 "Thursday", "Friday", "Saturday"};
inline constexpr std::string_view kMonths[] = {"January",   "February", "March",    "April",
                                               "May",       "June",     "July",     "August",
                                               "September", "October",  "November", "December"};
/// AP-style abbreviations ("Sept. 13"); short months are spelled out.
inline constexpr std::string_view kMonthsAp[] = {"Jan.", "Feb.", "March", "April", "May",  "June",
                                                 "July", "Aug.", "Sept.", "Oct.",  "Nov.", "Dec."};

struct Outlet {
  std::string_view name;
  std::string_view domain;
};
inline constexpr Outlet kOutlets[] = {{"The Meridian Post", "meridianpost.example"},
                                      {"Northgate Herald", "northgateherald.example"},
                                      {"Continental Wire", "continentalwire.example"},
                                      {"Eastbridge Times", "eastbridgetimes.example"},
                                      {"Harbor Daily", "harbordaily.example"},
                                      {"Global Ledger", "globalledger.example"}};

}  // namespace claimgraph::bench
