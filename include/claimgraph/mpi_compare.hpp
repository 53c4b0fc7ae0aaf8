#pragma once
/// compare_articles across the ranks of an MPI job (Open MPI): `mpirun -np N claimgraph compare
/// --mpi ...`. Each rank reads its own byte range of the input (InputPart), settles duplicate
/// ids with the others, finds its articles' regions and claims on its cores; rank 0 gathers the
/// claims and runs events, keys and reconciliation. Rank 0's report is the same bytes as
/// compare_articles on one process (a CI test diffs them). How to run it: docs/scale.md.

#include <optional>
#include <string>
#include <vector>

#include "claimgraph/compare.hpp"
#include "claimgraph/ingest.hpp"
#include "claimgraph/report.hpp"

namespace claimgraph {

/// True when this build has MPI (CMake found it); otherwise the functions below throw.
[[nodiscard]] bool mpi_built() noexcept;

/// MPI for the life of the object: MPI_Init, then MPI_Finalize.
class MpiSession {
 public:
  MpiSession();
  ~MpiSession();
  MpiSession(const MpiSession&) = delete;
  MpiSession& operator=(const MpiSession&) = delete;
  [[nodiscard]] int rank() const noexcept { return rank_; }
  [[nodiscard]] int size() const noexcept { return size_; }
  /// Stops every rank of the job (MPI_Abort) with `code`: for a failure on one rank, which
  /// would otherwise leave the others waiting for it.
  [[noreturn]] void abort(int code) const noexcept;

 private:
  int rank_ = 0;
  int size_ = 1;
};

/// The comparison of `paths` over MPI_COMM_WORLD; every rank calls it with the same arguments.
/// Returns the report on rank 0 and nothing on the others. `options.progress` and
/// `options.stage_done` are called on rank 0 only.
[[nodiscard]] std::optional<Report> compare_mpi(const std::vector<std::string>& paths,
                                                const CompareOptions& options,
                                                const IngestOptions& ingest = {});

}  // namespace claimgraph
