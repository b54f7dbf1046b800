#!/bin/sh
# Fortran front-end benchmark: `remint parse --language fortran` over the NIST FCVS programs (read,
# classify, parse, program units with their label and block checks; lowering to the IR is not
# written yet) in one process, against `gfortran -std=legacy -fsyntax-only` run as a user would
# (one process per program), and gfortran given every file in one invocation.
#
#   bench/fortran_parse_bench.sh [BUILD_DIR]   (default build; make build first)
#
# Prints lines/s of each and the ratio (gfortran time / remint time; target >= 1.0), with peak
# RSS. Each run is repeated three times and the best time kept, as the machine is shared.
set -eu

project_dir=$(cd "$(dirname "$0")/.." && pwd)
corpus="$project_dir/../shared/corpus/nist-fcvs"
if [ ! -d "$corpus" ]; then
  echo "NIST FCVS corpus not found at $corpus" >&2
  exit 2
fi
build_dir=${1:-build}
case $build_dir in /*) ;; *) build_dir="$project_dir/$build_dir" ;; esac
remint="$build_dir/bin/remint"
if [ ! -x "$remint" ]; then
  echo "missing $remint: make build first" >&2
  exit 2
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$corpus"
ls *.FOR > "$scratch/files"
programs=$(wc -l < "$scratch/files")
lines=$(cat $(cat "$scratch/files") | wc -l)

# Seconds and peak RSS (kB) of a command, from /usr/bin/time -v.
measure() {
  /usr/bin/time -v "$@" > "$scratch/out" 2> "$scratch/time" || true
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {
    n = split($2, part, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + part[i]; print s }' \
    "$scratch/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$scratch/time")
  echo "$seconds $rss"
}

best_of_three() {
  best=""
  for _ in 1 2 3; do
    result=$(measure "$@")
    if [ -z "$best" ] || awk -v a="${result% *}" -v b="${best% *}" 'BEGIN {exit !(a < b)}'; then
      best=$result
    fi
  done
  echo "$best"
}

# The corpus folder also holds expected outputs and data: remint reads a folder of links to the
# programs alone.
mkdir "$scratch/programs"
for f in $(cat "$scratch/files"); do ln -s "$corpus/$f" "$scratch/programs/$f"; done
ours=$(best_of_three "$remint" parse --language fortran "$scratch/programs")
summary=$(tail -1 "$scratch/out")
echo 'for f in "$@"; do gfortran -std=legacy -fsyntax-only "$f" >/dev/null 2>&1; done' \
  > "$scratch/per_file.sh"
per_file=$(best_of_three sh "$scratch/per_file.sh" $(cat "$scratch/files"))
one=$(best_of_three gfortran -std=legacy -fsyntax-only $(cat "$scratch/files"))

awk -v programs="$programs" -v lines="$lines" \
    -v rs="${ours% *}" -v rr="${ours#* }" -v cs="${per_file% *}" -v cr="${per_file#* }" \
    -v os="${one% *}" -v or="${one#* }" 'BEGIN {
  printf "NIST FCVS programs: %d  lines: %d\n", programs, lines
  printf "remint parse (one process):                 %7.2f s  %8.0f lines/s  peak RSS %6.1f MB\n",
         rs, lines / rs, rr / 1024
  printf "gfortran -fsyntax-only (process per file):  %7.2f s  %8.0f lines/s  peak RSS %6.1f MB\n",
         cs, lines / cs, cr / 1024
  printf "gfortran -fsyntax-only (all files, one):    %7.2f s  %8.0f lines/s  peak RSS %6.1f MB\n",
         os, lines / os, or / 1024
  printf "ratio gfortran/remint: %.2f (process per file), %.2f (one gfortran process)\n",
         cs / rs, os / rs
}'
echo "remint: $summary"
