#!/bin/bash
# bench/express.sh: an Express 4 hello-world app (bench/express-hello.js) under nodule and node in
# the same run: start-up (require to listening, hyperfine), requests per second and p99 (wrk, server
# on core 0, wrk on core 1), RSS idle and after at least 10,000 requests.  Express comes from a
# folder of its own (${ND_BENCH_EXPRESS:-$HOME/.cache/nodule-bench-express}; installed there when
# missing, which needs the registry), so that what it loads does not change with the packages
# make test-npm installs beside it.  Usage: bash bench/express.sh [seconds] [connections]
set -eu
cd "$(dirname "$0")/.."
. bench/wrk.sh
root=$(pwd)
NODULE=${NODULE:-$root/build/nodule}
secs=${1:-10}
conns=${2:-50}
cache=${ND_BENCH_EXPRESS:-$HOME/.cache/nodule-bench-express}
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine >/dev/null
mkdir -p "$cache"
[ -d "$cache/node_modules/express" ] || (cd "$cache" && npm install --no-audit --no-fund --silent express@4.21.2)
cp bench/express-hello.js "$cache/bench-express-hello.js"
cd "$cache"
echo "start-up, require('express') to listening:"
table=$(mktemp)
EXIT_ON_LISTEN=1 hyperfine -N -w 3 -r 30 --export-markdown "$table" \
    "$NODULE bench-express-hello.js 18190" "node bench-express-hello.js 18191" >/dev/null 2>&1
cat "$table"
rm -f "$table"
echo
echo "| server | requests/s | p99 latency | RSS idle | requests before 'after' | RSS after |"
echo "|---|---|---|---|---|---|"
port=18180
for runtime in "$NODULE" node; do
    port=$((port + 1))
    taskset -c 0 $runtime bench-express-hello.js $port >/dev/null &
    pid=$!
    sleep 1
    idle=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    warm=$(taskset -c 1 wrk -t1 -c10 -d2s "http://127.0.0.1:$port/" | awk '/requests in/ {print $1}')
    after=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    read -r rps p99 < <(wrk_measure "http://127.0.0.1:$port/" "$conns" "$secs")
    kill $pid
    wait $pid 2>/dev/null || true
    echo "| $(basename "$runtime") | $rps | $p99 | ${idle} KB | $warm | ${after} KB |"
done
