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
cg="$build/engine/claimgraph"
"$cg" compare --format text "$fixtures" -q | tee "$out/report.txt"
"$cg" compare --format html "$fixtures" -o "$out/report.html"
"$cg" compare --format md "$fixtures" -o "$out/report.md"
"$cg" compare --format json "$fixtures" -o "$out/report.json" -q
"$cg" compare --format csv --table claims "$fixtures" -o "$out/claims.csv" -q
"$cg" compare --format csv --table flags "$fixtures" -o "$out/flags.csv" -q
"$cg" graph --format graphml "$fixtures" -o "$out/graph.graphml" 2>/dev/null
echo
echo "demo: the discrepancy report of $fixtures:"
echo "  $out/report.html  (open in a browser: one self-contained page with a chart per key)"
echo "  $out/report.md    (Markdown)"
echo "  $out/report.json, $out/claims.csv, $out/flags.csv, $out/graph.graphml (for programs)"
