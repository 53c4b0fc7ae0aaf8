#pragma once
// PrettyJson: a JSON document written straight to a stream, value by value, in the bytes
// nlohmann's dump(2) gives for the same document (ensure_ascii off, invalid UTF-8 replaced,
// doubles through nlohmann's own to_chars, ±infinity and NaN as null). The report never has to
// sit in memory as a tree of Json values.

#include <array>
#include <charconv>
#include <concepts>
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/name.hpp"

namespace claimgraph::detail {

class PrettyJson {
 public:
  explicit PrettyJson(std::ostream& out) : out_(&out) {}
  ~PrettyJson() { flush(); }
  /// A writer of values for an array open `depth` containers deep (depth() of the writer that
  /// will take them), into memory: each value comes with the separator it would have after
  /// another one. append_values() hands them to that writer, so blocks of an array's values
  /// can be written on several threads and joined in order.
  [[nodiscard]] static PrettyJson fragment(std::size_t depth) { return PrettyJson(depth); }
  PrettyJson(const PrettyJson&) = delete;
  PrettyJson& operator=(const PrettyJson&) = delete;

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  /// The next value written is this member's.
  void key(std::string_view name);

  void value(std::string_view s);
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(const char* s) { value(std::string_view(s)); }
  void value(const Name& s) { value(std::string_view(s)); }
  void value(double v);
  void value(bool b);
  void value(std::nullptr_t);
  template <std::integral T>
  requires(!std::same_as<T, bool>) void value(T v) {
    before_value();
    std::array<char, 24> digits{};
    const auto written = std::to_chars(digits.data(), digits.data() + digits.size(), v);
    buffer_.append(digits.data(), static_cast<std::size_t>(written.ptr - digits.data()));
  }

  template <typename T>
  void value(const std::optional<T>& v) {
    if (v) {
      value(*v);
    } else {
      value(nullptr);
    }
  }

  template <typename T>
  void member(std::string_view name, const T& v) {
    key(name);
    value(v);
  }

  /// How many containers are open.
  [[nodiscard]] std::size_t depth() const noexcept { return written_.size(); }
  /// A fragment's bytes and the number of values it holds; the fragment is left empty.
  [[nodiscard]] std::string take_values(std::size_t& values);
  /// Appends the values a fragment of this depth wrote (take_values) to the open array.
  void append_values(std::string_view bytes, std::size_t values);

  /// A raw line break after the document, as write_json_report ends it.
  void newline() { buffer_.push_back('\n'); }
  /// Hands the buffered bytes to the stream (done every megabyte and at destruction); a
  /// fragment keeps them.
  void flush();

 private:
  explicit PrettyJson(std::size_t depth) : written_(depth, 1) {}
  void open(char bracket);
  void close(char bracket);
  void before_value();
  void append_string(std::string_view s);
  void maybe_flush() {
    if (out_ != nullptr && buffer_.size() >= kFlushAt) flush();
  }

  static constexpr std::size_t kFlushAt = std::size_t{1} << 20;
  std::ostream* out_ = nullptr;  // none for a fragment
  std::string buffer_;
  std::vector<std::size_t> written_;  // values written so far in each open container
  bool after_key_ = false;
};

}  // namespace claimgraph::detail
