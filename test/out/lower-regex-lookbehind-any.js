// Proves: a lookbehind of any content at the start of a regex (or of each top-level
// alternative, or in a group there: (?:^|(?<=\s))), positive and negative, with the g, i, m,
// s and u flags, and a fixed-length lookbehind at the end or in the middle, give V8's
// matches; captures in a fixed-length positive lookbehind are filled.
'use strict';
const show = (m) => m === null ? null : JSON.stringify([...m]) + '@' + m.index;
console.log(show(/(?<=\$)\d+/.exec('cost 5 or $12')), 'a\\"b"c"'.replace(/(?<!\\)"/g, '#'));
console.log('hi @bob and x@no @al'.match(/(?<=^|\s)@\w+/g), '@a'.match(/(?<=^|\s)@\w/g));
console.log('bar far foor boor'.replace(/(?<=foo|ba)r/g, 'R'), 'abx ax 1x x'.match(/(?<![a-z]{2})x/g));
console.log('1535 1536 25'.match(/\d+(?<=5)/g), 'ac bc abc'.replace(/a(?<!b)c/g, '_'));
console.log('1234567.891'.replace(/(?<=\d)(?=(\d{3})+\b)/g, ','), '12'.replace(/(?<=\d)(?=(\d{3})+\b)/g, ','));
console.log('ab AB aB'.match(/(?<=a)b/gi), 'x\nay\nay'.match(/(?<=^a)y/gm), 'x\nay'.match(/(?<=^a)y/g));
console.log('a\nb ab'.match(/(?<=a.)b/gs), 'a\nb ab'.match(/(?<=a.)b/g), 'a\nb'.match(/(?<=a$\n)b/m) + '');
console.log('ab cb xd yd'.replace(/(?<=a)b|(?<=y)d/g, '#'), show('yd'.match(/(?<=x)d|(?<=y)d/)));
console.log('xab zab'.replace(/(?<=x)a(b)|ab/g, '[$1]'), 'abc xbc'.replace(/b(?<=ab)c/g, 'Z'));
console.log('12.5 3.45'.replace(/(?<=\.\d*)5/g, 'F'), 'foofoo'.replace(/(?<!^)foo/, 'X'));
console.log(show(/(?<=(\$|€))(\d+)/.exec('x €20')), show(/(?<!(a))b/.exec('ab cb')));
console.log(show(/(?<=([a-z])(\d))x/.exec('1x a2x')), show(/(?<=a(b|c))d/.exec('abd acd')));
console.log(/(?<=\bfoo)bar/.test('foobar'), /(?<=\bfoo)bar/.test('xfoobar'), /(?<=foo\b)bar/.test('foobar'));
console.log('a1b22c333'.match(/(?<=[a-z])\d+/g), '<b>x</b>'.match(/(?<=<\w>).*(?=<\/)/)[0]);
console.log('ab'.replace(/(?<=a)(?!c)b/, 'X'), 'x-1 y-2'.match(/(?<=\w-)\d/g), /(?<=a{2,})b/.test('aab'));
console.log('😀a xa 😀b'.match(/(?<=😀)[ab]/gu), '😀a xa'.replace(/(?<![😀])a/gu, 'A'));
console.log('😀x'.match(/(?<=\u{1F600})x/u)[0], 'é1 e2'.match(/(?<=\p{L})\d/gu), 'a1 😀2'.match(/(?<!\p{L})\d/gu));
console.log(show(new RegExp('(?<=\\$)\\d+', 'g').exec('$5 $6')), 'q$7'.search(new RegExp('(?<=\\$)\\d')));
console.log(new RegExp('(?<=a)b', 'i').test('AB'), new RegExp('(?<=é)\\d', 'u').test('é1'));
console.log(show(/((?<=\$)\d+)/.exec('5 $12')), show(/(a(?<!b)(c))/.exec('ac')), 'a-b c-d'.replace(/(\w)(?:-(?<=\w-)(\w))/g, '$2$1'));
console.log('#a b#c #d'.match(/(?:^|(?<=\s))#\w/g), '#a b#c #d'.replace(/(?:(?<=\s)|^)#(\w)/g, '<$1>'), 'ab_c'.match(/(?:\b|(?<=_))\w/g));
console.log('x\n#a'.match(/(?:^|(?<=\s))#\w/g), 'x\n#a'.match(/(?:^|(?<=y))#\w/gm), 'x#a'.match(/(?:^|(?<=y))#\w/gm));
console.log('é1 e2 x3'.match(new RegExp('(?<=\\p{L})\\d', 'gu')), 'a😀1'.match(new RegExp('(?<=\\u{1F600})\\d', 'u'))[0]);
console.log('ab'.replace(new RegExp('(?<=a)b', 'y'), 'X'), new RegExp('(?<=a)b', 'sy').exec('ab'), String(new RegExp('(?<=a).', 's')));
const gi = new RegExp('(?<=a)b', 'gi');
console.log(gi.flags, String(gi), [...'abAB'.matchAll(gi)].length, 'aB'.split(new RegExp('(?<=a)', 'i')));
