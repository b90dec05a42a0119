#!/bin/bash
# test/render.sh RUNTIME SCRIPT: runs one golden test (NAME.js, or NAME.sh run with $NODE set) and prints its rendered result, the text that
# test/out/NAME.out records.  The same rendering serves recording (under node) and checking (under
# nodule), so the two are compared as text:
#   <stdout>
#   [stderr]          only when stderr has lines left after filtering, followed by them
#   [exit N]          only when the exit status is not 0
# Filtered out, because they differ between engines without meaning anything to a user:
# stack frame lines ('    at ...'), caret lines under a source line, Node's 'Node.js vX' trailer and
# its '(Use `node --trace-...' hint, and the source-line block Node prints for an error thrown in
# its own internals.  The repository path becomes <root> and '(node:PID)' and
# '(nodule:PID)' become '(PID)', a message that starts 'node: ' (CLI errors) starts 'nodule: ',
# and the REPL's 'Welcome to Node.js vX.' or 'Welcome to nodule vY.' reads 'Welcome to <runtime>.'.
runtime=$1; script=$2
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(dirname "$script"); base=$(basename "$script")
tmp=$(mktemp -d)
args=()
[ -f "${script%.*}.args" ] && read -r -a args < "${script%.*}.args"
stdin=/dev/null
[ -f "${script%.*}.stdin" ] && stdin="${script%.*}.stdin"
mult=${ND_TEST_TIMEOUT_MULTIPLIER:-1}
# NAME.sh tests drive the command line: they run with $NODE naming the runtime.
if [[ "$script" == *.sh ]]; then
    (cd "$dir" && NODE="$runtime" timeout $((20 * mult)) bash "$base" <"$stdin" >"$tmp/out" 2>"$tmp/err")
else
    (cd "$dir" && timeout $((20 * mult)) "$runtime" "$base" "${args[@]}" <"$stdin" >"$tmp/out" 2>"$tmp/err")
fi
code=$?
normalize() { sed -e "s#$root#<root>#g" -e 's/^node: /nodule: /' -e 's/Welcome to \(Node\.js\|nodule\) v[0-9.]*\./Welcome to <runtime>./' -e 's/(node:[0-9]*)/(PID)/g' -e 's/(nodule:[0-9]*)/(PID)/g'; }
normalize <"$tmp/out"
[ -s "$tmp/out" ] && [ "$(tail -c1 "$tmp/out" | od -An -c | tr -d ' ')" != '\n' ] && echo
# Node prints the source line of an error thrown inside its own internals (node:internal/...);
# those lines are Node's code, not the user's, so that block is dropped too.
awk '/^node:[^ ]*:[0-9]+$/ { skip = 3; next } skip > 0 { skip--; if (skip == 0 && $0 != "") print; next } { print }' "$tmp/err" \
    | grep -v -E '^\s+at |^\s*\^+\s*$|^Node\.js v[0-9]|^\(Use `node --trace' | normalize \
    | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$tmp/errf"
if [ -s "$tmp/errf" ]; then echo '[stderr]'; cat "$tmp/errf"; fi
[ $code -ne 0 ] && echo "[exit $code]"
rm -rf "$tmp"
exit 0
