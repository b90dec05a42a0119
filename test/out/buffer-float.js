/* Float and double reads and writes in both byte orders: exact bytes for ordinary values,
 * rounding to float32, -0, infinities, NaN (canonical bytes on write; payloads on read),
 * subnormals, coercion of the value, return offsets and Node's offset errors. */
function show(label, f) {
    try {
        console.log(label, f());
    } catch (e) {
        console.log(label, 'threw', e.name, e.code, e.message);
    }
}
var values = [0, -0, 1, -1, 0.1, 1.5, -2.75, Math.PI, 1e38, 3.5e38, 1e-45, 1e-40, 5e-324,
              1.7976931348623157e308, Infinity, -Infinity, NaN, 16777217, '2.5', null, undefined, {}];
['writeFloatLE', 'writeFloatBE', 'writeDoubleLE', 'writeDoubleBE'].forEach(function (m) {
    var read = m.replace('write', 'read');
    values.forEach(function (v) {
        var b = Buffer.alloc(10, 0xaa);
        show(m + '(' + String(v) + ')', function () {
            var r = b[m](v, 1);
            var back = b[read](1);
            return r + ' ' + b.toString('hex') + ' ' + (Object.is(back, -0) ? '-0' : back);
        });
    });
});
var patterns = ['0000c07f', '0000c0ff', '0100807f', '000080ff', '01000000', '0000807f', 'ffffffff'];
patterns.forEach(function (p) {
    var b = Buffer.from(p, 'hex');
    console.log('readFloat', p, b.readFloatLE(0), b.readFloatBE(0));
});
['000000000000f87f', '010000000000f07f', '0000000000000080', 'ffffffffffffefff'].forEach(function (p) {
    var b = Buffer.from(p, 'hex');
    var le = b.readDoubleLE(0);
    console.log('readDouble', p, Object.is(le, -0) ? '-0' : le, b.readDoubleBE(0));
});
var b = Buffer.alloc(8);
['readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE'].forEach(function (m) {
    [undefined, 0, 4, 5, -1, 1.5, '0', null, NaN].forEach(function (o) {
        show(m + '(' + String(o) + ')', function () { return b[m](o); });
    });
});
['writeFloatLE', 'writeDoubleBE'].forEach(function (m) {
    [undefined, 4, 5, -1, 1.5, '0', null].forEach(function (o) {
        show(m + '(1, ' + String(o) + ')', function () { return b[m](1, o); });
    });
});
show('double from 7 bytes', function () { return Buffer.alloc(7).readDoubleLE(); });
show('float on empty', function () { return Buffer.alloc(0).writeFloatBE(1); });
