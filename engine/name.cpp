// The table behind Name (include/claimgraph/name.hpp): one copy of each distinct text, in
// shards by hash so threads that intern at once rarely wait on one another.

#include "claimgraph/name.hpp"

#include <array>
#include <functional>
#include <mutex>
#include <ostream>
#include <unordered_set>

#include "text_hash.hpp"

namespace claimgraph {
namespace {

struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return detail::text_hash(s); }
};

struct Shard {
  std::mutex mutex;
  std::unordered_set<std::string, TextHash, std::equal_to<>> texts;  // nodes never move
};

constexpr std::size_t kShards = 64;

std::array<Shard, kShards>& shards() {
  static auto* table = new std::array<Shard, kShards>();  // never freed: Names outlive all
  return *table;
}

const std::string* intern(std::string_view text) {
  const std::size_t h = TextHash{}(text);
  // Each thread remembers the texts it interned last, one per slot by hash: the same few
  // kinds, sides and outlets come again and again, and a hit takes no lock. The table never
  // frees a text, so a remembered one stays valid.
  constexpr std::size_t kRemembered = 1024;
  thread_local std::array<const std::string*, kRemembered> remembered{};
  const std::string*& slot = remembered[h % kRemembered];
  if (slot != nullptr && *slot == text) return slot;
  Shard& shard = shards()[(h >> 10) % kShards];
  const std::lock_guard<std::mutex> lock(shard.mutex);
  auto it = shard.texts.find(text);
  if (it == shard.texts.end()) it = shard.texts.emplace(text).first;
  slot = &*it;
  return slot;
}

const std::string* empty_text() {
  static const std::string* empty = intern({});
  return empty;
}

}  // namespace

Name::Name() noexcept : text_(empty_text()) {}

Name::Name(std::string_view text) : text_(text.empty() ? empty_text() : intern(text)) {}

std::ostream& operator<<(std::ostream& out, const Name& n) { return out << n.str(); }

}  // namespace claimgraph
