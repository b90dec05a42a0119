/* lower-spread: spread in calls/arrays/new, rest and default params, object spread/rest */
function sum(...xs) { return xs.reduce((s, x) => s + x, 0); }
var arr = [1, 2, 3];
console.log(sum(...arr), sum(0, ...arr, 4), Math.max(...arr, 10));
console.log([...arr, ...'hi', 5], [0, ...arr].length);
var o = { m(...a) { return this.tag + a.join(''); }, tag: 'T' };
console.log(o.m(...arr));
function D(a, b) { this.s = a + b; }
console.log(new D(...[3, 4]).s);
function def(a, b = a + 1, c = b * 2) { return [a, b, c]; }
console.log(def(1), def(1, 5), def(1, undefined, 0));
var withArgs = function (a, b = 2) { return arguments.length; };
console.log(withArgs(1));
var base = { x: 1, y: 2 };
var ext = { ...base, y: 3, z: 4 };
console.log(JSON.stringify(ext));
var { x, ...rest } = ext;
console.log(x, JSON.stringify(rest));
console.log(JSON.stringify({ ...null, ...undefined, ...'ab', ...[9] }));
var holes = [1, , 3];
console.log([...holes].length, 1 in [...holes]);
// A spread call as the one-statement body of if/else and of a loop, after a line without ';'
const parts = [], more = [[1, 2], 'x', null]
for (const m of more) if (Array.isArray(m)) parts.push(...m); else if (m) parts.push(m); else parts.push('none')
let k = 0
while (k++ < 2) parts.push(...[k])
console.log(parts)
// Minified code: a lowered form right after a keyword with no space between
function mini(e){let n={...e};return{...n,z:1}}function spreadArr(e){return[...e,typeof{...e}]}
console.log(mini({ y: 2 }), spreadArr([1]))
