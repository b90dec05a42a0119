// Proves: exec and test of lookbehind regexes follow V8's lastIndex rules: global iteration,
// empty matches, a lastIndex past the end, the y flag, and a failed check retried one position
// (one code point with u) later.
'use strict';
const g = /(?<=a)/g;
let r;
const out = [];
while ((r = g.exec('aaba')) !== null) {
    out.push(r.index + ':' + g.lastIndex);
    if (r[0] === '') g.lastIndex++;
}
console.log(out, g.lastIndex);
const d = /(?<=-)\w+/g;
while ((r = d.exec('a-bc-d')) !== null) console.log(r[0], r.index, d.lastIndex);
d.lastIndex = 99;
console.log(d.exec('a-b'), d.lastIndex, d.test('a-b'), d.lastIndex, d.test('a-b'), d.lastIndex);
const ng = /(?<=-)\w/;
ng.lastIndex = 3;
console.log(ng.exec('a-b-c')[0], ng.lastIndex);
const st = /(?<=-)\w/y;
st.lastIndex = 2;
console.log(st.test('a-b-c'), st.lastIndex, st.test('a-b-c'), st.lastIndex);
st.lastIndex = 1;
console.log(st.exec('a-b'), st.lastIndex, st.sticky);
const u = /(?<!😀)(?:[a-z]|😀)/gu;
console.log('😀😀ab'.match(u), '😀x😀'.replace(/(?<=😀)/gu, '|'), '😀😀'.replace(/(?<!a)/gu, '|'));
const mid = /\d+(?<=5)/g;
console.log(mid.exec('1536')[0], mid.lastIndex, mid.exec('1536'), mid.lastIndex);
