#!/bin/bash
# bench/idle-conns.sh [N]: RSS of the hello-world server holding N idle keep-alive connections
# (default 5000), nodule beside node, and how long a request on a new connection takes while
# they are held (the median of 20, by curl).  The server's keepAliveTimeout is raised so
# connections stay open while measured; node opens the connections (bench/idle-client.js).
set -eu
cd "$(dirname "$0")/.."
NODULE=${NODULE:-build/nodule}
n=${1:-5000}
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true   # 2 descriptors a connection (client and server)
echo "| server | RSS idle | RSS with $n idle connections | new request meanwhile (median) |"
echo "|---|---|---|---|"
port=18180
for runtime in "$NODULE" node; do
    port=$((port + 1))
    $runtime -e "
        const http = require('http');
        const s = http.createServer((req, res) => { res.writeHead(200, {'Content-Type': 'text/plain'}); res.end('Hello World'); });
        s.keepAliveTimeout = 600000;
        s.listen($port, '127.0.0.1');" &
    pid=$!
    sleep 1
    idle=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    node bench/idle-client.js $port "$n" > "${TMPDIR:-/tmp}/idle-client.$$" &
    client=$!
    for _ in $(seq 1 120); do
        grep -q ready "${TMPDIR:-/tmp}/idle-client.$$" 2>/dev/null && break
        sleep 0.5
    done
    held=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    fresh=$(for _ in $(seq 1 20); do
        curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/"
    done | sort -n | sed -n 10p | awk '{printf "%.2f ms", $1 * 1000}')
    kill $client $pid
    wait $client $pid 2>/dev/null || true
    rm -f "${TMPDIR:-/tmp}/idle-client.$$"
    echo "| $(basename "$runtime") | ${idle} KB | ${held} KB | $fresh |"
done
