/* Proves WeakMap and WeakSet (object keys only, identity, prototypes, non-extensible keys, no
 * visible marks on the keys, errors and shapes) and the WeakRef/FinalizationRegistry surface
 * (deref, register/unregister validation and results). */
'use strict';

function fmt(v) {
    if (typeof v === 'string') {
        return JSON.stringify(v);
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

var k1 = {};
var k2 = function () {};
var k3 = [];
var wm = new WeakMap([[k1, 'one']]);
show('set returns map', function () { return wm.set(k2, 'two') === wm; });
wm.set(k3, undefined);
show('get', function () { return [wm.get(k1), wm.get(k2), wm.get({})]; });
show('has undefined value', function () { return wm.has(k3); });
show('delete', function () { return [wm.delete(k1), wm.delete(k1), wm.has(k1)]; });
show('primitive get/has/delete', function () { return [wm.get(1), wm.has('x'), wm.delete(null)]; });
show('set primitive', function () { return wm.set('x', 1); });
show('set symbol', function () { return wm.set(Symbol('s'), 1); });
show('set null', function () { return wm.set(null, 1); });
var sk = Symbol('weak key');
show('symbol key', function () {
    wm.set(sk, 'sym');
    return [wm.get(sk), wm.has(sk), wm.get(Symbol('weak key')), wm.delete(sk), wm.has(sk)];
});
show('registered symbol key', function () { return wm.set(Symbol.for('reg'), 1); });
show('registered symbol get', function () { return wm.get(Symbol.for('reg')); });
show('well-known symbol key', function () { return wm.set(Symbol.iterator, 1).get(Symbol.iterator); });
show('weakset symbol', function () {
    var s1 = Symbol('x');
    var w = new WeakSet([s1]);
    return [w.has(s1), w.delete(s1), w.has(s1)];
});
show('weakset registered symbol', function () { return new WeakSet().add(Symbol.for('y')); });
show('WeakRef of symbol', function () { var s2 = Symbol('r'); return new WeakRef(s2).deref() === s2; });
show('WeakRef of registered symbol', function () { return new WeakRef(Symbol.for('r')); });

var proto = {};
var child = Object.create(proto);
var pw = new WeakMap([[proto, 'p']]);
show('child of key', function () { return [pw.get(child), pw.has(child)]; });
pw.set(child, 'c');
show('both', function () { return [pw.get(proto), pw.get(child)]; });
var frozen = Object.freeze({});
var frozenChild = Object.freeze(Object.create(proto));
pw.set(frozen, 'f').set(frozenChild, 'fc');
show('non-extensible keys', function () { return [pw.get(frozen), pw.get(frozenChild), pw.get(proto)]; });
show('delete non-extensible', function () { return [pw.delete(frozen), pw.has(frozen), pw.delete(frozen)]; });
var two = new WeakMap();
two.set(proto, 'other map');
show('two maps, one key', function () { return [pw.get(proto), two.get(proto)]; });
two.delete(proto);
show('delete in one map only', function () { return [pw.get(proto), two.get(proto)]; });
show('key stays unmarked', function () {
    return [Object.keys(proto).length, Object.getOwnPropertyNames(proto).length,
            Object.getOwnPropertySymbols(proto).length, JSON.stringify(proto)];
});
show('for-in over key', function () {
    var ks = [];
    for (var k in child) {
        ks.push(k);
    }
    return ks;
});

var ws = new WeakSet([k1]);
show('weakset', function () { return [ws.has(k1), ws.has(k2), ws.add(k2) === ws, ws.has(k2)]; });
show('weakset delete', function () { return [ws.delete(k1), ws.has(k1), ws.delete(1)]; });
show('weakset add primitive', function () { return ws.add(1); });
show('weakset from [1]', function () { return new WeakSet([1]); });
show('weakmap from [[1, 2]]', function () { return new WeakMap([[1, 2]]); });
show('weakmap from [1]', function () { return new WeakMap([1]); });
show('WeakMap()', function () { return WeakMap(); });
show('WeakSet()', function () { return WeakSet(); });
show('get on Map', function () { return WeakMap.prototype.get.call(new Map(), k1); });
show('add on WeakMap', function () { return WeakSet.prototype.add.call(new WeakMap(), k1); });
show('tags', function () {
    return [Object.prototype.toString.call(wm), Object.prototype.toString.call(ws)];
});
show('WeakMap.prototype names', function () { return Object.getOwnPropertyNames(WeakMap.prototype); });
show('WeakSet.prototype names', function () { return Object.getOwnPropertyNames(WeakSet.prototype); });
show('no size, no iteration', function () {
    return [wm.size, typeof wm.forEach, typeof wm[Symbol.iterator]];
});
show('lengths', function () { return [WeakMap.length, WeakSet.length, wm.set.length]; });

var target = {};
var ref = new WeakRef(target);
show('deref', function () { return ref.deref() === target; });
show('WeakRef tag', function () { return Object.prototype.toString.call(ref); });
show('WeakRef(1)', function () { return new WeakRef(1); });
show('WeakRef()', function () { return WeakRef({}); });
show('deref on object', function () { return WeakRef.prototype.deref.call({}); });
var reg = new FinalizationRegistry(function () {});
var token = {};
show('register', function () { return reg.register({}, 'held', token); });
show('register without token', function () { return reg.register({}, 'held'); });
show('unregister', function () { return [reg.unregister(token), reg.unregister(token), reg.unregister({})]; });
show('register primitive', function () { return reg.register(1, 'x'); });
show('register same', function () { return reg.register(target, target); });
show('register bad token', function () { return reg.register({}, 1, 5); });
show('unregister primitive', function () { return reg.unregister(1); });
show('cleanup not callable', function () { return new FinalizationRegistry(); });
show('registry tag', function () { return Object.prototype.toString.call(reg); });
show('registry names', function () { return Object.getOwnPropertyNames(FinalizationRegistry.prototype); });
