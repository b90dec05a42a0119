// A regex with named groups keeps them where Duktape's built-ins do not call exec: copies
// (new RegExp(re), matchAll's), $<name> in replace and replaceAll strings, the groups argument
// of a replacer, and match() without g.
const re = /(?<y>\d{4})-(?<m>\d\d)/g;
console.log('2020-01 and 2021-02'.replace(re, '$<m>/$<y> $$<y> $<nope>|$1'), [...'2020-01 2021-02'.matchAll(re)].map((x) => x.groups.y));
console.log('2020-01'.replace(/(?<y>\d{4})-(?<m>\d\d)/, (...a) => JSON.stringify(a[a.length - 1])),
    new RegExp(/(?<k>z)/).exec('z').groups.k, new RegExp(re, 'i').exec('1999-12').groups.m);
console.log('a-b'.replace(/(?<x>a)/, '[$<x>]'), 'a-b'.replaceAll(/(?<x>[ab])/g, '<$<x>>'), 'x'.replace(/x/, '$<x>'),
    'ab'.replace(/(a)(b)/, '$2$1'), 'a-b'.replace(/(?<x>[ab])/g, (m, p1, off, str, groups) => groups.x.toUpperCase() + off));
const r10 = /(a)(b)(c)(d)(e)(f)(g)(h)(i)(?<ten>j)/;
console.log('abcdefghij'.replace(r10, '$<ten>0'), '2020-01'.match(/(?<y>\d{4})/).groups, '2020-01'.match(/(?<y>\d{4})/).index);
const runtime = new RegExp('(?<word>[a-z]+)', 'g');
console.log('ab cd'.replace(runtime, '<$<word>>'), Array.from('ab cd'.matchAll(runtime), (m) => m.groups.word));
