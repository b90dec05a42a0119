/* util.inspect of plain objects: key quoting, symbol keys, getters and setters, null prototypes,
 * instances of ES5 constructors, nesting to depth 2 ([Object], [Array]), circular references
 * (<ref *1> / [Circular *1]) and non-enumerable properties. */
var util = require('util');

console.log({});
console.log({ a: 1 });
console.log({ a: 1, b: 'two', c: null, d: undefined, e: true });
console.log({ 'a-b': 1, 'with space': 2, '0': 3, '12': 4, '01': 5, _ok: 6, $dollar: 7, 'é': 8 });
console.log({ 'it\'s': 1, 'say "x"': 2, '': 3, 'new\nline': 4 });
var withProto = {};
Object.defineProperty(withProto, '__proto__', { value: 1, enumerable: true });
console.log(withProto);

var sym = {};
sym[Symbol('a')] = 1;
sym[Symbol()] = 2;
sym[Symbol.for('reg')] = { nested: true };
sym.plain = 3;
console.log(sym);
var hiddenSym = {};
Object.defineProperty(hiddenSym, Symbol('hidden'), { value: 1, enumerable: false });
console.log(hiddenSym, util.inspect(hiddenSym, { showHidden: true }));

var acc = {};
Object.defineProperty(acc, 'g', { get: function () { return 1; }, enumerable: true });
Object.defineProperty(acc, 's', { set: function (v) {}, enumerable: true });
Object.defineProperty(acc, 'gs', {
    get: function () { return { deep: [1, 2] }; },
    set: function (v) {},
    enumerable: true
});
Object.defineProperty(acc, 'gn', { get: function () { return null; }, enumerable: true });
Object.defineProperty(acc, 'gt', {
    get: function () { throw new Error('nope'); },
    enumerable: true
});
console.log(acc);
console.log(util.inspect(acc, { getters: true }));
console.log(util.inspect(acc, { getters: 'get' }));
console.log(util.inspect(acc, { getters: 'set' }));

var nullProto = Object.create(null);
console.log(nullProto);
nullProto.x = 1;
nullProto.y = { z: Object.create(null) };
console.log(nullProto);
console.log([Object.create(null)]);

function Foo() {
    this.a = 1;
    this.b = [1, 2];
}
console.log(new Foo());
function Empty() {}
console.log(new Empty(), [new Empty()], { e: new Empty() });
function Bar() {}
Bar.prototype = Object.create(Foo.prototype);
Bar.prototype.constructor = Bar;
console.log(new Bar());
var noCtor = Object.create(Object.create(null));
console.log(noCtor);
noCtor.k = 'v';
console.log(noCtor);
var anonCtor = (function () { return function () { this.q = 1; }; })();
console.log(new anonCtor());
var weird = Object.create({ constructor: 'not a function' });
console.log(weird);
function Tagged() { this.t = 1; }
Tagged.prototype[Symbol.toStringTag] = 'TagName';
console.log(new Tagged(), Object.create(Tagged.prototype));
var ownTag = { a: 1 };
ownTag[Symbol.toStringTag] = 'Own';
console.log(ownTag);
var objTag = {};
Object.defineProperty(objTag, Symbol.toStringTag, { value: 'Hidden' });
console.log(objTag);

console.log({ a: { b: { c: { d: { e: 1 } } } } });
console.log({ a: { b: { c: [1, 2] } } });
console.log({ a: { b: { c: {} } } }, { a: { b: { c: [] } } });
console.log([[[[1]]]], [[[[]]]], [[[{}]]]);
console.log({ a: { b: { c: new Foo() } } });
console.log({ a: { b: { c: Object.create(null) } } });
console.log({ a: { b: { c: function f() {} } } });
console.log(util.inspect({ a: { b: { c: { d: { e: { f: 1 } } } } } }, { depth: 4 }));
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: null }));
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: Infinity }));
console.log(util.inspect({ a: { b: 1 } }, { depth: 0 }), util.inspect({ a: [1] }, { depth: 0 }));
console.log(util.inspect({ a: 1 }, { depth: -1 }), util.inspect([1], { depth: -1 }));

var circ = { name: 'root' };
circ.self = circ;
console.log(circ);
var a = { n: 'a' };
var b = { n: 'b', a: a };
a.b = b;
console.log(a);
console.log([a, b]);
var arr = [1, 2];
arr.push(arr);
console.log(arr);
var two = { x: {}, y: {} };
two.x.up = two;
two.y.x = two.x;
two.x.y = two.y;
console.log(two);
var multi = { first: {}, second: {} };
multi.first.self = multi.first;
multi.second.self = multi.second;
multi.second.first = multi.first;
console.log(multi);

var ne = { visible: 1 };
Object.defineProperty(ne, 'hidden', { value: 2, enumerable: false });
console.log(ne, util.inspect(ne, { showHidden: true }));
console.log(Object.keys(util.inspect.defaultOptions).join(','));
