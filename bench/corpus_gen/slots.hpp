#pragma once
// The slots of the synthetic corpus's templates (corpus_gen.cpp): a `{slot}` in a template is
// filled with a figure written one of the many ways reporters write one, or with a name.

#include <string>
#include <string_view>

#include "../rng.hpp"
#include "names.hpp"

namespace claimgraph::bench {

struct Date {
  int year = 2022;
  int month = 1;  ///< 1-12
  int day = 1;    ///< 1-28, so every month has it
};

/// What stays fixed across one article, so its sentences agree on where and when.
struct ArticleContext {
  std::string_view country;
  std::string_view region;
  std::string_view town;
  Outlet outlet;
  Date published;
};

/// "Jan.", "Feb.", "March": the month (1-12) as a wire service abbreviates it in a dateline.
std::string_view month_ap(int month);

/// Appends `tmpl` with every `{slot}` filled. An unknown slot is a bug in the template tables:
/// the program stops.
void expand(std::string& out, std::string_view tmpl, Rng& rng, const ArticleContext& ctx);

}  // namespace claimgraph::bench
