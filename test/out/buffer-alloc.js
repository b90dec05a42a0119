/* Buffer.alloc / allocUnsafe / allocUnsafeSlow / SlowBuffer sizes and errors, alloc's fill
 * (numbers, strings in each encoding, buffers, invalid fills), buf.fill with offsets, ends and
 * encodings and Node's errors, Buffer.byteLength for every encoding and input type, and
 * Buffer.isEncoding. */
function show(label, f) {
    try {
        var r = f();
        console.log(label, Buffer.isBuffer(r) ? r.length + ':' + r.toString('hex') : r);
    } catch (e) {
        console.log(label, 'threw', e.name, e.code, e.message);
    }
}

show('alloc 0', function () { return Buffer.alloc(0); });
show('alloc 5', function () { return Buffer.alloc(5); });
show('alloc 2.5', function () { return Buffer.alloc(2.5); });
show('alloc -1', function () { return Buffer.alloc(-1); });
show('alloc NaN', function () { return Buffer.alloc(NaN); });
show('alloc string', function () { return Buffer.alloc('5'); });
show('alloc huge', function () { return Buffer.alloc(4294967297); });
show('alloc Infinity', function () { return Buffer.alloc(Infinity); });
show('alloc fill number', function () { return Buffer.alloc(4, 0x41); });
show('alloc fill 257', function () { return Buffer.alloc(3, 257); });
show('alloc fill -1', function () { return Buffer.alloc(3, -1); });
show('alloc fill 1.9', function () { return Buffer.alloc(3, 1.9); });
show('alloc fill string', function () { return Buffer.alloc(5, 'ab'); });
show('alloc fill utf8 cut', function () { return Buffer.alloc(5, '€'); });
show('alloc fill hex', function () { return Buffer.alloc(5, 'a1b2', 'hex'); });
show('alloc fill base64', function () { return Buffer.alloc(7, 'aGk=', 'base64'); });
show('alloc fill ucs2', function () { return Buffer.alloc(5, 'ab', 'ucs2'); });
show('alloc fill latin1', function () { return Buffer.alloc(3, '\u00e9', 'latin1'); });
show('alloc fill buffer', function () { return Buffer.alloc(5, Buffer.from([1, 2])); });
show('alloc fill Uint8Array', function () { return Buffer.alloc(5, new Uint8Array([9])); });
show('alloc fill empty string', function () { return Buffer.alloc(3, ''); });
show('alloc fill bad hex', function () { return Buffer.alloc(3, 'zz', 'hex'); });
show('alloc fill empty buffer', function () { return Buffer.alloc(3, Buffer.alloc(0)); });
show('alloc fill bad encoding', function () { return Buffer.alloc(3, 'a', 'bogus'); });
show('alloc fill encoding number', function () { return Buffer.alloc(3, 'a', 5); });
show('alloc fill boolean', function () { return Buffer.alloc(3, true); });
show('alloc fill object', function () { return Buffer.alloc(3, {}); });
show('alloc fill valueOf', function () { return Buffer.alloc(3, { valueOf: function () { return 7; } }); });
show('alloc fill null', function () { return Buffer.alloc(3, null); });
show('allocUnsafe length', function () { return Buffer.allocUnsafe(10).length; });
show('allocUnsafe -1', function () { return Buffer.allocUnsafe(-1); });
show('allocUnsafe string', function () { return Buffer.allocUnsafe('1'); });
show('allocUnsafeSlow length', function () { return Buffer.allocUnsafeSlow(3).length; });
show('allocUnsafeSlow bad', function () { return Buffer.allocUnsafeSlow({}); });
show('allocUnsafe is Buffer', function () { return Buffer.allocUnsafe(3) instanceof Buffer; });
var SlowBuffer = require('buffer').SlowBuffer;
show('SlowBuffer', function () { return SlowBuffer(4).fill(1); });
show('new SlowBuffer', function () { return new SlowBuffer(2).fill(2); });
show('SlowBuffer bad', function () { return SlowBuffer(-2); });

var b = Buffer.alloc(8);
function fill() {
    var args = Array.prototype.slice.call(arguments);
    var label = 'fill(' + args.map(function (a) {
        return typeof a === 'string' ? "'" + a + "'" : String(a);
    }).join(', ') + ')';
    show(label, function () {
        b.fill(0);
        return b.fill.apply(b, args);
    });
}
fill(1);
fill(1, 2);
fill(1, 2, 5);
fill(1, 2, 2);
fill(1, 5, 2);
fill(1, -1);
fill(1, 0, 9);
fill(1, 0, -1);
fill(1, 1.5);
fill(1, '1');
fill(1, 0, '3');
fill('ab');
fill('ab', 1);
fill('ab', 1, 4);
fill('ab', 'hex');
fill('abcd', 2, 'hex');
fill('abcd', 2, 6, 'hex');
fill('€', 1);
fill('é', 'latin1');
fill('é', 'ascii');
fill('é', 'utf8');
fill('aé', 'utf8');
fill('\u0100', 'latin1');
fill('x', 0, 8, 'bogus');
fill('x', 'bogus');
fill('', 2);
fill('zz', 'hex');
fill('a', 0, 8, 'ucs2');
fill('abc', 0, 7, 'utf16le');
fill('aGVsbG8=', 'base64');
fill('-_8', 'base64url');
fill(0x1234);
fill(-2);
fill(NaN);
show('fill returns this', function () { return b.fill(3) === b; });
show('fill on Uint8Array via prototype', function () {
    var u = new Uint8Array(3);
    Buffer.prototype.fill.call(u, 'ab');
    return u[0] + ',' + u[1] + ',' + u[2];
});

var strings = ['', 'abc', 'héllo', '€', '😀', '\ud800', 'aGVsbG8=', 'aGVsbG8', 'aGk==', '=', 'abc=',
               'ab c', '0a1b', '0a1', '\u00e9\u00e9'];
var encs = [undefined, 'utf8', 'UTF-8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64',
            'base64url', 'hex', 'bogus', 5, null];
strings.forEach(function (s, i) {
    console.log('byteLength#' + i, encs.map(function (e) { return Buffer.byteLength(s, e); }).join(' '));
});
show('byteLength buffer', function () { return Buffer.byteLength(Buffer.alloc(7)); });
show('byteLength view', function () { return Buffer.byteLength(new Uint16Array(3)); });
show('byteLength DataView', function () { return Buffer.byteLength(new DataView(new ArrayBuffer(5))); });
show('byteLength ArrayBuffer', function () { return Buffer.byteLength(new ArrayBuffer(9)); });
show('byteLength number', function () { return Buffer.byteLength(5); });
show('byteLength undefined', function () { return Buffer.byteLength(); });
show('byteLength array', function () { return Buffer.byteLength([1, 2]); });

['utf8', 'UTF8', 'utf-8', 'ucs2', 'UCS-2', 'utf16le', 'Utf-16le', 'latin1', 'binary', 'BINARY', 'ascii',
 'base64', 'base64url', 'hex', 'Hex', '', 'utf 8', 'buffer', 'raw', 'utf16', 5, null, undefined, {}].forEach(function (e) {
    console.log('isEncoding', JSON.stringify(e), Buffer.isEncoding(e));
});
