#!/bin/bash
# The rule map of the whole NIST COBOL-85 suite (every .CBL and .SUB member): how long
# `remint report` takes to write it, and how long its largest page takes to load in headless
# Chromium (median of 5 loads, from disk, each in a fresh profile): the largest page of each
# kind and the rule catalogue. Targets (issue 12): < 10 s, < 1 s.
# Usage: bench/report_bench.sh [BUILD_DIR]   (make build and scripts/install-deps first)
set -euo pipefail
build=${1:-build}
nist=../shared/corpus/nist-cobol85
if [[ ! -d $nist ]]; then
  echo "report_bench: $nist is absent (the NIST corpus); nothing to measure" >&2
  exit 0
fi
out=bench/out/report
rm -rf "$out"
mkdir -p "$out"
members=("$nist"/*/*.CBL "$nist"/*/*.SUB "$nist"/*/lib/*.CBL)
best=""
for run in 1 2 3; do
  rm -rf "$out/site"
  start=$(date +%s%N)
  "$build/bin/remint" report "${members[@]}" -I "$nist/copy" -I "$nist/copyalt" \
    -o "$out/site" > "$out/summary.txt"
  end=$(date +%s%N)
  ms=$(((end - start) / 1000000))
  if [[ -z $best ]] || ((ms < best)); then best=$ms; fi
done
echo "members: ${#members[@]}"
cat "$out/summary.txt"
printf 'report: best of 3 runs %d.%03d s (target < 10 s; %d cores)\n' $((best / 1000)) \
  $((best % 1000)) "$(nproc)"
du -sh "$out/site" | awk '{print "site size: " $1}'
# The heaviest pages: the largest HTML file of each kind, and the rule catalogue (whose index
# script holds every rule of the estate).
pages=("$out/site/rules.html" "$out/site/index.html" "$out/site/concepts.html"
       "$out/site/callgraph.html")
for folder in programs source side concepts lineage; do
  pages+=("$(find "$out/site/$folder" -name '*.html' -printf '%s %p\n' | sort -n | tail -1 |
    cut -d' ' -f2-)")
done
for page in "${pages[@]}"; do
  printf '%-40s %9d bytes  ' "${page#"$out/site/"}" "$(stat -c %s "$page")"
  node tests/browser/check_report.mjs --time-page "file://$(realpath "$page")" --repeat 5 |
    sed 's/ file:.*//'
done
