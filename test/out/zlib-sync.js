/* zlib-sync: the sync convenience forms (gzip/gunzip, deflate/inflate, deflateRaw/inflateRaw,
 * unzip) round-trip text and binary of several sizes (empty, 1 byte, 1 KB, 100 KB from a
 * deterministic generator) and every input kind (string, Buffer, TypedArray, DataView,
 * ArrayBuffer); small inputs compress to the same bytes as node's bundled zlib at every level;
 * options level/windowBits/memLevel/strategy/chunkSize/finishFlush/dictionary; gunzip of
 * node-made data embedded as base64, multi-member gzip and trailing zero padding.
 * Larger outputs are compared by round trip only: node bundles Chromium's zlib, whose deflate
 * picks different matches than the system zlib for inputs past a few KB. */
var zlib = require('zlib');

function gen(n, seed) {
    var b = Buffer.alloc(n);
    var x = seed >>> 0;
    for (var i = 0; i < n; i++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        b[i] = (x >>> 16) & 255;
    }
    return b;
}
function text(n) {
    var words = ['alpha', 'beta', 'gamma', 'delta', 'nodule', 'zlib', 'stream\n'];
    var s = '';
    var x = 7;
    while (s.length < n) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        s += words[(x >>> 16) % 7] + ' ';
    }
    return s.slice(0, n);
}

var pairs = [
    ['gzipSync', 'gunzipSync'], ['deflateSync', 'inflateSync'],
    ['deflateRawSync', 'inflateRawSync'], ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync']
];
var inputs = [
    ['empty', Buffer.alloc(0)], ['one', Buffer.from([0x41])], ['bin1k', gen(1000, 1)],
    ['bin100k', gen(100000, 2)], ['text100k', Buffer.from(text(100000))]
];
pairs.forEach(function (p) {
    inputs.forEach(function (inp) {
        var c = zlib[p[0]](inp[1]);
        var d = zlib[p[1]](c);
        console.log(p[0], p[1], inp[0], Buffer.isBuffer(c), Buffer.isBuffer(d), d.equals(inp[1]),
                    zlib.crc32(d));
    });
});

/* Exact bytes where the two zlibs cannot differ: stored blocks (level 0), Huffman-only and RLE
 * coding, and an input without repeats at every level.  Elsewhere only round trips. */
var small = 'The quick brown fox jumps over the lazy dog. The quick brown fox.';
var unique = 'abcdefghijklmnopqrstuvwxyz0123456789';
[0, 1, 5, 6, 9, -1].forEach(function (level) {
    console.log('level', level, zlib.deflateSync(unique, { level: level }).toString('base64'));
    console.log('gzip level', level, zlib.gzipSync(unique, { level: level }).toString('hex'));
    console.log('raw level', level, zlib.deflateRawSync(unique, { level: level }).toString('hex'));
    console.log('round trip level', level,
                zlib.inflateSync(zlib.deflateSync(small, { level: level })).toString() === small);
});
console.log('level 0', zlib.deflateSync(small, { level: 0 }).toString('hex'));
[zlib.constants.Z_HUFFMAN_ONLY, zlib.constants.Z_RLE].forEach(function (strategy) {
    console.log('strategy', strategy, zlib.deflateSync(small, { strategy: strategy }).toString('hex'));
});
[0, 1, 4].forEach(function (strategy) {
    console.log('strategy round trip', strategy,
                zlib.inflateSync(zlib.deflateSync(text(9000), { strategy: strategy })).toString() === text(9000));
});
console.log('windowBits 9', zlib.deflateSync(unique, { windowBits: 9 }).toString('hex'));
console.log('windowBits 9 round trip', zlib.inflateSync(zlib.deflateSync(text(20000), { windowBits: 9 })).length);
console.log('gzip windowBits 9 round trip', zlib.gunzipSync(zlib.gzipSync(text(20000), { windowBits: 9 })).length);
console.log('memLevel 1', zlib.deflateSync(unique, { memLevel: 1 }).toString('hex'));
console.log('memLevel 1 round trip', zlib.inflateSync(zlib.deflateSync(text(20000), { memLevel: 1 })).length);
console.log('chunkSize 64', zlib.inflateSync(zlib.deflateSync(text(5000)), { chunkSize: 64 }).length);
console.log('chunkSize 64 deflate', zlib.inflateSync(zlib.deflateSync(gen(5000, 9), { chunkSize: 64 })).equals(gen(5000, 9)));

