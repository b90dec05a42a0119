#!/bin/bash
# test/run.sh: runs every test, each in its own process with a timeout, and ends with the line
# 'N passed, N failed'.  NODULE names the runtime under test (make test: build/nodule;
# make test-node: node itself, which re-checks every recorded expectation against the oracle).
#   test/js/test-*.js   assertion tests: pass = exit status 0
#   test/out/*.js|mjs|sh golden tests: rendered output (test/render.sh) must equal NAME.out,
#                       which make test-record wrote from node
#   test/c/run          C unit tests of src/ internals, when built (one 'ok'/'not ok' line each)
# A file that says /* skip: reason */ near its top is reported as skipped with the reason.
# ND_TEST_FILTER=substring runs only the tests whose path contains it.
cd "$(dirname "$0")/.." || exit 2
runtime=${NODULE:-build/nodule}
case "$runtime" in /*) ;; */*) runtime=$(pwd)/$runtime ;; esac
mult=${ND_TEST_TIMEOUT_MULTIPLIER:-1}
passed=0; failed=0; skipped=0; failures=()

skip_reason() { head -5 "$1" | sed -n 's#.*/\* skip: \(.*\) \*/.*#\1#p' | head -1; }

for t in test/js/test-*.js test/out/*.js test/out/*.mjs test/out/*.sh; do
    [ -e "$t" ] || continue
    [ -n "$ND_TEST_FILTER" ] && [[ "$t" != *"$ND_TEST_FILTER"* ]] && continue
    reason=$(skip_reason "$t")
    if [ -n "$reason" ]; then
        echo "skip $t ($reason)"; skipped=$((skipped + 1)); continue
    fi
    case "$t" in
    test/js/*)
        out=$(cd test/js && timeout $((20 * mult)) "$runtime" "$(basename "$t")" 2>&1 </dev/null)
        code=$?
        if [ $code -eq 0 ]; then
            echo "ok $t"; passed=$((passed + 1))
        else
            echo "not ok $t (exit $code)"; echo "$out" | tail -15 | sed 's/^/    /'
            failed=$((failed + 1)); failures+=("$t")
        fi ;;
    test/out/*)
        expected="${t%.*}.out"
        if [ ! -f "$expected" ]; then
            echo "not ok $t (no $expected: run make test-record)"; failed=$((failed + 1))
            failures+=("$t"); continue
        fi
        actual=$(bash test/render.sh "$runtime" "$t")
        if [ "$actual" == "$(cat "$expected")" ]; then
            echo "ok $t"; passed=$((passed + 1))
        else
            echo "not ok $t (output differs from node's)"
            diff <(cat "$expected") <(echo "$actual") | head -20 | sed 's/^/    /'
            failed=$((failed + 1)); failures+=("$t")
        fi ;;
    esac
done

# C unit tests (built by the Makefile as build/test-c when test/c exists).
ctest=$(dirname "$runtime")/test-c
if [ -x "$ctest" ] && [ -z "$ND_TEST_FILTER" ]; then
    while read -r line; do
        echo "$line"
        case "$line" in
        ok*) passed=$((passed + 1)) ;;
        "not ok"*) failed=$((failed + 1)); failures+=("${line#not ok }") ;;
        esac
    done < <(timeout $((60 * mult)) "$ctest" 2>&1; echo "exit $?")
fi

if [ ${#failures[@]} -gt 0 ]; then
    echo; echo "failed:"; printf '  %s\n' "${failures[@]}"
fi
echo
if [ $skipped -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
[ $failed -eq 0 ]
