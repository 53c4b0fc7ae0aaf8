# Beyond one machine: the wire format ranks exchange, and compare over MPI (Open MPI) when CMake
# finds it; without MPI, `compare --mpi` says the build has none.
target_sources(claimgraph_core PRIVATE distributed/wire.cpp)
find_package(MPI COMPONENTS CXX QUIET)
if(MPI_CXX_FOUND)
  target_sources(claimgraph_core PRIVATE distributed/mpi_compare.cpp)
  target_link_libraries(claimgraph_core PRIVATE MPI::MPI_CXX)
  message(STATUS "claimgraph: MPI found, compare --mpi is built")
else()
  target_sources(claimgraph_core PRIVATE distributed/no_mpi.cpp)
  message(STATUS "claimgraph: MPI not found, compare --mpi is not built")
endif()
