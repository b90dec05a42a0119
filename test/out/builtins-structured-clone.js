/* Proves structuredClone: primitives (-0, NaN), plain objects (own enumerable string keys, getters
 * read, prototypes dropped), arrays (holes, extra properties), Date, RegExp, boxed primitives,
 * Map, Set, ArrayBuffer, typed arrays and DataView (offsets, shared buffers), Error objects
 * (name, message, stack, cause), cycles and shared references, DataCloneError for functions,
 * symbols and uncloneable objects, and argument validation. */
'use strict';

function show(label, fn) {
    var r;
    try {
        r = fn();
        r = typeof r === 'string' ? r : JSON.stringify(r);
    } catch (e) {
        r = 'throws ' + e.name + (e.code !== undefined ? ' [' + e.code + ']' : '') + ': ' + e.message;
    }
    console.log(label + ': ' + r);
}

var sc = structuredClone;

show('primitives', function () {
    return [sc(1), sc('s'), sc(true), sc(null), sc(undefined) === undefined, 1 / sc(-0), sc(NaN) !== sc(NaN)].map(String);
});
show('plain object', function () {
    var o = { a: 1, nested: { b: [1, 2] } };
    var c = sc(o);
    return [c, c !== o, c.nested !== o.nested];
});
show('only own enumerable string keys', function () {
    var o = Object.create({ inherited: 1 });
    o.own = 2;
    Object.defineProperty(o, 'hidden', { value: 3, enumerable: false });
    o[Symbol('s')] = 4;
    var c = sc(o);
    return [Object.keys(c), Object.getOwnPropertySymbols(c).length, Object.getPrototypeOf(c) === Object.prototype];
});
show('getters are read', function () {
    var o = {};
    Object.defineProperty(o, 'g', { get: function () { return 'got'; }, enumerable: true });
    var c = sc(o);
    return [c.g, typeof Object.getOwnPropertyDescriptor(c, 'g').value];
});
show('class instance becomes plain', function () {
    function Point(x) { this.x = x; }
    Point.prototype.norm = function () { return 1; };
    var c = sc(new Point(3));
    return [c, c instanceof Point, typeof c.norm];
});
show('null prototype', function () {
    var o = Object.create(null);
    o.z = 1;
    var c = sc(o);
    return [c.z, Object.getPrototypeOf(c) === Object.prototype];
});
show('array', function () {
    var a = [1, , 3];
    a.extra = 'x';
    var c = sc(a);
    return [Array.isArray(c), c.length, 1 in c, c.extra, c[2]];
});
show('date', function () {
    var d = new Date(86400000);
    var c = sc(d);
    return [c instanceof Date, c !== d, c.toISOString()];
});
show('regexp', function () {
    var r = /ab+c/gi;
    r.lastIndex = 5;
    var c = sc(r);
    return [c instanceof RegExp, c.source, c.flags, c.lastIndex, c !== r];
});
show('boxed primitives', function () {
    return [typeof sc(new Number(5)), sc(new Number(5)).valueOf(), sc(new String('s')).valueOf(),
            sc(new Boolean(false)).valueOf(), sc(new String('s')) instanceof String];
});
show('map', function () {
    var key = { k: 1 };
    var m = new Map([[key, new Set([1, 2])], ['s', 'v']]);
    var c = sc(m);
    var entries = [];
    c.forEach(function (v, k) { entries.push([k, v instanceof Set ? Array.from(v) : v]); });
    return [c instanceof Map, c !== m, c.size, c.has(key), entries];
});
show('set', function () {
    var o = {};
    var s = new Set([o, 1]);
    var c = sc(s);
    return [c instanceof Set, c.size, c.has(o), c.has(1)];
});
show('arraybuffer', function () {
    var b = new ArrayBuffer(4);
    new Uint8Array(b)[1] = 7;
    var c = sc(b);
    return [c instanceof ArrayBuffer, c !== b, c.byteLength, new Uint8Array(c)[1]];
});
show('typed array with offset', function () {
    var b = new ArrayBuffer(8);
    var u = new Uint8Array(b, 2, 4);
    u[0] = 9;
    var c = sc(u);
    return [c instanceof Uint8Array, c.byteOffset, c.length, c.buffer.byteLength, c[0]];
});
show('typed arrays sharing a buffer', function () {
    var b = new ArrayBuffer(8);
    var pair = sc({ a: new Uint8Array(b), b: new Int16Array(b, 2, 1), buf: b });
    return [pair.a.buffer === pair.b.buffer, pair.a.buffer === pair.buf];
});
show('float64', function () { return Array.from(sc(new Float64Array([1.5, -0, NaN]))).map(String); });
show('dataview', function () {
    var d = new DataView(new ArrayBuffer(6), 1, 4);
    d.setUint8(0, 200);
    var c = sc(d);
    return [c instanceof DataView, c.byteOffset, c.byteLength, c.getUint8(0)];
});
show('error', function () {
    var e = new TypeError('boom', { cause: { why: 'x' } });
    e.extra = 1;
    var c = sc(e);
    return [c instanceof TypeError, c !== e, c.name, c.message, c.cause, c.extra, c.stack === e.stack,
            Object.getOwnPropertyNames(c).sort()];
});
show('error with custom name', function () {
    var e = new Error('m');
    e.name = 'Custom';
    var c = sc(e);
    return [c.name, c instanceof Error];
});
show('error subclass name', function () {
    var c = sc(new RangeError('r'));
    return [c.name, Object.getPrototypeOf(c) === RangeError.prototype];
});
show('error without message', function () {
    var e = new Error('m');
    delete e.message;
    return Object.getOwnPropertyNames(sc(e)).sort();
});
show('cycles', function () {
    var o = { name: 'root' };
    o.self = o;
    o.list = [o, o];
    var c = sc(o);
    return [c.self === c, c.list[0] === c, c.list[1] === c, c !== o];
});
show('shared references', function () {
    var shared = { s: 1 };
    var c = sc({ a: shared, b: shared, m: new Map([[shared, shared]]) });
    return [c.a === c.b, c.m.get(c.a) === c.a];
});
/* The message quotes the function's source text, which Duktape does not keep. */
function cloneError(v) {
    try {
        sc(v);
        return 'no throw';
    } catch (e) {
        return [e.name, e.code, / could not be cloned\.$/.test(e.message)];
    }
}
show('function', function () { return cloneError(function () {}); });
show('nested function', function () { return cloneError({ f: Math.max }); });
show('symbol', function () { return sc(Symbol('x')); });
show('nested symbol', function () { return sc({ a: { b: Symbol('deep') } }); });
show('weakmap', function () { return sc(new WeakMap()); });
show('weakset', function () { return sc(new WeakSet()); });
show('promise', function () { return sc(Promise.resolve()); });
show('DataCloneError shape', function () {
    try {
        sc(Symbol('y'));
    } catch (e) {
        return [e instanceof DOMException, e instanceof Error, e.name, e.code];
    }
});
show('no arguments', function () { return sc(); });
show('bad options', function () { return sc(1, 5); });
show('bad transfer', function () { return sc(1, { transfer: 5 }); });
show('empty transfer', function () { return sc({ a: 1 }, { transfer: [] }); });
show('global descriptor', function () {
    var d = Object.getOwnPropertyDescriptor(globalThis, 'structuredClone');
    return [typeof d.value, d.writable, d.enumerable, d.configurable, sc.name, sc.length];
});
