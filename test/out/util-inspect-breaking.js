/* Node's line breaking: an object stays on one line while its entries fit within breakLength 80
 * (counting entries, indentation, braces and a constant of 10), up to 3 inner levels combine on
 * one line, and otherwise each entry gets its own line with 2-space indentation.  Lengths around
 * the limits are tried one character at a time. */
var util = require('util');

function obj(n, valueLen) {
    var o = {};
    for (var i = 0; i < n; i++) o['k' + i] = 'v'.repeat(valueLen);
    return o;
}
var n, len;
for (n = 1; n <= 8; n++) {
    for (len = 1; len <= 16; len += 3) console.log(n, len, util.inspect(obj(n, len)));
}
for (len = 50; len <= 80; len++) console.log(len, util.inspect({ key: 'x'.repeat(len) }));
for (len = 55; len <= 75; len += 2) console.log(len, util.inspect([{ key: 'x'.repeat(len) }]));
for (len = 40; len <= 70; len += 3) console.log(len, util.inspect({ a: { b: 'y'.repeat(len) } }));

console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: { d: 1 } } } });
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 5 }));
console.log(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 5 }));
console.log(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 5, compact: 4 }));
console.log({ a: [{ b: [{ c: 1 }] }] });
console.log({ first: { x: 1 }, second: { y: { z: 2 } }, third: [1, [2, [3]]] });
console.log({ short: 1, nested: { deeper: { deepest: 'value' } }, after: 'x' });
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }, { a: 7, b: 8 }]);
console.log([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]);
console.log({ list: ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'] });
console.log({ a: { list: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18] } });
console.log({ aVeryLongPropertyNameNumberOne: 'some value', aVeryLongPropertyNameNumberTwo: 2 });
console.log({
    user: { id: 1, name: 'Ada', roles: ['admin', 'dev'], meta: { created: new Date(0) } },
    items: [{ id: 1, tags: ['a'] }, { id: 2, tags: [] }],
    total: 2
});
console.log({ x: 'multi\nline', y: 1 });
console.log(['a\nb', 'c']);
console.log({ s: 'a string that is long enough to be split when it has\nnewlines inside it' });
console.log([['a string that is long enough to be split when it has\nnewlines inside it']]);

var wide = {};
for (n = 0; n < 30; n++) wide['p' + n] = n;
console.log(wide);
var arrOfObjs = [];
for (n = 0; n < 10; n++) arrOfObjs.push({ i: n });
console.log(arrOfObjs);
var mixedLen = [];
for (n = 0; n < 40; n++) mixedLen.push(n % 7 === 0 ? 'longer-entry-' + n : 's' + n);
console.log(mixedLen);
var nums = [];
for (n = 0; n < 50; n++) nums.push(Math.pow(3, n % 20));
console.log(nums);
var inObj = { deep: { deeper: nums.slice(0, 25) } };
console.log(inObj);
console.log(util.inspect(nums.slice(0, 20), { breakLength: 30 }));
console.log(util.inspect(nums.slice(0, 20), { breakLength: 200 }));
console.log(util.inspect(nums.slice(0, 40), { compact: 2 }));
