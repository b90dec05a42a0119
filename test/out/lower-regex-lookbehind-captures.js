// Proves: a lookbehind checked at a fixed offset matches backwards as V8's does: its groups
// (variable length, quantified, alternatives of different lengths), backreferences and
// lookbehinds inside it, ^ and \b at its ends, a long text with an unbounded one, and
// lookbehinds in the alternatives of a group (a failed check tries the next one).
'use strict';
const show = (m) => m === null ? null : JSON.stringify([...m]) + '@' + m.index;
console.log(show(/(?<=(a+))b/.exec('xaab')), show(/(?<=(\d){3})x/.exec('123x')), show(/(?<=(\d+)(\d+))$/.exec('1053')));
console.log(show(/(?<=(a|ab))c/.exec('abc')), show(/(?<=\1(a))b/.exec('aab')), show(/(?<=(a)\1)b/.exec('aab')));
console.log(show(/(?<=(?<=a)b)c/.exec('abc xbc')), show(/(?<=(?<!a)b)c/.exec('abc xbc')), show(/(?<=^(\w+)\s+)\w+/m.exec('foo  bar')));
console.log('a1 bb2 ccc3'.replace(/(?<=\b(\w+))\d/g, '[$1]'), show(/(?<=([ab])+)c/.exec('abac')), show(/(?<=(?:(a)|b)+)c/.exec('abc')));
console.log(show(/(?<=(\w)\b)\s/.exec('ab cd')), show(/(?<=^|(x))y/.exec('y xy')), show(/(?<=(x)?)y/.exec('xy')));
console.log('xx'.match(/(?<=(x*?))x/g), show(/(?<![a-z](\d))z/.exec('a1z 2z')), show(/(?<=([a-z]+)-)(\d+)/i.exec('Abc-12')));
console.log(show(/(?<=<(\w+)>)[^<]*/.exec('<b>bold</b>')), show(/(?<=\$(\d+)\.)\d\d/.exec('$12.34')));
const long = ('ab "cd" $12 x\n').repeat(3000);
console.log(long.replace(/(?<=^\s*|\s)\$/gm, '#').length, long.match(/(?<=^(?:[^$\n]*))\$\d/gm).length);
console.log(show(/x(?:(?<=x)y|z)/.exec('xy xz')), show(/x(?:(?<=a)y|z)/.exec('xy xz')), show(/(a|b)(?:(?<=a)(c)|(?<!a)(c)|d)/.exec('bc ac')));
console.log('ab cb xb'.replace(/(?:(?<=a)|(?<=x))b/g, 'B'), 'q1 w2 e3'.match(/\w(?:(?<=q)1|(?<=e)3)/g), show(/(?:(?<=^)a|(?<=\s)a|a)(b)?/g.exec(' xab')));
console.log('a-1 b-2'.replace(/(\w)-(?:(?<=a-)(\d)|(\d))/g, '[$1|$2|$3]'));
