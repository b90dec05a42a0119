// Proves: a one-character lookbehind at the start of a u-flag regex (globby 16's
// /(?<!\\)[*?[]/u) matches as in V8, also after astral characters and with \u{...} and
// property escapes in the rest of the pattern.
'use strict';
const WILDCARDS = /(?<!\\)[*?[]/u;
console.log(WILDCARDS.test('a*'), WILDCARDS.test('a\\*'), WILDCARDS.test('\\*x?'));
console.log('x\\*y*z?'.replace(/(?<!\\)[*?]/gu, '!'));
console.log('😀a ba ca'.match(/(?<=[^b])a/gu), '😀a'.search(/(?<!\w)a/u));
console.log('€1 $2 €3'.match(/(?<=€)\d/gu), /(?<=x)\u{1F600}/u.exec('x😀')[0].length);
console.log('aÉ bÉ'.replace(/(?<!a)\p{Lu}/gu, '_'));
const re = /(?<=-)\w+/gu;
let m;
while ((m = re.exec('a-bc-d')) !== null) {
    console.log(m[0], m.index, re.lastIndex);
}
