#!/bin/bash
# bench/run.sh: start-up and memory of nodule beside node, in the same run (make bench).
# Prints a Markdown table of medians (time: hyperfine; peak RSS: median of 11 runs) and ratios
# for docs/performance.md.  Needs hyperfine
# (installed from Debian when missing) and node.  Timings are never assertions in make test.
set -eu
cd "$(dirname "$0")/.."
NODULE=${NODULE:-build/nodule}
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine >/dev/null
command -v node >/dev/null || { echo "bench: node is not on PATH" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

median_ms() { # hyperfine JSON -> median in ms of command $2
    node -e 'const r=require(process.argv[1]).results[+process.argv[2]];console.log((r.median*1000).toFixed(2))' "$1" "$2"
}
# Median of 11 runs: a single peak RSS reading varies by a few hundred KB.
peak_kb() {
    for _ in 1 2 3 4 5 6 7 8 9 10 11; do /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; done \
        | sort -n | sed -n 6p
}

row() { # name, script-args...
    local name=$1; shift
    hyperfine -N --warmup 10 --runs ${RUNS:-100} --export-json "$tmp/h.json" \
        "$NODULE $*" "node $*" >/dev/null 2>&1
    local a b ra rb
    a=$(median_ms "$tmp/h.json" 0); b=$(median_ms "$tmp/h.json" 1)
    ra=$(peak_kb $NODULE "$@"); rb=$(peak_kb node "$@")
    printf '| %s | %s ms | %s ms | %sx | %s KB | %s KB | %sx |\n' "$name" "$a" "$b" \
        "$(node -p "($b/$a).toFixed(1)")" "$ra" "$rb" "$(node -p "($rb/$ra).toFixed(1)")"
}

echo "| benchmark | nodule median | node median | node/nodule | nodule peak RSS | node peak RSS | node/nodule |"
echo "|---|---|---|---|---|---|---|"
row '`-e 0`' -e 0
row 'require events, path, util + print' bench/startup-require.js
row 'hello world script' examples/hello.js
strip -o "$tmp/nodule" "$NODULE"
echo
echo "stripped binary: $(stat -c %s "$tmp/nodule") bytes; ldd: $(ldd "$NODULE" | awk '{print $1}' | tr '\n' ' ')"
