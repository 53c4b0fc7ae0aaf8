// Name (include/claimgraph/name.hpp): one copy per distinct text, from any thread; equality,
// order and hashing by text.

#include "claimgraph/name.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

using claimgraph::Name;

TEST_SUITE("name") {
  TEST_CASE("equal texts share one copy; Names compare and order by their text") {
    const std::string built = std::string("Armenia ") + "defence ministry";
    const Name a("Armenia defence ministry");
    const Name b(built);
    CHECK(a == b);
    CHECK(a.data() == b.data());  // the same copy
    CHECK(Name("Azerbaijan") != a);
    CHECK(a == "Armenia defence ministry");
    CHECK(a == built);
    CHECK(a == std::string_view("Armenia defence ministry"));
    CHECK(a != "Armenia");
    // Order is the text's, whatever order the texts were first seen in.
    const Name z("zulu");
    const Name m("mike");
    CHECK(m < z);
    CHECK(Name("alpha") < m);
    CHECK(m < std::string("november"));
    std::vector<Name> names{z, m, Name("alpha")};
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<Name>{Name("alpha"), m, z});
  }

  TEST_CASE("the empty Name; reads like a string") {
    const Name none;
    CHECK(none.empty());
    CHECK(none == Name(""));
    CHECK(none == "");
    Name n("police");
    CHECK(n.size() == 6);
    CHECK(n.find("lic") == 2);
    CHECK(n.starts_with("pol"));
    CHECK(n + "!" == "police!");
    CHECK("the " + n == "the police");
    std::ostringstream out;
    out << n;
    CHECK(out.str() == "police");
    n.clear();
    CHECK(n.empty());
    const std::unordered_set<Name> set{Name("x"), Name(std::string("x")), Name("y")};
    CHECK(set.size() == 2);
  }

  TEST_CASE("many texts, more than a thread remembers, each keep their own copy") {
    // Each thread remembers the texts it interned last in slots by hash; 5,000 texts share
    // slots, and a Name must never take the text of another one in its slot.
    std::vector<Name> names;
    for (int round = 0; round < 2; ++round) {
      for (int i = 0; i < 5000; ++i) {
        const std::string text = "text number " + std::to_string(i);
        const Name n(text);
        CHECK(n == text);
        if (round == 0) {
          names.push_back(n);
        } else {
          CHECK(n.data() == names[static_cast<std::size_t>(i)].data());
        }
      }
    }
  }

  TEST_CASE("threads interning the same texts at once get the same copies") {
    constexpr std::size_t kThreads = 4;
    constexpr std::size_t kTexts = 2000;
    std::vector<std::vector<const char*>> seen(kThreads);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < kThreads; ++t) {
      threads.emplace_back([t, &seen] {
        for (std::size_t i = 0; i < kTexts; ++i) {
          seen[t].push_back(Name("thread text " + std::to_string((i * 7 + t) % kTexts)).data());
        }
      });
    }
    for (std::thread& th : threads) th.join();
    for (std::size_t t = 0; t < kThreads; ++t) {
      std::set<const char*> distinct(seen[t].begin(), seen[t].end());
      CHECK(distinct.size() == kTexts);
      for (std::size_t i = 0; i < kTexts; ++i) {
        const std::size_t text = (i * 7 + t) % kTexts;
        CHECK(seen[t][i] == Name("thread text " + std::to_string(text)).data());
      }
    }
  }
}
