/* Proves Map: SameValueZero keys of every type, insertion order, live iteration (additions
 * visited, deletions skipped, across many deletions and clear), the constructor's iterable
 * protocol and errors, receiver checks, property shapes, and that object keys stay unmarked. */
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
    if (typeof v === 'function') {
        return 'function ' + v.name;
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

function list(m) {
    var out = [];
    m.forEach(function (v, k) {
        out.push(fmt(k) + '=>' + fmt(v));
    });
    return out.join(', ');
}

/* basics */
var m = new Map();
show('set returns map', function () { return m.set('a', 1) === m; });
m.set('b', 2).set('c', 3);
show('size', function () { return m.size; });
show('get a', function () { return m.get('a'); });
show('get missing', function () { return m.get('zz'); });
show('has b', function () { return m.has('b'); });
show('delete b', function () { return m.delete('b'); });
show('delete b again', function () { return m.delete('b'); });
show('size after delete', function () { return m.size; });
show('order', function () { return list(m); });
m.set('a', 10);
show('re-set keeps position', function () { return list(m); });
m.delete('a');
m.set('a', 11);
show('delete and re-add moves to end', function () { return list(m); });

/* SameValueZero */
var z = new Map();
z.set(NaN, 'nan').set(0, 'zero').set(-0, 'minus zero');
show('NaN key', function () { return z.get(NaN); });
show('NaN size', function () { return z.size; });
show('0 and -0 are one key', function () { return z.get(0) + ' ' + z.get(-0) + ' ' + z.size; });
show('-0 stored as +0', function () { return 1 / Array.from(z.keys())[1]; });
var fresh = new Map([[-0, 'x']]);
show('-0 from constructor', function () { return 1 / fresh.keys().next().value; });

/* key types do not collide */
var sym = Symbol('s');
var sym2 = Symbol('s');
var objKey = {};
var fnKey = function keyFn() {};
var arrKey = [1, 2];
var keys = [1, '1', true, 'true', null, 'null', undefined, 'undefined', sym, sym2,
            Symbol.for('reg'), objKey, {}, fnKey, arrKey, [1, 2], 1.5, '1.5', Infinity,
            'Infinity', -Infinity, 'NaN', '', 0.1, 1e21, '__proto__', 'hasOwnProperty',
            'constructor', 'o1', 'w1'];
var t = new Map();
keys.forEach(function (k, i) {
    t.set(k, i);
});
show('distinct keys', function () { return t.size + ' of ' + keys.length; });
var ok = true;
keys.forEach(function (k, i) {
    if (t.get(k) !== i || !t.has(k)) {
        ok = false;
        console.log('  wrong for key ' + fmt(k));
    }
});
show('every key finds its value', function () { return ok; });
show('other symbol with same description', function () { return t.get(Symbol('s')); });
show('Symbol.for key', function () { return t.get(Symbol.for('reg')); });
show('other empty object', function () { return t.get({}); });
show('__proto__ key', function () { return t.get('__proto__'); });

/* object keys: identity, prototypes, non-extensible objects, boxed primitives */
var proto = { p: 1 };
var child = Object.create(proto);
var om = new Map([[proto, 'proto']]);
show('child of a key is another key', function () { return om.get(child); });
om.set(child, 'child');
show('both', function () { return om.get(proto) + ' ' + om.get(child) + ' ' + om.size; });
var grandchild = Object.create(child);
show('grandchild', function () { return om.get(grandchild) + ' ' + om.has(grandchild); });
om.delete(child);
show('proto survives child delete', function () { return om.get(proto) + ' ' + om.has(child); });
var frozen = Object.freeze({ f: 1 });
var sealed = Object.seal({ s: 1 });
var nonext = Object.preventExtensions({ n: 1 });
var frozenChild = Object.freeze(Object.create(proto));
var nm = new Map();
nm.set(frozen, 'frozen').set(sealed, 'sealed').set(nonext, 'nonext').set(frozenChild, 'fc');
nm.set({}, 'plain');
show('non-extensible keys', function () {
    return [nm.get(frozen), nm.get(sealed), nm.get(nonext), nm.get(frozenChild), nm.size].join();
});
show('non-extensible delete', function () { return nm.delete(sealed) + ' ' + nm.has(sealed); });
show('non-extensible order', function () {
    var out = [];
    nm.forEach(function (v) { out.push(v); });
    return out.join();
});
var later = {};
nm.set(later, 'later');
Object.freeze(later);
show('key frozen after insertion', function () { return nm.get(later); });
var nullProto = Object.create(null);
nm.set(nullProto, 'nullproto');
show('null-prototype key', function () { return nm.get(nullProto); });
var boxed = Object('str');
nm.set(boxed, 'boxed');
show('boxed string is an object key', function () { return nm.get(boxed) + ' ' + nm.get('str'); });
show('frozen array key', function () {
    var a = Object.freeze([1]);
    var mm = new Map([[a, 1]]);
    return mm.get(a) + ' ' + mm.get([1]);
});

/* keys stay unmarked */
var plain = { x: 1 };
var mk = new Map([[plain, 1]]);
mk.set(plain, 2);
show('Object.keys of key', function () { return Object.keys(plain); });
show('JSON of key', function () { return JSON.stringify(plain); });
show('own names of key', function () { return Object.getOwnPropertyNames(plain); });
show('own symbols of key', function () { return Object.getOwnPropertySymbols(plain).length; });
show('for-in of key', function () {
    var ks = [];
    for (var k in plain) {
        ks.push(k);
    }
    return ks;
});
show('own names of map', function () { return Object.getOwnPropertyNames(mk); });
show('own symbols of map', function () { return Object.getOwnPropertySymbols(mk).length; });
show('JSON of map', function () { return JSON.stringify(mk); });

/* iteration */
var it = new Map([['k1', 'v1'], ['k2', 'v2']]);
show('keys', function () { return Array.from(it.keys()); });
show('values', function () { return Array.from(it.values()); });
show('entries', function () { return Array.from(it.entries()); });
show('spread via Array.from(map)', function () { return Array.from(it); });
show('@@iterator is entries', function () { return Map.prototype[Symbol.iterator] === Map.prototype.entries; });
var iter = it.keys();
show('iterator is iterable', function () { return iter[Symbol.iterator]() === iter; });
show('next 1', function () { return iter.next(); });
show('next 2', function () { return iter.next(); });
show('next done', function () { return iter.next(); });
it.set('k3', 'v3');
show('done stays done', function () { return iter.next(); });
show('iterator tag', function () { return Object.prototype.toString.call(it.entries()); });
show('iterator proto chain', function () {
    var p = Object.getPrototypeOf(it.keys());
    return [Object.prototype.hasOwnProperty.call(p, 'next'),
            p[Symbol.toStringTag],
            typeof Object.getPrototypeOf(p)[Symbol.iterator],
            Object.getPrototypeOf(it.values()) === p].join();
});
show('next on wrong receiver', function () { return it.keys().next.call({}); });
show('forEach args and thisArg', function () {
    var seen = [];
    var self = { tag: 'self' };
    it.forEach(function (v, k, map) {
        seen.push([v, k, map === it, this.tag]);
    }, self);
    return seen;
});
show('forEach non-function', function () { return it.forEach(5); });

/* live iteration */
var live = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
var visited = [];
live.forEach(function (v, k) {
    visited.push(k);
    if (k === 1) {
        live.delete(2);
        live.set(4, 'd');
    }
    if (k === 4) {
        live.set(1, 'again');
    }
});
show('forEach sees additions, skips deletions', function () { return visited; });
var live2 = new Map([[1, 1], [2, 2]]);
var it2 = live2.keys();
var seen2 = [it2.next().value];
live2.delete(1);
live2.set(1, 1);
seen2.push(it2.next().value, it2.next().value, it2.next().done);
show('delete visited then re-add is visited again', function () { return seen2; });
var live3 = new Map([[1, 1], [2, 2], [3, 3]]);
var it3 = live3.entries();
var seen3 = [it3.next().value];
live3.clear();
live3.set('after', 'clear');
seen3.push(it3.next().value, it3.next().done);
show('clear then add during iteration', function () { return seen3; });
var big = new Map();
for (var i = 0; i < 200; i++) {
    big.set('k' + i, i);
}
var bigIt = big.values();
var bigSeen = [];
for (var j = 0; j < 50; j++) {
    bigSeen.push(bigIt.next().value);
}
for (var d = 0; d < 150; d++) {
    big.delete('k' + d);
}
big.set('tail', 'T');
var rest = [];
var step = bigIt.next();
while (!step.done) {
    rest.push(step.value);
    step = bigIt.next();
}
show('after mass deletion the iterator resumes', function () {
    return bigSeen.slice(0, 3).concat(['...'], rest.slice(0, 3), ['...'], rest.slice(-2)) +
        ' count ' + rest.length;
});
show('size after mass deletion', function () { return big.size; });
var churn = new Map();
var churnIt = churn.keys();
for (var c = 0; c < 1000; c++) {
    churn.set(c, c);
    if (c > 0) {
        churn.delete(c - 1);
    }
}
show('churn keeps one entry', function () { return churn.size + ' ' + churn.get(999); });
show('old iterator sees the survivor', function () { return churnIt.next(); });

/* many object keys */
var objs = [];
var many = new Map();
for (var n = 0; n < 20000; n++) {
    var o = { n: n };
    objs.push(o);
    many.set(o, n);
}
var good = 0;
for (var q = 0; q < objs.length; q++) {
    if (many.get(objs[q]) === q) {
        good++;
    }
}
for (var r = 0; r < objs.length; r += 2) {
    many.delete(objs[r]);
}
show('20000 object keys', function () { return good + ' ' + many.size; });
show('after deleting half', function () {
    return many.has(objs[0]) + ' ' + many.get(objs[1]) + ' ' + many.get(objs[19999]);
});

/* constructor */
show('Map() without new', function () { return Map(); });
show('new Map(null)', function () { return new Map(null).size; });
show('new Map(undefined)', function () { return new Map(undefined).size; });
show('new Map(map)', function () { return Array.from(new Map(new Map([[1, 2]]))); });
show('new Map(array of arrays)', function () { return new Map([[1, 'one'], [1, 'uno']]).get(1); });
show('entry objects', function () { return new Map([{ 0: 'k', 1: 'v' }]).get('k'); });
show('short entry', function () { return Array.from(new Map([[]])); });
show('new Map(5)', function () { return new Map(5); });
show('new Map({})', function () { return new Map({}); });
show('new Map([1])', function () { return new Map([1]); });
show('new Map([[1, 2], "ab"])', function () { return Array.from(new Map([[1, 2], 'ab'])); });
show('new Map([null])', function () { return new Map([null]); });
var log = [];
var iterable = {};
iterable[Symbol.iterator] = function () {
    var k = 0;
    return {
        next: function () {
            k++;
            log.push('next' + k);
            return k === 1 ? { value: ['x', 1], done: false } : { value: 7, done: false };
        },
        'return': function () {
            log.push('return');
            return {};
        }
    };
};
show('bad entry closes the iterator', function () { return new Map(iterable); });
show('close log', function () { return log; });
show('custom iterable', function () {
    var it4 = {};
    it4[Symbol.iterator] = function () {
        var k = 0;
        return {
            next: function () {
                k++;
                return k <= 2 ? { value: ['c' + k, k], done: false } : { done: true };
            }
        };
    };
    return Array.from(new Map(it4));
});

/* subclass through Reflect.construct: the constructor adds through this.set */
function LoggingMap(entries) {
    return Reflect.construct(Map, [entries], LoggingMap);
}
LoggingMap.prototype = Object.create(Map.prototype);
LoggingMap.prototype.constructor = LoggingMap;
var setCalls = [];
LoggingMap.prototype.set = function (k, v) {
    setCalls.push(k);
    return Map.prototype.set.call(this, k, v);
};
var lm = new LoggingMap([['a', 1], ['b', 2]]);
show('subclass constructor used this.set', function () { return setCalls; });
show('subclass instance', function () { return (lm instanceof LoggingMap) + ' ' + (lm instanceof Map) + ' ' + lm.size; });

/* receivers */
show('get on plain object', function () { return Map.prototype.get.call({}, 1); });
show('set on a Set', function () { return Map.prototype.set.call(new Set(), 1, 2); });
show('size on prototype', function () { return Map.prototype.size; });
show('has on Object.create(map)', function () { return Map.prototype.has.call(Object.create(m), 'a'); });

/* shapes */
show('Map.length', function () { return Map.length; });
show('Map.name', function () { return Map.name; });
show('prototype names', function () { return Object.getOwnPropertyNames(Map.prototype); });
show('enumerable prototype keys', function () { return Object.keys(Map.prototype); });
show('size descriptor', function () {
    var dsc = Object.getOwnPropertyDescriptor(Map.prototype, 'size');
    return [typeof dsc.get, dsc.set, dsc.enumerable, dsc.configurable, dsc.get.name].join();
});
show('method lengths', function () {
    return ['get', 'set', 'has', 'delete', 'clear', 'forEach', 'keys', 'values', 'entries']
        .map(function (k) { return k + ':' + Map.prototype[k].length; }).join(' ');
});
show('method names', function () { return Map.prototype.delete.name + ' ' + Map.prototype.forEach.name; });
show('toStringTag', function () { return Map.prototype[Symbol.toStringTag]; });
show('Object.prototype.toString', function () { return Object.prototype.toString.call(new Map()); });
show('species', function () { return Map[Symbol.species] === Map; });
show('instanceof', function () { return new Map() instanceof Map; });
show('constructor', function () { return new Map().constructor === Map; });
show('global descriptor', function () {
    var dsc = Object.getOwnPropertyDescriptor(globalThis, 'Map');
    return [typeof dsc.value, dsc.writable, dsc.enumerable, dsc.configurable].join();
});
