#!/usr/bin/env bash
# compare --mpi on 2 and 3 ranks (localhost, oversubscribed) gives the same report bytes as one
# process, on the fixtures, a folder of bad inputs and, when ../shared is there, gva-news.
#   tests/mpi_compare.sh CLAIMGRAPH SOURCE_DIR
set -euo pipefail
cli=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Bad inputs, duplicate ids across files and lines, a JSONL file long enough to be cut.
bad="$work/bad"
mkdir -p "$bad/sub"
printf -- '---\nid: t1\npublished: 2022-09-14\n---\nArmenia said 105 of its soldiers were killed.\n' > "$bad/a.txt"
printf '' > "$bad/empty.txt"
printf 'ELF\0\0binary' > "$bad/binary.txt"
{
  for i in $(seq 1 300); do
    case $((i % 17)) in
      3) echo '{"id": "broken", "text": ' ;;
      5) echo '' ;;
      *) printf '{"id": "j%d", "outlet": "Wire %d", "published": "2022-09-%02d", "text": "Armenia said %d of its soldiers were killed on Tuesday, and %d were wounded."}\n' \
           $((i % 250)) $((i % 7)) $((13 + i % 3)) $((100 + i)) $((i * 2)) ;;
    esac
  done
  printf '{"id": "t1", "text": "Six \xff were killed."}'
} > "$bad/sub/lines.jsonl"
printf '{"id": "n1", "text": "x"}\n{"id": "n2",\0 "text": "y"}\n' > "$bad/sub/nul.jsonl"

sets=("$src/fixtures" "$bad")
gva="$src/../shared/corpora/gva-news/articles.jsonl"
if [ -f "$gva" ]; then sets+=("$gva"); fi

# Open MPI keeps allocations until exit; under AddressSanitizer (scripts/ci-hardening.sh) only
# its leak report is turned off for these runs, not the checks of our code.
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"
mpirun_flags=(--oversubscribe)
if [ "$(id -u)" -eq 0 ]; then mpirun_flags+=(--allow-run-as-root); fi
status=0
for set in "${sets[@]}"; do
  # exit code 3: the set has bad inputs (reported in the report's "skipped")
  "$cli" compare "$set" -q -j 1 -o "$work/one.json" 2>"$work/log" || [ $? -eq 3 ]
  for n in 2 3; do
    mpirun "${mpirun_flags[@]}" -np "$n" "$cli" compare --mpi "$set" -q -j 1 \
      -o "$work/mpi.json" 2>"$work/log" || [ $? -eq 3 ] || { cat "$work/log" >&2; exit 1; }
    if cmp -s "$work/one.json" "$work/mpi.json"; then
      echo "same report on $n ranks: $set"
    else
      echo "DIFFERENT report on $n ranks: $set" >&2
      diff "$work/one.json" "$work/mpi.json" | head -20 >&2
      status=1
    fi
  done
done
exit $status
