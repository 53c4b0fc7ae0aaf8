// compare_mpi: compare_articles over the ranks of an MPI job.
//
// 1. Every rank plans the input (the same plan: ranks see the same files) and reads its byte
//    range (InputPart); the ranks all-gather the facts of their JSONL pieces (line counts, NUL
//    bytes), so line numbers and diagnostics are those of one read.
// 2. Rank 0 gathers every rank's article ids, settles duplicates across ranks (the first read
//    keeps its id) and tells each rank which of its articles to leave out.
// 3. Regions are a union over articles: each rank finds its own, rank 0 joins and broadcasts
//    them. Each rank then finds its articles' claims on its cores.
// 4. Rank 0 gathers articles, claims and diagnostics in rank order — the order of one read —
//    and runs what needs every claim at once: events, keys, reconciliation.
// Messages are byte strings (wire.hpp) sent in pieces of at most 1 GiB, so a rank's share may
// exceed MPI's int counts.

#include "claimgraph/mpi_compare.hpp"

#include <mpi.h>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "claimgraph/input_part.hpp"
#include "claimgraph/wire.hpp"
#include "compare_detail.hpp"

namespace claimgraph {
namespace {

constexpr std::size_t kPiece = std::size_t{1} << 30;
constexpr int kTagSize = 1;
constexpr int kTagBytes = 2;

void check(int code, const char* what) {
  if (code != MPI_SUCCESS) throw std::runtime_error(std::string("MPI: ") + what + " failed");
}

void send_bytes(const std::string& bytes, int to) {
  const std::uint64_t size = bytes.size();
  check(MPI_Send(&size, 1, MPI_UINT64_T, to, kTagSize, MPI_COMM_WORLD), "send");
  for (std::size_t at = 0; at < bytes.size(); at += kPiece) {
    const int n = static_cast<int>(std::min(kPiece, bytes.size() - at));
    check(MPI_Send(bytes.data() + at, n, MPI_BYTE, to, kTagBytes, MPI_COMM_WORLD), "send");
  }
}

std::string receive_bytes(int from) {
  std::uint64_t size = 0;
  check(MPI_Recv(&size, 1, MPI_UINT64_T, from, kTagSize, MPI_COMM_WORLD, MPI_STATUS_IGNORE),
        "receive");
  std::string bytes(size, '\0');
  for (std::size_t at = 0; at < bytes.size(); at += kPiece) {
    const int n = static_cast<int>(std::min(kPiece, bytes.size() - at));
    check(MPI_Recv(bytes.data() + at, n, MPI_BYTE, from, kTagBytes, MPI_COMM_WORLD,
                   MPI_STATUS_IGNORE),
          "receive");
  }
  return bytes;
}

void broadcast_bytes(std::string& bytes) {
  std::uint64_t size = bytes.size();
  check(MPI_Bcast(&size, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD), "broadcast");
  bytes.resize(size);
  for (std::size_t at = 0; at < bytes.size(); at += kPiece) {
    const int n = static_cast<int>(std::min(kPiece, bytes.size() - at));
    check(MPI_Bcast(bytes.data() + at, n, MPI_BYTE, 0, MPI_COMM_WORLD), "broadcast");
  }
}

// Step 1: every rank's facts of every JSONL file.
std::vector<std::vector<PieceFacts>> all_facts(const InputPart& part, int ranks, int rank) {
  const std::vector<PieceFacts>& mine = part.facts();
  // Ranks that planned different inputs (a file added or removed meanwhile) have facts for
  // different files: each then keeps only its own, and InputPart::read skips the pieces.
  const std::uint64_t count = mine.size();
  std::vector<std::uint64_t> counts(static_cast<std::size_t>(ranks));
  check(MPI_Allgather(&count, 1, MPI_UINT64_T, counts.data(), 1, MPI_UINT64_T, MPI_COMM_WORLD),
        "all-gather");
  if (std::any_of(counts.begin(), counts.end(), [&](std::uint64_t c) { return c != count; })) {
    std::vector<std::vector<PieceFacts>> out(static_cast<std::size_t>(ranks));
    out[static_cast<std::size_t>(rank)] = mine;  // the others' left empty: not this plan's
    return out;
  }
  std::vector<std::uint64_t> flat;
  for (const PieceFacts& f : mine) {
    flat.insert(flat.end(), {f.newlines, f.first_nul, f.newlines_before_nul, f.unreadable});
  }
  std::vector<std::uint64_t> every(flat.size() * static_cast<std::size_t>(ranks));
  check(MPI_Allgather(flat.data(), static_cast<int>(flat.size()), MPI_UINT64_T, every.data(),
                      static_cast<int>(flat.size()), MPI_UINT64_T, MPI_COMM_WORLD),
        "all-gather");
  std::vector<std::vector<PieceFacts>> out(static_cast<std::size_t>(ranks));
  for (std::size_t k = 0; k < out.size(); ++k) {
    for (std::size_t f = 0; f < mine.size(); ++f) {
      const std::uint64_t* v = every.data() + (k * mine.size() + f) * 4;
      out[k].push_back({v[0], v[1], v[2], v[3]});
    }
  }
  return out;
}

std::string ids_message(const PartIds& ids) {
  wire::Writer w;
  w.strings(ids.ids);
  w.strings(ids.sources);
  w.u64(ids.origins.size());
  for (const ArticleOrigin& o : ids.origins) w.origin(o);
  return std::move(w.bytes());
}

PartIds read_ids(const std::string& bytes) {
  wire::Reader r(bytes);
  PartIds ids;
  ids.ids = r.strings();
  ids.sources = r.strings();
  ids.origins.resize(r.u64());
  for (ArticleOrigin& o : ids.origins) o = r.origin();
  return ids;
}

// What a rank sends rank 0 at the end: its articles, their claims, its diagnostics.
std::string part_message(const std::vector<Article>& articles,
                         const std::vector<std::vector<Claim>>& claims,
                         const std::vector<Diagnostic>& diagnostics) {
  wire::Writer w;
  w.u64(articles.size());
  for (std::size_t i = 0; i < articles.size(); ++i) {
    w.article(articles[i]);
    w.u64(claims[i].size());
    for (const Claim& c : claims[i]) w.claim(c);
  }
  w.u64(diagnostics.size());
  for (const Diagnostic& d : diagnostics) w.diagnostic(d);
  return std::move(w.bytes());
}

void read_part(const std::string& bytes, std::vector<Article>& articles,
               std::vector<std::vector<Claim>>& claims, std::vector<Diagnostic>& diagnostics) {
  wire::Reader r(bytes);
  const std::uint64_t n = r.u64();
  for (std::uint64_t i = 0; i < n; ++i) {
    articles.push_back(r.article());
    std::vector<Claim> cs(r.u64());
    for (Claim& c : cs) c = r.claim();
    claims.push_back(std::move(cs));
  }
  diagnostics.resize(r.u64());
  for (Diagnostic& d : diagnostics) d = r.diagnostic();
}

}  // namespace

bool mpi_built() noexcept { return true; }

MpiSession::MpiSession() {
  int ready = 0;
  MPI_Initialized(&ready);
  // oneTBB threads run inside a rank, but only the main thread calls MPI.
  int provided = 0;
  if (ready == 0) {
    check(MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided), "init");
  }
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
}

