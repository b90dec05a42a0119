/* fs-concurrent: many asynchronous requests in flight at once on the worker pool: 200 writes,
 * then 200 reads into buffers nobody else references, stats and a readdir, with garbage made
 * meanwhile; every callback runs exactly once with the right data (results sorted, since
 * completion order is not defined). */
var fs = require('fs');
var base = (process.env.TMPDIR || '/tmp') + '/nodule-fs-conc-' + process.pid;
fs.mkdirSync(base);
var N = 200;
var pending = N;
var calls = 0;
for (var i = 0; i < N; i++) {
    (function (i) {
        fs.writeFile(base + '/f' + i, 'file number ' + i, function (err) {
            calls++;
            if (err) throw err;
            if (--pending === 0) reads();
        });
    })(i);
}
console.log('writes queued', N);

function reads() {
    console.log('writes done', calls);
    var results = [];
    var left = N * 3 + 1;
    function done() {
        if (--left > 0) return;
        results.sort();
        console.log('results', results.length, results[0], results[results.length - 1]);
        var ok = 0;
        for (var k = 0; k < N; k++) {
            if (results.indexOf('read ' + k + ' file number ' + k) !== -1 &&
                results.indexOf('stat ' + k + ' ' + ('file number ' + k).length) !== -1 &&
                results.indexOf('str ' + k + ' file number ' + k) !== -1) ok++;
        }
        console.log('all matched', ok === N);
        fs.rmSync(base, { recursive: true });
        console.log('cleaned', fs.existsSync(base));
    }
    for (var i = 0; i < N; i++) {
        (function (i) {
            var fd = fs.openSync(base + '/f' + i, 'r');
            fs.read(fd, Buffer.alloc(64), 0, 64, 0, function (err, n, buf) {
                fs.closeSync(fd);
                results.push('read ' + i + ' ' + buf.toString('utf8', 0, n));
                done();
            });
            fs.stat(base + '/f' + i, function (err, st) {
                results.push('stat ' + i + ' ' + st.size);
                done();
            });
            fs.readFile(base + '/f' + i, 'utf8', function (err, s) {
                results.push('str ' + i + ' ' + s);
                done();
            });
        })(i);
    }
    fs.readdir(base, function (err, names) {
        console.log('readdir', names.length);
        done();
    });
    /* garbage while the requests are in flight */
    var junk = [];
    for (var j = 0; j < 2000; j++) {
        junk.push({ a: [j, String(j)], b: Buffer.alloc(16) });
        if (junk.length > 100) junk = [];
    }
}
