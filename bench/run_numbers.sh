#!/usr/bin/env bash
# Number-parser benchmark: builds the bench targets in Release into build-bench/, generates a
# 20 MB synthetic corpus (seed 1) and times find_numbers, extract_quantities, split_sentences and
# extract_claims on it, one thread.
# Results are printed and kept in build-bench/results.txt. Extra arguments go to cmake's configure
# step. Environment: CLAIMGRAPH_BENCH_DIR (build dir), CLAIMGRAPH_BENCH_BYTES (corpus size),
# CLAIMGRAPH_BENCH_REPEAT (passes per stage, default 5), CLAIMGRAPH_JOBS (build parallelism).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CLAIMGRAPH_BENCH_DIR:-$root/build-bench}
bytes=${CLAIMGRAPH_BENCH_BYTES:-20000000}
repeat=${CLAIMGRAPH_BENCH_REPEAT:-5}
jobs=${CLAIMGRAPH_JOBS:-2}

# Tests are off: this build only needs the library and the two bench programs.
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMGRAPH_BUILD_BENCH=ON \
  -DCLAIMGRAPH_BUILD_TESTS=OFF "$@" >/dev/null
cmake --build "$build" -j "$jobs" --target claimgraph_corpus_gen claimgraph_bench_numbers

corpus="$build/corpus.txt"
"$build/bench/claimgraph_corpus_gen" --bytes "$bytes" --seed 1 --format txt >"$corpus"

results="$build/results.txt"
: >"$results"
for stage in numbers quantities sentences claims; do
  echo
  "$build/bench/claimgraph_bench_numbers" "$corpus" --repeat "$repeat" --stage "$stage" |
    tee -a "$results"
done
echo
echo "run_numbers: results in $results"
