// Small text helpers the ingest formats share: trimming, ASCII case folding, whitespace
// collapsing for one-line fields, default ids from paths and diagnostic construction.

#include <filesystem>
#include <utility>

#include "ingest/ingest_detail.hpp"

namespace claimgraph::detail {

std::string_view trim(std::string_view s) noexcept {
  std::size_t b = 0;
  std::size_t e = s.size();
  while (b < e && is_ascii_space(s[b])) ++b;
  while (e > b && is_ascii_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

bool is_blank(std::string_view s) noexcept { return trim(s).empty(); }

namespace {
constexpr char lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
}  // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (const char c : trim(s)) {
    if (is_ascii_space(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string id_from_source(std::string_view source) {
  if (source == kStdinSource) return "stdin";
  std::string stem = std::filesystem::path(source).stem().string();
  return stem.empty() ? std::string(source) : stem;
}

Diagnostic make_diagnostic(ErrorCode code, std::string message, Location where,
                           std::string skipped) {
  return Diagnostic{Error{code, std::move(message), std::move(where)}, std::move(skipped)};
}

std::string line_label(std::size_t line) { return "line " + std::to_string(line); }

}  // namespace claimgraph::detail
