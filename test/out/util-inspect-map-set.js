/* util.inspect of Map, Set, WeakMap and WeakSet: Map(n) { k => v }, Set(n) { v }, empty ones,
 * nesting and depth ([Map], [Set]), maxArrayLength, extra properties, circular references, and
 * <items unknown> for the weak collections. */
var util = require('util');

var m = new Map();
m.set('a', 1);
m.set('b', { nested: [1, 2] });
m.set(3, 'three');
console.log(m);
console.log(new Map(), new Set(), [new Map()], { s: new Set() });
var s = new Set();
s.add(1);
s.add('two');
s.add({ three: 3 });
s.add([4]);
console.log(s);
var objKey = new Map();
objKey.set({ k: 1 }, [1]);
objKey.set(null, undefined);
objKey.set(NaN, -0);
console.log(objKey);
console.log({ a: { b: m } }, { a: { b: { c: m } } }, [[[s]]]);
console.log(util.inspect(m, { depth: 0 }), util.inspect({ m: m }, { depth: 0 }));

var big = new Set();
for (var i = 0; i < 120; i++) big.add(i);
console.log(big);
console.log(util.inspect(big, { maxArrayLength: 3 }));
var bigMap = new Map();
for (i = 0; i < 30; i++) bigMap.set('key' + i, i);
console.log(bigMap);
console.log(util.inspect(bigMap, { maxArrayLength: 2 }));
console.log(util.inspect(bigMap, { maxArrayLength: 0 }));

var withProps = new Map();
withProps.set(1, 2);
withProps.extra = 'prop';
console.log(withProps);
var emptyWithProps = new Set();
emptyWithProps.x = 1;
console.log(emptyWithProps);

var circ = new Map();
circ.set('self', circ);
console.log(circ);
var circSet = new Set();
circSet.add(circSet);
console.log(circSet);
var holder = { m: new Map() };
holder.m.set('holder', holder);
console.log(holder);

console.log(util.inspect(m, { sorted: true }), util.inspect(m, { compact: false }));
console.log(util.inspect(s, { colors: true }));
console.log(util.inspect(m, { breakLength: 20 }));
console.log(util.format('%s %o %j', m, s, m));

var wm = new WeakMap();
wm.set({}, 1);
console.log(wm, new WeakSet(), [wm]);
var wmProps = new WeakMap();
wmProps.p = 1;
console.log(wmProps);
console.log(util.types.isMap(m), util.types.isSet(s), util.types.isMap(s), util.types.isSet({}));
console.log(util.types.isWeakMap(wm), util.types.isWeakSet(new WeakSet()), util.types.isMap(wm));
