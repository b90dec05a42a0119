/* Buffers inherit the typed-array methods (map and filter return Buffers through
 * Buffer[Symbol.species], join, reduce, every, some, forEach, reverse, sort, at, set,
 * keys/values/entries and iteration), and Buffer's own methods shadow the typed-array ones of
 * the same name (slice shares memory, toString decodes, indexOf takes strings). */
function show(label, f) {
    try {
        console.log(label, f());
    } catch (e) {
        console.log(label, 'threw', e.name, e.code, e.message);
    }
}
var b = Buffer.from([1, 2, 3]);
show('map gives a Buffer', function () { var m = b.map(function (x) { return x * 2; }); return Buffer.isBuffer(m) + ' ' + m.toString('hex'); });
show('filter gives a Buffer', function () { var m = b.filter(function (x) { return x > 1; }); return Buffer.isBuffer(m) + ' ' + m.toString('hex'); });
show('join', function () { return b.join('-'); });
show('reduce', function () { return b.reduce(function (a, x) { return a + x; }, 0); });
show('every/some', function () { return b.every(function (x) { return x > 0; }) + ' ' + b.some(function (x) { return x > 2; }); });
show('forEach', function () { var s = 0; b.forEach(function (x, i) { s += x * i; }); return s; });
show('reverse', function () { return Buffer.from([1, 2, 3]).reverse().toString('hex'); });
show('sort', function () { return Buffer.from([3, 1, 2]).sort().toString('hex'); });
show('at', function () { return b.at(-1); });
show('set', function () { var x = Buffer.alloc(4); x.set([9, 8], 1); return x.toString('hex'); });
show('Symbol.species', function () { return Buffer[Symbol.species] !== Buffer && new Buffer[Symbol.species](2) instanceof Buffer; });
show('keys', function () { var out = []; var it = b.keys(); var r; while (!(r = it.next()).done) { out.push(r.value); } return out.join(','); });
show('values', function () { var out = []; var it = b.values(); var r; while (!(r = it.next()).done) { out.push(r.value); } return out.join(','); });
show('entries', function () { var out = []; var it = b.entries(); var r; while (!(r = it.next()).done) { out.push(r.value.join(':')); } return out.join(','); });
show('iterator', function () { return typeof b[Symbol.iterator] === 'function' && b[Symbol.iterator]().next().value; });
show('slice shares', function () { var x = Buffer.from('abc'); x.slice(1)[0] = 0x5a; return x.toString(); });
show('toString decodes', function () { return Buffer.from('abc').toString(); });
show('indexOf string', function () { return Buffer.from('abc').indexOf('c'); });
show('includes string', function () { return Buffer.from('abc').includes('bc'); });
show('fill string', function () { return Buffer.alloc(3).fill('xy').toString(); });
show('toLocaleString', function () { return Buffer.from('abc').toLocaleString(); });
