#!/usr/bin/env bash
# Install what is missing, build, and run the whole test suite with CTest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CLAIMGRAPH_BUILD_DIR:-$root/build}
bash "$root/scripts/install-deps.sh" --test
bash "$root/scripts/build.sh" "$@"
ctest --test-dir "$build" --output-on-failure -j "${CLAIMGRAPH_JOBS:-2}"
