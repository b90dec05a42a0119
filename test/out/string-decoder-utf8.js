/* StringDecoder('utf8'): multi-byte characters split across writes at every possible point
 * come out whole; invalid and truncated sequences become U+FFFD exactly where Node puts them
 * (including a lead byte followed by a non-continuation in the next chunk); end() flushes an
 * incomplete character as U+FFFD; lastNeed/lastTotal/lastChar track the held bytes. */
var StringDecoder = require('string_decoder').StringDecoder;
function codes(s) {
    var out = [];
    for (var i = 0; i < s.length; i++) {
        out.push(s.charCodeAt(i).toString(16));
    }
    return '[' + out.join(' ') + ']';
}

/* Every split of each byte sequence into two and three chunks. */
var sequences = [
    [0x61, 0xc3, 0xa9, 0x62], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80, 0x21], [0xe2, 0x82, 0x41],
    [0xc3, 0x41, 0xc3], [0xf0, 0x9f, 0x41, 0x98], [0x80, 0x80, 0xc3, 0xa9], [0xed, 0xa0, 0x80, 0x61],
    [0xff, 0xfe, 0xe2, 0x82], [0xf8, 0x80, 0x80, 0x80, 0x80], [0xe2, 0x82, 0xac, 0xe2, 0x82, 0xac]
];
sequences.forEach(function (seq, n) {
    var results = [];
    for (var i = 0; i <= seq.length; i++) {
        for (var j = i; j <= seq.length; j++) {
            var d = new StringDecoder('utf8');
            var parts = [seq.slice(0, i), seq.slice(i, j), seq.slice(j)];
            var out = parts.map(function (p) { return codes(d.write(Buffer.from(p))); });
            out.push(codes(d.end()));
            results.push(i + '/' + j + '=' + out.join(''));
        }
    }
    console.log('seq#' + n, results.join(' '));
});

/* Byte by byte through a longer text. */
var text = Buffer.from('aé€😀b\u0800\uffff');
var d = new StringDecoder('utf8');
var pieces = [];
for (var i = 0; i < text.length; i++) {
    pieces.push(codes(d.write(text.subarray(i, i + 1))) + d.lastNeed + '/' + d.lastTotal);
}
console.log('bytewise', pieces.join(' '), codes(d.end()));

d = new StringDecoder();
console.log('default encoding', d.encoding);
console.log('write e2', codes(d.write(Buffer.from([0xe2]))), d.lastNeed, d.lastTotal, d.lastChar.toString('hex'));
console.log('write 82', codes(d.write(Buffer.from([0x82]))), d.lastNeed, d.lastTotal, d.lastChar.toString('hex'));
console.log('end', codes(d.end()), d.lastNeed, d.lastTotal);
console.log('reuse after end', codes(d.write(Buffer.from('ok'))));
console.log('end with buffer', codes(d.end(Buffer.from([0x61, 0xf0, 0x9f]))));
console.log('end with nothing held', JSON.stringify(d.end()));
console.log('empty write', JSON.stringify(d.write(Buffer.alloc(0))));
console.log('string write', d.write('passes through'));
console.log('typed array', codes(d.write(new Uint16Array([0xa9c3]))));
console.log('DataView', codes(d.write(new DataView(new Uint8Array([0xe2, 0x82, 0xac]).buffer))));
d.write(Buffer.from([0xe2, 0x82]));
console.log('text resets', codes(d.text(Buffer.from('xyz'), 1)));
console.log('text end', codes(d.end()));
var big = Buffer.alloc(70000, '€');
d = new StringDecoder('utf8');
var a = d.write(big.subarray(0, 40001));
var b = d.write(big.subarray(40001));
console.log('big', a.length, b.length, codes(d.end()), (a + b) === big.toString());
