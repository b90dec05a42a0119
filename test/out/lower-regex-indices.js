// Proves: the regex d flag (hasIndices): exec results carry indices of the match and of each group (undefined for a group that did not take part), indices.groups for named groups, through quantifiers, alternatives, lookaheads and backreferences; new RegExp(src, 'd') and matchAll too
const show = (m) => console.log(m && JSON.stringify([m.index, m.indices, m.indices.groups]));
show(/(a)(?<n>b)?c/d.exec('xxabc'));
show(/(a)(?<n>b)?c/d.exec('xxac'));
show(/(?:(a)|(b))+/d.exec('zabab'));
show(/(\d+)-(\d+)/d.exec('tel 12-345'));
show(/x(?=(y))/d.exec('axy'));
show(/(a+)\1(b)/d.exec('caaaab'));
show(/\x41(B)[\](]+(c)/di.exec('zab](C'));
show(/(?<year>\d{4})-(?<month>\d{2})/d.exec('on 2024-05!'));
const g = /(o)/dg; let m; while ((m = g.exec('foo boo'))) show(m);
const re = /a(b)/d;
console.log(re.hasIndices, re.flags, /a/dgi.flags);
show(/((a)|b)*c/d.exec('abac'));
show(/(ab|a)(bc|c)?/d.exec('abc'));
show(/^(?:(a)b|a(c))$/dm.exec('x\nac'));
const dyn = new RegExp('(b)(c)?', 'dg');
console.log(dyn.hasIndices, JSON.stringify(dyn.exec('abc').indices));
console.log(JSON.stringify([...'ab ab'.matchAll(/(b)/dg)].map(m => m.indices)));
console.log(/(a)/.hasIndices, 'indices' in /(a)/.exec('a'));
// edge patterns: escapes, classes, empty alternatives, nested and quantified groups, backreferences (renumbered)
const cases = [[/a{2}(b)/d, 'aab'], [/(?:)/d, 'x'], [/|/d, 'x'], [/()/d, 'x'], [/\//d, '/'], [/[\]](x)/d, ']x'],
  [/a|(b)|/d, 'b'], [/(a)|(b)/d, 'b'], [/(a)?(b)??c/d, 'bc'], [/(\u0041)(\x42)(\cJ)?/d, 'AB'], [/(a)\1\2(b)/d, 'aab'], [/(?!(x))(y)/d, 'y'],
  [/((((a))))/d, 'a'], [/\b(w)/d, ' w'], [/^$/dm, 'a\n\nb'], [/(\d{1,3})(?:\.(\d{1,3})){3}/d, 'ip 10.0.0.255'], [/(a)(?:b(c))+d/d, 'abcbcd'],
  [/\10(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)/d, 'abcdefghij'], [/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10/d, 'abcdefghijj']];
for (const [re, s] of cases) { const m = re.exec(s); console.log(re.source, m && JSON.stringify(m.indices)); }
