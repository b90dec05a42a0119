/* StringDecoder in utf16le/ucs2 (odd bytes and surrogate pairs held across writes, a lone
 * trailing byte dropped at end), base64 and base64url (3-byte groups held, the remainder
 * flushed at end), hex, latin1/binary and ascii (no state); every split point of a sample. */
var StringDecoder = require('string_decoder').StringDecoder;
function codes(s) {
    var out = [];
    for (var i = 0; i < s.length; i++) {
        out.push(s.charCodeAt(i).toString(16));
    }
    return '[' + out.join(' ') + ']';
}
var samples = {
    utf16le: [0x61, 0x00, 0x3d, 0xd8, 0x00, 0xde, 0xac, 0x20, 0x00, 0xdc, 0x3d, 0xd8, 0x62],
    ucs2: [0x3d, 0xd8, 0x41, 0x00, 0x3d],
    'UTF-16LE': [0x00, 0xd8, 0x00, 0xd8, 0x00, 0xdc],
    base64: [0x66, 0x6f, 0x6f, 0x62, 0x61, 0x72, 0xff, 0x00],
    base64url: [0xfb, 0xff, 0xbf, 0x3e, 0x3f],
    hex: [0x00, 0x0f, 0xf0, 0xff],
    latin1: [0x41, 0xe9, 0xff, 0x80],
    binary: [0x00, 0xfe],
    ascii: [0x41, 0xe9, 0xff, 0x80]
};
Object.keys(samples).forEach(function (enc) {
    var seq = samples[enc];
    var results = [];
    for (var i = 0; i <= seq.length; i++) {
        for (var j = i; j <= seq.length; j++) {
            var d = new StringDecoder(enc);
            var parts = [seq.slice(0, i), seq.slice(i, j), seq.slice(j)];
            var out = parts.map(function (p) { return codes(d.write(Buffer.from(p))); });
            out.push(codes(d.end()));
            results.push(i + '/' + j + '=' + out.join(''));
        }
    }
    console.log(enc, new StringDecoder(enc).encoding, results.join(' '));
});

var d = new StringDecoder('utf16le');
console.log('ucs2 state', codes(d.write(Buffer.from([0x3d, 0xd8]))), d.lastNeed, d.lastTotal, d.lastChar.toString('hex'));
console.log('ucs2 odd', codes(d.write(Buffer.from([0x00]))), d.lastNeed, d.lastTotal);
console.log('ucs2 end drops a byte', codes(d.end()), d.lastNeed, d.lastTotal);
d = new StringDecoder('base64');
console.log('base64 state', d.write(Buffer.from('ab')), d.lastNeed, d.lastTotal, d.lastChar.toString('hex'));
console.log('base64 more', d.write(Buffer.from('cdefg')), d.lastNeed, d.lastTotal);
console.log('base64 end', d.end(Buffer.from('h')));
d = new StringDecoder('hex');
console.log('hex', d.write(Buffer.from([1, 2])), d.end(Buffer.from([255])), d.lastNeed, d.lastTotal);