void MpiSession::abort(int code) const noexcept {
  MPI_Abort(MPI_COMM_WORLD, code);
  std::abort();
}

MpiSession::~MpiSession() {
  int done = 0;
  MPI_Finalized(&done);
  if (done == 0) MPI_Finalize();
}

std::optional<Report> compare_mpi(const std::vector<std::string>& paths,
                                  const CompareOptions& options, const IngestOptions& ingest) {
  int rank = 0;
  int ranks = 1;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &ranks);
  const bool root = rank == 0;

  // 1. This rank's share of the input.
  InputPart input(paths, static_cast<std::size_t>(rank), static_cast<std::size_t>(ranks), ingest);
  PartResult part = input.read(all_facts(input, ranks, rank));

  // 2. Duplicate ids across ranks.
  CrossPartDuplicates duplicates;
  if (root) {
    std::vector<PartIds> ids;
    ids.push_back(part_ids(part));
    for (int k = 1; k < ranks; ++k) ids.push_back(read_ids(receive_bytes(k)));
    duplicates = find_cross_part_duplicates(ids);
    for (int k = 1; k < ranks; ++k) {
      wire::Writer w;
      const auto& dropped = duplicates.dropped[static_cast<std::size_t>(k)];
      w.u64(dropped.size());
      for (const std::size_t i : dropped) w.u64(i);
      send_bytes(w.bytes(), k);
    }
    drop_articles(part, duplicates.dropped[0]);
  } else {
    send_bytes(ids_message(part_ids(part)), 0);
    const std::string bytes = receive_bytes(0);
    wire::Reader r(bytes);
    std::vector<std::size_t> dropped(r.u64());
    for (std::size_t& i : dropped) i = r.u64();
    drop_articles(part, dropped);
  }

  // 3. Regions of the whole set, then this rank's claims.
  std::string regions_bytes;
  std::vector<std::string> own_regions =
      detail::on_threads(options, [&] { return find_regions(part.ingest.articles); });
  if (root) {
    std::set<std::string> all(own_regions.begin(), own_regions.end());
    for (int k = 1; k < ranks; ++k) {
      const std::string bytes = receive_bytes(k);
      const std::vector<std::string> theirs = wire::Reader(bytes).strings();
      all.insert(theirs.begin(), theirs.end());
    }
    wire::Writer joined;
    joined.strings({all.begin(), all.end()});
    regions_bytes = std::move(joined.bytes());
  } else {
    wire::Writer w;
    w.strings(own_regions);
    send_bytes(w.bytes(), 0);
  }
  broadcast_bytes(regions_bytes);
  CompareOptions local = options;
  if (!root) {
    local.progress = nullptr;
    local.stage_done = nullptr;
  }
  const ClaimOptions claim_options =
      detail::comparison_claim_options(local, wire::Reader(regions_bytes).strings());
  std::vector<std::vector<Claim>> claims =
      detail::claims_of_articles(part.ingest.articles, claim_options, local);

  // 4. Rank 0 gathers and finishes.
  if (!root) {
    send_bytes(part_message(part.ingest.articles, claims, part.ingest.diagnostics), 0);
    return std::nullopt;
  }
  Report report;
  std::vector<Article> articles = std::move(part.ingest.articles);
  report.diagnostics = with_notes(std::move(part.ingest.diagnostics), duplicates.notes[0]);
  for (int k = 1; k < ranks; ++k) {
    std::vector<Diagnostic> diagnostics;
    read_part(receive_bytes(k), articles, claims, diagnostics);
    for (Diagnostic& d :
         with_notes(std::move(diagnostics), duplicates.notes[static_cast<std::size_t>(k)])) {
      report.diagnostics.push_back(std::move(d));
    }
  }
  detail::sort_articles(articles, claims);
  report.articles = std::move(articles);
  detail::join_claims(report, std::move(claims));
  detail::finish_report(report, options);
  return report;
}

}  // namespace claimgraph
