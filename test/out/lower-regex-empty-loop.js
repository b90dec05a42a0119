// A group repeated by '*' whose alternative is one atom with '*' ((x*|y)*) has x+ there: an
// iteration matching nothing fails in ECMAScript, and Duktape, which does not check, recursed to
// its limit when a match failed (xmlbuilder2's /^(\s*|(#.*)|(%.*))*---/ on every element name).
const show = (m) => JSON.stringify(m && [...m]);
console.log(/^(\s*|(#.*)|(%.*))*---/.test('catalog'), show(/^(\s*|(#.*)|(%.*))*---/.exec('  #x\n---')));
console.log(/^(?:\s*)*---/.test('catalog'), show(/(?:a*|b)*c/.exec('xaabbc')), show(/(a*?|b)*$/.exec('ab')), /^(?:x*)*$/.test('y'));
console.log(/(?:[\s,]*)*z/.test('   ,'), /(\(*|\))*q/.test('(()'), /([*]*|a)*q/.test('**a'), 'a-b'.split(/(?:-*)*/), /(?<n>a*|b)*c/.exec('abac').groups.n);
console.log(/(?:-*)*/.test('x'), show(/((?:a*|b)*|c)*d/.exec('abcabd')), show(/(\w*|\s)*!/.exec('hi there!')), /([(]*)*/.source, /(\(*)*/.test(''));
