#!/bin/bash
# bench/cluster.sh: the hello-world server as one and as two cluster workers
# (bench/cluster-hello.js), under nodule and node, with Node's default round-robin (the primary
# accepts and hands each connection over) and with NODE_CLUSTER_SCHED_POLICY=none (the workers
# accept on the shared socket).  wrk runs on core 1 (bench/wrk.sh) and the processes under test
# are not pinned: on a two-core machine a second worker shares its core with wrk.  Prints
# Markdown rows for docs/performance.md.  Usage: bash bench/cluster.sh [seconds] [connections]
set -eu
cd "$(dirname "$0")/.."
. bench/wrk.sh
NODULE=${NODULE:-build/nodule}
wrk_settings "$@"
echo "| server | policy | workers | requests/s | p99 latency |"
echo "|---|---|---|---|---|"
port=18180
for runtime in "$NODULE" node; do
    for policy in rr none; do
        for workers in 1 2; do
            port=$((port + 1))
            NODE_CLUSTER_SCHED_POLICY=$policy $runtime bench/cluster-hello.js $port $workers \
                >/dev/null &
            pid=$!
            sleep 1.5
            read -r rps p99 < <(wrk_measure "http://127.0.0.1:$port/" "$conns" "$secs")
            kill $pid
            wait $pid 2>/dev/null || true
            echo "| $(basename "$runtime") | $policy | $workers | $rps | $p99 |"
        done
    done
done
