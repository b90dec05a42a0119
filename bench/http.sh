#!/bin/bash
# bench/http.sh: the hello-world HTTP server (bench/http-hello.js) under nodule and node, in the
# same run, server pinned to core 0 and wrk to core 1: requests per second, p99 latency, RSS idle
# and after the run; then the hand-written C server (bench/c-hello.c, build/c-hello) as the
# ceiling.  Prints Markdown rows for docs/performance.md.  Needs wrk (installed from
# Debian when missing).  Usage: bash bench/http.sh [seconds] [connections]
set -eu
cd "$(dirname "$0")/.."
. bench/wrk.sh
NODULE=${NODULE:-build/nodule}
wrk_settings "$@"
echo "| server | requests/s | p99 latency | RSS idle | RSS after |"
echo "|---|---|---|---|---|"
CEILING=${CEILING:-build/c-hello}
port=18080
for runtime in "$NODULE" node "$CEILING"; do
    port=$((port + 1))
    if [ "$runtime" = "$CEILING" ]; then
        [ -x "$CEILING" ] || continue   # make bench builds it
        taskset -c 0 "$CEILING" $port >/dev/null &
    else
        taskset -c 0 $runtime bench/http-hello.js $port >/dev/null &
    fi
    pid=$!
    sleep 1
    idle=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    read -r rps p99 < <(wrk_measure "http://127.0.0.1:$port/" "$conns" "$secs")
    after=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    kill $pid
    wait $pid 2>/dev/null || true
    echo "| $(basename "$runtime") | $rps | $p99 | ${idle} KB | ${after} KB |"
done
