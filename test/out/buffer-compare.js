/* Buffer.compare, buf.compare with target and source ranges (and Node's range errors),
 * buf.equals, buf.copy (overlapping, clamped, coerced positions, errors) and Buffer.concat
 * (totalLength shorter and longer than the parts, bad lists). */
function show(label, f) {
    try {
        var r = f();
        console.log(label, Buffer.isBuffer(r) ? r.length + ':' + r.toString('hex') : r);
    } catch (e) {
        console.log(label, 'threw', e.name, e.code, e.message);
    }
}
var a = Buffer.from('abcd');
var b = Buffer.from('abce');
var c = Buffer.from('abc');
var u = new Uint8Array([0x61, 0x62, 0x63, 0x64]);

show('compare a b', function () { return Buffer.compare(a, b); });
show('compare b a', function () { return Buffer.compare(b, a); });
show('compare a c', function () { return Buffer.compare(a, c); });
show('compare c a', function () { return Buffer.compare(c, a); });
show('compare a a', function () { return Buffer.compare(a, a); });
show('compare a u8', function () { return Buffer.compare(a, u); });
show('compare empties', function () { return Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)); });
show('compare high bytes', function () { return Buffer.compare(Buffer.from([0x80]), Buffer.from([0x7f])); });
show('compare bad 1', function () { return Buffer.compare('a', a); });
show('compare bad 2', function () { return Buffer.compare(a, [1]); });
show('sort', function () {
    return [Buffer.from('b'), Buffer.from('a'), Buffer.from('ab'), Buffer.from('')].sort(Buffer.compare)
        .map(function (x) { return x.toString(); }).join(',');
});

show('a.compare(b)', function () { return a.compare(b); });
show('a.compare(b, 0, 3)', function () { return a.compare(b, 0, 3); });
show('a.compare(b, 0, 3, 0, 3)', function () { return a.compare(b, 0, 3, 0, 3); });
show('a.compare(b, 1, 2, 1, 2)', function () { return a.compare(b, 1, 2, 1, 2); });
show('a.compare(b, 3, 4, 3, 4)', function () { return a.compare(b, 3, 4, 3, 4); });
show('a.compare(c, 0, 3, 0, 4)', function () { return a.compare(c, 0, 3, 0, 4); });
show('empty source', function () { return a.compare(b, 0, 2, 2, 2); });
show('both empty', function () { return a.compare(b, 2, 2, 2, 2); });
show('empty target', function () { return a.compare(b, 3, 3, 0, 2); });
show('targetStart past', function () { return a.compare(b, 10); });
show('targetEnd past', function () { return a.compare(b, 0, 5); });
show('sourceEnd past', function () { return a.compare(b, 0, 4, 0, 5); });
show('negative', function () { return a.compare(b, -1); });
show('fractional', function () { return a.compare(b, 0.5); });
show('string pos', function () { return a.compare(b, '1'); });
show('undefined pos', function () { return a.compare(b, undefined, undefined, 1); });
show('compare bad target', function () { return a.compare('abcd'); });
show('compare u8 target', function () { return a.compare(u); });

show('equals', function () { return a.equals(Buffer.from('abcd')); });
show('equals other', function () { return a.equals(b); });
show('equals shorter', function () { return a.equals(c); });
show('equals self', function () { return a.equals(a); });
show('equals u8', function () { return a.equals(u); });
show('equals empty', function () { return Buffer.alloc(0).equals(new Uint8Array(0)); });
show('equals bad', function () { return a.equals('abcd'); });

function copy(label, args, srcText, dstLen) {
    var src = Buffer.from(srcText === undefined ? 'abcdef' : srcText);
    var dst = Buffer.alloc(dstLen === undefined ? 4 : dstLen, 0x2e);
    show(label, function () {
        var n = src.copy.apply(src, [dst].concat(args));
        return n + ' ' + dst.toString();
    });
}
copy('copy', []);
copy('copy targetStart', [2]);
copy('copy sourceStart', [0, 3]);
copy('copy sourceEnd', [0, 1, 3]);
copy('copy targetStart past', [4]);
copy('copy targetStart negative', [-1]);
copy('copy sourceStart past', [0, 7]);
copy('copy sourceStart at end', [0, 6]);
copy('copy sourceStart negative', [0, -1]);
copy('copy sourceEnd negative', [0, 0, -1]);
copy('copy sourceEnd before start', [0, 3, 1]);
copy('copy sourceEnd past', [1, 4, 100]);
copy('copy fractional', [1.7, 0.2, 2.9]);
copy('copy strings', ['1', '2', '4']);
copy('copy NaN', [NaN, NaN]);
copy('copy null', [null, null, null]);
copy('copy huge', [1e20]);
copy('copy bigger target', [], 'ab', 6);
show('copy bad target', function () { return a.copy('x'); });
show('copy to Uint8Array', function () { var t = new Uint8Array(2); a.copy(t, 0, 2); return t[0] + ',' + t[1]; });
show('copy overlap forward', function () { var x = Buffer.from('abcdef'); x.copy(x, 2, 0, 4); return x.toString(); });
show('copy overlap backward', function () { var x = Buffer.from('abcdef'); x.copy(x, 0, 2); return x.toString(); });

show('concat', function () { return Buffer.concat([a, c, u]); });
show('concat empty list', function () { return Buffer.concat([]); });
show('concat one', function () { return Buffer.concat([a]); });
show('concat length short', function () { return Buffer.concat([a, c], 5); });
show('concat length long', function () { return Buffer.concat([a, c], 10); });
show('concat length 0', function () { return Buffer.concat([a, c], 0); });
show('concat length fractional', function () { return Buffer.concat([a], 2.5); });
show('concat length negative', function () { return Buffer.concat([a], -1); });
show('concat length string', function () { return Buffer.concat([a], '2'); });
show('concat not array', function () { return Buffer.concat(a); });
show('concat bad item', function () { return Buffer.concat([a, 'x']); });
show('concat bad item with length', function () { return Buffer.concat([a, [1]], 8); });
show('concat is a copy', function () { var x = Buffer.concat([a]); x[0] = 0x7a; return a.toString() + x.toString(); });
