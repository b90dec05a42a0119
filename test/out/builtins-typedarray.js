/* Proves the %TypedArray%.prototype methods and %TypedArray%.from/of on several element types:
 * results, element conversion, species results of filter/map/slice, sort (numeric default,
 * -0/NaN order, stable comparator), change-by-copy methods, receiver errors and shapes. */
'use strict';

function fmt(v) {
    if (typeof v === 'string') {
        return JSON.stringify(v);
    }
    if (v === 0 && 1 / v < 0) {
        return '-0';
    }
    if (ArrayBuffer.isView(v)) {
        return Object.prototype.toString.call(v).slice(8, -1) + '[' +
            Array.prototype.map.call(v, function (x) { return x === 0 && 1 / x < 0 ? '-0' : String(x); }).join(',') + ']';
    }
    if (v !== null && typeof v === 'object') {
        return JSON.stringify(v);
    }
    return String(v);
}

function show(label, fn) {
    var r;
    try {
        r = fmt(fn());
    } catch (e) {
        r = 'throws ' + e.name + ': ' + e.message;
    }
    console.log(label + ': ' + r);
}

var u8 = new Uint8Array([3, 1, 2, 250]);
var i16 = new Int16Array([-5, 7, 0, 7]);
var f64 = new Float64Array([1.5, NaN, -0, 0, -Infinity]);

show('at', function () { return [u8.at(0), u8.at(-1), u8.at(9), f64.at(-3)]; });
show('copyWithin', function () { return new Uint8Array([1, 2, 3, 4, 5]).copyWithin(0, 3); });
show('copyWithin overlap', function () { return new Uint8Array([1, 2, 3, 4, 5]).copyWithin(1, 0, 3); });
show('every/some', function () {
    return [u8.every(function (x) { return x > 0; }), u8.some(function (x) { return x > 100; }),
            new Uint8Array(0).every(function () { return false; })];
});
show('fill', function () { return new Uint8Array(4).fill(300, 1, -1); });
show('fill converts', function () { return [new Int8Array(2).fill(-129), new Float32Array(1).fill('1.5')]; });
show('filter', function () { return i16.filter(function (x) { return x > 0; }); });
show('find family', function () {
    var gt = function (x) { return x > 1; };
    return [u8.find(gt), u8.findIndex(gt), u8.findLast(gt), u8.findLastIndex(gt),
            u8.find(function () { return false; }), u8.findIndex(function () { return false; })];
});
show('forEach', function () {
    var out = [];
    u8.forEach(function (v, i, a) { out.push(v + '@' + i + (a === u8)); });
    return out;
});
show('includes', function () { return [u8.includes(2), u8.includes(9), f64.includes(NaN), f64.includes(0), u8.includes(3, 1)]; });
show('indexOf/lastIndexOf', function () {
    return [i16.indexOf(7), i16.lastIndexOf(7), i16.indexOf(7, 2), i16.lastIndexOf(7, -2), f64.indexOf(NaN), f64.indexOf(-0)];
});
show('join', function () { return [u8.join(), u8.join('-'), f64.join(' '), new Uint8Array(0).join()]; });
show('map', function () { return u8.map(function (x) { return x * 2; }); });
show('map float', function () { return new Float32Array([1, 2]).map(function (x) { return x / 4; }); });
show('reduce', function () { return [u8.reduce(function (a, b) { return a + b; }), u8.reduce(function (a, b) { return a + b; }, 'x')]; });
show('reduceRight', function () { return u8.reduceRight(function (a, b) { return a + ',' + b; }); });
show('reduce empty', function () { return new Uint8Array(0).reduce(function () {}); });
show('reverse', function () { return new Int8Array([1, 2, 3]).reverse(); });
show('slice', function () { return [u8.slice(1, 3), u8.slice(-1), u8.slice(5)]; });
show('slice copies', function () {
    var s = u8.slice(0, 1);
    s[0] = 99;
    return u8[0];
});
show('sort default numeric', function () { return new Int16Array([10, -3, 2, 100, 1]).sort(); });
show('sort floats', function () { return new Float64Array([3, NaN, -0, 0, -Infinity, 1.5, NaN]).sort(); });
show('sort comparator', function () { return new Uint8Array([1, 2, 3]).sort(function (a, b) { return b - a; }); });
show('sort stable', function () {
    return new Uint8Array([21, 12, 22, 11, 23]).sort(function (a, b) { return (a % 10) - (b % 10); });
});
show('sort bad comparator', function () { return u8.sort('x'); });
show('toLocaleString', function () { return new Uint8Array([1, 2]).toLocaleString(); });
show('toString', function () { return [String(new Uint8Array([1, 2])), u8.toString === Array.prototype.toString]; });
show('toReversed', function () { var a = new Uint8Array([1, 2]); return [a.toReversed(), a]; });
show('toSorted', function () { var a = new Int8Array([2, -1]); return [a.toSorted(), a]; });
show('with', function () { var a = new Uint8Array([1, 2]); return [a.with(0, 257), a.with(-1, 5), a]; });
show('with out of range', function () { return u8.with(4, 1); });
show('toStringTag', function () {
    var get = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
    return [u8[Symbol.toStringTag], f64[Symbol.toStringTag], get.call([]), get.name];
});

show('from array', function () { return Uint8Array.from([1, 2, 300]); });
show('from iterable', function () { return Int16Array.from(new Set([5, -5])); });
show('from string', function () { return Uint8Array.from('123'); });
show('from array-like', function () { return Float32Array.from({ length: 2, 0: 0.5 }); });
show('from mapFn', function () { return Uint8Array.from([1, 2], function (v, i) { return v * 10 + i; }); });
show('of', function () { return Int8Array.of(1, -1, 200); });
show('from on non-constructor', function () { return Uint8Array.from.call({}, []); });
show('shared %TypedArray%', function () {
    return [Uint8Array.from === Float64Array.from, Object.getPrototypeOf(Int8Array).of.length,
            Object.getPrototypeOf(Int8Array).from.length];
});

show('at on array', function () { return Object.getPrototypeOf(Uint8Array.prototype).at.call([1], 0); });
show('map on array', function () { return Object.getPrototypeOf(Uint8Array.prototype).map.call([1], function () {}); });
show('join on object', function () { return Object.getPrototypeOf(Uint8Array.prototype).join.call({}); });
show('fill on DataView', function () {
    return Object.getPrototypeOf(Uint8Array.prototype).fill.call(new DataView(new ArrayBuffer(1)), 1);
});
show('find non-callable', function () { return u8.find(5); });
show('lengths', function () {
    var P = Object.getPrototypeOf(Uint8Array.prototype);
    return ['at', 'copyWithin', 'every', 'fill', 'filter', 'find', 'forEach', 'includes', 'indexOf', 'join',
            'lastIndexOf', 'map', 'reduce', 'reverse', 'slice', 'some', 'sort', 'toSorted', 'with']
        .map(function (k) { return k + ':' + P[k].length; }).join(' ');
});
show('not on subclass prototypes', function () {
    return [Object.prototype.hasOwnProperty.call(Uint8Array.prototype, 'map'),
            Object.prototype.hasOwnProperty.call(Object.getPrototypeOf(Uint8Array.prototype), 'map')];
});
