// Proves: lookbehind regexes of the shapes npm code uses (path, quote, camel-case, number, markup
// and comment patterns, and x*(?<!y) after a zero-minimum quantifier) match as in V8.
'use strict';
const cases = [
  [/(?<!\/)\/+$/, 'a/b//', 'replace', ''],
  [/(?<=^|[^\\])\$\{/g, '${a} \\${b} x${c}', 'replace', '#{'],
  [/(?<![\w$])foo(?![\w$])/g, 'foo $foo afoo foo.x', 'replace', 'BAR'],
  [/(?<=\/)[^/]+$/, '/usr/lib/x.js', 'match'],
  [/(?<=^\s*)#/gm, '  # a\nb # c\n#d', 'replace', '//'],
  [/(?<=[.!?])\s+(?=[A-Z])/, 'Hi there. How are you? Fine!ok', 'split'],
  [/(?<=\d)(?=(\d{3})+(?!\d))/g, '1234567 12 1000', 'replace', ','],
  [/(?<!^)(?=[A-Z])/g, 'FooBarBaz', 'split'],
  [/(?<=[a-z0-9])([A-Z])/g, 'fooBar2Baz', 'replace', '_$1'],
  [/\s*(?<!\\);\s*/, 'a ; b\\;c ;d', 'split'],
  [/(?<=\[)[^\]]+(?=\])/g, '[a] [bc] [', 'match'],
  [/(?<=<!--)[\s\S]*?(?=-->)/g, 'x<!-- c1 -->y<!--c2-->', 'match'],
  [/(?<=\s|^)-{1,2}[a-z][\w-]*/g, '--foo -b x-y --no-bar', 'match'],
  [/(?<=(?:^|\n)[ \t]*)\*/g, ' * a\n\t* b\nc * d', 'replace', '-'],
  [/(?<!\.)\b(?:let|const)\b/g, 'let a; x.let; const b', 'replace', 'var'],
  [/(?<=\w)'(?=\w)/g, "don't 'q' it's", 'replace', '’'],
  [/(?<=^|\/)\.\.?(?=\/|$)/g, '../a/./b/..', 'match'],
  [/(?<![\\])'/g, "a'b\\'c'", 'replace', '"'],
  [/(?<=\b(?:Mr|Dr)\.)\s+/g, 'Dr. Who and Mr.  X', 'replace', '~'],
  [/(?<!\d)\d{2}(?!\d)/g, '1 22 333 44', 'match'],
  [/(?<=")[^"]*(?=")/, 'a "quoted" b', 'match'],
  [/[A-Z](?<=[^A-Z]{2}[A-Z])/g, 'abCdEFghI', 'match'],
  [/(?<=^[^#]*)#.*/gm, 'a # c\n"x#y"\n# z', 'replace', ''],  [/ *(?<=  )x/g, 'x  x   x x', 'replace', '_'],
  [/a*?(?<=ba)c/g, 'bac baac c', 'match'],
  [/\d{0,3}(?<!12)x/g, '12x 312x 2x x', 'match'],
  [/\d*(?<=\d)%/g, '5% % 10%', 'match'],
];
for (const [re, s, op, arg] of cases) {
  let r;
  try { r = op === 'replace' ? s.replace(re, arg) : op === 'split' ? s.split(re) : s.match(re); r = JSON.stringify(r && (op === 'match' && !re.global ? [...r, r.index] : r)); }
  catch (e) { r = e.name + ': ' + e.message; }
  console.log(re.source, r);
}
