// The legacy RegExp statics that older packages read after a test() or exec() (mime 3's
// getExtension does `/^\s*([^;\s]*)/.test(type) && RegExp.$1`): $1-$9, lastMatch, lastParen,
// leftContext, rightContext, input and their $-aliases.
const type = 'text/HTML; charset=utf-8';
console.log(/^\s*([^;\s]*)/.test(type) && RegExp.$1);
const m = /(\d+)-(\d+)(x)?/.exec('ab 12-345 cd');
console.log(m[0], RegExp.$1, RegExp.$2, JSON.stringify(RegExp.$3), RegExp.lastMatch, RegExp['$&']);
console.log(JSON.stringify([RegExp.leftContext, RegExp.rightContext, RegExp.input, RegExp.lastParen]));
console.log(JSON.stringify([RegExp['$`'], RegExp["$'"], RegExp.$_, RegExp['$+']]));
/(a)(b)(c)(d)(e)(f)(g)(h)(i)/.test('abcdefghi');
console.log(RegExp.$1 + RegExp.$5 + RegExp.$9);
/zzz/.test('no match');
console.log('after a failed match:', RegExp.$1);
