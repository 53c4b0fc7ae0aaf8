#pragma once
/// Name: an interned string. A million articles repeat a few thousand outlets, claimants, sides
/// and event ids across millions of claims; a Name holds one pointer to the single copy of its
/// text, so a claim's names cost 8 bytes each and compare equal in one instruction.

#include <compare>
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace claimgraph {

/// An immutable string, equal Names share one copy of their text. The copies live in a table
/// for the whole process, filled from any thread; it only grows (by each distinct text once).
/// Names order and compare by their text, never by address, so output never depends on it.
class Name {
 public:
  Name() noexcept;              ///< the empty text
  Name(std::string_view text);  // NOLINT(google-explicit-constructor): a Name stands for its text
  Name(const std::string& text) : Name(std::string_view(text)) {}  // NOLINT
  Name(const char* text) : Name(std::string_view(text)) {}         // NOLINT

  [[nodiscard]] const std::string& str() const noexcept { return *text_; }
  operator const std::string&() const noexcept { return *text_; }  // NOLINT
  operator std::string_view() const noexcept { return *text_; }    // NOLINT

  [[nodiscard]] bool empty() const noexcept { return text_->empty(); }
  [[nodiscard]] std::size_t size() const noexcept { return text_->size(); }
  [[nodiscard]] const char* data() const noexcept { return text_->data(); }
  [[nodiscard]] const char* c_str() const noexcept { return text_->c_str(); }
  [[nodiscard]] auto begin() const noexcept { return text_->begin(); }
  [[nodiscard]] auto end() const noexcept { return text_->end(); }
  [[nodiscard]] char front() const noexcept { return text_->front(); }
  [[nodiscard]] char back() const noexcept { return text_->back(); }
  [[nodiscard]] std::size_t find(std::string_view s, std::size_t pos = 0) const noexcept {
    return text_->find(s, pos);
  }
  [[nodiscard]] std::size_t find(char c, std::size_t pos = 0) const noexcept {
    return text_->find(c, pos);
  }
  [[nodiscard]] std::size_t rfind(std::string_view s,
                                  std::size_t pos = std::string::npos) const noexcept {
    return text_->rfind(s, pos);
  }
  [[nodiscard]] std::size_t rfind(char c, std::size_t pos = std::string::npos) const noexcept {
    return text_->rfind(c, pos);
  }
  [[nodiscard]] char operator[](std::size_t i) const noexcept { return (*text_)[i]; }
  void clear() noexcept { *this = Name(); }
  [[nodiscard]] bool starts_with(std::string_view s) const noexcept {
    return text_->starts_with(s);
  }
  [[nodiscard]] bool ends_with(std::string_view s) const noexcept { return text_->ends_with(s); }
  [[nodiscard]] std::string substr(std::size_t pos, std::size_t n = std::string::npos) const {
    return text_->substr(pos, n);
  }
  [[nodiscard]] int compare(std::string_view s) const noexcept { return text_->compare(s); }

  friend bool operator==(const Name& a, const Name& b) noexcept { return a.text_ == b.text_; }
  friend std::strong_ordering operator<=>(const Name& a, const Name& b) noexcept {
    return a.text_ == b.text_ ? std::strong_ordering::equal : a.str() <=> b.str();
  }
  friend bool operator==(const Name& a, std::string_view b) noexcept { return a.str() == b; }
  friend bool operator==(const Name& a, const std::string& b) noexcept { return a.str() == b; }
  friend bool operator==(const Name& a, const char* b) noexcept { return a.str() == b; }
  friend std::strong_ordering operator<=>(const Name& a, std::string_view b) noexcept {
    return a.str().compare(b) <=> 0;
  }
  friend std::strong_ordering operator<=>(const Name& a, const std::string& b) noexcept {
    return a.str() <=> b;
  }
  friend std::strong_ordering operator<=>(const Name& a, const char* b) noexcept {
    return a.str().compare(b) <=> 0;
  }
  friend std::string operator+(const Name& a, std::string_view b) {
    return std::string(a.str()).append(b);
  }
  friend std::string operator+(std::string a, const Name& b) { return std::move(a) += b.str(); }
  friend std::string operator+(const char* a, const Name& b) { return std::string(a) += b.str(); }
  friend std::ostream& operator<<(std::ostream& out, const Name& n);

 private:
  const std::string* text_;
};

}  // namespace claimgraph

template <>
struct std::hash<claimgraph::Name> {
  std::size_t operator()(const claimgraph::Name& n) const noexcept {
    return std::hash<std::string_view>{}(n.str());
  }
};
