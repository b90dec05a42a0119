/* zlib-callback: the callback forms (gzip, gunzip, deflate, inflate, deflateRaw, inflateRaw,
 * unzip) compute on the worker pool and call back asynchronously with a Buffer, with and without
 * options, for empty, small and 100 KB inputs; errors arrive as the callback's first argument
 * with Node's message, errno and code; util.promisify works.  Calls are chained so the output
 * order does not depend on which pool thread finishes first. */
var zlib = require('zlib');
var util = require('util');

function gen(n) {
    var b = Buffer.alloc(n);
    var x = 12345;
    for (var i = 0; i < n; i++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        b[i] = 97 + ((x >>> 16) % 11);
    }
    return b;
}

var big = gen(100000);
var steps = [];
function step(fn) { steps.push(fn); }
function next() {
    var fn = steps.shift();
    if (fn) fn(next);
}

var pairs = [['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'],
             ['gzip', 'unzip'], ['deflate', 'unzip']];
pairs.forEach(function (p) {
    [Buffer.alloc(0), Buffer.from('a'), 'a string \u00e9', big].forEach(function (input, i) {
        step(function (done) {
            var sync = true;
            zlib[p[0]](input, function (err, compressed) {
                console.log(p[0], i, 'async', !sync, err, Buffer.isBuffer(compressed));
                zlib[p[1]](compressed, { chunkSize: 1024 }, function (err2, back) {
                    console.log(p[1], i, err2, Buffer.isBuffer(back),
                                back.equals(Buffer.from(input)), back.length);
                    done();
                });
            });
            sync = false;
        });
    });
});

step(function (done) {
    zlib.deflate('level nine', { level: 9 }, function (err, out) {
        console.log('options', err, zlib.inflateSync(out).toString());
        done();
    });
});
step(function (done) {
    zlib.gunzip(Buffer.from('definitely not gzip'), function (err, out) {
        console.log('error', err instanceof Error, err.message, err.errno, err.code, out);
        done();
    });
});
step(function (done) {
    var gz = zlib.gzipSync('truncate me please');
    zlib.gunzip(gz.subarray(0, 12), function (err, out) {
        console.log('truncated', err.message, err.errno, err.code, out);
        done();
    });
});
step(function (done) {
    zlib.inflate(zlib.deflateSync(Buffer.alloc(5000)), { maxOutputLength: 64 }, function (err) {
        console.log('maxOutputLength', err.code, err.message);
        done();
    });
});
step(function (done) {
    var dict = Buffer.from('dictionary words');
    zlib.deflate('words words dictionary', { dictionary: dict }, function (err, out) {
        zlib.inflate(out, { dictionary: dict }, function (err2, back) {
            console.log('dictionary', err, err2, back.toString());
            zlib.inflate(out, function (err3) {
                console.log('missing dictionary', err3.message, err3.code);
                done();
            });
        });
    });
});
step(function (done) {
    util.promisify(zlib.gzip)('promised').then(function (out) {
        return util.promisify(zlib.gunzip)(out);
    }).then(function (back) {
        console.log('promisify', back.toString());
        done();
    });
});
step(function (done) {
    console.log('done');
    done();
});
next();
