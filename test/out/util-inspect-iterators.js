/* util.inspect of Map and Set iterators: [Map Iterator] { keys }, [Map Entries] { [ k, v ] },
 * [Set Iterator] { values }, [Set Entries] { [ v, v ] }; only the entries not yet consumed are
 * shown, and inspecting does not advance the iterator. */
var util = require('util');

var m = new Map();
m.set('a', 1);
m.set('b', { deep: { er: [1, 2] } });
m.set(3, 'three');
var s = new Set();
s.add(1);
s.add('two');
s.add([3]);
console.log(m.keys(), m.values(), m.entries());
console.log(s.values(), s.entries(), s.keys());
var it = m.keys();
it.next();
console.log(it, it.next().value, it);
var entries = m.entries();
console.log([entries], { e: entries });
console.log(util.inspect(m.entries(), { maxArrayLength: 1 }));
console.log(util.inspect(s.values(), { maxArrayLength: 0 }));
console.log(util.inspect(m.entries(), { depth: 0 }));
var big = new Map();
for (var i = 0; i < 30; i++) big.set('key' + i, i);
console.log(big.entries());
console.log(new Map().keys(), new Set().entries());
var done = s.values();
done.next();
done.next();
done.next();
console.log(done, done.next());
