#!/bin/bash
# test/npm/run.sh (make test-npm): installs the pinned packages of test/npm/packages.txt with the
# real npm into a cache outside the repository (${ND_NPM_CACHE:-$HOME/.cache/nodule-npm}), then
# runs each test/npm/cases/NAME.js under node and under nodule and compares the output.  Needs
# the npm registry, which is why make test does not run it.  Prints one line per package and
# 'N passed, N failed'.
cd "$(dirname "$0")/../.." || exit 2
root=$(pwd)
NODULE=${NODULE:-$root/build/nodule}
cache=${ND_NPM_CACHE:-$HOME/.cache/nodule-npm}
mkdir -p "$cache"
pkgs=$(grep -v '^#' test/npm/packages.txt | tr '\n' ' ')
if [ ! -f "$cache/.installed" ] || [ "$(cat "$cache/.installed")" != "$pkgs" ]; then
    (cd "$cache" && [ -f package.json ] || echo '{"name":"nodule-npm-cache","private":true}' > package.json)
    (cd "$cache" && npm install --no-audit --no-fund --silent $pkgs) || { echo "npm install failed"; exit 1; }
    echo "$pkgs" > "$cache/.installed"
fi
passed=0; failed=0
for f in test/npm/cases/*.js test/npm/cases/*.mjs; do
    ext=${f##*.}; name=$(basename "$f" ".$ext")
    cp "$f" "$cache/case-$name.$ext"
    expected=$(cd "$cache" && timeout 30 node "case-$name.$ext" 2>&1; echo "exit $?")
    actual=$(cd "$cache" && timeout 30 "$NODULE" "case-$name.$ext" 2>&1; echo "exit $?")
    if [ "$expected" == "$actual" ]; then
        echo "ok $name"; passed=$((passed + 1))
    else
        echo "not ok $name"; failed=$((failed + 1))
        diff <(echo "$expected") <(echo "$actual") | head -8 | sed 's/^/    /'
    fi
done
echo
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
