#!/usr/bin/env bash
# Scaling of the front end on large and deep inputs (issue 8): times grow linearly with the input.
#
#   bench/front_end_scaling_bench.sh [BUILD_DIR]     (default: build)
#
# 1. `remint ir --dump` (text form) and `remint ir --json` of one IF whose condition has N
#    abbreviated terms (IF A = 0 OR 1 OR ... OR N-1), N = 1,000 / 2,000 / 4,990 (the parser's
#    operator-chain limit is 5,000). Prints the time per run, the output size, and the time per
#    term, which stays flat when the printer is linear.
# 2. The preprocessor on a 10,000-line copybook copied 20 times with REPLACING (1.2 M words),
#    and on 50 REPLACE rules over 50,000 lines (`remint parse`, which preprocesses and parses).
# Each figure is the best of 3 runs (the machine is shared); /usr/bin/time gives peak RSS.
set -euo pipefail

project_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-build}
case $build_dir in /*) ;; *) build_dir="$project_dir/$build_dir" ;; esac
remint="$build_dir/bin/remint"
[ -x "$remint" ] || { echo "missing $remint: make build" >&2; exit 2; }
out="$project_dir/bench/out/scaling"
rm -rf "$out"
mkdir -p "$out"

# best_of_3 COMMAND...: prints "seconds peak_rss_kb" of the fastest of three runs.
best_of_3() {
  local best="" best_rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$out/time.txt" "$@" > "$out/stdout.txt" 2> /dev/null || true
    # /usr/bin/time prefixes "Command exited with non-zero status N" when the run fails.
    read -r seconds rss < <(tail -n 1 "$out/time.txt")
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; best_rss=$rss; fi
  done
  echo "$best $best_rss"
}

long_condition() {
  local terms=$1 file=$2
  {
    printf '       IDENTIFICATION DIVISION.\n       PROGRAM-ID. LONGCOND.\n'
    printf '       DATA DIVISION.\n       WORKING-STORAGE SECTION.\n       01 A PIC 9(4).\n'
    printf '       PROCEDURE DIVISION.\n           IF A = 0\n'
    for ((term = 1; term < terms; ++term)); do printf '               OR %d\n' "$term"; done
    printf "               DISPLAY 'HIT'\n           END-IF.\n           STOP RUN.\n"
  } > "$file"
}

echo "== remint ir on one condition of N terms (best of 3)"
printf '%-7s %-6s %10s %12s %14s %10s\n' terms form seconds "output bytes" "us per term" "peak RSS"
for terms in 1000 2000 4990; do
  file="$out/LONG$terms.cbl"
  long_condition "$terms" "$file"
  for form in dump json; do
    if [ "$form" = dump ]; then args=(ir "$file" --dump); else args=(--json ir "$file"); fi
    read -r seconds rss < <(best_of_3 "$remint" "${args[@]}")
    "$remint" "${args[@]}" > "$out/LONG$terms.$form" 2> /dev/null || true
    bytes=$(stat -c %s "$out/LONG$terms.$form")
    per_term=$(awk "BEGIN{printf \"%.1f\", $seconds * 1e6 / $terms}")
    printf '%-7s %-6s %10s %12s %14s %8s MB\n' "$terms" "$form" "$seconds" "$bytes" "$per_term" \
      "$((rss / 1024))"
  done
done

echo
echo "== preprocessor on large inputs: remint parse (best of 3)"
card() { printf '       %s\n' "$1"; }
big="$out/big"
mkdir -p "$big"
for ((i = 0; i < 10000; ++i)); do card "    05 FIELD-$i PIC X(10) VALUE \"ABC\"."; done > "$big/BIG.cpy"
{
  card "IDENTIFICATION DIVISION."; card "PROGRAM-ID. BIGCOPY."; card "DATA DIVISION."
  card "WORKING-STORAGE SECTION."
  for ((i = 0; i < 20; ++i)); do card "01 REC-$i."; card "COPY BIG REPLACING ==FIELD-1== BY ==F-1==."; done
  card "PROCEDURE DIVISION."; card "STOP RUN."
} > "$big/BIGCOPY.cbl"
read -r seconds rss < <(best_of_3 "$remint" parse "$big/BIGCOPY.cbl" -I "$big")
echo "10,000-line copybook copied 20 times (200,000 expanded lines): $seconds s, peak RSS $((rss / 1024)) MB"
{
  card "IDENTIFICATION DIVISION."; card "PROGRAM-ID. REPL."; card "PROCEDURE DIVISION."
  card "REPLACE"
  for ((i = 0; i < 50; ++i)); do card "    ==W$i X== BY ==R$i=="; done
  card "    ."
  for ((i = 0; i < 50000; ++i)); do card "    MOVE W1 TO W2 W3 X."; done
} > "$big/REPL.cbl"
read -r seconds rss < <(best_of_3 "$remint" parse "$big/REPL.cbl")
echo "50 REPLACE rules over 50,000 lines: $seconds s, peak RSS $((rss / 1024)) MB"

echo
echo "== COPY expansion bound: a doubling chain (remint parse, best of 3)"
# C01 copies C02 twice, C02 copies C03 twice, ... C20 holds one DISPLAY: 2^20 (1,048,576)
# DISPLAYs, about 2.1 M words after expansion before any bound. The preprocessor stops at its
# bound (100,000 COPY expansions / 8 M words) with RM2114 naming the chain; before the bound
# this took 29 s and 917 MB.
bomb="$out/bomb"
mkdir -p "$bomb"
for ((level = 1; level < 20; ++level)); do
  next=$(printf 'C%02d' $((level + 1)))
  { card "    COPY $next."; card "    COPY $next."; } > "$bomb/$(printf 'C%02d' "$level").cpy"
done
card '    DISPLAY "X".' > "$bomb/C20.cpy"
{
  card "IDENTIFICATION DIVISION."; card "PROGRAM-ID. BOMB."; card "PROCEDURE DIVISION."
  card "    COPY C01."; card "    STOP RUN."
} > "$bomb/BOMB.cbl"
read -r seconds rss < <(best_of_3 "$remint" parse "$bomb/BOMB.cbl" -I "$bomb")
"$remint" parse "$bomb/BOMB.cbl" -I "$bomb" > /dev/null 2> "$out/bomb.err" || true
code=$(grep -o 'RM[0-9]*' "$out/bomb.err" | sort -u | tr '\n' ' ')
echo "doubling chain of 20 copybooks: $seconds s, peak RSS $((rss / 1024)) MB, diagnostics: $code"
