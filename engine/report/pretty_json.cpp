// PrettyJson: nlohmann's dump(2) layout, written as the values come.
//
// Layout: a container's first value goes on a new line, the others after ",\n", each indented
// two spaces a level; a non-empty container closes on its own line, an empty one right after it
// opens ("{}", "[]"). A member is `"name": value`. Strings escape '"', '\\' and the control
// characters (\b \t \n \f \r by name, the others as \u00xx) and keep every other valid UTF-8
// byte; a string that is not valid UTF-8 is handed to nlohmann itself, whose replacement of bad
// sequences is then the one written. Doubles go through nlohmann::detail::to_chars, the routine
// dump() calls, so "175.0" stays "175.0".

#include "report/pretty_json.hpp"

#include <array>
#include <cmath>
#include <nlohmann/json.hpp>
#include <utility>

#include "claimgraph/ingest.hpp"

namespace claimgraph::detail {

void PrettyJson::key(std::string_view name) {
  before_value();
  append_string(name);
  buffer_ += ": ";
  after_key_ = true;
}

void PrettyJson::value(std::string_view s) {
  before_value();
  append_string(s);
  maybe_flush();
}

void PrettyJson::value(double v) {
  before_value();
  if (!std::isfinite(v)) {
    buffer_ += "null";
    return;
  }
  std::array<char, 64> digits{};
  char* end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), v);
  buffer_.append(digits.data(), end);
}

void PrettyJson::value(bool b) {
  before_value();
  buffer_ += b ? "true" : "false";
}

void PrettyJson::value(std::nullptr_t) {
  before_value();
  buffer_ += "null";
}

void PrettyJson::flush() {
  if (out_ == nullptr) return;
  out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

std::string PrettyJson::take_values(std::size_t& values) {
  values = written_.back() - 1;  // a fragment starts as if one value came before
  written_.back() = 1;
  return std::exchange(buffer_, {});
}

void PrettyJson::append_values(std::string_view bytes, std::size_t values) {
  if (values == 0) return;
  // The fragment's first value came with ",\n"; the array's first value has only "\n".
  if (written_.back() == 0) bytes.remove_prefix(1);
  buffer_.append(bytes);
  written_.back() += values;
  maybe_flush();
}

void PrettyJson::open(char bracket) {
  before_value();
  buffer_.push_back(bracket);
  written_.push_back(0);
}

void PrettyJson::close(char bracket) {
  const std::size_t count = written_.back();
  written_.pop_back();
  if (count > 0) {
    buffer_.push_back('\n');
    buffer_.append(2 * written_.size(), ' ');
  }
  buffer_.push_back(bracket);
  maybe_flush();
}

void PrettyJson::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (written_.empty()) return;
  buffer_ += written_.back()++ == 0 ? "\n" : ",\n";
  buffer_.append(2 * written_.size(), ' ');
}

void PrettyJson::append_string(std::string_view s) {
  // nlohmann's decoder accepts what find_invalid_utf8 does: no overlong forms, no surrogates,
  // nothing past U+10FFFF, no truncated sequence.
  if (find_invalid_utf8(s) != std::string_view::npos) {
    buffer_ += nlohmann::json(std::string(s))
                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  buffer_.push_back('"');
  std::size_t plain = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    buffer_.append(s.data() + plain, i - plain);
    plain = i + 1;
    buffer_.push_back('\\');
    switch (c) {
      case '"':
        buffer_.push_back('"');
        break;
      case '\\':
        buffer_.push_back('\\');
        break;
      case '\b':
        buffer_.push_back('b');
        break;
      case '\t':
        buffer_.push_back('t');
        break;
      case '\n':
        buffer_.push_back('n');
        break;
      case '\f':
        buffer_.push_back('f');
        break;
      case '\r':
        buffer_.push_back('r');
        break;
      default:
        buffer_ += "u00";
        buffer_.push_back(kHex[c >> 4]);
        buffer_.push_back(kHex[c & 0xF]);
    }
  }
  buffer_.append(s.data() + plain, s.size() - plain);
  buffer_.push_back('"');
}

}  // namespace claimgraph::detail
