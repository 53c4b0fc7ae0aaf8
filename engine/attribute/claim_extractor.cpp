// extract_claims: for every count figure of an article, what is counted, whose, and who says so.
//
// Per sentence (segment stage), tokens (tokens.cpp) are read around each figure
// (figure_context.cpp), within its clause (a comma, semicolon, colon, bracket or another
// figure ends the look):
//   kind        a casualty trigger right before the figure ("killed at least 99"), else the first
//               one after it ("105 soldiers have been killed", "more than a dozen wounded"),
//               else one a few words before ("the death toll rose to 36"); "killed or missing"
//               and "dead and missing" are their own kind; with no trigger, the counted noun
//               ("two rival republics" → "republics");
//   population  the noun the figure counts ("50 of its soldiers", "some 2,000 peacekeepers"),
//               inherited by a coordinated figure with none ("two ... killed and more than a
//               dozen wounded"); "people" for a casualty figure with no noun;
//   side        a side named in the counted phrase ("Armenian servicemen", "Azerbaijan's
//               troops"); "both" for "on both sides", "Armenian and Azerbaijani troops"; the
//               claimant's side for "its"/"our"/"their" and, by default, for a casualty figure
//               a side's own speaker gives;
//   claimant    the reporting frame of the sentence nearest the figure (speakers.cpp), else a
//               list introduced by a frame ending in ':', else the outlet's own voice.
// Rules and word lists: docs/claims.md.

#include <algorithm>
#include <limits>
#include <optional>
#include <span>
#include <string>

#include "attribute/captions.hpp"
#include "attribute/claim_lexicon.hpp"
#include "attribute/count_parts.hpp"
#include "attribute/earlier_reports.hpp"
#include "attribute/figure_context.hpp"
#include "attribute/figure_time.hpp"
#include "attribute/linked_headlines.hpp"
#include "attribute/lower_bounds.hpp"
#include "attribute/named_events.hpp"
#include "attribute/places.hpp"
#include "attribute/region_lexicon.hpp"
#include "attribute/sentence_shape.hpp"
#include "attribute/speakers.hpp"
#include "attribute/tokens.hpp"
#include "claimgraph/claims.hpp"
#include "claimgraph/quantities.hpp"
#include "claimgraph/segment.hpp"
#include "claimgraph/time_anchor.hpp"
#include "extract/text_scan.hpp"

