/* Proves the ES2015-ES2023 Array additions: Array.from (iterables, array-likes, mapFn, this
 * constructors, errors), Array.of, at, copyWithin, fill, find/findIndex/findLast/findLastIndex,
 * flat/flatMap (depths, holes, species), includes (SameValueZero, fromIndex), toReversed,
 * toSorted, toSpliced, with, @@unscopables and @@species, on arrays and array-likes. */
'use strict';

function fmt(v) {
    if (typeof v === 'string') {
        return JSON.stringify(v);
    }
    if (v === 0 && 1 / v < 0) {
        return '-0';
    }
    if (typeof v === 'symbol') {
        return v.toString();
    }
    if (Array.isArray(v)) {
        var parts = [];
        for (var i = 0; i < v.length; i++) {
            parts.push(i in v ? fmt(v[i]) : '<hole>');
        }
        return '[' + parts.join(',') + ']';
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

/* Array.from */
show('from array', function () { return Array.from([1, , 3]); });
show('from string', function () { return Array.from('ab\ud83d\ude00'); });
show('from set', function () { return Array.from(new Set([1, 1, 2])); });
show('from map', function () { return Array.from(new Map([['k', 'v']])); });
show('from array-like', function () { return Array.from({ length: 3, 0: 'a', 2: 'c' }); });
show('from length string', function () { return Array.from({ length: '2' }); });
show('from negative length', function () { return Array.from({ length: -1 }); });
show('from number', function () { return Array.from(3); });
show('from mapFn', function () {
    return Array.from([1, 2], function (v, i) { return v * 10 + i + this.add; }, { add: 100 });
});
show('from mapFn on array-like', function () {
    return Array.from({ length: 2 }, function (v, i) { return i; });
});
show('from bad mapFn', function () { return Array.from([1], 5); });
show('from null', function () { return Array.from(null); });
show('from undefined', function () { return Array.from(); });
show('from non-callable @@iterator', function () {
    var o = { length: 1, 0: 'x' };
    o[Symbol.iterator] = 5;
    return Array.from(o);
});
show('from null @@iterator uses array-like', function () {
    var o = { length: 1, 0: 'x' };
    o[Symbol.iterator] = null;
    return Array.from(o);
});
function Box() {
    this.made = true;
}
show('from with this constructor', function () {
    var r = Array.from.call(Box, [7, 8]);
    return [r instanceof Box, r.made, r[0], r[1], r.length];
});
show('from array-like with this constructor', function () {
    var r = Array.from.call(Box, { length: 1, 0: 'z' });
    return [r instanceof Box, r[0], r.length];
});
show('from with non-constructor this', function () { return Array.from.call({}, [1]); });
show('from.length', function () { return Array.from.length; });

/* Array.of */
show('of', function () { return Array.of(7); });
show('of many', function () { return Array.of(1, 'a', undefined); });
show('of with this', function () {
    var r = Array.of.call(Box, 'x');
    return [r instanceof Box, r[0], r.length];
});
show('of.length', function () { return Array.of.length; });

/* at */
show('at', function () { return [[1, 2, 3].at(0), [1, 2, 3].at(-1), [1, 2, 3].at(5), [1, 2, 3].at(-4)]; });
show('at coercion', function () { return [[1, 2].at('1'), [1, 2].at(1.7), [1, 2].at(NaN), [1, 2].at()]; });
show('at array-like', function () { return Array.prototype.at.call({ length: 2, 1: 'b' }, -1); });
show('at null', function () { return Array.prototype.at.call(null, 0); });

/* copyWithin, fill */
show('copyWithin', function () { return [1, 2, 3, 4, 5].copyWithin(0, 3); });
show('copyWithin overlap forward', function () { return [1, 2, 3, 4, 5].copyWithin(1, 0, 3); });
show('copyWithin negative', function () { return [1, 2, 3, 4, 5].copyWithin(-2, -4, -3); });
show('copyWithin holes', function () { return [1, , 3].copyWithin(0, 1); });
show('copyWithin returns this', function () { var a = [1]; return a.copyWithin(0) === a; });
show('copyWithin array-like', function () {
    return Array.prototype.copyWithin.call({ length: 3, 0: 'a', 2: 'c' }, 0, 2);
});
show('fill', function () { return [1, 2, 3].fill(0); });
show('fill range', function () { return [1, 2, 3, 4].fill('x', 1, -1); });
show('fill holes', function () { return new Array(3).fill(7); });
show('fill array-like', function () { return Array.prototype.fill.call({ length: 2 }, 'f'); });
show('fill lengths', function () { return [[].fill.length, [].copyWithin.length]; });

/* find family */
var arr = [5, 12, 8, 130, 44];
show('find', function () { return arr.find(function (x) { return x > 10; }); });
show('findIndex', function () { return arr.findIndex(function (x) { return x > 10; }); });
show('findLast', function () { return arr.findLast(function (x) { return x > 10; }); });
show('findLastIndex', function () { return arr.findLastIndex(function (x) { return x > 10; }); });
show('find none', function () {
    return [arr.find(function () { return false; }), arr.findIndex(function () { return false; }),
            arr.findLast(function () { return false; }), arr.findLastIndex(function () { return false; })];
});
show('find visits holes', function () {
    var seen = [];
    [1, , 3].find(function (v, i) { seen.push(i + ':' + v); });
    return seen;
});
show('find args and thisArg', function () {
    var seen = [];
    var a = ['q'];
    a.find(function (v, i, o) { seen.push(v, i, o === a, this.t); }, { t: 'T' });
    return seen;
});
show('findLast order', function () {
    var seen = [];
    [1, 2, 3].findLast(function (v) { seen.push(v); });
    return seen;
});
show('find length read once', function () {
    var a = [1, 2];
    var seen = [];
    a.find(function (v) { seen.push(v); a.push(9); });
    return seen;
});
show('find non-callable', function () { return [].find({}); });
show('findIndex non-callable', function () { return [1].findIndex('x'); });
show('findLast null this', function () { return Array.prototype.findLast.call(null, function () {}); });
show('find array-like', function () {
    return Array.prototype.find.call({ length: 2, 0: 'a', 1: 'b' }, function (v) { return v === 'b'; });
});

/* flat, flatMap */
show('flat', function () { return [1, [2, [3, [4]]]].flat(); });
show('flat 2', function () { return [1, [2, [3, [4]]]].flat(2); });
show('flat Infinity', function () { return [1, [2, [3, [4]]]].flat(Infinity); });
show('flat 0', function () { return [1, [2]].flat(0); });
show('flat -1', function () { return [1, [2]].flat(-1); });
show('flat removes holes', function () { return [1, , [2, , 3]].flat(); });
show('flat keeps array-likes', function () { return [{ length: 1, 0: 'x' }].flat(); });
show('flatMap', function () { return [1, 2].flatMap(function (x) { return [x, x * 2]; }); });
show('flatMap one level', function () { return [1].flatMap(function (x) { return [[x]]; }); });
show('flatMap thisArg', function () { return [1].flatMap(function () { return this.v; }, { v: 'tv' }); });
show('flatMap non-callable', function () { return [1].flatMap(); });
show('flat species', function () {
    var a = [1, [2]];
    a.constructor = {};
    a.constructor[Symbol.species] = Box;
    var r = a.flat();
    return [r instanceof Box, r[0], r[1]];
});
show('flat lengths', function () { return [[].flat.length, [].flatMap.length]; });

/* includes */
show('includes', function () { return [[1, 2, 3].includes(2), [1, 2, 3].includes(4)]; });
show('includes NaN', function () { return [[NaN].includes(NaN), [NaN].indexOf(NaN)]; });
show('includes -0', function () { return [[-0].includes(0), [0].includes(-0)]; });
show('includes hole is undefined', function () { return [, 1].includes(undefined); });
show('includes fromIndex', function () {
    return [[1, 2, 3].includes(1, 1), [1, 2, 3].includes(3, -1), [1, 2, 3].includes(1, -10)];
});
show('includes string type', function () { return [1].includes('1'); });
show('includes array-like', function () {
    return Array.prototype.includes.call({ length: 1, 0: NaN }, NaN);
});
show('includes null', function () { return Array.prototype.includes.call(null, 1); });
show('includes.length', function () { return [].includes.length; });

/* change-by-copy */
var orig = [3, 1, 2];
show('toReversed', function () { return [orig.toReversed(), orig]; });
show('toReversed holes', function () { return [1, , 3].toReversed(); });
show('toSorted', function () { return [orig.toSorted(), orig]; });
show('toSorted fn', function () { return orig.toSorted(function (a, b) { return b - a; }); });
show('toSorted bad fn', function () { return orig.toSorted('x'); });
show('toSorted holes and undefined', function () { return [3, , undefined, 1].toSorted(); });
show('toSpliced', function () { return [orig.toSpliced(1, 1, 'a', 'b'), orig]; });
show('toSpliced no args', function () { return [1, 2].toSpliced(); });
show('toSpliced start only', function () { return [1, 2, 3].toSpliced(1); });
show('toSpliced negative', function () { return [1, 2, 3].toSpliced(-1, 5, 'z'); });
show('with', function () { return [orig.with(0, 'w'), orig]; });
show('with negative', function () { return [1, 2].with(-1, 'last'); });
show('with out of range', function () { return [1, 2].with(2, 'x'); });
show('with -3', function () { return [1, 2].with(-3, 'x'); });
show('change-by-copy lengths', function () {
    return [[].toReversed.length, [].toSorted.length, [].toSpliced.length, [].with.length];
});

/* shapes */
show('unscopables', function () {
    var u = Array.prototype[Symbol.unscopables];
    return [Object.getPrototypeOf(u), Object.keys(u).sort().join()];
});
show('species', function () { return Array[Symbol.species] === Array; });
show('not enumerable', function () {
    var ks = [];
    for (var k in []) {
        ks.push(k);
    }
    return ks;
});
show('descriptors', function () {
    return ['at', 'flat', 'includes', 'findLast', 'values'].map(function (k) {
        var d = Object.getOwnPropertyDescriptor(Array.prototype, k);
        return k + ':' + [typeof d.value, d.writable, d.enumerable, d.configurable].join('/');
    });
});
show('names', function () {
    return [[].at.name, [].with.name, [].flatMap.name, Array.from.name, Array.of.name];
});
