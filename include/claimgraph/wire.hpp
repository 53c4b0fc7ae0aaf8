#pragma once
/// The byte format MPI ranks exchange articles, claims and diagnostics in (docs/scale.md): every
/// field, numbers as their exact bits, in the machine's byte order (ranks of one run share a
/// build). A reader that runs out of bytes throws std::runtime_error.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/article.hpp"
#include "claimgraph/claim.hpp"
#include "claimgraph/input_part.hpp"
#include "claimgraph/result.hpp"

namespace claimgraph::wire {

/// Appends values to a byte string.
class Writer {
 public:
  void u64(std::uint64_t v);
  void f64(double v);
  void str(std::string_view s);
  void article(const Article& a);
  void claim(const Claim& c);
  void diagnostic(const Diagnostic& d);
  void origin(const ArticleOrigin& o);
  void strings(const std::vector<std::string>& v);

  [[nodiscard]] std::string& bytes() noexcept { return bytes_; }

 private:
  std::string bytes_;
};

/// Reads values back in the order they were written.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  std::uint64_t u64();
  double f64();
  std::string str();
  Article article();
  Claim claim();
  Diagnostic diagnostic();
  ArticleOrigin origin();
  std::vector<std::string> strings();

  [[nodiscard]] bool done() const noexcept { return at_ == bytes_.size(); }

 private:
  std::string_view take(std::size_t n);
  std::string_view bytes_;
  std::size_t at_ = 0;
};

}  // namespace claimgraph::wire
