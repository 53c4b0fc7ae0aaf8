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
"$build/engine/claimgraph" compare --format text "$fixtures" | tee "$out/report.txt"
"$build/engine/claimgraph" compare --format json "$fixtures" -o "$out/report.json"
"$build/engine/claimgraph" graph --format graphml "$fixtures" -o "$out/graph.graphml"
"$build/engine/claimgraph" extract --casualties-only "$fixtures" > "$out/claims.tsv"
echo
echo "demo: wrote $out/report.txt and $out/report.json (the discrepancy report),"
echo "      $out/graph.graphml (the claim graph) and $out/claims.tsv (the casualty claims)"
