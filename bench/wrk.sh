# bench/wrk.sh: sourced by the HTTP benchmarks.  wrk_measure URL CONNECTIONS SECONDS prints
# "REQUESTS_PER_SECOND P99_LATENCY" of one wrk run (one thread, on core 1).
wrk_measure() {
    taskset -c 1 wrk -t1 -c"$2" -d"$3s" --latency "$1" |
        awk '/Requests\/sec/ {rps = $2} $1 == "99%" {p99 = $2} END {print rps, p99}'
}
