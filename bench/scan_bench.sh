#!/usr/bin/env bash
# Benchmark of `remint scan` (classify + hash + dependencies, no parsing) over a synthetic dump
# of at least 1,000,000 source lines made of renamed copies of corpus/bankdemo's source members.
# Prints lines/s and peak RSS (medians of three runs) for a full scan (fresh database) and for a rescan of the unchanged
# dump, with sha256sum over the same files as a floor (pure read + hash) measured in the same run.
#
# Usage: bench/scan_bench.sh [MIN_LINES]   (default 1000000; needs build/bin/remint)
# Targets (issue 2): >= 1,000,000 lines/s with --jobs 2; peak RSS <= 200 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
min_lines=${1:-1000000}
remint=build/bin/remint
[[ -x $remint ]] || { echo "build first: make build" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (scripts/install-deps)" >&2; exit 2; }

out=bench/out/scan
dump=$out/dump
source_dirs=(BANK.PROD.COBOL BANK.PROD.COPYLIB BANK.PROD.JCL BANK.PROD.PROCLIB BANK.PROD.FORTRAN)
per_copy=0
for dir in "${source_dirs[@]}"; do
  per_copy=$((per_copy + $(cat corpus/bankdemo/$dir/* | wc -l)))
done
copies=$(((min_lines + per_copy - 1) / per_copy))

# Build the dump once per size: COPYnnnn/BANK.PROD.COBOL/CUSTVALnnnn ...
stamp="$copies copies of $per_copy lines"
if [[ ! -f $out/stamp || "$(cat $out/stamp)" != "$stamp" ]]; then
  rm -rf "$out"
  mkdir -p "$dump"
  for ((i = 1; i <= copies; i++)); do
    suffix=$(printf '%04d' "$i")
    for dir in "${source_dirs[@]}"; do
      mkdir -p "$dump/COPY$suffix/$dir"
      for member in corpus/bankdemo/$dir/*; do
        cp "$member" "$dump/COPY$suffix/$dir/$(basename "$member")$suffix"
      done
    done
  done
  # Dated back like a dump restored long ago: members modified within seconds of a scan are read
  # again by the next one (the racy-mtime rule), which would inflate the rescan figure.
  find "$dump" -type f -exec touch -d '1 hour ago' {} +
  echo "$stamp" > "$out/stamp"
fi
members=$(find "$dump" -type f | wc -l)
lines=$(find "$dump" -type f -exec cat {} + | wc -l)
bytes=$(du -sb "$dump" | cut -f1)
echo "dump: $members members, $lines lines, $bytes bytes ($copies renamed copies of the bankdemo sources)"

# Runs a command three times under /usr/bin/time (with `setup` before each run); sets seconds
# and rss_kb to the medians, so one noisy run on a shared machine does not decide the figure.
measure() {
  local setup=$1
  shift
  local runs=()
  for _ in 1 2 3; do
    eval "$setup"
    /usr/bin/time -f '%e %M' -o "$out/time.txt" "$@" > /dev/null
    runs+=("$(cat "$out/time.txt")")
  done
  seconds=$(printf '%s\n' "${runs[@]}" | awk '{print $1}' | sort -n | sed -n 2p)
  rss_kb=$(printf '%s\n' "${runs[@]}" | awk '{print $2}' | sort -n | sed -n 2p)
}
rate() { awk -v l="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? l / s : 0) }'; }

# Warm the page cache so every measurement reads from memory, as the others do.
find "$dump" -type f -exec cat {} + > /dev/null

measure 'rm -f "$out/remint.db"*' "$remint" --db "$out/remint.db" --jobs 2 -q scan "$dump"
full_s=$seconds full_rss=$rss_kb
measure ':' "$remint" --db "$out/remint.db" --jobs 2 -q scan "$dump"
rescan_s=$seconds rescan_rss=$rss_kb
measure ':' sh -c "find '$dump' -type f -print0 | xargs -0 -P 2 -n 500 sha256sum"
floor_s=$seconds

printf '%-34s %8s %14s %12s\n' "run" "seconds" "lines/s" "peak RSS MB"
printf '%-34s %8s %14s %12s\n' "remint scan --jobs 2 (fresh db)" "$full_s" "$(rate "$lines" "$full_s")" "$((full_rss / 1024))"
printf '%-34s %8s %14s %12s\n' "remint scan --jobs 2 (unchanged)" "$rescan_s" "$(rate "$lines" "$rescan_s")" "$((rescan_rss / 1024))"
printf '%-34s %8s %14s %12s\n' "sha256sum -P 2 (read+hash floor)" "$floor_s" "$(rate "$lines" "$floor_s")" "-"
awk -v f="$full_s" -v h="$floor_s" 'BEGIN { if (h > 0) printf "ratio remint full scan / sha256sum floor: %.2f\n", f / h }'
