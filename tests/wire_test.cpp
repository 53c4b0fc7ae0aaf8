// The wire format MPI ranks exchange: every field of an article, a claim, a diagnostic and an
// origin comes back as written, numbers to the bit (infinities too), and a short message is an
// error, not a crash.

#include "claimgraph/wire.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <limits>
#include <stdexcept>

namespace {

using namespace std::chrono;
using claimgraph::Claim;

Claim full_claim() {
  Claim c;
  c.id = "a#12";
  c.article = "a";
  c.outlet = "Wire";
  c.published = year_month_day{year{2022}, month{9}, day{14}};
  c.kind = "killed";
  c.population = "soldiers";
  c.side = "Armenia";
  c.claimant = "Armenia defence ministry";
  c.claimant_side = "Armenia";
  c.outlet_voice = true;
  c.event = "ev-1";
  c.when = claimgraph::DayRange{year_month_day{year{2022}, month{9}, day{13}},
                                year_month_day{year{2022}, month{9}, day{14}}};
  c.when_span = {3, 9};
  c.when_grain = claimgraph::TimeGrain::week;
  c.named_event = "Galwan clash";
  c.tally = true;
  c.earlier = true;
  c.stated = year_month_day{year{2022}, month{9}, day{13}};
  c.quantity.span = {10, 22};
  c.quantity.number_span = {19, 22};
  c.quantity.text = "at least 105";
  c.quantity.value = 105;
  c.quantity.best = 105.5;
  c.quantity.interval = {{105, true}, {std::numeric_limits<double>::infinity(), false}};
  c.quantity.qualifier = claimgraph::Qualifier::more_than;
  c.quantity.unit = claimgraph::Unit::measure;
  c.quantity.unit_name = "km2";
  c.quantity.kind = claimgraph::QuantityKind::age;
  c.quantity.written_in_words = true;
  c.sentence = {0, 40};
  c.claim_span = {10, 30};
  return c;
}

}  // namespace

TEST_SUITE("wire") {
  TEST_CASE("articles, claims, diagnostics and origins come back as written") {
    claimgraph::Article a{"id-1",         "Outlet",
                          "https://x",    year_month_day{year{2020}, month{1}, day{2}},
                          "Title",        "Body text \xE2\x80\x94 with UTF-8.",
                          "file.jsonl:3", {{40, "kept later"}, {90, "and on"}}};
    claimgraph::Article undated = a;
    undated.published.reset();
    undated.excerpts.clear();
    const Claim c = full_claim();
    const Claim plain;  // every optional empty
    claimgraph::Diagnostic d{{claimgraph::ErrorCode::binary_input, "NUL byte", {"f.txt", 4, 99}},
                             "file"};
    claimgraph::ArticleOrigin o{{"f.jsonl", 7, 700}, "line 7", 3};

    claimgraph::wire::Writer w;
    w.article(a);
    w.article(undated);
    w.claim(c);
    w.claim(plain);
    w.diagnostic(d);
    w.origin(o);
    w.strings({"Castrel", "", "North Kivu"});

    claimgraph::wire::Reader r(w.bytes());
    CHECK(r.article() == a);
    CHECK(r.article() == undated);
    CHECK(r.claim() == c);
    CHECK(r.claim() == plain);
    const claimgraph::Diagnostic d2 = r.diagnostic();
    CHECK(d2.error.code == d.error.code);
    CHECK(d2.error.message == d.error.message);
    CHECK(d2.error.where.file == d.error.where.file);
    CHECK(d2.error.where.line == 4);
    CHECK(d2.error.where.byte_offset == 99);
    CHECK(d2.skipped == "file");
    const claimgraph::ArticleOrigin o2 = r.origin();
    CHECK(o2.where.file == "f.jsonl");
    CHECK(o2.where.line == 7);
    CHECK(o2.where.byte_offset == 700);
    CHECK(o2.skipped == "line 7");
    CHECK(o2.diagnostics_before == 3);
    CHECK(r.strings() == std::vector<std::string>{"Castrel", "", "North Kivu"});
    CHECK(r.done());
  }

  TEST_CASE("a type that grows a field fails here until wire.cpp carries it") {
    // The sizes of the records wire.cpp writes field by field, on this platform (x86-64,
    // libstdc++). A new field changes the size: add it to wire.cpp and to the test above,
    // then update the number.
    CHECK(sizeof(claimgraph::Claim) == 360);
    CHECK(sizeof(claimgraph::Article) == 224);
  }

  TEST_CASE("a message that ends early is an error") {
    claimgraph::wire::Writer w;
    w.claim(full_claim());
    const std::string cut = w.bytes().substr(0, w.bytes().size() / 2);
    claimgraph::wire::Reader r(cut);
    CHECK_THROWS_AS(r.claim(), std::runtime_error);
  }
}
