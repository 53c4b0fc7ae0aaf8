#!/usr/bin/env bash
# The demo: install what is missing, build, and run claimgraph on the bundled fixtures.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CLAIMGRAPH_BUILD_DIR:-$root/build}
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh"
out="$root/out"
mkdir -p "$out"
fixtures="$root/fixtures/armenia-azerbaijan-2022"
"$build/engine/claimgraph" extract --casualties-only "$fixtures" | tee "$out/claims.tsv"
"$build/engine/claimgraph" extract --format jsonl "$fixtures" > "$out/claims.jsonl"
"$build/engine/claimgraph" numbers --format jsonl "$fixtures"/*.txt > "$out/numbers.jsonl"
echo
echo "demo: wrote $out/claims.tsv (casualty claims), $out/claims.jsonl (all claims) and $out/numbers.jsonl"
