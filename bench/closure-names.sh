#!/bin/bash
# bench/closure-names.sh: what inferred function names cost (bench/closure-names.js): time to make
# and call 1,000,000 closures in each MODE under nodule (warm compile cache) beside node, then,
# when valgrind is there, the instructions of 100,000 with the compile cache warm and off
# (freshly compiled functions carry fewer properties than ones loaded from bytecode).
# Usage: bash bench/closure-names.sh   (NODULE=path/to/nodule to measure another build)
set -eu
cd "$(dirname "$0")/.."
nd=${NODULE:-build/nodule}
modes="anon var arrow key named"
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine >/dev/null
for m in $modes; do
    hyperfine -N --warmup 2 -r 10 "$nd bench/closure-names.js $m" "node bench/closure-names.js $m" \
        2>&1 | grep -E 'Benchmark|Time \(mean'
done
command -v valgrind >/dev/null || exit 0
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$nd" bench/closure-names.js "$1" \
        100000 2>&1 | sed -n 's/.*refs: *//p'
}
for m in $modes; do
    "$nd" bench/closure-names.js "$m" 10 >/dev/null
    warm=$(count "$m")
    echo "$m: $warm instructions (cache warm), $(NODE_DISABLE_COMPILE_CACHE=1 count "$m") (cache off)"
done
