#!/bin/bash
# bench/lower.sh: figures of the lowering compiler (issue: modern JavaScript): throughput on a
# large real-world modern source (npm's own code, shipped with node), and a loop-heavy modern
# program beside its hand-written ES5 twin under nodule (and the modern one under node for
# reference), and the start-up of a small modern script beside its ES5 twin.
# Usage: bash bench/lower.sh   (builds build/ndlower first: make build/ndlower)
set -eu
cd "$(dirname "$0")/.."
make -s build/ndlower >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
src=/usr/lib/node_modules/npm
if [ -d "$src" ]; then
    # Files the compiler lowers (ES modules are not lowered yet), each wrapped in a function so
    # their top-level declarations do not collide, concatenated as one module.
    find "$src" -name '*.js' -size -200k | LC_ALL=C sort | while read -r f; do
        if build/ndlower "$f" >/dev/null 2>&1; then
            echo "(function () {"; sed "1{/^#!/d}" "$f"; echo; echo "})();"
        fi
    done > "$tmp/corpus.js"
    echo "corpus: $(wc -c < "$tmp/corpus.js") bytes of npm's JavaScript"
    build/ndlower -t 5 "$tmp/corpus.js"
fi
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine >/dev/null
hyperfine -N --warmup 3 -r 20 'build/nodule bench/lower-loop-modern.js' \
    'build/nodule bench/lower-loop-es5.js' 'node bench/lower-loop-modern.js' 2>&1 \
    | grep -E 'Benchmark|Time \(mean'
hyperfine -N --warmup 10 -r 100 'build/nodule bench/startup-modern.js' \
    'build/nodule bench/startup-es5.js' 2>&1 | grep -E 'Benchmark|Time \(mean|faster'
