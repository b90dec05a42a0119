// deepmerge 4, fast-deep-equal 3, object-hash 3, flat 6 and dot-prop 10: merging, equality,
// hashing and flattening of nested objects.
import deepmerge from 'deepmerge';
import equal from 'fast-deep-equal';
import equalES6 from 'fast-deep-equal/es6/index.js';
import hash from 'object-hash';
import { flatten, unflatten } from 'flat';
import { getProperty, setProperty, hasProperty, deleteProperty, escapePath, deepKeys } from 'dot-prop';

const a = { x: 1, list: [1, 2], nested: { p: 'a', q: [{ r: 1 }] } };
const b = { y: 2, list: [3], nested: { q: [{ s: 2 }] } };
console.log(JSON.stringify(deepmerge(a, b)), JSON.stringify(deepmerge.all([a, b, { z: 3 }])));
console.log(JSON.stringify(deepmerge(a, b, { arrayMerge: (d, s) => s })));
console.log(equal(a, JSON.parse(JSON.stringify(a))), equal(a, b), equal(/a/g, /a/g), equal(new Date(0), new Date(0)));
console.log(equalES6(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])), equalES6(new Set([1]), new Set([2])), equalES6(new Uint8Array([1, 2]), new Uint8Array([1, 2])));
console.log(hash({ foo: 'bar', n: [1, 2, 3] }), hash({ n: [1, 2, 3], foo: 'bar' }) === hash({ foo: 'bar', n: [1, 2, 3] }));
console.log(hash('text', { algorithm: 'md5' }), hash({ d: new Date(0), s: new Set([2, 1]), f: null }, { unorderedSets: true, encoding: 'base64' }));
console.log(hash.keys({ b: 1, a: { c: 2 } }), hash.sha1([1, 'a', true, undefined]));
console.log(flatten({ a: { b: { c: 1 }, d: [1, { e: 2 }] } }), flatten({ a: { b: 1 } }, { delimiter: '/' }));
console.log(JSON.stringify(unflatten({ 'a.b.c': 1, 'a.d.0': 'x', 'a.d.1': 'y' })), JSON.stringify(unflatten({ 'a.0': 1 }, { object: true })));
const o = { a: { b: [{ c: 'deep' }] }, 'x.y': 1 };
console.log(getProperty(o, 'a.b[0].c'), getProperty(o, 'x\\.y'), getProperty(o, 'a.z', 'dflt'), hasProperty(o, 'a.b'));
setProperty(o, 'a.n.m', 5); deleteProperty(o, 'x\\.y');
console.log(JSON.stringify(o), escapePath('a.b[c]'), deepKeys({ a: { b: 1, c: [1, 2] } }));