/* Input kinds. */
var ab = new Uint8Array([104, 105, 33]).buffer;
console.log('string', zlib.inflateSync(zlib.deflateSync('h\u00e9llo \u20ac')).toString());
console.log('u16', zlib.inflateSync(zlib.deflateSync(new Uint16Array([1, 2, 3]))));
console.log('dataview', zlib.inflateSync(zlib.deflateSync(new DataView(ab))));
console.log('arraybuffer', zlib.inflateSync(zlib.deflateSync(ab)));
console.log('slice', zlib.inflateSync(zlib.deflateSync(Buffer.from('xxhelloxx').subarray(2, 7))).toString());
console.log('inflate of u8', zlib.inflateSync(new Uint8Array(zlib.deflateSync('u8 in'))).toString());

/* Node-made data. */
var nodeGzip = Buffer.from(
    'H4sIAAAAAAACA42aUcqcNwxF37uKWUALlmzL9nIKmZBAmkBJocsv5beUt/Pdd+HPcy1L91jz7ev396u9fnx+/fzyfn3/' +
    '8en9x19/fnq/Pn/99+c/f79/f7Xfvv0fYhBiHyEOIeMjpEPI+QgZ9KH4iJkQ4/MjJiCm33UW7fjuZ0NM3J91IGZfdYxE' +
    '7jeGVPb7MUOd1w0ipZffINI6Y0jrnr+NxI5cidQ+99SM5O4pE+m9bsI66W13T06Cz/s5J8HPTSUnwcc9OifBT14jUnzk' +
    'nkjxk58jxWfqRIrvG0OCxz26ToL7zctOgu/7uU6CzywlJLjf8+0k+L43vJPgcU+lYz1JCUhwy5VQ8JtOHRW/QYMUH1fM' +
    'QYr3q9MgxS1XIsVzS5jhN3kHCb6vloMEX9ksSPCVK5HgK/d0hKDZhM9NEzY+XZBgdkHMOZ5PZU7heGcIiTKXkHJzC8k7' +
    'j3ANogkXKky4muHCJY8ulIsYQuGJKZSwCKEYxhLKamyhQMd5rvSrCS1jmdB8lgttbHWhIa4htNY1hSa9Qmj3awnGYW3B' +
    'gqwjmJndBFu0TTBY2wWrtvuz59tDMI97CjZ0h2Bo93p2xnsLFnsfxas3wfQfE+jhuIAhpws8c8YzF535jFcnnintrGfY' +
    'O1tY5zzvx1p7/mHWTJDImqK2tS4cnLUh5IC1KaSTtZDgT8hxa1vBv3YU/kPcLABk4Mwgpa4YEmcxICJnQSBDZ8FyCDXY' +
    'TCnnhtw564tHaDKG5DmK4k1ofeZKFzWEz1NfHEJvN8TPnUEh+A1zxboYA2h98QiGyphB87AZQvP6d8UxGmJomk9DDrVa' +
    'awqW2JBEo6IUo27Ior30OgI+GNJobgtpNJHGhkJHhjyaoGVIpKvWmgL+GTNpRS3pi1va/VGUQC4tVRFM84Cm8hJgSKaV' +
    'N4imlYMIp5XPSKd1N6byAGPIp3VnEVDr/iOhVi1BRK26FMq7lzGkpqpMqVl7EVOrjjOnZpDy2GgIqtWpkFSr6yGrVgdF' +
    'WK1uvJQ3XkNcLZeAvFqOA4G13AsSazmhJT2tI7P+eqU/ittDas2lkFrLg25pnsHcmseI5JpqIbmWY0d0Lfe/lRGSIb0W' +
    'lSC+FuEgvxYtIcDmto4wsTMG2AwawgQRCbZWCmVPS/l1WxJKEd2RY/MAHUE2k8ERZDOxHEE2k9SbkO+OHOv1wRCuoSPH' +
    '5pV2BtkMUgqNI8dGjfFMKIDOIJty8eg0p2Y2pPHiVOaLCLI1YESQrQkjgmyNGE1psI4gW0NGnqGmXgiyOWZEjk074q5Y' +
    'G2eOrS+GYLmcQTYPm0E2r78rttIRZNOiOoKs1VouWGdHkI2KUiy9I8gmHjiCrNVa65laHDk2Aci7AlOOHJtg5giyq9Zy' +
    'ARidQbaihvTFKe0+JCWWoiqCbB7QUJ4QHDm28gY5tnIQQbbyGUG27sZUnm8cQbbuLIJs3X8E2aolCLJVl6bydOYMsqkq' +
    'g2zWXh62phIMshmkPFo6cmx1KuTYX/+sWUoHRZCtbhzKg7Hz0DX3hSBbjgNBttwLgmw5oaU81juCbDk0BtlUFUG2ltqK' +
    'B13KmMSZY/MYEWRTLeTYcuzIseX+tzKgcgTZohKeweYpIsharbWfwcu3MBl0xtgMsmesdKTYWqkrexLGsM4Um0IdSXTk' +
    '2DpABNlKhvMw/P4PqsFjY+krAAA=' +    '', 'base64');
