/* Integer reads and writes: every (U)Int8/16/32 LE/BE method and the lower-case Uint aliases,
 * (U)IntLE/BE with byteLength 1 to 6, the values they return and the bytes they write
 * (wrapping of fractions and negatives as Node), their return offsets, and Node's exact errors
 * for bad offsets, values and byteLengths. */
function show(label, f) {
    try {
        console.log(label, f());
    } catch (e) {
        console.log(label, 'threw', e.name, e.code, e.message);
    }
}
var src = Buffer.from([0x01, 0x82, 0xf3, 0x64, 0xff, 0x80, 0x00, 0x7f, 0xfe]);
var reads = ['readUInt8', 'readUInt16LE', 'readUInt16BE', 'readUInt32LE', 'readUInt32BE',
             'readInt8', 'readInt16LE', 'readInt16BE', 'readInt32LE', 'readInt32BE',
             'readUint8', 'readUint16LE', 'readUint16BE', 'readUint32LE', 'readUint32BE'];
reads.forEach(function (m) {
    var out = [];
    for (var o = 0; o < 9; o++) {
        try {
            out.push(src[m](o));
        } catch (e) {
            out.push(e.code);
        }
    }
    console.log(m, out.join(' '), src[m]());
});
['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'readUintLE', 'readUintBE'].forEach(function (m) {
    for (var n = 1; n <= 6; n++) {
        var out = [];
        for (var o = 0; o + n <= 9; o++) {
            out.push(src[m](o, n));
        }
        console.log(m, n, out.join(' '));
    }
});

var offsets = [-1, 1.5, '1', null, undefined, NaN, Infinity, 9, 100, {}, true];
['readUInt8', 'readInt16LE', 'readUInt32BE', 'readInt32LE'].forEach(function (m) {
    offsets.forEach(function (o) {
        show(m + '(' + String(o) + ')', function () { return src[m](o); });
    });
});
show('read from empty', function () { return Buffer.alloc(0).readUInt8(0); });
show('read32 from 3 bytes', function () { return Buffer.alloc(3).readUInt32LE(0); });
show('read32 from 3 bytes at 1', function () { return Buffer.alloc(3).readUInt32LE(1); });
show('readUIntLE no offset', function () { return src.readUIntLE(); });
show('readUIntLE no byteLength', function () { return src.readUIntLE(0); });
show('readUIntLE 0', function () { return src.readUIntLE(0, 0); });
show('readUIntLE 7', function () { return src.readUIntLE(0, 7); });
show('readIntBE 2.5', function () { return src.readIntBE(0, 2.5); });
show('readIntBE "2"', function () { return src.readIntBE(0, '2'); });
show('readUIntBE past', function () { return src.readUIntBE(5, 6); });
show('readIntLE bad offset', function () { return src.readIntLE(-1, 3); });
show('readUIntLE offset string', function () { return src.readUIntLE('0', 3); });

function write(m, args, len) {
    var b = Buffer.alloc(len || 8);
    show(m + '(' + args.map(String).join(', ') + ')', function () {
        var r = b[m].apply(b, args);
        return r + ' ' + b.toString('hex');
    });
}
var cases = {
    writeUInt8: [[0], [255], [256], [-1], [1.5], [0x7f, 7], [1, 8], ['12'], [NaN]],
    writeInt8: [[-128], [127], [128], [-129], [-1.5], [-1, 3]],
    writeUInt16LE: [[0xabcd], [0xabcd, 6], [0xabcd, 7], [65536], [-1], [1.9]],
    writeUInt16BE: [[0xabcd], [0xabcd, 1]],
    writeInt16LE: [[-2], [-32768], [32768], [-32769]],
    writeInt16BE: [[-2], [0x1234, 2]],
    writeUInt32LE: [[0xdeadbeef], [4294967295], [4294967296], [-1], [0xdeadbeef, 4], [0xdeadbeef, 5]],
    writeUInt32BE: [[0xdeadbeef], [1, 3]],
    writeInt32LE: [[-1], [-2147483648], [2147483647], [2147483648], [-2147483649], [-1.5]],
    writeInt32BE: [[-559038737], [5, 4]],
    writeUint8: [[9]], writeUint16LE: [[9]], writeUint16BE: [[9]], writeUint32LE: [[9]], writeUint32BE: [[9]]
};
Object.keys(cases).forEach(function (m) {
    cases[m].forEach(function (args) { write(m, args); });
});
['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE', 'writeUintLE', 'writeUintBE'].forEach(function (m) {
    for (var n = 1; n <= 6; n++) {
        write(m, [m.indexOf('Int') === 5 && m.indexOf('UInt') === -1 ? -0x123456789a / Math.pow(256, 6 - n) | 0 : 0x123456789abc % Math.pow(256, n), 1, n]);
    }
});
write('writeIntLE', [-1, 0, 6]);
write('writeIntBE', [-1.5, 0, 6]);
write('writeIntLE', [-0x800000000000, 0, 6]);
write('writeIntBE', [0x7fffffffffff, 0, 6]);
write('writeIntLE', [-0x8000000001, 0, 5]);
write('writeUIntLE', [0xffffffffffff, 0, 6]);
write('writeUIntBE', [0x1000000000000, 0, 6]);
write('writeUIntLE', [0x10000000000, 0, 5]);
write('writeUIntLE', [-1, 0, 3]);
write('writeIntLE', [8388608, 0, 3]);
write('writeUIntLE', [1, 0, 7]);
write('writeUIntLE', [1, 0, 0]);
write('writeUIntLE', [1, 0]);
write('writeUIntLE', [1, undefined, 2]);
write('writeUIntLE', [1, undefined, 1]);
write('writeUIntBE', [1, 4, 6]);
write('writeIntBE', [1, '0', 2]);
write('writeUInt16LE', [1, -1]);
write('writeUInt16LE', [1, 1.5]);
write('writeUInt16LE', [1, '0']);
write('writeUInt16LE', [1, null]);
write('writeUInt16LE', [70000, 'x']);
write('writeUInt8', [300, 'x']);
write('writeUInt8', [1, 1.5]);
write('writeUInt32LE', [1, 0], 3);
write('writeInt32BE', [1], 0);
write('writeUInt16BE', [{ valueOf: function () { return 258; } }]);
show('round trip', function () {
    var b = Buffer.alloc(6);
    var vals = [];
    [-140737488355328, -1, 0, 1, 140737488355327, -123456789012].forEach(function (v) {
        b.writeIntBE(v, 0, 6);
        vals.push(b.readIntBE(0, 6) === v);
        b.writeIntLE(v, 0, 6);
        vals.push(b.readIntLE(0, 6) === v);
    });
    return vals.join(',');
});
