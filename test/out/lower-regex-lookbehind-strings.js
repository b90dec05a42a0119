// Proves: String's replace (strings with $1, $<name>, $&, $`, $' and functions), replaceAll,
// match, matchAll, search and split give V8's results with lookbehind regexes.
'use strict';
console.log('x $42 $7'.replace(/(?<=\$)(?<d>\d+)/g, '<$<d>|$1|$&|$`|$\'>'));
console.log('x1 y2'.replace(/(?<=(x|y))(\d)/g, (m, a, b, off, str) => `${m}${a}${b}${off}${str.length}`));
console.log('x1 y2'.replace(/(?<=x)\d/, (m, off) => `${m}${off}`), 'a.b.c'.replaceAll(/(?<=\.)\w/g, 'X'));
console.log(JSON.stringify('a1 b2 a3'.match(/(?<=a)\d/)), 'a1 b2 a3'.match(/(?<=a)\d/g), 'zz'.match(/(?<=a)\d/g));
console.log([...'a1 b2 a3'.matchAll(/(?<=a)(\d)/g)].map((m) => m[0] + m[1] + m.index));
console.log('ab cb'.search(/(?<!a)b/), 'ab'.search(/(?<!a)b/), 'a1b2c3'.split(/(?<=\d)/));
console.log('a,b\\,c,d'.split(/(?<!\\),/), ''.split(/(?<=a)/), 'abc'.split(/(?<=b)/, 1), 'abab'.split(/(?<=a)(b)/));
console.log('foo.bar'.split(/(?<=\.)/), 'camelCaseString'.split(/(?<=[a-z])(?=[A-Z])/), 'a😀b'.split(/(?<=😀)/u));
console.log('aaba'.replace(/(?<=a)/g, '|'), 'aaba'.split(/(?<=a)/), 'aaba'.match(/(?<=a)/g), 'aXbX'.replace(/(?<=b)x/gi, '_'));
const named = /(?<=#)(?<id>\w+)/;
const m = named.exec('see #abc');
console.log(m.groups.id, m.index, m[1], 'a #b #c'.replace(/(?<=#)(?<id>\w)/g, (s, p1, off, str, groups) => groups.id.toUpperCase()));
