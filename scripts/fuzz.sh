#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a while.
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 30 s, every target)
# New inputs go to build-fuzz/corpus/<target> (not the repository); a crash leaves its input in
# build-fuzz/crash-* and fails the script: copy it into fuzz/corpus/<target>/ with the fix.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CLAIMGRAPH_FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${1:-30}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(numbers segment ingest extract); fi
if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ is missing (apt-get install clang)" >&2
  exit 2
fi
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCLAIMGRAPH_FUZZ=ON -DCLAIMGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "${CLAIMGRAPH_JOBS:-2}" \
  $(printf -- '--target claimgraph_fuzz_%s ' "${targets[@]}")
for t in "${targets[@]}"; do
  mkdir -p "$build/corpus/$t"
  echo "fuzz: $t for ${seconds} s"
  (cd "$build" && "./fuzz/claimgraph_fuzz_$t" -max_total_time="$seconds" -max_len=65536 \
     -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
     "corpus/$t" "$root/fuzz/corpus/$t" 2>&1 | grep -E "^(#[0-9]+ +DONE|stat::|==[0-9]+==ERROR|SUMMARY)" )
done
