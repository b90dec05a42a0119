/* regex-legacy-octal.js: in a regex literal without the u flag, \N that names no capture group
 * is Annex B's legacy octal escape (\1 is U+0001, \101 is 'A', \12 is '\n'), and \8 and \9 are
 * the digits themselves (highlight.js's perl grammar writes /\1/); real backreferences, before
 * or after their group, still work. */
console.log(/\1/.test('\x01'), /\1/.test('1'), /a\8b/.test('a8b'), /\9/.test('9'));
console.log(/\101/.test('A'), /\12/.test('\n'), /\47x/.test("'x"), /\400/.test(' 0'));
console.log(/(x)\1/.test('xx'), /(x)\1/.test('x\x01'), /(a)\2/.test('a\x02'), /(a)(b)\2/.test('abb'));
console.log('q\x01q'.replace(/\1/g, '!'), /x(?:y)\1/.test('xy\x01'), /(?<n>z)\1/.test('zz'));