var plain = zlib.gunzipSync(nodeGzip);
console.log('node gzip', nodeGzip.length, plain.length, zlib.crc32(plain),
            JSON.stringify(plain.toString().split('\n').slice(0, 2)));
console.log('node gzip unzip', zlib.unzipSync(nodeGzip).equals(plain));
console.log('node deflate', zlib.inflateSync(Buffer.from(
    'eJwrSixXSMxLUajKyUxSSMusKCktSlUoGhUcTIIAyZSaJQ==', 'base64')).toString().length);
console.log('node raw', zlib.inflateRawSync(Buffer.from(
    'K0osV0jMS1GoyslMUkjLrCgpLUpVKBoVHEyCAA==', 'base64')).toString().slice(0, 22));
var multi = Buffer.from('H4sIAAAAAAAAA0vLLCouUchNzU1KLbJWAABIe4lnDgAAAB+LCAAAAAAAAAMrTk3Oz0tRyE3NTUotAgAkdPqfDQAAAA==', 'base64');
console.log('multi member', JSON.stringify(zlib.gunzipSync(multi).toString()));
console.log('multi member unzip', JSON.stringify(zlib.unzipSync(multi).toString()));
console.log('zero padding', zlib.gunzipSync(Buffer.concat([zlib.gzipSync('pad'), Buffer.alloc(7)])).toString());

/* finishFlush: a truncated stream read as far as it goes. */
var full = zlib.deflateSync(text(3000));
var part = zlib.inflateSync(full.subarray(0, full.length - 40), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log('partial', part.length > 0, text(3000).indexOf(part.toString()) === 0);

/* A preset dictionary. */
var dict = Buffer.from('quick brown fox lazy dog');
var withDict = zlib.deflateSync(small, { dictionary: dict });
console.log('dictionary back', zlib.inflateSync(withDict, { dictionary: dict }).toString() === small);
var rawDict = zlib.deflateRawSync(small, { dictionary: dict });
console.log('raw dictionary back', zlib.inflateRawSync(rawDict, { dictionary: dict }).toString() === small);

/* info: true returns the engine too. */
var info = zlib.gzipSync('info', { info: true });
console.log('info', Object.keys(info), Buffer.isBuffer(info.buffer), info.engine instanceof zlib.Gzip);
