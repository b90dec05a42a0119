#!/bin/bash
# bench/request-instructions.sh [N]: user-space instructions a request, counted by callgrind (the
# kernel's share is not counted): the hello-world server (bench/http-hello.js) and the Express
# app (bench/express-hello.js, from bench/express.sh's folder), each warmed with 200 requests,
# then N (default 2000) keep-alive requests from node (bench/keepalive-client.js).  Exact where
# requests per second move with the machine's load.  NODULE names the binary (build/nodule).
set -eu
cd "$(dirname "$0")/.."
NODULE=$(realpath "${NODULE:-build/nodule}")
n=${1:-2000}
command -v valgrind >/dev/null || apt-get install -y -qq valgrind >/dev/null
client=$(realpath bench/keepalive-client.js)
measure() { # label folder script
    local port=$((21000 + RANDOM % 1000)) out
    out=$(mktemp -d)
    (cd "$2" && exec valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$NODULE" "$3" $port \
        >/dev/null 2>"$out/err") &
    local pid=$!
    for _ in $(seq 1 100); do
        curl -s -o /dev/null "http://127.0.0.1:$port/" && break
        sleep 0.2
    done
    node "$client" $port 200
    callgrind_control -z $pid >/dev/null 2>&1
    node "$client" $port "$n"
    callgrind_control -d $pid >/dev/null 2>&1
    kill $pid
    wait $pid 2>/dev/null || true
    local total
    total=$(callgrind_annotate "$(ls -t "$out"/cg.* | head -1)" 2>/dev/null |
        awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
    rm -rf "$out"
    echo "| $1 | $((total / n)) |"
}
echo "| server | instructions a request |"
echo "|---|---|"
measure "hello world (bench/http-hello.js)" "$PWD" "$PWD/bench/http-hello.js"
express=${ND_BENCH_EXPRESS:-$HOME/.cache/nodule-bench-express}
if [ -d "$express/node_modules/express" ]; then
    cp bench/express-hello.js "$express/bench-express-hello.js"
    measure "Express (bench/express-hello.js)" "$express" bench-express-hello.js
else
    echo "(Express: run bench/express.sh once to install it in $express)"
fi
