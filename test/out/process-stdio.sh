# Proves: stdin as a stream from a pipe ('data', setEncoding, 'end', readable/read) and from a
# file; stdout as a stream (pipe into it, write callbacks); 4 MB written to a pipe arrive whole.
# (Node itself drops pipe output after process.exit(); nodule does not, but a golden test can
# only record what Node does, so that case is not here.)
printf 'line one\nline two\n' | "$NODE" -e 'process.stdin.setEncoding("utf8"); var s = ""; process.stdin.on("data", function (d) { s += d; }); process.stdin.on("end", function () { console.log(JSON.stringify(s)); })'
printf 'abc' | "$NODE" -e 'var s = ""; process.stdin.on("readable", function () { var c; while ((c = process.stdin.read()) !== null) { s += c; } }); process.stdin.on("end", function () { console.log("readable:", s); })'
printf 'from a file\n' > "${TMPDIR:-/tmp}/nd-stdin-$$.txt"
"$NODE" -e 'process.stdin.on("data", function (d) { process.stdout.write("file: " + d); })' < "${TMPDIR:-/tmp}/nd-stdin-$$.txt"
rm -f "${TMPDIR:-/tmp}/nd-stdin-$$.txt"
"$NODE" -e 'var R = require("stream").Readable; var r = new R({ read: function () {} }); r.pipe(process.stdout); r.push("piped "); r.push("text\n"); r.push(null)'
"$NODE" -e 'process.stdout.write("with callback\n", function () { console.log("callback ran"); })'
"$NODE" -e 'var s = new Array(200001).join("x"); for (var i = 0; i < 20; i++) process.stdout.write(s)' | wc -c
echo 'console.log("piped script", typeof require)' | "$NODE"
