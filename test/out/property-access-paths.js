// Property reads and writes through every kind of object and prototype chain: the engine's fast
// path (src/duk_fastpath.c) must answer exactly as the general one.
'use strict';
function show(label, fn) {
    try {
        console.log(label, JSON.stringify(fn()));
    } catch (e) {
        console.log(label, 'throws', e.constructor.name);
    }
}
var base = { inherited: 1 };
Object.defineProperty(base, 'ro', { value: 'ro', writable: false });
Object.defineProperty(base, 'acc', {
    get: function () { return 'got ' + this.tag; },
    set: function (v) { this.seen = v; }
});
Object.defineProperty(base, 'getOnly', { get: function () { return 'g'; } });
var mid = Object.create(base);
mid.middle = 2;
var o = Object.create(mid);
o.tag = 'o';
show('own', function () { return o.tag; });
show('two up', function () { return [o.middle, o.inherited]; });
show('missing', function () { return o.nothing === undefined && !('nothing' in o); });
show('getter up the chain', function () { return o.acc; });
show('setter up the chain', function () { o.acc = 5; return [o.seen, Object.keys(o)]; });
show('read-only inherited', function () { o.ro = 1; });
show('getter-only inherited', function () { o.getOnly = 1; });
show('shadow a writable inherited', function () { o.middle = 3; return [o.middle, mid.middle]; });
show('update own', function () { o.tag = 'p'; return o.tag; });
var frozen = Object.freeze({ a: 1 });
show('frozen write', function () { frozen.a = 2; });
show('frozen add', function () { frozen.b = 2; });
var sealed = Object.preventExtensions({ a: 1 });
show('non-extensible update', function () { sealed.a = 2; return sealed.a; });
show('non-extensible add', function () { sealed.b = 2; });
var arr = [1, 2, 3];
show('array length and methods', function () { return [arr.length, typeof arr.push, arr.constructor === Array]; });
show('array named prop', function () { arr.extra = 'x'; return [arr.extra, arr.length]; });
show('array length write', function () { arr.length = 1; return arr; });
var child = Object.create(arr);
show('length through an array prototype', function () { return child.length; });
show('write length over an array prototype', function () { child.length = 7; return [child.length, arr.length]; });
show('arguments', function () { return (function (a) { arguments.x = 1; return [arguments.length, arguments.x]; })(9); });
show('String object', function () { var s = new String('abc'); s.extra = 1; return [s.length, s.extra, s[1]]; });
show('typed array', function () { var t = new Uint8Array(4); t.tag = 'u'; return [t.length, t.byteLength, t.tag]; });
show('Buffer', function () { var b = Buffer.from('hi'); return [b.length, b.toString()]; });
var p = new Proxy({}, { get: function (t, k) { return 'proxy ' + String(k); }, set: function (t, k, v) { t[k] = v; return true; } });
show('proxy', function () { p.z = 1; return p.z; });
show('function caller', function () { function f() { return f.caller; } return typeof f; });
show('function length write', function () { function f(a, b) {} f.length = 5; });
show('numeric-like keys', function () { var x = {}; x['1'] = 'a'; x['01'] = 'b'; return [x[1], x['01'], Object.keys(x)]; });
show('symbol key', function () { var s = Symbol('s'); var x = {}; x[s] = 1; return x[s]; });
show('null prototype', function () { var x = Object.create(null); x.a = 1; return [x.a, x.toString]; });
show('primitive bases', function () { return ['abc'.length, (5).toFixed(1), true.toString()]; });
show('write on a primitive', function () { var s = 'abc'; s.x = 1; });
class A { constructor() { this.v = 1; } get g() { return this.v + 1; } }
class B extends A { m() { return this.g; } }
show('class chain', function () { var b = new B(); b.v = 5; return [b.m(), b.g, typeof b.m]; });