namespace claimgraph {
namespace {

using detail::active_verb;
using detail::before_phrase;
using detail::both_sides_near;
using detail::claimant_frame;
using detail::counted_phrase;
using detail::counted_twice;
using detail::Found;
using detail::Frame;
using detail::is_casualty;
using detail::list_item;
using detail::list_marker;
using detail::loser_before;
using detail::nearest_frame;
using detail::next_figure;
using detail::Phrase;
using detail::Places;
using detail::Restatement;
using detail::restatement;
using detail::Speaker;
using detail::time_of;
using detail::times_in;
using detail::Token;
using detail::TokenType;
using detail::Topic;
using detail::topic_of;
using detail::Trigger;
using detail::trigger_after;
using detail::trigger_before;
// what a sentence is like (sentence_shape.hpp)
using detail::has_count;
using detail::has_speech_verb;
using detail::names_region_noun;
using detail::opens_quote;
using detail::recalled_time;
using detail::recalls_event;

struct Pending {
  Claim claim;
  Trigger trigger = Trigger::none;
  bool has_noun = false;
  bool restated = false;
  bool part = false;           // a part of a count given elsewhere, or a denied figure
  bool other = false;          // "the other three": a group set against the one named before
  bool some = false;           // only some of those counted: a lower bound ("three still
                               // hospitalized")
  std::size_t at = 0;          // the figure's token
  std::size_t trigger_at = 0;  // its casualty word's token
  std::string own_side;        // the side the figure's own words name ("Castrel's count of six")
  std::size_t frame_key = 0;   // identity of the claimant frame, to coordinate within one frame
};

}  // namespace

std::vector<Claim> extract_claims(const Article& article, const ClaimOptions& options) {
  const std::string_view text = article.text;
  const std::vector<Quantity> quantities = extract_quantities(text, options.quantities);
  const std::vector<Span> sentences = split_sentences(text);
  const std::string lowered = detail::lower_ascii(text);
  // The set's regions (find_regions) are sides too; without any, the shared lexicon serves.
  std::optional<Places> with_regions;
  const Places& places = detail::places_for(options, with_regions);
  std::vector<Claim> claims;
  // Interned once for all the article's claims.
  const Name article_id(article.id);
  const Name outlet(article.outlet);
  const Name outlet_voice = article.outlet.empty() ? Name("(outlet)") : outlet;
  detail::SpeakerMemory memory;
  std::vector<Frame> colon_frames;          // the frames of a line ending in ':' introducing a list
  const TimeMention* colon_time = nullptr;  // and its time ("losses from that war differ:")
  const TimeMention* last_time = nullptr;   // the latest time expression of earlier sentences
  TimeMention recalled;                     // the year of "since 1998", for "That quake ..."
  std::string last_region;                  // the region named last, for "in the province"
  std::optional<Claim> last_casualty;       // the article's last casualty claim, for restatements

  // Pass 1: tokens and reporting frames of the sentences, speakers resolved in text order.
  struct Sentence {
    std::size_t first_token = 0;  // its tokens in `all_tokens`, if it was read
    std::size_t token_count = 0;
    std::vector<Frame> frames;
    std::size_t paragraph = 0;
    Topic label;  // a labelled line's side and speaker ("- Azerbaijan (defence ministry): ...")
  };
  std::vector<Sentence> read(sentences.size());
  // The tokens of every sentence read, in one buffer: one allocation for the article, not one
  // per sentence (about one token per five bytes of text).
  std::vector<Token> all_tokens;
  all_tokens.reserve(text.size() / 5 + 16);
  const auto tokens_of = [&](std::size_t i) {
    return std::span<const Token>(all_tokens).subspan(read[i].first_token, read[i].token_count);
  };
  std::size_t paragraph = 0;
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const Span& sentence = sentences[i];
    if (text.substr(previous_end, sentence.begin - previous_end).find("\n\n") !=
        std::string_view::npos) {
      ++paragraph;
    }
    previous_end = sentence.end;
    read[i].paragraph = paragraph;
  }
  const auto read_sentence = [&](std::size_t i) {
    const Span& sentence = sentences[i];
    // Only sentences with a count figure or a reporting verb matter to the claims; the others
    // are not tokenized at all (most sentences of an article).
    if (!has_count(quantities, sentence) && !has_speech_verb(lowered, sentence)) return;
    read[i].first_token = all_tokens.size();
    detail::tokenize(text, lowered, sentence, quantities, all_tokens);
    read[i].token_count = all_tokens.size() - read[i].first_token;
    read[i].frames = detail::find_frames(text, tokens_of(i), places);
    std::vector<Frame>& frames = read[i].frames;
    for (std::size_t k = 0; k < frames.size(); ++k) {
      // "Baku had not revised the toll of 50 dead it announced": a pronoun refers first to a
      // speaker earlier in the same sentence.
      if (frames[k].speaker.pronoun) {
        for (std::size_t j = k; j-- > 0;) {
          if (!frames[j].speaker.pronoun && frames[j].speaker.person == frames[k].speaker.person) {
            frames[k].speaker = frames[j].speaker;
            break;
          }
        }
      }
      frames[k].speaker = memory.resolve(std::move(frames[k].speaker));
    }
  };
  // No claim comes after the last sentence with a count figure, and what a sentence reads of
  // the sentences after it (a quote's attribution, below) lies at most three on: the rest of
  // the article is read only when a labelled line's speaker is resolved in pass 2, against
  // every speaker pass 1 remembers.
  std::size_t claim_sentences = 0;  // sentences [0, claim_sentences) may hold a claim
  for (std::size_t i = sentences.size(); i-- > 0;) {
    if (has_count(quantities, sentences[i])) {
      claim_sentences = i + 1;
      break;
    }
  }
  // Each count figure of those sentences gives one claim unless only casualties are kept: room
  // for them at once, not more (the caller keeps the vector).
  if (!options.casualties_only && claim_sentences > 0) {
    claims.reserve(detail::counts_before(quantities, sentences[claim_sentences - 1].end));
  }
  // The time scan reads dates and years from the same quantities when they were found with
  // the default options (the tolerance of "about" shapes an approximate year's range).
  const std::vector<TimeMention> times =
      options.quantities.approx_tolerance == QuantityOptions{}.approx_tolerance
          ? detail::claim_times(text, article.published, quantities,
                                claim_sentences > 0 ? sentences[claim_sentences - 1].end : 0)
          : find_time_mentions(text, article.published);
  const std::size_t looked_ahead = std::min(sentences.size(), claim_sentences + 3);
  for (std::size_t i = 0; i < looked_ahead; ++i) read_sentence(i);
  bool labelled = false;
  for (std::size_t i = 0; i < claim_sentences; ++i) {
    read[i].label = topic_of(text, tokens_of(i), places);
    labelled = labelled || read[i].label.speaker.has_value();
  }
  if (labelled) {
    for (std::size_t i = looked_ahead; i < sentences.size(); ++i) read_sentence(i);
  }

