#!/usr/bin/env bash
# emitted_bench.sh [RECORDS] - the emitted C++ against the cobc build on bankdemo's decimal-heavy
# steps (posting DAILYPST, interest accrual INTACCR), both run in this one invocation.
#
# Generates a bankdemo estate of RECORDS transaction records (default 1000000) with gen_data,
# runs jobs BANKD01 and BANKD02 twice with the stream runner: once from the cobc build (-O2,
# as run-estate builds it) and once with DAILYPST, INTACCR and DATEUTIL built from the C++ that
# `remint emit` writes (CMake Release: -O2); checks that every output of the two runs is the
# same bytes, and prints per step: wall and CPU seconds of each, the speed-up (cobc CPU /
# emitted CPU) and the emitted step's peak RSS. Also prints the emit + C++ compile time per
# 1,000 COBOL lines of the emitted members. Needs `make build` first.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=${REMINT_BUILD_DIR:-$root/build}
records=${1:-1000000}
out=$here/out/emitted
estate=$root/corpus/bankdemo
members=DAILYPST,INTACCR,DATEUTIL
mkdir -p "$out"
if [ ! -f "$out/data-$records/data-ascii/TRANDAY" ]; then
    "$build/corpus/bankdemo/gen_data" --records "$records" --out "$out/data-$records" >/dev/null
fi
export COBC_FLAGS_EXTRA=-O2
# Peak RSS of each step itself, not of the Python that runs the stream (estate.py).
export ESTATE_MEASURE_RSS=1
python3 "$estate/tools/estate.py" run "$out/reference" --jobs BANKD01,BANKD02 \
    --data-dir "$out/data-$records" >/dev/null
start=$(date +%s.%N)
python3 "$estate/tools/estate.py" run "$out/emitted" --jobs BANKD01,BANKD02 \
    --data-dir "$out/data-$records" --use emitted --emit "$members" \
    --remint "$build/bin/remint" >/dev/null
if ! diff -r "$out/reference/result" "$out/emitted/result" >/dev/null; then
    echo "emitted_bench: the outputs differ (diff -r $out/reference/result $out/emitted/result)"
    exit 1
fi
echo "outputs: identical ($records records)"
printf '%-12s %-9s %10s %10s %10s %10s %8s %12s %12s\n' step program cobc_wall emit_wall \
    cobc_cpu emit_cpu speedup cobc_rss_MiB emit_rss_MiB
join -t $'\t' <(tail -n +2 "$out/reference/times.tsv" | awk -F'\t' '{print $2"\t"$3"\t"$4"\t"$5"\t"$6}' | sort) \
              <(tail -n +2 "$out/emitted/times.tsv" | awk -F'\t' '{print $2"\t"$4"\t"$5"\t"$6}' | sort) |
    awk -F'\t' -v m="$members" 'BEGIN{n=split(m,a,",");for(i=1;i<=n;i++)e[a[i]]=1}
        e[$2]{printf "%-12s %-9s %10.3f %10.3f %10.3f %10.3f %7.1fx %12.1f %12.1f\n",
              $1,$2,$3,$6,$4,$7,($7>0?$4/$7:0),$5/1024,$8/1024}'
lines=0
for m in ${members//,/ }; do lines=$((lines + $(wc -l < "$estate/BANK.PROD.COBOL/$m"))); done
t0=$(date +%s.%N)
rm -rf "$out/compile"
"$build/bin/remint" emit $(for m in ${members//,/ }; do echo "$estate/BANK.PROD.COBOL/$m"; done) \
    -I "$estate/BANK.PROD.COPYLIB" --dialect ibm -o "$out/compile/project" >/dev/null
cmake -S "$out/compile/project" -B "$out/compile/project/build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release >/dev/null
t1=$(date +%s.%N)
cmake --build "$out/compile/project/build" --target cobrt >/dev/null
t2=$(date +%s.%N)
cmake --build "$out/compile/project/build" >/dev/null
t3=$(date +%s.%N)
awk -v l="$lines" -v e="$t1" -v s="$t0" -v r0="$t1" -v r1="$t2" -v c="$t3" 'BEGIN{
    printf "compile: %d COBOL lines; emit+configure %.2f s, runtime %.2f s (once), programs %.2f s: %.2f s per 1,000 lines (programs only, no ccache)\n",
           l, e-s, r1-r0, c-r1, (c-r1)*1000/l}'
