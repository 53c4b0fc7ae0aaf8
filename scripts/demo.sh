#!/usr/bin/env bash
# The demo: install what is missing, build, and run claimgraph on the bundled fixtures.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CLAIMGRAPH_BUILD_DIR:-$root/build}
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh"
out="$root/out"
mkdir -p "$out"
"$build/engine/claimgraph" numbers "$root"/fixtures/armenia-azerbaijan-2022/*.txt | tee "$out/numbers.txt"
"$build/engine/claimgraph" numbers --format jsonl "$root"/fixtures/armenia-azerbaijan-2022/*.txt > "$out/numbers.jsonl"
echo
echo "demo: wrote $out/numbers.txt and $out/numbers.jsonl"
