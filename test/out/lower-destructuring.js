/* lower-destructuring: declarations, assignment, params, for-of heads, nested, defaults, holes */
var [a, b] = [1, 2];
const { c, d: { e = 5 } = {}, ...others } = { c: 3, f: 6, g: 7 };
console.log(a, b, c, e, JSON.stringify(others));
[a, b] = [b, a];
console.log(a, b);
let [, second, , fourth = 'def', ...tail] = [1, 2, 3, undefined, 5, 6];
console.log(second, fourth, tail);
function f({ x, y = 10 }, [p, q] = [7, 8], ...more) { return [x, y, p, q, more.length]; }
console.log(f({ x: 1 }), f({ x: 1, y: 2 }, [3, 4], 5, 6));
var arrow = ({ n }) => n * 2;
console.log(arrow({ n: 21 }));
var pairs = [[1, 'one'], [2, 'two']];
for (const [num, word] of pairs) { console.log(num, word); }
for (var { length } of ['abc', 'de']) console.log(length);
var obj = {};
({ a: obj.x, b: obj['y'] } = { a: 'X', b: 'Y' });
console.log(obj.x, obj.y);
var key = 'dyn';
var { [key]: dynVal, [key + '2']: dv2 = 'd2' } = { dyn: 'D' };
console.log(dynVal, dv2);
var [s1, s2] = 'hi';
console.log(s1, s2);
function swap(arr2) { [arr2[0], arr2[1]] = [arr2[1], arr2[0]]; return arr2; }
console.log(swap([1, 2]));
var r = ([x1, y1] = [5, 6]);
console.log(r, x1, y1);
try { var { zz } = null; } catch (err) { console.log(err instanceof TypeError); }
var { length: len } = 'four';
console.log(len);
var [[n1, n2], { m: [m1] }] = [[1, 2], { m: [3] }];
console.log(n1, n2, m1);
try { throw { code: 'E1', info: { line: 3 } }; } catch ({ code, info: { line } }) { console.log(code, line); }
