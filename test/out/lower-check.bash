#!/bin/bash
# test/out/lower-check.bash [FILTER] (not a golden test itself): checks the lowering compiler on the lower-*.js probes while
# nodule cannot run them yet.  For each probe: lowers it with build/ndlower (fast path off),
# checks the line count is unchanged, that Duktape compiles the output (build/duk-check), and
# that node running the lowered code (with js/internal/lower_runtime.js preloaded) prints what
# node running the original prints (the recorded .out).
cd "$(dirname "$0")/../.." || exit 2
pass=0; fail=0
tmp=$(mktemp -d)
for t in test/out/lower-*.js; do
    [ -n "$1" ] && [[ "$t" != *"$1"* ]] && continue
    name=$(basename "$t" .js)
    low="$tmp/$name.js"
    reason=$(head -5 "$t" | sed -n 's#.*/\* skip: \(.*\) \*/.*#\1#p' | head -1)
    if [ -n "$reason" ]; then
        echo "skip $name ($reason)"; continue
    fi
    if ! build/ndlower -f "$t" > "$low" 2> "$tmp/err"; then
        # a syntax error: node must report the same message on the same line
        node --check "$t" > /dev/null 2> "$tmp/nerr"
        exp="$(grep -m1 -E '^[A-Za-z]*Error' "$tmp/nerr") @$(grep -m1 -oE "$name.js:[0-9]+" "$tmp/nerr" | sed 's/.*://')"
        got="$(sed -E 's/^[^:]*:([0-9]+):[0-9]+: (.*)$/\2 @\1/' "$tmp/err")"
        if [ "$exp" = "$got" ]; then
            echo "ok $name (syntax error)"; pass=$((pass + 1))
        else
            echo "not ok $name (expected '$exp', got '$got')"; fail=$((fail + 1))
        fi
        continue
    fi
    why=""
    [ "$(wc -l < "$t")" = "$(wc -l < "$low")" ] || why="line count $(wc -l < "$t") -> $(wc -l < "$low")"
    build/duk-check "$low" 2> "$tmp/duk" || why="$why duktape: $(head -c 300 "$tmp/duk")"
    cp js/internal/lower_runtime.js "$tmp/rt.js"
    case "$name" in
    lower-generator*|lower-async*|lower-forof-close*|lower-fn-length*|lower-super*) ;;
    *)
        # node ignores the "use duk name" directives nodule's Duktape reads: name those functions
        # the same way for it (a helper defined beside the lowering's)
        node --expose-internals test/lower-names.js "$low" > "$tmp/named.js" &&
            mv "$tmp/named.js" "$low"
        echo 'globalThis.$ndName = function (f, n) {
            return Object.defineProperty(f, "name", { value: n, configurable: true }); };' >> "$tmp/rt.js"
        ;;
    esac
    case "$name" in
    lower-generator*|lower-async*|lower-forof-close*|lower-fn-length*|lower-super*)
        # coroutines need Duktape.Thread: run the lowered code under Duktape itself
        (cd "$(dirname "$t")" && timeout 20 "$OLDPWD/build/duk-check" -r "$tmp/rt.js" "$low" > "$tmp/out" 2> "$tmp/errout"; echo "[exit $?]" >> "$tmp/out")
        ;;
    *)
        (cd "$(dirname "$t")" && timeout 20 node -r "$tmp/rt.js" "$low" > "$tmp/out" 2> "$tmp/errout"; echo "[exit $?]" >> "$tmp/out")
        ;;
    esac
    (cd "$(dirname "$t")" && timeout 20 node "$name.js" > "$tmp/exp" 2> "$tmp/experr"; echo "[exit $?]" >> "$tmp/exp")
    # stderr: compare the error lines (message and source line number) only
    grep -E '^[A-Za-z]*Error|:[0-9]+$' "$tmp/errout" | sed "s#$tmp/##; s#$(pwd)/test/out/##" > "$tmp/e1"
    grep -E '^[A-Za-z]*Error|:[0-9]+$' "$tmp/experr" | sed "s#$(pwd)/test/out/##" > "$tmp/e2"
    if ! diff -q "$tmp/out" "$tmp/exp" > /dev/null; then
        why="$why output differs: $(diff "$tmp/exp" "$tmp/out" | head -12)"
    elif ! diff -q "$tmp/e1" "$tmp/e2" > /dev/null; then
        why="$why stderr differs: $(diff "$tmp/e2" "$tmp/e1" | head -6)"
    fi
    if [ -z "$why" ]; then
        echo "ok $name"; pass=$((pass + 1))
    else
        echo "not ok $name ($why)"; fail=$((fail + 1))
    fi
done
rm -rf "$tmp"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
