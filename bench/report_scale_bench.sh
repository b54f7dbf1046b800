#!/bin/bash
# The rule map of a synthetic estate of PROGRAMS COBOL programs (default 10,000): each copies
# one of 100 copybooks, holds an EVALUATE of 88-level conditions, IFs, a COMPUTE, and CALLs two
# other programs (so the call graph spans the estate). Measures how long `remint report` takes
# and how long its heaviest pages take to load in headless Chromium (median of 5 loads from
# disk, each in a fresh profile). Issue 12 asks that pages load fast on a 10,000-program estate;
# there is no reference tool to compare with.
# Usage: bench/report_scale_bench.sh [BUILD_DIR] [PROGRAMS]   (make build, scripts/install-deps)
set -euo pipefail
build=${1:-build}
programs=${2:-10000}
out=bench/out/report-scale
rm -rf "$out"
mkdir -p "$out/src" "$out/copy"
awk -v n="$programs" -v src="$out/src" -v copy="$out/copy" 'BEGIN {
  for (c = 0; c < 100; ++c) {
    file = sprintf("%s/CPY%03d", copy, c)
    printf("       01 CPY-REC.\n          05 CPY-BALANCE   PIC S9(7)V99.\n") > file
    printf("          05 CPY-LIMIT     PIC S9(7)V99.\n          05 CPY-NAME      PIC X(20).\n") > file
    close(file)
  }
  for (i = 0; i < n; ++i) {
    name = sprintf("P%05d", i)
    file = sprintf("%s/%s.cbl", src, name)
    printf("       IDENTIFICATION DIVISION.\n       PROGRAM-ID. %s.\n", name) > file
    printf("       DATA DIVISION.\n       WORKING-STORAGE SECTION.\n") > file
    printf("       COPY CPY%03d.\n", i % 100) > file
    printf("       01 WS-AMOUNT       PIC S9(7)V99 VALUE 0.\n") > file
    printf("       01 WS-RATE         PIC 9V9999 VALUE 0.0125.\n") > file
    printf("       01 WS-CODE         PIC X(2) VALUE %cAA%c.\n", 39, 39) > file
    printf("          88 CODE-RETAIL  VALUE %cRT%c.\n          88 CODE-CORP    VALUE %cCP%c.\n",
           39, 39, 39, 39) > file
    printf("       01 WS-COUNT        PIC 9(4) VALUE 0.\n") > file
    printf("       LINKAGE SECTION.\n       01 LK-AMOUNT       PIC S9(7)V99.\n") > file
    printf("       PROCEDURE DIVISION USING LK-AMOUNT.\n       0000-MAIN.\n") > file
    printf("           PERFORM 1000-CLASSIFY\n           PERFORM 2000-COMPUTE\n") > file
    printf("           CALL %cP%05d%c USING WS-AMOUNT\n", 39, (i + 1) % n, 39) > file
    printf("           CALL %cP%05d%c USING WS-AMOUNT\n", 39, (i * 7 + 3) % n, 39) > file
    printf("           GOBACK.\n       1000-CLASSIFY.\n           EVALUATE TRUE\n") > file
    printf("             WHEN CODE-RETAIL\n               MOVE %d TO WS-COUNT\n", i % 10) > file
    printf("             WHEN CODE-CORP\n               MOVE 2 TO WS-COUNT\n") > file
    printf("             WHEN OTHER\n               MOVE 3 TO WS-COUNT\n") > file
    printf("           END-EVALUATE\n           IF CPY-BALANCE > CPY-LIMIT\n") > file
    printf("               ADD 1 TO WS-COUNT\n           END-IF.\n") > file
    printf("       2000-COMPUTE.\n") > file
    printf("           COMPUTE WS-AMOUNT ROUNDED = CPY-BALANCE * WS-RATE + %d\n", i % 97) > file
    printf("           IF WS-AMOUNT > %d\n               MOVE %cCP%c TO WS-CODE\n", 50 + i % 13,
           39, 39) > file
    printf("           ELSE\n               MOVE %cRT%c TO WS-CODE\n           END-IF\n", 39,
           39) > file
    printf("           MOVE WS-AMOUNT TO LK-AMOUNT.\n") > file
    close(file)
  }
}'
start=$(date +%s%N)
"$build/bin/remint" report "$out/src" -I "$out/copy" -o "$out/site" > "$out/summary.txt"
end=$(date +%s%N)
ms=$(((end - start) / 1000000))
echo "programs: $programs ($(cat "$out"/src/*.cbl | wc -l) lines)"
cat "$out/summary.txt"
printf 'report: %d.%03d s (%d cores)\n' $((ms / 1000)) $((ms % 1000)) "$(nproc)"
du -sh "$out/site" | awk '{print "site size: " $1}'
pages=("$out/site/rules.html" "$out/site/index.html" "$out/site/concepts.html"
       "$out/site/callgraph.html")
for folder in programs source side concepts lineage; do
  if [[ -d $out/site/$folder ]]; then
    pages+=("$(find "$out/site/$folder" -name '*.html' -printf '%s %p\n' | sort -n | tail -1 |
      cut -d' ' -f2-)")
  fi
done
for page in "${pages[@]}"; do
  [[ -f $page ]] || continue
  printf '%-40s %9d bytes  ' "${page#"$out/site/"}" "$(stat -c %s "$page")"
  node tests/browser/check_report.mjs --time-page "file://$(realpath "$page")" --repeat 5 |
    sed 's/ file:.*//'
done
