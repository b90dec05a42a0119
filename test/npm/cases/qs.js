// qs 6: nested objects and arrays, options for depth, array formats and dots.
const qs = require('qs');
console.log(qs.parse('a[b][c]=1&d[]=2&d[]=3&e=%20x'));
console.log(qs.parse('a.b=1&a.c=2', { allowDots: true }), qs.parse('a[0]=x&a[2]=y'));
console.log(qs.stringify({ a: { b: [1, 2] }, c: 'd e' }), qs.stringify({ a: [1, 2] }, { arrayFormat: 'brackets' }));
console.log(qs.stringify({ a: [1, 2] }, { arrayFormat: 'repeat', encode: false }), qs.parse('?x=1', { ignoreQueryPrefix: true }));
