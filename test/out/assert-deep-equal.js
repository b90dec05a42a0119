/* assert-deep-equal.js: the deep-equality rules of assert.deepEqual (loose) and
 * assert.deepStrictEqual (strict) as Node 20 applies them, over a matrix of pairs: primitives
 * (== vs Object.is, NaN, -0), objects with reordered keys, prototypes, arrays with holes and
 * extra properties, cycles, Dates, RegExps (flags, lastIndex), boxed primitives, errors,
 * typed arrays and ArrayBuffers, Float arrays with -0/NaN, Maps and Sets with object keys and
 * loose primitive matches, URLs (by href), symbol keys, non-enumerable properties, and
 * getters. */
var assert = require('assert');

function check(label, a, b) {
    var loose = true;
    var strict = true;
    try { assert.deepEqual(a, b); } catch (e) { loose = e.code; }
    try { assert.deepStrictEqual(a, b); } catch (e) { strict = e.code; }
    var nloose = true;
    var nstrict = true;
    try { assert.notDeepEqual(a, b); } catch (e) { nloose = e.code; }
    try { assert.notDeepStrictEqual(a, b); } catch (e) { nstrict = e.code; }
    console.log(label, 'loose:', loose === true, 'strict:', strict === true,
                'not-loose:', nloose === true, 'not-strict:', nstrict === true);
}

