// Sentence tokenizer for the claim rules. One pass over the sentence bytes: a figure token where
// a quantity starts (jumping to its end), a word for a run of letters (ASCII or any non-ASCII
// byte, so "Élysée" is one word) with inner hyphens and apostrophes, and a punctuation token for
// any other non-space byte (a multi-byte punctuation character is one token: “ ” — …).

#include "attribute/tokens.hpp"

#include <algorithm>

#include "extract/text_scan.hpp"

namespace claimgraph::detail {
namespace {

bool letter(unsigned char c) { return is_alpha(static_cast<char>(c)) || c >= 0x80; }

// Multi-byte punctuation we treat as punctuation, not as letters: curly quotes, dashes, ellipsis,
// guillemets, NBSP.
std::size_t punct_len(std::string_view s, std::size_t p) {
  const auto c = static_cast<unsigned char>(s[p]);
  if (c == 0xE2 && p + 2 < s.size() && static_cast<unsigned char>(s[p + 1]) == 0x80) {
    const auto d = static_cast<unsigned char>(s[p + 2]);
    if ((d >= 0x90 && d <= 0x9F) || d == 0xA6 || d == 0xAF) return 3;  // dashes, quotes, …
  }
  if (c == 0xC2 && p + 1 < s.size()) {
    const auto d = static_cast<unsigned char>(s[p + 1]);
    if (d == 0xAB || d == 0xBB || d == 0xA0) return 2;  // « » NBSP
  }
  return 0;
}

bool apostrophe_at(std::string_view s, std::size_t p, std::size_t& len) {
  if (s[p] == '\'') {
    len = 1;
    return true;
  }
  if (s[p] == '\xE2' && p + 2 < s.size() && s[p + 1] == '\x80' && s[p + 2] == '\x99') {  // ’
    len = 3;
    return true;
  }
  return false;
}

}  // namespace

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = to_lower(c);
  return out;
}

std::vector<Token> tokenize(std::string_view text, std::string_view lowered, Span sentence,
                            const std::vector<Quantity>& quantities) {
  std::vector<Token> out;
  out.reserve(sentence.size() / 5 + 4);  // about one token per five bytes of news text
  tokenize(text, lowered, sentence, quantities, out);
  return out;
}

void tokenize(std::string_view text, std::string_view lowered, Span sentence,
              const std::vector<Quantity>& quantities, std::vector<Token>& out) {
  auto q = std::lower_bound(quantities.begin(), quantities.end(), sentence.begin,
                            [](const Quantity& x, std::size_t pos) { return x.span.begin < pos; });
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  // Where the next quantity starts (most bytes are before it: one compare).
  std::size_t next_quantity = q != quantities.end() ? q->span.begin : kNone;
  std::size_t p = sentence.begin;
  const std::size_t end = sentence.end;
  while (p < end) {
    if (next_quantity <= p) {
      while (q != quantities.end() && q->span.begin < p) ++q;
      next_quantity = q != quantities.end() ? q->span.begin : kNone;
      if (next_quantity == p && q->span.end <= end) {
        Token t;
        t.type = q->kind == QuantityKind::count ? TokenType::figure : TokenType::other;
        t.span = q->span;
        t.figure = static_cast<std::size_t>(q - quantities.begin());
        t.kind = q->kind;
        out.push_back(std::move(t));
        p = q->span.end;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(text[p]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++p;
      continue;
    }
    if (const std::size_t pl = c >= 0x80 ? punct_len(text, p) : 0; pl > 0) {  // not ASCII
      if (pl == 2 && static_cast<unsigned char>(text[p + 1]) == 0xA0) {
        p += 2;  // NBSP is a space
        continue;
      }
      out.push_back({.type = TokenType::punct, .span = {p, p + pl}, .lower = text.substr(p, pl)});
      p += pl;
      continue;
    }
    if (!letter(c)) {
      out.push_back({.type = TokenType::punct, .span = {p, p + 1}, .lower = text.substr(p, 1)});
      ++p;
      continue;
    }
    // A word: letters, with inner hyphens ("ex-Soviet") and apostrophes ("didn't"); a trailing
    // possessive "'s" is its own word.
    std::size_t e = p;
    // Most words: a run of ASCII letters, then a space.
    if (is_alpha(static_cast<char>(c))) e = std::min(word_end(text, p), end);
    const bool spaced = e < end && text[e] == ' ';
    while (!spaced && e < end) {
      const auto d = static_cast<unsigned char>(text[e]);
      if (is_alpha(static_cast<char>(d))) {  // most bytes: a run of ASCII letters
        e = std::min(word_end(text, e), end);
        continue;
      }
      if (d >= 0x80) {
        if (punct_len(text, e) > 0) break;
        ++e;
        continue;
      }
      std::size_t al = 0;
      if ((d == '-' || apostrophe_at(text, e, al)) && e + (al ? al : 1) < end &&
          letter(static_cast<unsigned char>(text[e + (al ? al : 1)]))) {
        if (al > 0) {
          const std::size_t after = e + al;
          std::size_t w = after;
          while (w < end && letter(static_cast<unsigned char>(text[w]))) ++w;
          if (w - after == 1 && to_lower(text[after]) == 's') break;  // possessive
        }
        e += al ? al : 1;
        continue;
      }
      break;
    }
    out.push_back({.type = TokenType::word,
                   .capitalised = is_upper(text[p]) || static_cast<unsigned char>(text[p]) >= 0x80,
                   .span = {p, e},
                   .lower = slice(lowered, p, e)});
    p = e;
    std::size_t al = 0;
    if (!spaced && p < end && apostrophe_at(text, p, al) && p + al < end &&
        to_lower(text[p + al]) == 's' &&
        (p + al + 1 >= end || !letter(static_cast<unsigned char>(text[p + al + 1])))) {
      // a literal: the same bytes
      out.push_back({.type = TokenType::word, .span = {p, p + al + 1}, .lower = "'s"});
      p += al + 1;
    }
    // Most words end at a space before the next word: past it at once.
    if (p < end && text[p] == ' ' && next_quantity > p) ++p;
  }
}

}  // namespace claimgraph::detail