  // Headlines of other stories the page links to (linked_headlines.hpp): their figures are
  // not the article's.
  std::vector<std::size_t> paragraph_of(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) paragraph_of[i] = read[i].paragraph;
  const std::vector<char> linked =
      detail::linked_headlines(text, lowered, sentences, paragraph_of, article.title);

  std::vector<Pending> pending;  // a sentence's figures; one buffer for all the sentences
  for (std::size_t i = 0; i < claim_sentences; ++i) {
    const Span& sentence = sentences[i];
    const std::span<const Token> tokens = tokens_of(i);
    // Taken, not copied: later sentences look ahead (a quote's attribution), never back.
    std::vector<Frame> frames = std::move(read[i].frames);
    if (frames.empty() && list_item(tokens)) frames = colon_frames;
    const bool item = list_item(tokens);
    if (!item) {
      colon_frames.clear();
      colon_time = nullptr;
    }
    if (!text.substr(sentence.begin, sentence.size()).empty() && text[sentence.end - 1] == ':') {
      if (!frames.empty()) colon_frames = frames;
      const TimeMention* own_time = time_of(text, times, sentence, sentence.begin);
      // "Reported military losses from that war differ by source:" — the war just named.
      const std::string_view intro =
          std::string_view(lowered).substr(sentence.begin, sentence.size());
      colon_time = own_time ? own_time
                   : (intro.find("that war") != std::string_view::npos ||
                      intro.find("that conflict") != std::string_view::npos)
                       ? last_time
                       : nullptr;
    }
    // A quote of several sentences is attributed after its last one: '"The number of dead
    // stands at 135. I am afraid it is not the final figure," Mr. Pashinyan said.'
    if (frames.empty() && opens_quote(tokens)) {
      for (std::size_t j = i + 1; j < sentences.size() && j <= i + 3; ++j) {
        if (read[j].paragraph != read[i].paragraph) break;
        if (!read[j].frames.empty()) {
          frames = {read[j].frames.back()};
          frames.front().verb = tokens.size() + 1;  // after this sentence
          break;
        }
      }
    }
    // What only the sentence's own figures read: left unread in a sentence without one.
    const bool figures = std::any_of(tokens.begin(), tokens.end(),
                                     [](const Token& t) { return t.type == TokenType::figure; });
    if (figures && i < linked.size() && linked[i] != 0) continue;
    const std::string named =
        figures ? detail::named_event_in(text, tokens, places) : std::string();
    const bool tally = figures && tally_sentence(tokens);
    // The region the sentence names, or for "in the province" the one named last before it.
    std::string region = region_named(text, tokens, places);
    if (region.empty() && !last_region.empty() && names_region_noun(tokens)) region = last_region;
    if (!region.empty() && region != "both") last_region = region;
    const Topic& label = read[i].label;
    const std::string& topic = label.side;
    if (label.speaker) {
      frames.insert(frames.begin(), Frame{0, true, memory.resolve(*label.speaker)});
    }
    if (!topic.empty() && topic != "both") {
      // "- Azerbaijan: the authorities reported ...": a generic body speaks for the labelled side.
      for (Frame& fr : frames) {
        if (fr.speaker.generic && fr.speaker.side.empty() && !fr.speaker.person) {
          fr.speaker.name = topic + " " + fr.speaker.name;
          fr.speaker.side = topic;
          fr.speaker.generic = false;
        }
      }
    }
    // Read at most once per sentence, for its figures (linear time however many there are),
    // and only when a figure asks: most sentences need none of them.
    std::optional<detail::EarlierReports> earlier_reports;
    std::optional<detail::LoneVictim> victim;
    std::optional<std::size_t> ages;
    pending.clear();
    for (std::size_t f = next_figure(tokens, 0); f < tokens.size();
         f = next_figure(tokens, f + 1)) {
      if (list_marker(tokens, f)) continue;
      const Quantity& q = quantities[tokens[f].figure];
      if (q.kind != QuantityKind::count) continue;

      Pending pc;
      Claim& c = pc.claim;
      c.article = article_id;
      c.outlet = outlet;
      c.published = article.published;
      c.quantity = q;
      c.sentence = sentence;
      c.id = article.id + "#" + std::to_string(q.number_span.begin);
      // ... and "Three of those victims died" after one: some of the tally's
      c.tally = tally || (last_casualty && last_casualty->tally && f + 2 < tokens.size() &&
                          tokens[f + 1].lower == "of" &&
                          (tokens[f + 2].lower == "those" || tokens[f + 2].lower == "these" ||
                           tokens[f + 2].lower == "them"));

      const Frame* frame = claimant_frame(frames, f);
      const Frame* inner = nearest_frame(frames, f);
      // An earlier report, since superseded (earlier_reports.hpp): read once per sentence,
      // and only in one with a figure.
      if (!earlier_reports) earlier_reports.emplace(text, tokens);
      c.earlier = earlier_reports->of(frame, f);
      if (frame) {
        c.claimant = frame->speaker.name;
        c.claimant_side = frame->speaker.side;
        pc.frame_key = static_cast<std::size_t>(frame - frames.data()) + 1;
      } else {
        c.claimant = outlet_voice;
        c.outlet_voice = true;
      }
      // Whose figure it is: the nearest speaker ("According to the Speaker, Baku had reported
      // 70 dead": Simonyan claims it, the dead are Baku's).
      const std::string& owner_side = inner ? inner->speaker.side : c.claimant_side.str();

      const Phrase phrase = counted_phrase(text, tokens, f, places);
      const Found before = trigger_before(tokens, f);
      const Found after = trigger_after(tokens, f);
      Found use;
      // A verb right before takes the figure, unless a casualty word right after it is the
      // figure's own: a headline's "Two people killed 3 wounded".
      if (before.trigger != Trigger::none && f - before.at <= 1 &&
          active_verb(tokens[before.at].lower) &&
          !(after.trigger != Trigger::none && after.at == f + 1)) {
        use = before;
      } else if (after.trigger != Trigger::none) {
        use = after;
      } else {
        use = before;
      }
      // A count of things is not a casualty figure ("three homes where bodies were found"), nor
      // is a figure used as a modifier ("the five-bedroom house", "a two-story home").
      const bool modifier = q.span.end < text.size() && text[q.span.end] == '-' &&
                            q.span.end + 1 < text.size() && detail::is_alpha(text[q.span.end + 1]);
      const bool human = !phrase.population.empty() || phrase.head.empty() ||
                         phrase.head == "others" || phrase.head == "more" ||
                         phrase.head == "whom";  // "16 people shot, one of whom died"
      if ((!human || modifier) && !(use.joint_missing)) use = Found{};
      // ... nor does a modifier take a casualty figure's reading ("ten-round magazines")
      pc.part = modifier;
      // "a mother of three who was killed": the figure counts her children (not "the mother of
      // two children killed in the crash")
      static constexpr std::string_view kParents[] = {"father", "mother",      "parent",     "dad",
                                                      "mom",    "grandfather", "grandmother"};
      if (f >= 2 && tokens[f - 1].lower == "of" && phrase.head.empty() &&
          detail::iequals_any(tokens[f - 2].lower, kParents)) {
        use = Found{};
      }
      const bool shots = detail::gunshots(tokens, f, use);  // "fired one shot into his head"
      if (shots) use = Found{};
      // A count of wounds or incidents (figure_context.hpp), and the group of "one of the two
      // officers involved was dead", read no casualty word; nor do they take a casualty
      // figure's reading ("two gunshot wounds" keeps its noun)
      const detail::NotPeople not_people = detail::counts_not_people(tokens, f);
      if (not_people != detail::NotPeople::none ||
          (use.trigger != Trigger::none && use.at > f &&
           detail::said_of_the_one(tokens, quantities, f, use.at))) {
        use = Found{};
      }
      pc.part = pc.part || not_people == detail::NotPeople::incidents ||
                (not_people == detail::NotPeople::wounds && phrase.head.empty());
      std::size_t claim_end = std::max(f + 1, phrase.end);
      if (use.trigger != Trigger::none && use.at > f) claim_end = std::max(claim_end, use.at + 1);

      Restatement restated;
      if (use.trigger == Trigger::none && phrase.head.empty() && !shots) {
        restated = restatement(tokens, f);
      }
      if (restated.trigger != Trigger::none) use = Found{restated.trigger, f, false};
      // "Nineteen of the injured were taken to hospital", "Four of the five people listed as
      // missing": a part of a count given elsewhere. A group named by a casualty word is the
      // first trigger; a later one of another kind is what the figure counts: "two of the
      // wounded had died".
      if (partitive(tokens, f, q.value)) {
        // The group and what is said of the figure after it: "of the wounded", "of the people
        // injured" (the group's casualty word), then "had died"; "Five people were shot, two of
        // them fatally": the figure before it, then "fatally".
        Trigger group = Trigger::none;
        Found then;
        if (tokens[f + 2].lower == "them") {
          group = pending.empty() ? Trigger::none : pending.back().trigger;
          then = trigger_after(tokens, f + 2);
        } else if (f + 3 < tokens.size() && tokens[f + 3].lower == "shooting" &&
                   (tokens[f + 2].lower == "the" || tokens[f + 2].lower == "those" ||
                    tokens[f + 2].lower == "these")) {
          // "three of the shooting victims died": the group is the people shot, which
          // trigger_after passes over ("shooting" names the event there); what follows is what
          // the figure counts.
          group = Trigger::shot;
          then = trigger_after(tokens, f);
        } else {
          const Found first = trigger_after(tokens, f);
          const bool group_word =
              first.at == f + 3 ||
              (first.at == f + 4 && tokens[f + 2].type == TokenType::word &&
               (tokens[f + 2].lower == "the" || tokens[f + 2].lower == "those" ||
                tokens[f + 2].lower == "these") &&
               detail::population_of(tokens[f + 3].lower));
          group = first.trigger;
          if (first.trigger != Trigger::none && group_word) then = trigger_after(tokens, first.at);
        }
        // another outcome is what the figure counts ("40 passengers, and 12 of them were
        // killed": the toll); else it is a part ("one of the shooting victims was flown to a
        // hospital": the wounded are among those shot)
        const bool other_outcome = group == Trigger::shot
                                       ? !detail::same_outcome(then.trigger, group)
                                       : then.trigger != group;
        if (then.trigger != Trigger::none && other_outcome) {
          use = then;
          // "two of the wounded had died": deaths after those counted dead at first, so at
          // least that many (not "three of the shooting victims died": the dead of all hit)
          pc.some = group == Trigger::wounded && then.trigger == Trigger::killed;
        } else {
          pc.part = true;
        }
      } else if (f + 4 < tokens.size() && tokens[f + 1].lower == "of" &&
                 (tokens[f + 2].lower == "its" || tokens[f + 2].lower == "their" ||
                  tokens[f + 2].lower == "our") &&
                 detail::population_of(tokens[f + 3].lower) && use.at == f + 4) {
        // A side's own, named by a participle, then another outcome: "two of its servicemen
        // wounded in the clashes later died" counts the dead (and "three of its fighters killed
        // in the strikes" stays its dead).
        const Found then = trigger_after(tokens, f + 4);
        // ... of its own clause, not the next figure's ("two of its men dead and more than a
        // dozen hurt")
        const bool figure_between =
            then.trigger != Trigger::none &&
            std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(f + 5),
                        tokens.begin() + static_cast<std::ptrdiff_t>(then.at),
                        [](const Token& t) { return t.type == TokenType::figure; });
        if (then.trigger != Trigger::none && !figure_between &&
            !detail::same_outcome(then.trigger, use.trigger)) {
          use = then;
        }
      }
      pc.part = pc.part || denied(tokens, f);  // "two people, not six"
      if (use.trigger == Trigger::wounded && detail::includes_the_dead(tokens, f)) {
        use.trigger = Trigger::shot;  // "four people were struck, including the boy killed"
      }
      // The rest of a group (docs/claims.md, "Parts of a count"): "The female was hit in the
      // abdomen and the other two male victims were both shot" is part of a count, unless the
      // figure before it counts another outcome — killed against wounded, not "shot", which
      // counts both ("Two of the victims were killed. The other five were taken to a hospital
      // with injuries": five wounded) — or is a figure of the sentence that counts no
      // casualties ("Three of the 15 passengers survived; the other 12 died"). A definite rest
      // ("the other two", "the three others", "the last two") looks for that figure in its
      // sentence, else the article's last casualty figure, however far back (web copy puts each
      // sentence in a paragraph of its own); an indefinite one ("two other people were shot",
      // "seven others wounded") is a part only after a casualty figure of its sentence of the
      // same kind ("one woman was shot in the park, while two other people were shot near the
      // avenue"; not "two were killed and seven others wounded", nor "fatally shot two people
      // and injured two others").
      if (const detail::Rest rest = detail::rest_of_group(tokens, f);
          rest != detail::Rest::none && is_casualty(use.trigger)) {
        const auto earlier = std::find_if(pending.rbegin(), pending.rend(),
                                          [](const Pending& p) { return is_casualty(p.trigger); });
        std::string_view prior;
        if (earlier != pending.rend()) {
          prior = earlier->claim.kind;
        } else if (rest == detail::Rest::definite && !pending.empty()) {
          prior = "count";
        } else if (rest == detail::Rest::definite && last_casualty) {
          prior = last_casualty->kind;
        }
        const std::string_view kind =
            use.joint_missing ? kinds::kKilledOrMissing : detail::kind_name(use.trigger);
        const auto every_outcome = [](std::string_view k) {
          return k == "shot" || k == "casualties";
        };
        const bool other_outcome =
            !prior.empty() && prior != kind && !every_outcome(prior) && !every_outcome(kind);
        // One victim named without a figure before "four other people": shot or wounded and
        // not killed, one of the shot or wounded.
        if (rest == detail::Rest::indefinite && prior.empty() && !victim) {
          victim = detail::lone_victim(tokens);
        }
        const std::string_view lone =
            rest == detail::Rest::indefinite && prior.empty() && victim->at < f
                ? victim->kind
                : std::string_view();
        // "N more" adds to those counted: never a part of them ("Three people were shot Friday
        // and two more were shot Saturday"), at least that many of the outcome (below)
        const bool more = detail::adds_more(tokens, f);
        pc.part = pc.part ||
                  (!more && ((rest == detail::Rest::definite ? !other_outcome : prior == kind) ||
                             (!lone.empty() && detail::same_outcome(lone, kind))));
        // "One person was killed and five others were shot": the others are set against the
        // dead, so they are the wounded, not everyone hit (not "two more were shot").
        if (rest == detail::Rest::indefinite && !more && use.trigger == Trigger::shot &&
            (prior == kinds::kKilled || (prior.empty() && lone == kinds::kKilled))) {
          use.trigger = Trigger::wounded;
        }
        // "Another two men ... were driven to hospital" with no count or victim before them in
        // the sentence, and the article's last casualty figure of the same outcome: others were
        // hit too, so at least that many — not "A man was killed and two others were wounded",
        // "Two people were killed in the blast. Another 12 were injured." (the others' count),
        // nor "N other(s)" (on gva-news most often the whole count of the others: "A child is
        // dead after a shooting that also injured three others").
        // ("Seven more people were treated at UCMC for injuries" likewise, and "N more" after
        // those of its outcome in its sentence: "two more were shot Saturday")
        pc.some =
            (rest == detail::Rest::indefinite && f > 0 && tokens[f - 1].lower == "another" &&
             prior.empty() && victim->at >= f &&
             !(last_casualty && !detail::same_outcome(last_casualty->kind, kind))) ||
            (more &&
             (prior.empty() ? !(last_casualty && !detail::same_outcome(last_casualty->kind, kind))
                            : detail::same_outcome(prior, kind))) ||
            // "One man was pronounced dead at the scene. ... Five other gunshot victims arrived
            // on their own": others of everyone hit, after a casualty of the last two sentences
            (rest == detail::Rest::indefinite && use.trigger == Trigger::shot && prior.empty() &&
             lone.empty() && last_casualty &&
             last_casualty->sentence.begin >= sentences[i >= 2 ? i - 2 : 0].begin);
      }
      // "Two men and two women were injured", "a 17-year-old and two 16-year-olds": parts of a
      // total not given
      pc.part = pc.part || detail::age_breakdown(tokens, f, quantities, ages) ||
                detail::coordinated_part(text, tokens, f, phrase, places,
                                         use.trigger != Trigger::none && use.at > f);
      // "One person on the list wasn't shot", "two were not injured": what did not happen to
      // them is not what they count.
      if (use.trigger != Trigger::none && use.at > f) {
        std::size_t k = use.at;
        while (k > f + 1 && (tokens[k - 1].lower == "been" || tokens[k - 1].lower == "be")) --k;
        const std::string_view w = tokens[k - 1].lower;
        pc.part = pc.part || w == "not" || w == "never" || w.ends_with("n't");
      }
      pc.part = pc.part || counted_twice(tokens, f);  // a correction's detail, not a toll
      // "a car driven by one of the victims": a person among them named, no count
      pc.part = pc.part || (f > 0 && f + 1 < tokens.size() && tokens[f + 1].lower == "of" &&
                            (tokens[f - 1].lower == "by" || tokens[f - 1].lower == "with" ||
                             tokens[f - 1].lower == "from"));
      pc.part = pc.part || (is_casualty(use.trigger) && detail::counts_the_attacker(tokens, f));
      pc.part = pc.part || shots;  // nor a count of gunshots
      pc.trigger = use.joint_missing ? Trigger::missing : use.trigger;
      pc.at = f;
      pc.trigger_at = use.at;
      if (pc.part) pc.trigger = Trigger::none;
      pc.has_noun = !phrase.head.empty();
      pc.other = f > 0 && tokens[f - 1].lower == "other";
      pc.restated = restated.found && restated.trigger == Trigger::none;
      if (use.joint_missing) {
        c.kind = kinds::kKilledOrMissing;
      } else if (use.trigger != Trigger::none) {
        c.kind = std::string(detail::kind_name(use.trigger));
      } else {
        c.kind = phrase.head.empty() ? "count" : phrase.head;
      }
      c.population = phrase.population.empty() ? restated.population : phrase.population;
      std::string side_before;
      {
        std::string pop_before;
        before_phrase(text, tokens, f, pop_before, side_before, places);
        if (c.population.empty() && is_casualty(use.trigger)) c.population = pop_before;
      }

      if (!phrase.side.empty()) {
        c.side = phrase.side;
      } else if (phrase.possessive || restated.possessive) {
        c.side = owner_side;
      } else if (both_sides_near(tokens, f)) {
        c.side = "both";
      } else if ((use.trigger == Trigger::lost || use.trigger == Trigger::deployed) && use.at < f) {
        // "Azerbaijan lost 50", "Russia then stationed about 2,000 peacekeepers"
        c.side = loser_before(text, tokens, use.at, owner_side, places);
      }
      if (c.side.empty() && is_casualty(use.trigger) && !side_before.empty()) c.side = side_before;
      // For a figure that borrows its reading below: the side its own words name.
      pc.own_side = side_before.empty() ? region : side_before;
      if (c.side.empty() && is_casualty(use.trigger) && !topic.empty()) c.side = topic;
      // A region below the country level is where, and so whose, the dead are.
      if (c.side.empty() && is_casualty(use.trigger)) c.side = region;
      if (c.side.empty() && !c.outlet_voice && is_casualty(use.trigger)) c.side = owner_side;

      if (!named.empty() && detail::lower_ascii(article.title).find(detail::lower_ascii(named)) ==
                                std::string::npos) {
        c.named_event = named;
      }
      const TimeMention* t = time_of(text, times, sentence, q.span.begin);
      if (!t && item) t = colon_time;  // a list item dated by its introduction
      // "That earthquake killed about 2,300 ..., and the sound of Tuesday's shaking ...": the
      // opening words date the figures that come before the sentence's own time.
      if ((!t || t->span.begin > q.span.begin) && recalls_event(tokens)) {
        if (const TimeMention* r = recalled_time(last_time, recalled)) t = r;
      }
      // When the figure was given, if the sentence says: "which on Tuesday had reported 19".
      if (const TimeMention* s = time_of(text, times, sentence, q.span.begin, true);
          s && s->grain <= TimeGrain::week) {
        c.stated = s->days.last;
      }
      if (t) {
        c.when = t->days;
        c.when_span = t->span;
        c.when_grain = t->grain;
        if (detail::years_since(lowered, *t)) c.tally = true;
      }
      c.claim_span = {std::min(q.span.begin, tokens[f].span.begin),
                      std::max(q.span.end, tokens[claim_end - 1].span.end)};
      pending.push_back(std::move(pc));
    }

