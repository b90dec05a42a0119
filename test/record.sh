#!/bin/bash
# test/record.sh [FILTER]: records test/out/NAME.out for every golden test by running it under the
# real node (the oracle).  Never edit a .out by hand, and never record from nodule.
cd "$(dirname "$0")/.." || exit 2
command -v node >/dev/null || { echo "record: node is not on PATH" >&2; exit 1; }
n=0
for t in test/out/*.js test/out/*.mjs test/out/*.sh; do
    [ -e "$t" ] || continue
    [ -n "$1" ] && [[ "$t" != *"$1"* ]] && continue
    bash test/render.sh node "$t" > "${t%.*}.out"
    n=$((n + 1))
done
echo "recorded $n expectations with $(node --version)"
