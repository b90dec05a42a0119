// Lookbehind and named groups together (two features that meet in the regex helpers): replace
// with $<name> and a replacer, matchAll, a copy, split and sticky.
const re = /(?<=\$)(?<amt>\d+)(?:\.(?<cents>\d\d))?/g;
const s = 'cost $12.50 and $7 and 9';
console.log(s.replace(re, '<$<amt>|$<cents>>'));
console.log([...s.matchAll(re)].map((m) => [m.index, m.groups.amt, m.groups.cents]));
console.log(s.replace(re, (...a) => JSON.stringify(a[a.length - 1])));
const c = new RegExp(re); console.log(c.exec(s).groups.amt, c.flags);
console.log('a1b2'.split(/(?<=\d)/), /(?<!\w)x/y.test('x'));