    // Coordination within the sentence: a figure with no noun takes the population (and, in the
    // same frame, the side) of the casualty figure before it ("two ... killed and more than a
    // dozen wounded"); one with no kind takes the whole reading of a casualty figure next to it
    // ("raised its count to 71, up from the 50 it reported").
    // The first casualty figure of the sentence, kept up to date as figures take a reading, so
    // a sentence of thousands of figures costs linear time, not quadratic.
    std::size_t first_casualty = pending.size();
    for (std::size_t j = 0; j < pending.size() && first_casualty == pending.size(); ++j) {
      if (is_casualty(pending[j].trigger)) first_casualty = j;
    }
    for (std::size_t pi = 0; pi < pending.size(); ++pi) {
      Pending& p = pending[pi];
      Claim& c = p.claim;
      const Pending* prev = pi > 0 ? &pending[pi - 1] : nullptr;
      if (prev && !p.has_noun && is_casualty(prev->trigger)) {
        if (c.population.empty() || c.population == "people") c.population = prev->claim.population;
        if (p.frame_key == prev->frame_key && (c.side.empty() || c.side == c.claimant_side)) {
          c.side = prev->claim.side;
        }
      }
      // "one person was pronounced dead, while the other three were transported": the others
      // are not counted as the one before them is.
      if (p.trigger == Trigger::none && !p.has_noun && !p.part && !p.other) {
        const Claim* source =
            first_casualty < pending.size() ? &pending[first_casualty].claim : nullptr;
        if (!source && p.restated && last_casualty) source = &*last_casualty;
        if (source) {
          c.kind = source->kind;
          c.population = source->population;
          if (c.side.empty()) c.side = p.own_side;
          if (c.side.empty() && !c.outlet_voice) c.side = c.claimant_side;
          if (c.side.empty()) c.side = source->side;
          p.trigger = Trigger::killed;  // counts as a casualty figure from here on
          first_casualty = std::min(first_casualty, pi);
        }
      }
    }
    for (const TimeMention& tm : times_in(times, sentence)) {
      if (tm.span.begin >= sentence.begin && tm.span.end <= sentence.end) last_time = &tm;
    }
    std::string_view earlier_kind;  // the sentence's first casualty figure's kind so far
    double earlier_value = 0;       // and its value
    std::string bound_kind;         // the kind of the figure before, if it was read as some of them
    for (Pending& p : pending) {
      Quantity& q = p.claim.quantity;
      // "two of the victims were in critical condition and two suffered minor injuries": a
      // figure with no noun joined to some of the victims of its outcome is some of them too —
      // by a degree of the same harm (lower_bounds.hpp): not "One soldier is in critical
      // condition and 12 were wounded" (the total).
      const bool degree = detail::names_a_degree(tokens, p.trigger_at);
      const bool joined_to_some = !bound_kind.empty() && !p.has_noun && p.at > 0 && degree &&
                                  tokens[p.at - 1].lower == "and" &&
                                  detail::same_outcome(bound_kind, p.claim.kind);
      bound_kind.clear();
      // "One victim remains in critical condition", "Four have been released": some of the
      // wounded, so the figure is a lower bound of the count — read only for a casualty figure,
      // and not after a figure of another outcome in its sentence, whose complement it is ("Two
      // men were killed and two others remain in critical condition": the wounded are two).
      const bool complement =
          !earlier_kind.empty() && !detail::same_outcome(earlier_kind, p.claim.kind);
      const bool one_of_them = detail::one_of_those_shot(tokens, p.at, earlier_kind, earlier_value,
                                                         p.claim.kind, q.value);
      if (!p.part && !complement && is_casualty(p.trigger) && q.qualifier == Qualifier::exact &&
          (p.some || joined_to_some || one_of_them ||
           detail::list_goes_on(lowered, sentences, i, q.value, p.claim.kind) ||
           detail::some_of(tokens, quantities, p.at, p.trigger_at, detail::trigger_of(p.claim.kind),
                           q.value))) {
        q.qualifier = Qualifier::at_least;
        q.interval.hi = {std::numeric_limits<double>::infinity(), true};
        bound_kind = p.claim.kind;
      }
      if (!p.part && is_casualty(p.trigger) && earlier_kind.empty()) {
        earlier_kind = p.claim.kind;
        earlier_value = q.value;
      }
      if (p.part) {  // counted elsewhere: a plain count here
        p.claim.kind = "count";
        p.claim.population.clear();
      }
      if (is_casualty(p.trigger) && p.claim.population.empty()) p.claim.population = "people";
      if (options.casualties_only && !is_casualty(p.trigger)) continue;
      if (is_casualty(p.trigger)) last_casualty = p.claim;
      claims.push_back(std::move(p.claim));
    }
  }
  detail::mark_stale_captions(text, claims);  // "Three shot ... (Photo: WFAA)" above "four"
  return claims;
}

}  // namespace claimgraph
