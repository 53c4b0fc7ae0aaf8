#!/usr/bin/env bash
# The hardening stage of CI: one clang build with AddressSanitizer + UndefinedBehaviorSanitizer
# and the libFuzzer targets; the whole test suite under the sanitizers, then each fuzz target
# for a short run from its seed corpus. Used by .ci/run after the test command.
#   bash scripts/ci-hardening.sh [SECONDS_PER_TARGET]      (default 15)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CLAIMGRAPH_HARDENING_BUILD_DIR:-$root/build-hardening}
seconds=${1:-15}
werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCLAIMGRAPH_FUZZ=ON -DCLAIMGRAPH_WERROR=$werror >/dev/null
cmake --build "$build" -j "${CLAIMGRAPH_JOBS:-2}"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir "$build" --output-on-failure -j "${CLAIMGRAPH_JOBS:-2}"
for t in numbers segment ingest extract; do
  work=$(mktemp -d)
  echo "ci-hardening: fuzzing $t for ${seconds} s"
  (cd "$work" && "$build/fuzz/claimgraph_fuzz_$t" -max_total_time="$seconds" -max_len=65536 \
     -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 . "$root/fuzz/corpus/$t" 2>&1 |
     grep -E "^(stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" || true)
  if ls "$work"/crash-* "$work"/leak-* "$work"/timeout-* >/dev/null 2>&1; then
    echo "ci-hardening: $t found a failing input:" "$work"/crash-* "$work"/leak-* "$work"/timeout-* >&2
    exit 1
  fi
  rm -rf "$work"
done
echo "ci-hardening: sanitizer suite and fuzz runs clean"
