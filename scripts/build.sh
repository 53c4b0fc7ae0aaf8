#!/usr/bin/env bash
# Configures and builds claimgraph into build/ (or $CLAIMGRAPH_BUILD_DIR). Extra arguments go to
# cmake's configure step, e.g. -DCLAIMGRAPH_SANITIZE=ON.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CLAIMGRAPH_BUILD_DIR:-$root/build}
jobs=${CLAIMGRAPH_JOBS:-2}
werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMGRAPH_WERROR=$werror "$@" >/dev/null
cmake --build "$build" -j "$jobs"
