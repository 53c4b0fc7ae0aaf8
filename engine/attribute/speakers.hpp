#pragma once
// Who says so: reporting frames in a sentence ("X said", "said X", "according to X") and the
// normalization of the speaker phrase into a claimant that matches across articles
// ("the Armenian Defence Ministry" = "Armenia's defence ministry" = "Armenia defence ministry";
// "Armenian Prime Minister Nikol Pashinyan" = "Nikol Pashinyan", side Armenia).

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attribute/places.hpp"
#include "attribute/tokens.hpp"

namespace claimgraph::detail {

/// A normalized speaker.
struct Speaker {
  std::string name;      ///< "Nikol Pashinyan", "Armenia defence ministry", "Azerbaijan"
  std::string side;      ///< the side it speaks for, "" when unknown
  bool person = false;   ///< a named person rather than a body
  bool pronoun = false;  ///< "he", "she", "it", "they": to resolve from earlier sentences
  bool generic = false;  ///< a body with no side ("the ministry", "officials")

  friend bool operator==(const Speaker&, const Speaker&) = default;
};

/// A reporting frame: its verb token and the speaker.
struct Frame {
  std::size_t verb = 0;  ///< token index of the reporting verb ("according" for "according to")
  bool whole_sentence = false;  ///< "according to X" applies to the whole sentence
  Speaker speaker;
  bool earlier = false;  ///< "had originally said", "initially reported": an earlier report
  bool first = false;    ///< "first reported": earlier only if the sentence turns after it
};

/// The reporting frames of a tokenized sentence, in order.
[[nodiscard]] std::vector<Frame> find_frames(std::string_view text, std::span<const Token> tokens,
                                             const Places& places);

/// The speaker named by tokens [begin, end), normalized; none if they name nobody.
[[nodiscard]] std::optional<Speaker> read_speaker(std::string_view text,
                                                  std::span<const Token> tokens, std::size_t begin,
                                                  std::size_t end, const Places& places);

/// What an article has said so far about its speakers, to resolve "he said", "the ministry
/// said" and a surname alone. It remembers the last 64 distinct speakers, most recent last, so
/// an article of endless statements costs linear time.
class SpeakerMemory {
 public:
  /// Resolves pronouns and generic bodies against earlier speakers, and fills a person's side
  /// from an earlier mention of the same name; then remembers the result.
  [[nodiscard]] Speaker resolve(Speaker s);

 private:
  void remember(const Speaker& s);

  static constexpr std::size_t kRemembered = 64;
  std::vector<Speaker> seen_;  // distinct, in the order of their last mention
};

}  // namespace claimgraph::detail