check('1 / 1', 1, 1);
check('1 / "1"', 1, '1');
check('0 / -0', 0, -0);
check('NaN / NaN', NaN, NaN);
check('null / undefined', null, undefined);
check('true / 1', true, 1);
check('"" / 0', '', 0);
check('obj / obj', { a: 1, b: 2 }, { b: 2, a: 1 });
check('obj extra key', { a: 1 }, { a: 1, b: undefined });
check('obj 1 / "1"', { a: 1 }, { a: '1' });
check('nested', { a: [1, { b: 2 }] }, { a: [1, { b: 2 }] });
check('nested diff', { a: [1, { b: 2 }] }, { a: [1, { b: 3 }] });
function Foo() { this.x = 1; }
check('proto differs', new Foo(), { x: 1 });
check('null proto', Object.create(null), {});
check('array / object', [1], { 0: 1, length: 1 });
check('array / array', [1, 2, 3], [1, 2, 3]);
check('array len', [1, 2], [1, 2, 3]);
check('holes', [1, , 3], [1, undefined, 3]);
check('holes both', [1, , 3], [1, , 3]);
var extra1 = [1, 2];
extra1.foo = 'bar';
check('array extra prop', extra1, [1, 2]);
var extra2 = [1, 2];
extra2.foo = 'bar';
check('array same extra', extra1, extra2);
var c1 = { a: 1 };
c1.self = c1;
var c2 = { a: 1 };
c2.self = c2;
check('cycle', c1, c2);
var c3 = { a: 1 };
c3.self = { a: 1, self: c3 };
check('cycle shape', c1, c3);
var c4 = { a: 2 };
c4.self = c4;
check('cycle diff', c1, c4);
check('dates', new Date(0), new Date(0));
check('dates differ', new Date(0), new Date(1));
var d1 = new Date(0);
d1.x = 1;
check('date extra prop', d1, new Date(0));
check('regexps', /a/g, /a/g);
check('regexp flags', /a/g, /a/i);
var r1 = /a/g;
r1.lastIndex = 3;
check('regexp lastIndex', r1, /a/g);
check('regexp / object', /a/, {});
check('boxed number', new Number(1), new Number(1));
check('boxed number diff', new Number(1), new Number(2));
check('boxed / prim', new Number(1), 1);
check('boxed string', new String('a'), new String('a'));
check('boxed bool', new Boolean(false), new Boolean(false));
check('boxed -0', new Number(-0), new Number(0));
check('errors', new Error('x'), new Error('x'));
check('errors msg', new Error('x'), new Error('y'));
check('error types', new TypeError('x'), new Error('x'));
var e1 = new Error('x');
e1.code = 1;
check('error extra prop', e1, new Error('x'));
check('uint8', new Uint8Array([1, 2]), new Uint8Array([1, 2]));
check('uint8 diff', new Uint8Array([1, 2]), new Uint8Array([1, 3]));
check('uint8 / int8', new Uint8Array([1, 2]), new Int8Array([1, 2]));
check('float -0', new Float64Array([-0]), new Float64Array([0]));
check('float NaN', new Float64Array([NaN]), new Float64Array([NaN]));
check('buffers', new ArrayBuffer(4), new ArrayBuffer(4));
check('buffers len', new ArrayBuffer(4), new ArrayBuffer(5));
check('dataview', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
check('map', new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']]));
check('map diff', new Map([[1, 'a']]), new Map([[1, 'b']]));
check('map obj keys', new Map([[{ a: 1 }, 'x'], [{ a: 2 }, 'y']]),
      new Map([[{ a: 2 }, 'y'], [{ a: 1 }, 'x']]));
check('map loose key', new Map([[1, 'x']]), new Map([['1', 'x']]));
check('map size', new Map([[1, 1]]), new Map());
check('set', new Set([1, 2, 3]), new Set([3, 2, 1]));
check('set diff', new Set([1, 2]), new Set([1, 3]));
check('set objs', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
check('set loose', new Set([1]), new Set(['1']));
check('set null/undef', new Set([null]), new Set([undefined]));
check('set / array', new Set([1]), [1]);
check('map / object', new Map(), {});
var s = Symbol('s');
var sa = {};
sa[s] = 1;
var sb = {};
sb[s] = 1;
check('symbol keys', sa, sb);
var sc = {};
sc[s] = 2;
check('symbol keys diff', sa, sc);
check('symbol key missing', sa, {});
var ne = {};
Object.defineProperty(ne, 'hidden', { value: 1, enumerable: false });
check('non-enumerable', ne, {});
var g1 = {};
Object.defineProperty(g1, 'x', { get: function () { return 1; }, enumerable: true });
check('getter', g1, { x: 1 });
check('functions same', check, check);
check('functions diff', function () {}, function () {});
check('args', (function () { return arguments; })(1, 2), [1, 2]);
check('string / boxed in obj', { a: 'x' }, { a: new String('x') });
check('deep arrays', [[[[1]]]], [[[[1]]]]);
check('deep arrays diff', [[[[1]]]], [[[['1']]]]);
check('undefined props', { a: undefined }, { b: undefined });
check('symbols values', Symbol.iterator, Symbol.iterator);
check('zero in array', [0], [-0]);
check('zero in map values', new Map([['a', 0]]), new Map([['a', -0]]));
function withCause(msg, cause) {
    var e = new Error(msg);
    Object.defineProperty(e, 'cause', { value: cause, writable: true, configurable: true });
    return e;
}
check('error cause', withCause('a', 1), withCause('a', 2));
check('error same cause', withCause('a', { x: 1 }), withCause('a', { x: 1 }));
check('error undefined cause', new Error('a'), withCause('a', undefined));
var en = new Error('m');
en.name = 'Other';
check('error name', new Error('m'), en);
var o1 = { k: 1 };
check('set shared obj', new Set([o1, { x: 1 }]), new Set([o1, { x: 1 }]));
check('map shared key', new Map([[o1, 'a'], [{ z: 1 }, 'b']]), new Map([[o1, 'a'], [{ z: 1 }, 'b']]));
check('set single obj', new Set([{ a: 1 }]), new Set([{ a: 2 }]));
check('loose set mixed', new Set([1, { a: 1 }]), new Set(['1', { a: 1 }]));
var URL = require('url').URL;
check('urls same', new URL('http://a/#x'), new URL('http://a/#x'));
check('urls differ', new URL('http://a'), new URL('http://b'));
check('url / object', new URL('http://a'), {});
var arrSym = [1];
arrSym[Symbol('s')] = 1;
check('array symbol prop', arrSym, [1]);

/* Cyclic graphs: structurally equivalent ones are equal, as in Node 20. */
var seed = 12345;
function rnd(n) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
}
function graph(n) {
    var nodes = [];
    var i;
    for (i = 0; i < n; i++) nodes.push({ v: rnd(2) });
    for (i = 0; i < n; i++) {
        nodes[i].p = nodes[rnd(n)];
        if (rnd(2)) nodes[i].q = nodes[rnd(n)];
    }
    return nodes[0];
}
var bits = '';
for (var t = 0; t < 300; t++) {
    var ga = graph(1 + rnd(6));
    var gb = graph(1 + rnd(6));
    try {
        assert.deepStrictEqual(ga, gb);
        bits += '1';
    } catch (e) {
        bits += '0';
    }
}
console.log(bits);
