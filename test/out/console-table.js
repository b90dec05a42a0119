// Proves: console.table draws Node's table for arrays of objects, objects of objects, primitive
// rows (Values column), a properties filter, Map and Set, nested values cut as Node cuts them,
// wide characters; and prints non-objects as console.log does.
console.table([{ a: 1, b: 'two' }, { a: 3, c: [1, 2, 3, 4] }]);
console.table({ x: { v: 1 }, y: { v: 22, w: { deep: { er: 1 } } } });
console.table([1, 'two', { three: 3 }, null]);
console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['b']);
console.table(new Map([['k1', 1], ['k2', { o: 1 }]]));
console.table(new Set(['s', 2]));
console.table([{ name: '日本', n: 1 }]);
console.table(5);
console.table('text');
console.table([]);
