#pragma once
/// Errors as values: Error (a failed run or input), Diagnostic (a recorded problem the run
/// survived) and Result<T>, shaped like std::expected.

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace claimgraph {

/// What went wrong, as a stable machine-readable code.
enum class ErrorCode {
  io,            ///< a file or directory could not be read
  invalid_utf8,  ///< bytes that are not UTF-8
  binary_input,  ///< NUL bytes or other signs of a non-text file
  empty_input,   ///< nothing to read
  malformed,     ///< a record that does not parse (JSONL line, front matter)
  too_large,     ///< a line or number beyond the documented limits
  usage,         ///< the caller asked for something impossible
};

/// Where a problem is: a file, and a 1-based line (0 = unknown) or a byte offset.
struct Location {
  std::string file;
  std::size_t line = 0;
  std::size_t byte_offset = 0;
};

/// A failure with its code, a human-readable message and where it happened.
struct Error {
  ErrorCode code = ErrorCode::io;
  std::string message;
  Location where;
};

/// A problem the run survived (a skipped line, a bad file); it is listed in the report.
struct Diagnostic {
  Error error;
  std::string skipped;  ///< what was left out because of it ("line 7", "file", "3 bytes")
};

/// Either a value or an Error. Check `ok()` before `value()`.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  [[nodiscard]] bool ok() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }
  [[nodiscard]] T& value() & { return std::get<0>(state_); }
  [[nodiscard]] const T& value() const& { return std::get<0>(state_); }
  [[nodiscard]] T&& value() && { return std::get<0>(std::move(state_)); }
  [[nodiscard]] const Error& error() const& { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace claimgraph
