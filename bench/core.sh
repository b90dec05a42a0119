#!/bin/bash
# bench/core.sh: issue 5's core-module workloads under nodule and node, in the same run: reading a
# 50 MB file (sync and stream), writing 10,000 small files, sha256 of 100 MB, gzip of 50 MB.
# Each bench/core-*.js runs unchanged under both, timed by hyperfine -N; prints a Markdown table
# of medians and ratios (nodule/node: the issue asks for at most 1.5x) for docs/performance.md.
# Needs hyperfine (installed from Debian when missing) and node.  Not a test: nothing here is
# asserted.  Usage: bash bench/core.sh [runs]  (NODULE= picks the binary, TMPDIR the disk of
# the large files, WDIR the directory the small files go to: /dev/shm by default, because on
# this machine's shared virtual disk the same 10,000 creates took 0.3 s on one run and 3 s on
# the next, which measured the disk and not the runtime)
set -eu
cd "$(dirname "$0")/.."
NODULE=${NODULE:-build/nodule}
runs=${1:-10}
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine >/dev/null
command -v node >/dev/null || { echo "bench: node is not on PATH" >&2; exit 1; }
tmp=$(mktemp -d)
wdir=${WDIR:-$( [ -w /dev/shm ] && mktemp -d -p /dev/shm || echo "$tmp" )}/small
trap 'rm -rf "$tmp" "$(dirname "$wdir")"' EXIT

# 50 MB of text that compresses like logs or text (gzip -6 about 2.3:1), the same bytes every
# run: lines of words picked by a fixed linear congruential generator.
make_input() {
    node -e '
        const words = "the of and to in is for on that with as by this from at or be are an it".split(" ")
            .concat("const var function return buffer stream error value length chunk data".split(" "));
        const out = Buffer.alloc(50 * 1024 * 1024);
        let seed = 12345, pos = 0, col = 0;
        while (pos < out.length) {
            seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
            const w = (seed >>> 8) % 97 < words.length ? words[(seed >>> 8) % 97] : String(seed % 10007);
            pos += out.write(col > 72 ? "\n" : " ", pos);
            col = col > 72 ? 0 : col + 1;
            pos += out.write(w, pos);
            col += w.length;
        }
        require("fs").writeFileSync(process.argv[1], out);' "$1"
}

median_ms() { # hyperfine JSON, index -> median in ms
    node -e 'const r=require(process.argv[1]).results[+process.argv[2]];console.log((r.median*1000).toFixed(1))' "$1" "$2"
}

row() { # name, prepare-command ('' for none), script-args...
    local name=$1 prepare=$2; shift 2
    local prep=()
    [ -n "$prepare" ] && prep=(--prepare "$prepare")
    hyperfine -N --warmup 1 --runs "$runs" "${prep[@]}" --export-json "$tmp/h.json" \
        "$NODULE $*" "node $*" >/dev/null 2>&1
    local a b
    a=$(median_ms "$tmp/h.json" 0); b=$(median_ms "$tmp/h.json" 1)
    printf '| %s | %s ms | %s ms | %sx |\n' "$name" "$a" "$b" "$(node -p "($a/$b).toFixed(2)")"
}

make_input "$tmp/in.txt"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "| workload | nodule median | node median | nodule/node |"
echo "|---|---|---|---|"
row 'readFileSync, 50 MB' '' bench/core-read-sync.js "$tmp/in.txt"
row "createReadStream, 50 MB, 'data'" '' bench/core-read-stream.js "$tmp/in.txt"
row 'writeFileSync, 10,000 small files' "rm -rf $wdir" bench/core-write-small.js "$wdir" sync
row 'writeFile (callback), 10,000 small files' "rm -rf $wdir" bench/core-write-small.js "$wdir" callback
row 'fs.promises.writeFile, 10,000 small files' "rm -rf $wdir" bench/core-write-small.js "$wdir" promises
row 'sha256 of 100 MB, 64 KB updates' '' bench/core-sha256.js
row 'gzipSync, 50 MB' '' bench/core-gzip.js "$tmp/in.txt" sync
row 'createGzip stream, 50 MB file to file' '' bench/core-gzip.js "$tmp/in.txt" stream "$tmp/out.gz"
# The other work on the machine moves these figures: say how busy it was.
echo
echo "load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
