// EarlierReports (earlier_reports.hpp). A frame marks its figures: "had originally said",
// "initially had said" (Frame::earlier), or weaker, "first reported" (Frame::first). So does an
// opening: "Initially,", "Originally," or "At first," (strong), or "initial report(s)" (weaker).
// A weaker mark counts only when a contrast follows the figure in the sentence — "but",
// "however", or "then" before another figure ("first gave 49, then 105"); "Initial reports
// indicate five people were killed" is breaking news, and "... shot and later taken to a
// hospital", "one of whom later died" say only when. Between the mark and the figure any turn —
// "but", "however", "later", "since", "then" — parts them ("..., but amended that number to
// four": four is current).

#include "attribute/earlier_reports.hpp"

#include <algorithm>
#include <span>

#include "extract/text_scan.hpp"

namespace claimgraph::detail {

EarlierReports::EarlierReports(std::string_view text, std::span<const Token> tokens)
    : opening_(tokens.size()), tokens_(tokens) {
  const auto word = [&](std::size_t k) {
    return k < tokens.size() ? std::string_view(tokens[k].lower) : std::string_view();
  };
  if ((word(0) == "initially" || word(0) == "originally") && word(1) == ",") {
    opening_ = 2;
    strong_opening_ = true;
  } else if (word(0) == "at" && tokens.size() > 2 && iequals(tokens[1].span.in(text), "first") &&
             word(2) == ",") {
    opening_ = 3;  // ("first" is an ordinal figure's token: read from the text)
    strong_opening_ = true;
  } else {
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
      if (word(k) == "initial" && (word(k + 1) == "reports" || word(k + 1) == "report")) {
        opening_ = k + 2;
        break;
      }
    }
  }
}

void EarlierReports::count_turns() const {
  if (!turns_.empty()) return;
  const std::span<const Token> tokens = tokens_;
  turns_.assign(tokens.size() + 1, 0);
  contrasts_.assign(tokens.size() + 1, 0);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const std::string_view w = tokens[k].lower;
    const bool then_figure =
        w == "then" && k + 1 < tokens.size() && tokens[k + 1].type == TokenType::figure;
    const bool contrast = w == "but" || w == "however" || then_figure;
    const bool turn = contrast || w == "later" || w == "since" || w == "then";
    turns_[k + 1] = turns_[k] + (turn ? 1 : 0);
    contrasts_[k + 1] = contrasts_[k] + (contrast ? 1 : 0);
  }
}

bool EarlierReports::turn_between(std::size_t a, std::size_t b) const {
  const std::size_t lo = std::min(a, b) + 1;
  const std::size_t hi = std::min(std::max(a, b), turns_.size() - 1);
  return lo < hi && turns_[hi] > turns_[lo];
}

bool EarlierReports::contrast_after(std::size_t a) const {
  return a + 1 < contrasts_.size() && contrasts_.back() > contrasts_[a + 1];
}

bool EarlierReports::of(const Frame* frame, std::size_t f) const {
  const bool marked = (frame && (frame->earlier || frame->first)) || opening_ <= f;
  if (!marked) return false;  // most figures: nothing to count
  count_turns();
  const bool by_frame = frame && (frame->earlier || (frame->first && contrast_after(f))) &&
                        !turn_between(frame->verb, f);
  const bool by_opening =
      opening_ <= f && (strong_opening_ || contrast_after(f)) && !turn_between(opening_, f);
  return by_frame || by_opening;
}

}  // namespace claimgraph::detail
