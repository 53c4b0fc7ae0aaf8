#!/usr/bin/env bash
# Throughput on real news text: the article bodies of ../shared/corpora/gva-news (1,222 US
# local-news articles, about 2.3 MB), written to build-bench/gva.txt (never into the repo) and
# timed like bench/run_numbers.sh. Needs the bench build from run_numbers.sh (or builds it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CLAIMGRAPH_BENCH_DIR:-$root/build-bench}
corpus=${CLAIMGRAPH_GVA:-$root/../shared/corpora/gva-news/articles.jsonl}
repeat=${CLAIMGRAPH_BENCH_REPEAT:-5}
if [ ! -x "$build/bench/claimgraph_bench_numbers" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMGRAPH_BUILD_BENCH=ON \
    -DCLAIMGRAPH_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" -j "${CLAIMGRAPH_JOBS:-2}" --target claimgraph_bench_numbers
fi
python3 - "$corpus" "$build/gva.txt" <<'PY'
import json, sys
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        out.write(json.loads(line).get("text", "") + "\n\n")
PY
for stage in numbers quantities sentences claims; do
  echo
  "$build/bench/claimgraph_bench_numbers" "$build/gva.txt" --repeat "$repeat" --stage "$stage"
done
