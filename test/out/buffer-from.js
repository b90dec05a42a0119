/* Buffer.from over every input kind: strings in each encoding (with Node's lenient base64 and
 * hex parsing and its handling of surrogates and non-latin1 characters), arrays and
 * array-likes (values wrapped to bytes), ArrayBuffers (shared memory, byteOffset and length),
 * Buffer and typed-array copies, objects with valueOf or Symbol.toPrimitive, and the errors. */
function hex(b) {
    return b.length + ':' + b.toString('hex');
}
function show(label, f) {
    try {
        var r = f();
        console.log(label, Buffer.isBuffer(r) ? hex(r) : r);
    } catch (e) {
        console.log(label, 'threw', e.name, e.code, e.message);
    }
}

var strings = ['', 'abc', 'héllo', '€uro', '😀', '\ud83d', '\ude00x', 'a\ud83d\ude00b', '\u0000\u007f\u0080\u00ff',
               '\u0100\u0161\u4e2d', 'Zm9vYmFy', 'Zm9vYg==', 'Zm9vYg', 'Zm9v\nYmFy', '-_-_', '+/+/',
               'Zm=9v', 'a', 'ab', 'abc=def', '0123456789abcdefABCDEF', 'zz12', '12zz34', '1 23', 'abc'];
var encodings = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary',
                 'ascii', 'base64', 'base64url', 'hex', 'HEX', 'Latin1'];
strings.forEach(function (s, i) {
    encodings.forEach(function (enc) {
        show('from#' + i + ' ' + enc, function () { return Buffer.from(s, enc); });
    });
});
show('no encoding', function () { return Buffer.from('x€'); });
show('encoding undefined', function () { return Buffer.from('x€', undefined); });
show('encoding null', function () { return Buffer.from('x€', null); });
show('encoding number', function () { return Buffer.from('x€', 5); });
show('encoding empty', function () { return Buffer.from('x€', ''); });
show('encoding bogus', function () { return Buffer.from('x€', 'bogus'); });
show('base64 non-ascii low byte', function () { return Buffer.from('\u0161\u0161\u0161\u0161', 'base64'); });
show('base64 surrogate is =', function () { return Buffer.from('aGk\ud83d\ude00aGk', 'base64'); });
show('hex non-ascii low byte', function () { return Buffer.from('6\u0131', 'hex'); });

/* Arrays and array-likes */
show('array', function () { return Buffer.from([1, 2, 3]); });
show('array wraps', function () { return Buffer.from([256, 257, -1, -129, 1.9, -1.9, NaN, 'x', '7', null, true]); });
show('empty array', function () { return Buffer.from([]); });
show('array-like', function () { return Buffer.from({ length: 3, 0: 9, 1: 8, 2: 7 }); });
show('array-like holes', function () { return Buffer.from({ length: 2 }); });
show('array-like length string', function () { return Buffer.from({ length: '3', 0: 1 }); });
show('array-like negative length', function () { return Buffer.from({ length: -1 }); });
show('array-like NaN length', function () { return Buffer.from({ length: NaN }); });
show('array-like fractional length', function () { return Buffer.from({ length: 2.5, 0: 1, 1: 2, 2: 3 }); });
show('toJSON shape', function () { return Buffer.from({ type: 'Buffer', data: [104, 105] }); });
show('toJSON round trip', function () { return Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hey')))); });
show('Uint16Array', function () { return Buffer.from(new Uint16Array([1, 256, 0x1234])); });
show('Float64Array', function () { return Buffer.from(new Float64Array([1.5, -1, 300])); });
show('Int8Array', function () { return Buffer.from(new Int8Array([-1, -128, 127])); });

/* Copies */
var src = Buffer.from('copy me');
var copy = Buffer.from(src);
copy[0] = 0x43;
console.log('copy is independent', src.toString(), copy.toString());
var u8 = new Uint8Array([5, 6, 7]);
var fromU8 = Buffer.from(u8);
u8[0] = 0;
console.log('from Uint8Array copies', hex(fromU8), fromU8 instanceof Buffer);
var sub = Buffer.from('abcdef').subarray(2, 4);
console.log('copy of a view', hex(Buffer.from(sub)));

/* ArrayBuffers share memory */
var ab = new ArrayBuffer(8);
var whole = Buffer.from(ab);
var part = Buffer.from(ab, 2, 3);
var tail = Buffer.from(ab, 5);
new Uint8Array(ab)[2] = 0xaa;
new Uint8Array(ab)[6] = 0xbb;
console.log('arraybuffer whole', hex(whole), whole.buffer === ab, whole.byteOffset);
console.log('arraybuffer part', hex(part), part.byteOffset, part.buffer === ab);
console.log('arraybuffer tail', hex(tail), tail.byteOffset);
part[0] = 0xcc;
console.log('writes are shared', new Uint8Array(ab)[2]);
show('ab offset string', function () { return Buffer.from(ab, '4'); });
show('ab offset NaN', function () { return Buffer.from(ab, 'x'); });
show('ab length 0', function () { return Buffer.from(ab, 1, 0); });
show('ab length negative', function () { return Buffer.from(ab, 1, -5); });
show('ab offset at end', function () { return Buffer.from(ab, 8); });
show('ab offset past end', function () { return Buffer.from(ab, 9); });
show('ab length past end', function () { return Buffer.from(ab, 4, 5); });
show('typed array .buffer', function () { return Buffer.from(new Uint16Array([0x0102, 0x0304]).buffer); });

/* valueOf and Symbol.toPrimitive */
show('String object', function () { return Buffer.from(new String('str')); });
show('String object + enc', function () { return Buffer.from(new String('6869'), 'hex'); });
show('valueOf string', function () { return Buffer.from({ valueOf: function () { return 'vo'; } }); });
show('valueOf array', function () { return Buffer.from({ valueOf: function () { return [1, 2]; } }); });
show('valueOf number', function () { return Buffer.from({ valueOf: function () { return 5; } }); });
var prim = {};
prim[Symbol.toPrimitive] = function (hint) { return 'prim:' + hint; };
show('toPrimitive', function () { return Buffer.from(prim); });
var primNum = {};
primNum[Symbol.toPrimitive] = function () { return 1; };
show('toPrimitive number', function () { return Buffer.from(primNum); });

/* Errors */
[5, true, undefined, null, Symbol('s'), function f() {}, {}, 1.5].forEach(function (v, i) {
    show('bad#' + i, function () { return Buffer.from(v); });
});
show('Buffer(5)', function () { return Buffer(5); });
show('new Buffer(2)', function () { return new Buffer(2); });
show('new Buffer(str)', function () { return new Buffer('hi'); });
show('new Buffer(str, hex)', function () { return new Buffer('6869', 'hex'); });
show('Buffer(5, enc)', function () { return Buffer(5, 'utf8'); });
show('Buffer.of', function () { return Buffer.of(1, 2, 300, -1); });
show('Buffer.of()', function () { return Buffer.of(); });
show('copyBytesFrom', function () { return Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1); });
show('copyBytesFrom all', function () { return Buffer.copyBytesFrom(new Uint16Array([1, 2, 3])); });
show('copyBytesFrom offset past', function () { return Buffer.copyBytesFrom(new Uint8Array([1]), 5); });
show('copyBytesFrom length past', function () { return Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 1, 9); });
show('copyBytesFrom bad', function () { return Buffer.copyBytesFrom([1, 2]); });
show('copyBytesFrom bad offset', function () { return Buffer.copyBytesFrom(new Uint8Array(2), -1); });
