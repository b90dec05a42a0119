/* zlib-stream: createGzip/createGunzip/createDeflate/createInflate/createDeflateRaw/
 * createInflateRaw/createUnzip are Transform streams: piping chunked input (1-byte and 1000-byte
 * chunks, 100 KB total) through a compressor and a decompressor gives the input back;
 * bytesWritten counts input bytes; flush() emits a decodable prefix; params() changes the level
 * mid-stream; corrupt input emits 'error' with Node's code; close() ends the stream; the
 * classes work with and without `new`; input past the end of a deflate stream is left
 * unconsumed and ends the readable side; the legacy sync _processChunk.  Data is compared
 * after concatenation, since the sizes of individual 'data' chunks are not part of the
 * contract. */
var zlib = require('zlib');
var stream = require('stream');

function gen(n) {
    var b = Buffer.alloc(n);
    var x = 99;
    for (var i = 0; i < n; i++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        b[i] = 97 + ((x >>> 16) % 13);
    }
    return b;
}
function chunks(buf, size) {
    var out = [];
    for (var i = 0; i < buf.length; i += size) out.push(buf.subarray(i, i + size));
    return out;
}
function collect(s, cb) {
    var parts = [];
    s.on('data', function (c) { parts.push(c); });
    s.on('end', function () { cb(Buffer.concat(parts)); });
}

var input = gen(100000);
var steps = [];
function step(fn) { steps.push(fn); }
function next() {
    var fn = steps.shift();
    if (fn) fn(next);
}

[['createGzip', 'createGunzip'], ['createDeflate', 'createInflate'],
 ['createDeflateRaw', 'createInflateRaw'], ['createGzip', 'createUnzip'],
 ['createDeflate', 'createUnzip']].forEach(function (p) {
    [1000, 1].forEach(function (size) {
        step(function (done) {
            var c = zlib[p[0]]();
            var d = zlib[p[1]]();
            var src = stream.Readable.from(chunks(size === 1 ? input.subarray(0, 3000) : input, size));
            var expect = size === 1 ? input.subarray(0, 3000) : input;
            collect(d, function (out) {
                console.log(p[0], p[1], size, out.equals(expect), c.bytesWritten, d.bytesWritten > 0);
            });
            stream.pipeline(src, c, d, function (err) {
                console.log('pipeline', p[0], err);
                done();
            });
        });
    });
});

step(function (done) {
    /* Decompress node-made gzip one byte at a time. */
    var gz = Buffer.from('H4sIAAAAAAAAA0vLLCouUchNzU1KLbJWAABIe4lnDgAAAB+LCAAAAAAAAAMrTk3Oz0tRyE3NTUotAgAkdPqfDQAAAA==', 'base64');
    var g = zlib.createGunzip();
    collect(g, function (out) {
        console.log('byte by byte', JSON.stringify(out.toString()), g.bytesWritten);
        done();
    });
    chunks(gz, 1).forEach(function (b) { g.write(b); });
    g.end();
});

step(function (done) {
    var g = zlib.createGzip();
    var parts = [];
    g.on('data', function (c) { parts.push(c); });
    g.write('first part, ');
    g.flush(function () {
        var soFar = Buffer.concat(parts);
        var partial = zlib.gunzipSync(soFar, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
        console.log('flush', partial.toString());
        g.end('second part');
        g.on('end', function () {
            console.log('after flush', zlib.gunzipSync(Buffer.concat(parts)).toString());
            done();
        });
    });
});

step(function (done) {
    var d = zlib.createDeflate({ level: 1 });
    var parts = [];
    d.on('data', function (c) { parts.push(c); });
    d.write(input.subarray(0, 20000));
    d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, function (err) {
        console.log('params', err);
        d.end(input.subarray(20000, 40000));
    });
    d.on('end', function () {
        console.log('after params', zlib.inflateSync(Buffer.concat(parts)).equals(input.subarray(0, 40000)));
        done();
    });
});

step(function (done) {
    var g = zlib.createGunzip();
    g.on('data', function () {});
    g.on('error', function (err) {
        console.log('stream error', err.message, err.errno, err.code);
        g.on('close', function () {
            console.log('closed after error', g.destroyed);
            done();
        });
    });
    g.end(Buffer.from('this is not gzip data'));
});

step(function (done) {
    var g = zlib.createGunzip();
    g.on('data', function () {});
    g.on('error', function (err) {
        console.log('truncated stream', err.message, err.code);
        done();
    });
    g.end(zlib.gzipSync('cut short').subarray(0, 15));
});

step(function (done) {
    var g = zlib.createGzip();
    g.close(function () {
        console.log('close callback', g.destroyed);
        done();
    });
});

step(function (done) {
    var a = new zlib.Gzip({ level: 9 });
    var b = zlib.Gunzip();
    console.log('classes', a instanceof zlib.Gzip, b instanceof zlib.Gunzip,
                a instanceof stream.Transform, typeof a.flush, typeof a.params, a.bytesWritten);
    a.pipe(b);
    collect(b, function (out) {
        console.log('pipe', out.toString());
        done();
    });
    a.end('piped through');
});

step(function (done) {
    var d = zlib.createDeflate({ chunkSize: 64 });
    collect(d, function (out) {
        console.log('encoding string input', zlib.inflateSync(out).toString());
        done();
    });
    d.write('h\u00e9llo ', 'utf8');
    d.end('776f726c64', 'hex');
});

step(function (done) {
    /* Input after the end of a deflate stream is not consumed; the readable side ends. */
    var df = zlib.deflateSync('payload');
    var inf = zlib.createInflate();
    collect(inf, function (out) {
        console.log('early end', out.toString(), inf.bytesWritten, df.length);
        done();
    });
    inf.write(df);
    inf.end(Buffer.from('junk'));
});

step(function (done) {
    var d = zlib.createDeflate();
    var legacy = d._processChunk(Buffer.from('legacy sync'), zlib.constants.Z_FINISH);
    console.log('_processChunk', zlib.inflateSync(legacy).toString());
    d.close();
    done();
});

step(function (done) {
    console.log('done');
    done();
});
next();
