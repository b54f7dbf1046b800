#!/bin/sh
# COBOL front-end benchmark: remint preprocess + parse + lower to the IR of NIST CCVS85 programs in
# one process, against `cobc -std=cobol85 -fsyntax-only` run as a user would (one process per
# program), and cobc given every file in one invocation.
#
#   bench/cobol_parse_bench.sh [BUILD_DIR] [MODULES...]
#     BUILD_DIR  build tree holding bin/remint_cobol_parse_bench (default /tmp/build-parse)
#     MODULES    NIST module folders (default NC); "all" = every program cobc accepts
#   bench/cobol_parse_bench.sh --cobc-rejects   list the programs cobc rejects (see
#                                               tests/cobol_parse/nist_cobc_rejects.txt)
#
# Prints lines/s of each, the ratio (remint / cobc; target >= 1.0) and peak RSS of each
# (/usr/bin/time -v; target <= 500 MB). Both runs are repeated and the best time is kept, as the
# machine is shared.
set -eu

project_dir=$(cd "$(dirname "$0")/.." && pwd)
corpus="$project_dir/../shared/corpus/nist-cobol85"
if [ ! -d "$corpus/NC" ]; then
  echo "NIST COBOL-85 corpus not found at $corpus" >&2
  exit 2
fi
start_dir=$(pwd)
cd "$corpus"

if [ "${1:-}" = "--cobc-rejects" ]; then
  for f in */*.CBL */*.SUB */lib/*.CBL; do
    [ -f "$f" ] || continue
    cobc -std=cobol85 -fsyntax-only -I copy -I copyalt "$f" >/dev/null 2>&1 || echo "$f"
  done
  exit 0
fi

build_dir=${1:-/tmp/build-parse}
case $build_dir in /*) ;; *) build_dir="$start_dir/$build_dir" ;; esac
[ $# -gt 0 ] && shift
driver="$build_dir/bin/remint_cobol_parse_bench"
if [ ! -x "$driver" ]; then
  echo "missing $driver: build target remint_cobol_parse_bench" >&2
  exit 2
fi

rejects="$project_dir/tests/cobol_parse/nist_cobc_rejects.txt"
modules=${*:-NC}
files=$(mktemp)
trap 'rm -f "$files" "$files.time" "$files.out"' EXIT
if [ "$modules" = "all" ]; then
  ls */*.CBL */*.SUB */lib/*.CBL 2>/dev/null | grep -v -x -F -f "$rejects" > "$files"
else
  for module in $modules; do
    ls "$module"/*.CBL "$module"/*.SUB "$module"/lib/*.CBL 2>/dev/null || true
  done | grep -v -x -F -f "$rejects" > "$files"
fi
programs=$(wc -l < "$files")
lines=$(cat $(cat "$files") | wc -l)

# Seconds and peak RSS (kB) of a command, from /usr/bin/time -v.
measure() {
  /usr/bin/time -v "$@" > "$files.out" 2> "$files.time" || true
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {
    n = split($2, part, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + part[i]; print s }' \
    "$files.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$files.time")
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

remint=$(best_of_three "$driver" -I copy -I copyalt $(cat "$files"))
summary=$(grep -E "^programs" "$files.out" || true)
cobc_script=$(mktemp)
{
  echo 'for f in "$@"; do cobc -std=cobol85 -fsyntax-only -I copy -I copyalt "$f" >/dev/null 2>&1; done'
} > "$cobc_script"
cobc=$(best_of_three sh "$cobc_script" $(cat "$files"))
rm -f "$cobc_script"
# cobc also takes every file in one invocation (one process, like remint's driver).
cobc_one=$(best_of_three cobc -std=cobol85 -fsyntax-only -I copy -I copyalt $(cat "$files"))

awk -v programs="$programs" -v lines="$lines" -v modules="$modules" \
    -v rs="${remint% *}" -v rr="${remint#* }" -v cs="${cobc% *}" -v cr="${cobc#* }" \
    -v os="${cobc_one% *}" -v or="${cobc_one#* }" 'BEGIN {
  printf "NIST modules: %s  programs: %d  lines: %d\n", modules, programs, lines
  printf "remint preprocess+parse+lower (one process):%7.2f s  %8.0f lines/s  peak RSS %6.1f MB\n",
         rs, lines / rs, rr / 1024
  printf "cobc -fsyntax-only (process per file): %7.2f s  %8.0f lines/s  peak RSS %6.1f MB\n",
         cs, lines / cs, cr / 1024
  printf "cobc -fsyntax-only (all files, one):   %7.2f s  %8.0f lines/s  peak RSS %6.1f MB\n",
         os, lines / os, or / 1024
  printf "ratio remint/cobc: %.2f (process per file), %.2f (one cobc process)\n", cs / rs,
         os / rs
}'
echo "remint driver: $summary"
