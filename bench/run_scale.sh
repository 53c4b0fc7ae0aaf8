#!/usr/bin/env bash
# compare at scale: builds claimgraph and the event-corpus generator in Release (build-bench/),
# and for each article count given (default 10000 100000) generates a corpus of many events with
# planted disagreements (seed 1), runs `compare` with 1 and 2 threads (and, when MPI is built,
# on 2 ranks of 1 thread), and prints one Markdown table row per run: wall time, MB/s, the claims
# stage (extraction on every core: seconds and MB/s, from --timings), peak RSS, and the share of
# planted disagreements flagged (bench/planted_eval.py). The reports of every run must be the
# same bytes; the script fails otherwise. A second table gives, per corpus, the single-thread
# MB/s of the number scan (claimgraph_bench_numbers --stage numbers, one pass).
#   bash bench/run_scale.sh [ARTICLES...]
# Environment: CLAIMGRAPH_BENCH_DIR (build dir), CLAIMGRAPH_SCALE_DIR (corpora and reports,
# default build-bench/scale), CLAIMGRAPH_JOBS (build parallelism).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CLAIMGRAPH_BENCH_DIR:-$root/build-bench}
work=${CLAIMGRAPH_SCALE_DIR:-$build/scale}
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then sizes=(10000 100000); fi
if [ ! -x /usr/bin/time ]; then
  echo "run_scale: /usr/bin/time is missing (apt-get install time)" >&2
  exit 2
fi

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMGRAPH_BUILD_BENCH=ON \
  -DCLAIMGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "${CLAIMGRAPH_JOBS:-2}" --target claimgraph claimgraph_event_corpus \
  claimgraph_bench_numbers
cli="$build/engine/claimgraph"
mkdir -p "$work"

echo "| articles | MB | run | wall s | MB/s | claims stage s | extract MB/s | peak RSS MB | planted flagged |"
echo "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
numbers=()
for n in "${sizes[@]}"; do
  corpus="$work/events-$n.jsonl"
  gold="$work/events-$n.gold.jsonl"
  if [ ! -s "$corpus" ]; then
    "$build/bench/claimgraph_event_corpus" --articles "$n" --seed 1 --gold "$gold" >"$corpus"
  fi
  mb=$(( $(stat -c %s "$corpus") / 1000000 ))
  runs=("-j 1" "-j 2")
  if command -v mpirun >/dev/null && "$cli" compare --help | grep -q -- --mpi; then
    runs+=("mpi 2 ranks -j 1")
  fi
  first=""
  for run in "${runs[@]}"; do
    out="$work/report-$n.json"
    case $run in
      mpi*) cmd=(mpirun --allow-run-as-root -np 2 "$cli" compare --mpi "$corpus" -q -j 1
                 --timings -o "$out") ;;
      *) cmd=("$cli" compare "$corpus" -q $run --timings -o "$out") ;;
    esac
    /usr/bin/time -f "%e %M" -o "$work/time" "${cmd[@]}" 2>"$work/timings" || true
    read -r wall rss < <(tail -1 "$work/time")  # after "Command exited with ..." if any
    claims=$(sed -n 's/^claimgraph: claims \([0-9.]*\) s.*/\1/p' "$work/timings")
    recall=$(python3 "$root/bench/planted_eval.py" "$gold" "$out" |
      sed -n 's/^  all .*(\(.*\))$/\1/p')
    mbs=$(python3 -c "print(f'{$mb / max($wall, 0.01):.1f}')")
    extract=$(python3 -c "print(f'{$mb / max(${claims:-0}, 0.01):.1f}')")
    echo "| $n | $mb | $run | $wall | $mbs | ${claims:-?} | $extract | $(( rss / 1024 )) | $recall |"
    sum=$(md5sum <"$out")
    if [ -z "$first" ]; then first=$sum; elif [ "$sum" != "$first" ]; then
      echo "run_scale: the report of '$run' differs from the first run's" >&2
      exit 1
    fi
  done
  bench=$("$build/bench/claimgraph_bench_numbers" "$corpus" --repeat 1)
  numbers+=("| $n | $mb | $(sed -n 's/^best_s *//p' <<<"$bench") | $(sed -n 's/^MB\/s *\([0-9.]*\).*/\1/p' <<<"$bench") |")
done
echo
echo "| articles | MB | find_numbers s (1 thread) | MB/s |"
echo "| ---: | ---: | ---: | ---: |"
printf '%s\n' "${numbers[@]}"
