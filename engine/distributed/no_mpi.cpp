// A build without MPI: `compare --mpi` says so instead of running.

#include <cstdlib>
#include <stdexcept>

#include "claimgraph/mpi_compare.hpp"

namespace claimgraph {

namespace {
[[noreturn]] void no_mpi() {
  throw std::runtime_error(
      "this claimgraph was built without MPI (install libopenmpi-dev and rebuild)");
}
}  // namespace

bool mpi_built() noexcept { return false; }
MpiSession::MpiSession() { no_mpi(); }
MpiSession::~MpiSession() = default;
void MpiSession::abort(int) const noexcept { std::abort(); }
std::optional<Report> compare_mpi(const std::vector<std::string>&, const CompareOptions&,
                                  const IngestOptions&) {
  no_mpi();
}

}  // namespace claimgraph
