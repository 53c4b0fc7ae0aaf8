// find_invalid_utf8: the offset of the first byte that does not start a valid UTF-8 sequence,
// wherever it falls against the eight-byte steps the ASCII runs are read in.

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "claimgraph/ingest.hpp"

namespace {

using claimgraph::find_invalid_utf8;

TEST_SUITE("utf8") {
  TEST_CASE("a bad byte is found at its offset after ASCII runs of every length") {
    for (std::size_t ascii = 0; ascii < 40; ++ascii) {
      CAPTURE(ascii);
      const std::string head(ascii, 'a');
      CHECK(find_invalid_utf8(head) == std::string_view::npos);
      CHECK(find_invalid_utf8(head + "\xFF" + std::string(20, 'b')) == ascii);
      CHECK(find_invalid_utf8(head + "\xC3") == ascii);                // truncated at the end
      CHECK(find_invalid_utf8(head + "\xC3(" + "xxxxxxxx") == ascii);  // bad continuation
      // A valid sequence, then more ASCII and a bad byte further on.
      const std::string valid = head + "\xC3\xA9" + std::string(ascii, 'c');
      CHECK(find_invalid_utf8(valid) == std::string_view::npos);
      CHECK(find_invalid_utf8(valid + "\xED\xA0\x80") == valid.size());  // a surrogate
    }
  }

  TEST_CASE("the decoding table's edges") {
    CHECK(find_invalid_utf8("\xC0\xAF") == 0);                                  // overlong
    CHECK(find_invalid_utf8("\xE0\x9F\xBF") == 0);                              // overlong
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);                          // past U+10FFFF
    CHECK(find_invalid_utf8("\xF0\x9F\x98\x80 ok") == std::string_view::npos);  // an emoji
    CHECK(find_invalid_utf8("") == std::string_view::npos);
  }
}

}  // namespace
