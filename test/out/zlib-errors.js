/* zlib-errors: Node's errors from the sync forms: bad headers (Z_DATA_ERROR, errno -3),
 * truncated and empty input ('unexpected end of file', Z_BUF_ERROR), trailing garbage after a
 * gzip member, a missing or wrong dictionary (Z_NEED_DICT), maxOutputLength
 * (ERR_BUFFER_TOO_LARGE), argument types (ERR_INVALID_ARG_TYPE) and option ranges
 * (ERR_OUT_OF_RANGE); plus zlib.codes and the legacy top-level constants. */
var zlib = require('zlib');

function describe(e) {
    var out = e.name + ' ' + e.code + ': ' + e.message;
    if (e.errno !== undefined) out += ' errno=' + e.errno;
    return out + ' ' + JSON.stringify(Object.keys(e));
}
function attempt(label, fn) {
    try {
        var r = fn();
        console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r);
    } catch (e) {
        console.log(label, describe(e));
    }
}

var gz = zlib.gzipSync('some text to compress, some text');
var df = zlib.deflateSync('some text to compress, some text');
var dict = Buffer.from('some text');

attempt('gunzip bad', function () { return zlib.gunzipSync(Buffer.from('bad')); });
attempt('inflate bad', function () { return zlib.inflateSync(Buffer.from('bad data here')); });
attempt('inflateRaw bad', function () { return zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])); });
attempt('unzip bad', function () { return zlib.unzipSync(Buffer.from('not compressed at all')); });
attempt('gunzip of deflate', function () { return zlib.gunzipSync(df); });
attempt('inflate of gzip', function () { return zlib.inflateSync(gz); });
attempt('gunzip truncated', function () { return zlib.gunzipSync(gz.subarray(0, gz.length - 5)); });
attempt('gunzip header only', function () { return zlib.gunzipSync(gz.subarray(0, 10)); });
attempt('inflate truncated', function () { return zlib.inflateSync(df.subarray(0, 8)); });
attempt('gunzip empty', function () { return zlib.gunzipSync(Buffer.alloc(0)); });
attempt('inflate empty', function () { return zlib.inflateSync(''); });
attempt('inflateRaw empty', function () { return zlib.inflateRawSync(Buffer.alloc(0)); });
attempt('unzip empty', function () { return zlib.unzipSync(Buffer.alloc(0)); });
var badCrc = Buffer.from(gz);
badCrc[badCrc.length - 6] ^= 0xff;
attempt('gunzip bad crc', function () { return zlib.gunzipSync(badCrc); });
attempt('gunzip trailing garbage', function () {
    return zlib.gunzipSync(Buffer.concat([gz, Buffer.from('garbage')]));
});
var withDict = zlib.deflateSync('some text again', { dictionary: dict });
attempt('missing dictionary', function () { return zlib.inflateSync(withDict); });
attempt('bad dictionary', function () { return zlib.inflateSync(withDict, { dictionary: Buffer.from('other') }); });
attempt('good dictionary', function () { return zlib.inflateSync(withDict, { dictionary: dict }).toString(); });
attempt('maxOutputLength', function () {
    return zlib.inflateSync(zlib.deflateSync(Buffer.alloc(1000)), { maxOutputLength: 100 });
});
attempt('maxOutputLength ok', function () {
    return zlib.inflateSync(zlib.deflateSync(Buffer.alloc(10)), { maxOutputLength: 100 }).length;
});

attempt('number input', function () { return zlib.gzipSync(42); });
attempt('null input', function () { return zlib.deflateSync(null); });
attempt('object input', function () { return zlib.inflateSync({}); });
attempt('undefined input', function () { return zlib.gunzipSync(); });
attempt('level 10', function () { return zlib.deflateSync('x', { level: 10 }); });
attempt('level -2', function () { return zlib.deflateSync('x', { level: -2 }); });
attempt('level string', function () { return zlib.deflateSync('x', { level: '3' }); });
attempt('level Infinity', function () { return zlib.deflateSync('x', { level: Infinity }); });
attempt('level NaN', function () { return zlib.inflateSync(zlib.deflateSync('x', { level: NaN })).toString(); });
attempt('windowBits 7', function () { return zlib.deflateSync('x', { windowBits: 7 }); });
attempt('windowBits 8 gzip', function () { return zlib.gzipSync('x', { windowBits: 8 }); });
attempt('windowBits 16', function () { return zlib.inflateSync(df, { windowBits: 16 }); });
attempt('windowBits 0 inflate', function () { return zlib.inflateSync(df, { windowBits: 0 }).toString(); });
attempt('memLevel 0', function () { return zlib.deflateSync('x', { memLevel: 0 }); });
attempt('strategy 5', function () { return zlib.deflateSync('x', { strategy: 5 }); });
attempt('chunkSize 10', function () { return zlib.deflateSync('x', { chunkSize: 10 }); });
attempt('chunkSize string', function () { return zlib.deflateSync('x', { chunkSize: 'big' }); });
attempt('finishFlush 6', function () { return zlib.inflateSync(df, { finishFlush: 6 }); });
attempt('flush -1', function () { return zlib.deflateSync('x', { flush: -1 }); });
attempt('dictionary string', function () { return zlib.deflateSync('x', { dictionary: 'abc' }); });
attempt('async no callback', function () { return zlib.gzip('x'); });
attempt('async bad input', function () { return zlib.gzip(42, function () {}); });

console.log('codes', JSON.stringify(zlib.codes));
console.log('frozen', Object.isFrozen(zlib.codes));
console.log('legacy', zlib.Z_FINISH, zlib.Z_BEST_COMPRESSION, zlib.Z_DATA_ERROR, zlib.Z_DEFAULT_CHUNK,
            zlib.Z_MAX_CHUNK, zlib.DEFLATE, zlib.BROTLI_DECODE, Object.keys(zlib).indexOf('Z_FINISH'));
var c = Object.assign({}, zlib.constants);
delete c.ZLIB_VERNUM;
var cKeys = Object.keys(c).filter(function (k) { return k.indexOf('BROTLI') !== 0; });
console.log('constants', JSON.stringify(cKeys.map(function (k) { return k + '=' + c[k]; })));
console.log('crc32', zlib.crc32(''), zlib.crc32('abc'), zlib.crc32(Buffer.from('abc')),
            zlib.crc32('def', zlib.crc32('abc')), zlib.crc32('abcdef'),
            zlib.crc32(new Uint16Array([1, 2])));
attempt('crc32 number', function () { return zlib.crc32(5); });
attempt('crc32 bad value', function () { return zlib.crc32('x', -1); });
