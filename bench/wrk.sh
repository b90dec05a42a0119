# bench/wrk.sh: sourced by the HTTP benchmarks.  wrk_measure URL CONNECTIONS SECONDS prints
# "REQUESTS_PER_SECOND P99_LATENCY" of one wrk run (one thread, on core 1).
wrk_measure() {
    taskset -c 1 wrk -t1 -c"$2" -d"$3s" --latency "$1" |
        awk '/Requests\/sec/ {rps = $2} $1 == "99%" {p99 = $2} END {print rps, p99}'
}

# wrk_settings [SECONDS] [CONNECTIONS]: the run's length (default 10 s) and connections (50) as
# secs and conns, with wrk installed from Debian when missing.
wrk_settings() {
    secs=${1:-10}
    conns=${2:-50}
    command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
}
