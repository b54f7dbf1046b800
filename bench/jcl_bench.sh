#!/bin/sh
# Parse + expand of a synthetic PROC-heavy JCL library (>= 100,000 lines), one thread.
# Usage: bench/jcl_bench.sh [BUILD_DIR] [LINES]   (make build first)
set -eu
build=${1:-build}
lines=${2:-100000}
out=bench/out/jcl
rm -rf "$out"
"$build/bin/remint_jcl_bench" "$out" "$lines"
