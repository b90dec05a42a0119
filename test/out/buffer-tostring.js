/* buf.toString(encoding, start, end) in every encoding: invalid UTF-8 replaced by U+FFFD as
 * Node does (each maximal invalid subpart, truncated sequences, surrogates, overlongs), latin1
 * and ascii of high bytes, utf16le of odd lengths and lone surrogates, base64/base64url/hex
 * output, Node's clamping of start and end, and unknown encodings. */
function codes(s) {
    var out = [];
    for (var i = 0; i < s.length; i++) {
        out.push(s.charCodeAt(i).toString(16));
    }
    return s.length + ':' + out.join(',');
}
function show(label, f) {
    try {
        var r = f();
        console.log(label, typeof r === 'string' ? codes(r) : r);
    } catch (e) {
        console.log(label, 'threw', e.name, e.code, e.message);
    }
}

var samples = [
    [], [0x41], [0x7f, 0x80, 0xff], [0xc3, 0xa9], [0xc3], [0xc3, 0x41], [0xe2, 0x82, 0xac],
    [0xe2, 0x82], [0xe2, 0x41, 0x42], [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x9f, 0x98], [0xf0, 0x9f],
    [0xed, 0xa0, 0x80], [0xed, 0xb0, 0x80, 0x41], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80],
    [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80, 0x80, 0x41], [0xfe, 0xff], [0x3d, 0xd8, 0x00, 0xde],
    [0x3d, 0xd8, 0x41, 0x00], [0x00, 0xde], [0x41, 0x00, 0x42], [0x00, 0x01, 0x02, 0x03, 0xfd, 0xfe],
    [0xfb, 0xff, 0xbf], [1, 2, 3, 4, 5]
];
var encodings = ['utf8', 'latin1', 'ascii', 'ucs2', 'base64', 'base64url', 'hex', 'binary', 'UTF-16LE'];
samples.forEach(function (bytes, i) {
    var b = Buffer.from(bytes);
    encodings.forEach(function (enc) {
        show('#' + i + ' ' + enc, function () { return b.toString(enc); });
    });
});

var text = Buffer.from('héllo wörld');
show('no args', function () { return text.toString(); });
show('undefined enc', function () { return text.toString(undefined); });
show('range', function () { return text.toString('utf8', 1, 4); });
show('range mid-char', function () { return text.toString('utf8', 2, 5); });
show('start negative', function () { return text.toString('utf8', -5); });
show('start past end', function () { return text.toString('utf8', 100); });
show('end past end', function () { return text.toString('utf8', 3, 100); });
show('end before start', function () { return text.toString('utf8', 5, 2); });
show('end 0', function () { return text.toString('utf8', 0, 0); });
show('fractional', function () { return text.toString('latin1', 1.7, 3.2); });
show('string positions', function () { return text.toString('latin1', '1', '3'); });
show('NaN positions', function () { return text.toString('latin1', NaN, NaN); });
show('null start', function () { return text.toString('latin1', null, 3); });
show('end undefined', function () { return text.toString('hex', 8, undefined); });
show('end null', function () { return text.toString('hex', 0, null); });
show('end Infinity', function () { return text.toString('hex', 10, Infinity); });
show('start -Infinity', function () { return text.toString('hex', -Infinity, 2); });
show('upper enc', function () { return text.toString('HEX', 0, 2); });
show('array enc', function () { return text.toString(['hex'], 0, 2); });
show('unknown enc', function () { return text.toString('bogus'); });
show('null enc', function () { return text.toString(null); });
show('number enc', function () { return text.toString(5); });
show('empty enc', function () { return text.toString(''); });
show('empty buffer', function () { return Buffer.alloc(0).toString('hex'); });
show('toLocaleString', function () { return text.toLocaleString('hex', 0, 3); });

var big = Buffer.alloc(100000, 'aé€😀');
var s = big.toString();
console.log('big utf8', s.length, s.charCodeAt(0), s.charCodeAt(99999 % s.length), Buffer.byteLength(s));
console.log('big base64 round trip', Buffer.from(big.toString('base64'), 'base64').equals(big));
console.log('big hex round trip', Buffer.from(big.toString('hex'), 'hex').equals(big));
console.log('big latin1 round trip', Buffer.from(big.toString('latin1'), 'latin1').equals(big));
console.log('big ucs2 round trip', Buffer.from(big.toString('ucs2'), 'ucs2').equals(big));
