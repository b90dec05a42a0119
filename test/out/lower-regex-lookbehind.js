// Proves: a regex that starts with a one-character lookbehind, (?<=c) or (?<!c), works with
// exec, test, replace (strings and functions), match and search, as minimatch uses it.
const rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
console.log('a{1..3} \\{2..4} ${5..6} {7..8}'.replace(rangeRe, (m, lo, hi) => `[${lo}-${hi}]`));
console.log('x{1..2}y'.replace(rangeRe, '<$1|$2|$&|$$>'), rangeRe.lastIndex);
const after = /(?<=\$)\d+/;
console.log(after.exec('cost 5 or $12').index, after.test('no 12'), 'a $1 $22'.match(/(?<=\$)\d+/g));
console.log('ab xb'.search(/(?<!a)b/), /(?<!a)b/.test('ab'), /(?<!a)b/i.test('AB'), /(?<=a)b/i.test('AB'));
const g = /(?<=[a-z])\d/g;
let m;
const found = [];
while ((m = g.exec('1a2b3 4c5')) !== null) found.push(m[0] + '@' + m.index);
console.log(found, g.lastIndex, 'q1w2'.replace(/(?<=w)\d/, '#'));
