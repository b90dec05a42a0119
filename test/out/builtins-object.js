/* Proves the ES2015-ES2022 Object statics: entries/values (order, enumerability checked at read
 * time, strings and primitives), fromEntries (iterables, entry objects, key coercion, errors),
 * getOwnPropertyDescriptors (symbols, accessors), hasOwn, Object.assign copying symbols in
 * order and skipping non-enumerables, and Object.is. */
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

var sym = Symbol('s');
var src = { b: 1, a: 2, 10: 'ten', 2: 'two' };
src[sym] = 'symbol';
Object.defineProperty(src, 'hidden', { value: 'h', enumerable: false });

show('entries order', function () { return Object.entries(src); });
show('values order', function () { return Object.values(src); });
show('entries of string', function () { return Object.entries('ab'); });
show('values of number', function () { return Object.values(5); });
show('entries of array', function () { return Object.entries(['x', , 'z']); });
show('entries null', function () { return Object.entries(null); });
show('values undefined', function () { return Object.values(undefined); });
show('entries skips keys deleted by a getter', function () {
    var o = {};
    Object.defineProperty(o, 'a', {
        get: function () { delete this.b; return 1; }, enumerable: true, configurable: true
    });
    o.b = 2;
    o.c = 3;
    return Object.entries(o);
});
show('values skips keys hidden by a getter', function () {
    var o = {};
    Object.defineProperty(o, 'a', {
        get: function () { Object.defineProperty(this, 'b', { enumerable: false }); return 1; },
        enumerable: true, configurable: true
    });
    o.b = 2;
    return Object.values(o);
});
show('getters run once each', function () {
    var calls = 0;
    var o = {};
    Object.defineProperty(o, 'g', { get: function () { calls++; return calls; }, enumerable: true });
    var e = Object.entries(o);
    return [e, calls];
});

show('fromEntries', function () { return Object.fromEntries([['a', 1], ['b', 2], ['a', 3]]); });
show('fromEntries map', function () { return Object.fromEntries(new Map([['x', [1]], [2, 'two']])); });
show('fromEntries key coercion', function () {
    return Object.fromEntries([[1, 'n'], [null, 'null'], [{ toString: function () { return 'obj'; } }, 'o']]);
});
show('fromEntries symbol key', function () {
    var o = Object.fromEntries([[sym, 'v']]);
    return o[sym];
});
show('fromEntries entry objects', function () { return Object.fromEntries([{ 0: 'k', 1: 'v' }]); });
show('fromEntries round trip', function () { return Object.fromEntries(Object.entries({ p: 1, q: [2] })); });
show('fromEntries __proto__', function () {
    var o = Object.fromEntries([['__proto__', 1]]);
    return [Object.keys(o), Object.getPrototypeOf(o) === Object.prototype];
});
show('fromEntries non-entry', function () { return Object.fromEntries([1]); });
show('fromEntries non-iterable', function () { return Object.fromEntries(5); });
show('fromEntries null', function () { return Object.fromEntries(null); });
show('fromEntries undefined', function () { return Object.fromEntries(); });
show('fromEntries string entries', function () { return Object.fromEntries(['ab', 'cd']); });

show('getOwnPropertyDescriptors', function () {
    var o = { v: 1 };
    Object.defineProperty(o, 'acc', { get: function () {}, enumerable: false, configurable: true });
    o[sym] = 2;
    var d = Object.getOwnPropertyDescriptors(o);
    return [Object.keys(d), JSON.stringify(d.v), typeof d.acc.get, d.acc.set, d.acc.enumerable,
            d[sym].value];
});
show('getOwnPropertyDescriptors of string', function () {
    return Object.keys(Object.getOwnPropertyDescriptors('hi'));
});
show('getOwnPropertyDescriptors null', function () { return Object.getOwnPropertyDescriptors(null); });
show('clone with descriptors', function () {
    var o = { get x() { return 'got'; } };
    var c = Object.defineProperties({}, Object.getOwnPropertyDescriptors(o));
    return [c.x, typeof Object.getOwnPropertyDescriptor(c, 'x').get];
});

show('hasOwn', function () {
    return [Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({ a: 1 }, 'b'), Object.hasOwn(Object.create({ a: 1 }), 'a'),
            Object.hasOwn([1], 0), Object.hasOwn('str', 'length'), Object.hasOwn(src, sym),
            Object.hasOwn(src, 'hidden')];
});
show('hasOwn null', function () { return Object.hasOwn(null, 'a'); });
show('hasOwn key coercion', function () { return Object.hasOwn({ 1: 1 }, { toString: function () { return '1'; } }); });

show('assign copies symbols', function () {
    var t = Object.assign({}, src);
    return [Object.keys(t), t[sym], 'hidden' in t];
});
show('assign order', function () {
    var log = [];
    var s1 = {};
    var k = Symbol('k');
    Object.defineProperty(s1, 'b', { get: function () { log.push('b'); return 1; }, enumerable: true });
    Object.defineProperty(s1, k, { get: function () { log.push('sym'); return 2; }, enumerable: true });
    Object.defineProperty(s1, 'a', { get: function () { log.push('a'); return 3; }, enumerable: true });
    var s2 = {};
    Object.defineProperty(s2, 'c', { get: function () { log.push('c'); return 4; }, enumerable: true });
    Object.assign({}, s1, s2);
    return log;
});
show('assign skips non-enumerable symbols', function () {
    var s = {};
    Object.defineProperty(s, sym, { value: 1, enumerable: false });
    return Object.getOwnPropertySymbols(Object.assign({}, s)).length;
});
show('assign primitives', function () { return Object.assign({}, 'ab', null, undefined, 1, true); });
show('assign to null', function () { return Object.assign(null, {}); });
show('assign to primitive', function () { return typeof Object.assign(1, { a: 1 }); });
show('assign setters', function () {
    var seen = [];
    var t = { set x(v) { seen.push(v); } };
    Object.assign(t, { x: 'set' });
    return seen;
});
show('assign.length', function () { return Object.assign.length; });
show('is', function () {
    return [Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'),
            Object.is({}, {})];
});
show('names and lengths', function () {
    return ['entries', 'values', 'fromEntries', 'getOwnPropertyDescriptors', 'hasOwn'].map(function (k) {
        return Object[k].name + '/' + Object[k].length;
    });
});
show('not enumerable on Object', function () { return Object.keys(Object); });
