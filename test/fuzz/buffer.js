'use strict';
// test/fuzz/buffer.js: fuzz driver (tools/fuzz_runtime.c) for Buffer's decoders and encoders:
// each input is decoded in every encoding, re-encoded, and passed through StringDecoder in
// pieces; the invariants Node keeps must hold (a UTF-8 round trip of a decoded string is
// stable, base64/hex round trips give the bytes back, StringDecoder in pieces equals a whole
// decode).  test/fuzz/replay.js prints __ndFuzzDescribe per input (every decoding of the
// bytes, and the bytes read as a string in every encoding), to compare node with nodule.
// Seeds: test/fuzz/buffer/.
const { StringDecoder } = require('string_decoder');

const encodings = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex', 'binary', 'ucs2'];

function check(cond, what) {
    if (!cond) {
        throw new Error('buffer invariant broken: ' + what);
    }
}

function decodeInPieces(buf, enc, step) {
    const d = new StringDecoder(enc);
    let s = '';
    for (let i = 0; i < buf.length; i += step) {
        s += d.write(buf.subarray(i, i + step));
    }
    return s + d.end();
}

globalThis.__ndFuzzOne = function (bytes) {
    const buf = Buffer.from(bytes);
    const step = (buf[0] % 7) + 1 || 1;
    for (const enc of encodings) {
        const s = buf.toString(enc);
        const again = Buffer.from(s, enc);
        check(Buffer.byteLength(s, enc) === again.length, 'byteLength ' + enc);
        if (enc === 'hex' || enc === 'base64' || enc === 'base64url' || enc === 'latin1' || enc === 'binary') {
            check(again.equals(buf), 'round trip ' + enc);
        }
        if (enc !== 'base64' && enc !== 'base64url' && enc !== 'hex') {
            check(decodeInPieces(buf, enc, step) === s, 'StringDecoder ' + enc);
        }
    }
    const text = buf.toString('utf8');
    check(Buffer.from(text, 'utf8').toString('utf8') === text, 'utf8 stable');
    check(buf.toString('hex').length === buf.length * 2, 'hex length');
    Buffer.from(text).toJSON();
    buf.indexOf(buf.subarray(step));
    buf.lastIndexOf(buf.subarray(0, step));
    buf.includes(text.slice(0, 3));
    Buffer.compare(buf, Buffer.from(text));
    require('buffer').isUtf8(buf);
    require('buffer').isAscii(buf);
    try {
        atob(buf.toString('latin1'));
    } catch (e) {
        check(e.name === 'InvalidCharacterError', 'atob error ' + e.name);
    }
};

globalThis.__ndFuzzDescribe = function (bytes) {
    const buf = Buffer.from(bytes);
    const text = buf.toString('latin1');
    return encodings.map((enc) => enc + ' ' + JSON.stringify(buf.toString(enc)) + ' ' +
        Buffer.from(text, enc).toString('hex') + ' ' + Buffer.byteLength(text, enc)).join('\n');
};
