/* buf.indexOf / lastIndexOf / includes for numbers (low byte), strings in each encoding
 * (utf16le matching at even offsets only), buffers and Uint8Arrays, with Node's byteOffset
 * rules (negative from the end, clamping, NaN, a string offset taken as the encoding), empty
 * needles, and the errors. */
function show(label, f) {
    try {
        console.log(label, f());
    } catch (e) {
        console.log(label, 'threw', e.name, e.code, e.message);
    }
}
var b = Buffer.from('abcdef abcdef €uro ab');

var needles = ['a', 'ab', 'abc', 'f a', '€', '€u', 'zz', '', 'ab', 'b'];
var offsets = [undefined, 0, 1, 7, 8, 20, 21, 22, 100, -1, -3, -8, -100, 1.9, -1.9, NaN, null, {}, [], [4], true, Infinity, -Infinity, 0x80000000];
needles.forEach(function (n, i) {
    console.log('indexOf#' + i, offsets.map(function (o) { return b.indexOf(n, o); }).join(' '));
    console.log('lastIndexOf#' + i, offsets.map(function (o) { return b.lastIndexOf(n, o); }).join(' '));
});
[0x61, 0x161, -159, 97.9, 0xe2, 0, 256, NaN].forEach(function (n) {
    console.log('number', n, offsets.map(function (o) { return b.indexOf(n, o); }).join(' '),
                '|', offsets.map(function (o) { return b.lastIndexOf(n, o); }).join(' '));
});
show('string offset is the encoding', function () { return b.indexOf('a', 'latin1') + ' ' + b.lastIndexOf('a', 'hex'); });
show('string offset unknown', function () { return b.indexOf('a', '3'); });
show('includes', function () { return [b.includes('€'), b.includes('x'), b.includes(0x61, 20), b.includes('ab', -2)].join(' '); });

var hexish = Buffer.from('0102030405060102');
show('hex needle', function () { return hexish.indexOf('0203', 'hex'); });
var raw = Buffer.from([1, 2, 3, 4, 5, 6, 1, 2]);
show('hex needle raw', function () { return raw.indexOf('0506', 'hex'); });
show('hex needle offset', function () { return raw.indexOf('0102', 1, 'hex'); });
show('hex lastIndexOf', function () { return raw.lastIndexOf('0102', 'hex'); });
show('hex invalid needle', function () { return raw.indexOf('zz', 'hex'); });
show('base64 needle', function () { return raw.indexOf('AwQ=', 'base64'); });
show('base64url needle', function () { return raw.indexOf('AwQ', 'base64url'); });
show('latin1 needle', function () { return Buffer.from([0x41, 0xe9, 0x42]).indexOf('\u00e9B', 'latin1'); });
show('binary needle', function () { return Buffer.from([0x41, 0xe9, 0x42]).indexOf('\u00e9', 'binary'); });
show('ascii needle', function () { return Buffer.from([0x41, 0xe9, 0x42]).indexOf('\u00e9', 'ascii'); });
show('utf8 needle in latin1 bytes', function () { return Buffer.from([0x41, 0xe9, 0x42]).indexOf('\u00e9'); });

var wide = Buffer.from('abcabc', 'ucs2');
show('ucs2', function () { return wide.indexOf('b', 'ucs2'); });
show('ucs2 last', function () { return wide.lastIndexOf('bc', 'ucs2'); });
show('ucs2 offset', function () { return wide.indexOf('a', 1, 'ucs2'); });
show('ucs2 offset odd', function () { return wide.indexOf('b', 3, 'utf16le'); });
show('ucs2 last offset', function () { return wide.lastIndexOf('a', 5, 'ucs2'); });
show('ucs2 unaligned', function () { return Buffer.from([0, 0x61, 0, 0x62, 0]).indexOf('a', 'ucs2'); });
show('ucs2 odd buffer', function () { return Buffer.from([0x61, 0, 0x62, 0, 0x63]).indexOf('b', 'ucs2'); });
show('ucs2 odd buffer miss', function () { return Buffer.from([0x61, 0, 0x62, 0, 0x63]).indexOf('z', 'ucs2'); });
show('ucs2 buffer needle', function () { return wide.indexOf(Buffer.from('c', 'ucs2'), 0, 'ucs2'); });
show('ucs2 buffer needle odd haystack', function () { return Buffer.from([0x61, 0, 0x62]).indexOf(Buffer.from('z', 'ucs2'), 0, 'ucs2'); });
show('ucs2 short needle', function () { return wide.indexOf(Buffer.from([0x61]), 0, 'ucs2'); });
show('ucs2 empty', function () { return wide.indexOf('', 3, 'ucs2'); });

show('buffer needle', function () { return b.indexOf(Buffer.from('cdef')); });
show('buffer needle last', function () { return b.lastIndexOf(Buffer.from('cdef')); });
show('Uint8Array needle', function () { return b.indexOf(new Uint8Array([0x65, 0x66])); });
show('empty buffer needle', function () { return b.indexOf(Buffer.alloc(0), 5); });
show('empty buffer needle last', function () { return b.lastIndexOf(Buffer.alloc(0), 100); });
show('buffer needle bad encoding', function () { return b.indexOf(Buffer.from('b'), 0, 'bogus'); });
show('needle longer', function () { return Buffer.from('ab').indexOf('abc'); });
show('empty haystack', function () { return Buffer.alloc(0).indexOf('a'); });
show('empty haystack empty needle', function () { return Buffer.alloc(0).indexOf(''); });
show('empty haystack number', function () { return Buffer.alloc(0).lastIndexOf(0); });
show('bad encoding', function () { return b.indexOf('a', 0, 'bogus'); });
show('bad needle', function () { return b.indexOf({}); });
show('bad needle null', function () { return b.indexOf(null); });
show('bad needle bool', function () { return b.includes(true); });
show('on Uint8Array', function () { return Buffer.prototype.indexOf.call(new Uint8Array([1, 2]), 2); });
show('on non-view', function () { return Buffer.prototype.indexOf.call([1, 2], 2); });
var big = Buffer.alloc(100000, 'x');
big.write('needle', 99990);
show('big', function () { return big.indexOf('needle') + ' ' + big.lastIndexOf('x') + ' ' + big.indexOf('needle', -5); });
