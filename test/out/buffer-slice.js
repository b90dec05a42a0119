/* slice and subarray share memory (writes show through both ways, nested views, negative and
 * out-of-range positions, byteOffset), results are Buffers; swap16/32/64 in place and their
 * size errors; toJSON and JSON.stringify; the legacy parent/offset properties; Buffer's
 * prototype chain (instanceof, isBuffer of plain Uint8Arrays). */
function show(label, f) {
    try {
        var r = f();
        console.log(label, Buffer.isBuffer(r) ? r.length + ':' + r.toString() : r);
    } catch (e) {
        console.log(label, 'threw', e.name, e.code, e.message);
    }
}
var b = Buffer.alloc(8);
b.write('abcdefgh');
var positions = [undefined, 0, 2, -2, 8, 9, -9, 1.7, -1.7, '3', NaN, null, Infinity, -Infinity];
positions.forEach(function (s) {
    console.log('slice', String(s), positions.map(function (e) { return JSON.stringify(b.slice(s, e).toString()); }).join(' '));
});
positions.forEach(function (s) {
    console.log('subarray', String(s), positions.map(function (e) { return b.subarray(s, e).length; }).join(' '));
});
var s = b.slice(2, 6);
s[0] = 0x43;
b[5] = 0x46;
show('shared', function () { return b.toString() + ' ' + s.toString(); });
show('is Buffer', function () { return [s instanceof Buffer, Buffer.isBuffer(s), s.byteOffset, s.buffer === b.buffer, s.constructor === Buffer].join(' '); });
var ss = s.subarray(1, 3);
ss[1] = 0x21;
show('nested', function () { return b.toString() + ' ' + ss.toString() + ' ' + ss.byteOffset; });
show('empty slice', function () { return b.slice(5, 2); });
show('slice of view buffer', function () {
    var ab = new ArrayBuffer(6);
    var v = Buffer.from(ab, 2, 3);
    v.fill(0x41);
    return v.slice(1).byteOffset + ' ' + Buffer.from(ab).toString('hex');
});
show('Uint8Array.prototype.slice copies', function () { return typeof Uint8Array.prototype.slice; });
show('subarray on Uint8Array', function () { var r = Buffer.prototype.subarray.call(new Uint8Array([65, 66, 67]), 1); return r instanceof Buffer ? r.toString() : 'not a Buffer'; });

function swap(m, bytes) {
    show(m + ' ' + bytes, function () {
        var x = Buffer.from(bytes, 'hex');
        var r = x[m]();
        return (r === x) + ' ' + x.toString('hex');
    });
}
swap('swap16', '0102030405060708');
swap('swap16', '010203');
swap('swap16', '');
swap('swap32', '0102030405060708');
swap('swap32', '010203040506');
swap('swap64', '0102030405060708090a0b0c0d0e0f10');
swap('swap64', '01020304');
show('swap16 big', function () {
    var x = Buffer.alloc(1000);
    for (var i = 0; i < 1000; i++) {
        x[i] = i & 0xff;
    }
    x.swap16();
    return x[0] + ' ' + x[1] + ' ' + x[998] + ' ' + x[999];
});
show('swap on a view', function () {
    var x = Buffer.from('0102030405', 'hex');
    x.subarray(1).swap32();
    return x.toString('hex');
});

show('toJSON', function () { return JSON.stringify(Buffer.from('hi').toJSON()); });
show('toJSON empty', function () { return JSON.stringify(Buffer.alloc(0).toJSON()); });
show('JSON.stringify', function () { return JSON.stringify({ a: Buffer.from([1, 2, 255]), b: [Buffer.alloc(1)] }); });
show('JSON of a view', function () { return JSON.stringify(Buffer.from('abcd').subarray(1, 3)); });

show('parent', function () { return b.parent === b.buffer; });
show('offset', function () { return s.offset; });
show('parent on plain object', function () { return Object.create(Buffer.prototype) instanceof Buffer; });
show('instanceof', function () { return [b instanceof Uint8Array, new Uint8Array(1) instanceof Buffer, Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'), Buffer.isBuffer(null)].join(' '); });
show('prototype chain', function () { return Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype && Object.getPrototypeOf(Buffer) === Uint8Array; });
show('length', function () { return b.length + ' ' + b.byteLength; });
show('index access', function () { return [b[0], b[7], b[8], b[-1]].join(' '); });
show('index wraps', function () { var x = Buffer.alloc(2); x[0] = 300; x[1] = -1; return x[0] + ' ' + x[1]; });
show('Buffer.name', function () { return Buffer.name + ' ' + Buffer.length; });
show('poolSize', function () { return Buffer.poolSize; });
show('keys are indices', function () { return Object.keys(Buffer.from('ab')).join(','); });

/* Every operation on a view works on the view's bytes only. */
var base = Buffer.alloc(12);
base.write('0123456789ab');
var view = base.subarray(3, 9);
show('view toString', function () { return view.toString() + ' ' + view.toString('hex', 1, 3); });
show('view write', function () { return view.write('XY', 4) + ' ' + base.toString(); });
show('view fill', function () { view.fill('z', 0, 2); return base.toString(); });
show('view indexOf', function () { return view.indexOf('5') + ' ' + view.lastIndexOf('z') + ' ' + view.indexOf('0'); });
show('view compare', function () { return view.compare(Buffer.from('zz5XY8')) + ' ' + view.equals(Buffer.from('zz5XY8')); });
show('view copy', function () { var t = Buffer.alloc(3); view.copy(t, 0, 2); return t.toString(); });
show('view readUInt16BE', function () { return view.readUInt16BE(4).toString(16); });
show('view of view buffer', function () { var v2 = view.subarray(1, 3); return v2.byteOffset + ' ' + (v2.buffer === base.buffer) + ' ' + v2.toString(); });
show('view toJSON', function () { return JSON.stringify(view.subarray(0, 2)); });
show('from ArrayBuffer then subarray', function () {
    var ab = new ArrayBuffer(8);
    var fb = Buffer.from(ab, 2, 4);
    var sv = fb.subarray(1, 3);
    sv.fill(7);
    return sv.byteOffset + ' ' + (sv.buffer === ab) + ' ' + Buffer.from(ab).toString('hex');
});
show('string decoder on views', function () {
    var StringDecoder = require('string_decoder').StringDecoder;
    var euro = Buffer.from('x€y');
    var d = new StringDecoder();
    return d.write(euro.subarray(0, 2)) + d.write(euro.subarray(2, 4)) + d.end(euro.subarray(4));
});
