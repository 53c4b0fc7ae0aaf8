// The HTML guard (engine/ingest/html_guard.cpp): tags nested beyond the depth limit are cut, and
// <svg> and <math> renamed, before gumbo parses a page.

#include "../engine/ingest/html_guard.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <string_view>
#include <vector>

TEST_SUITE("html_guard") {
  TEST_CASE("HTML guard: tags nested beyond the limit are cut, svg and math renamed") {
    struct Case {
      std::string_view input;
      std::string_view output;  // empty: unchanged
      std::size_t dropped = 0;
    };
    const std::vector<Case> cases = {
        {"<div><div>x</div></div>", "", 0},
        {"<div><div><div>x</div></div></div>", "<div><div>x</div></div>", 2},
        {"<DIV><div><Div class='a'>x</DIV></div></div>", "<DIV><div>x</div></div>", 2},
        {"<div><div><p><p><li><br><img src=a><td>x", "", 0},
        {"<div><div><script>\"<div><div>\"</script>x", "", 0},
        {"<div><div><!-- <div> --><!--><!---><div>", "<div><div><!-- <div> --><!--><!--->", 1},
        {"<div><div><b title='a>b'>x</b>", "<div><div>x", 2},
        {"<div title=\"<div>\"><div a=b>x</div></div><div><div>y", "", 0},
        {"<div><div></div></div><div><div>y</div></div>", "", 0},
        {"<section><div></section><section><div></section>", "", 0},
        {"<x-a><div></x-a><x-a><div></x-a>", "<x-a><div></x-a></x-a>", 2},
        {"<div><span></div><div><span></div>", "", 0},
        {"<form><div></form><form><div></form>", "<form><div></form><form></form>", 1},
        {"<div><div><span>a<i>b</i>c</span>d", "<div><div>abcd", 4},
        {"<div></div></div></div><div><div>x", "", 0},
        {"<div><div><plaintext><div><div>", "", 0},
        {"<div><div><x-a", "", 0},
        {"<svg viewBox='0 0 1 1'><path/></svg>x", "<cg-svg viewBox='0 0 1 1'><path/></cg-svg>x", 0},
        {"<MATH><mi>x</mi></Math>", "<cg-math><mi>x</mi></cg-math>", 0},
        {"<script>'<svg>'</script><style>math{}</style>",
         "<script>'<cg-svg>'</script><style>math{}</style>", 0},
        {"<svgx><mathematics></svg-x>", "", 0},
        {"<div><div><svg></svg>", "<div><div>", 2},
    };
    for (const Case& c : cases) {
      CAPTURE(c.input);
      const auto got = claimgraph::detail::guard_html(c.input, 2);
      CHECK(got.html == c.output);
      CHECK(got.dropped == c.dropped);
    }
  }
}
