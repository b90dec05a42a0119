#!/bin/bash
# bench/soak.sh: the hardening issue's soak.  The hello-world server (bench/http-hello.js) under
# nodule takes at least 1,000,000 keep-alive requests and then at least 200,000 requests on new
# connections (Connection: close); prints the server's RSS after the first 10,000 requests and
# at the end, and whether the end is within 10% of it.  wrk (from Debian when missing) runs on
# core 1, the server on core 0.  Usage: bash bench/soak.sh [keepalive-requests] [new-connections]
set -eu
cd "$(dirname "$0")/.."
NODULE=${NODULE:-build/nodule}
keepalive=${1:-1000000}
fresh=${2:-200000}
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
port=18290
taskset -c 0 "$NODULE" bench/http-hello.js $port >/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
sleep 1
rss() { awk '/VmRSS/ {print $2}' /proc/$pid/status; }

# Runs wrk until at least $1 requests are done; extra wrk arguments follow.  Prints the count.
run_until() {
    local want=$1 done=0 n
    shift
    while [ "$done" -lt "$want" ]; do
        n=$(taskset -c 1 wrk -t1 -c50 -d5s "$@" "http://127.0.0.1:$port/" |
            awk '/requests in/ {print $1}')
        done=$((done + n))
    done
    echo "$done"
}

first=$(taskset -c 1 wrk -t1 -c50 -d1s "http://127.0.0.1:$port/" | awk '/requests in/ {print $1}')
rss_first=$(rss)
ka=$(run_until "$keepalive")
rss_ka=$(rss)
nc=$(run_until "$fresh" -H 'Connection: close')
rss_end=$(rss)
kill -0 $pid
echo "| phase | requests | server RSS |"
echo "|---|---|---|"
echo "| first (keep-alive) | $first | ${rss_first} KB |"
echo "| keep-alive | $ka | ${rss_ka} KB |"
echo "| new connections | $nc | ${rss_end} KB |"
awk -v a="$rss_first" -v b="$rss_end" 'BEGIN {
    d = (b - a) * 100 / a
    printf "end vs first 10,000: %+.1f%% (%s)\n", d, (d <= 10 ? "within 10%" : "NOT within 10%")
}'
