#!/bin/bash
# bench/repl.sh [RUNS]: the interactive REPL's start-up to its first prompt on a real pty, and
# its resident memory at that prompt, nodule beside node (make bench; tools/pty_first_prompt.c).
# Prints a Markdown row for docs/performance.md.  Never an assertion in make test.
set -eu
cd "$(dirname "$0")/.."
NODULE=${NODULE:-build/nodule}
RUNS=${1:-51}
make -s build/pty_first_prompt
read -r a ka < <(build/pty_first_prompt "$RUNS" "$NODULE")
read -r b kb < <(build/pty_first_prompt "$RUNS" node)
echo "| benchmark | nodule median | node median | node/nodule | nodule RSS at prompt | node RSS at prompt | node/nodule |"
echo "|---|---|---|---|---|---|---|"
printf '| REPL to first prompt (pty) | %s ms | %s ms | %sx | %s KB | %s KB | %sx |\n' "$a" "$b" \
    "$(node -p "($b/$a).toFixed(1)")" "$ka" "$kb" "$(node -p "($kb/$ka).toFixed(1)")"
