/* Strings outside the BMP and lone surrogates: inspect keeps a valid pair as is and escapes a lone
 * surrogate as \uXXXX; console.log writes a pair as one UTF-8 character and a lone surrogate as
 * U+FFFD. Also the width of wide characters in grouped arrays. */
var util = require('util');

var strings = ['emoji \ud83d\ude00', 'lone \ud800 high', 'lone \udc00 low', 'end high \ud83d',
    '\udc00\ud800 reversed', '\ud83d\ude00\ud83d\ude01'];
for (var i = 0; i < strings.length; i++) {
    console.log(util.inspect(strings[i]));
    console.log([strings[i]]);
    console.log(strings[i]);
}
var o = {};
o['key \ud800'] = 1;
o[Symbol('sym \udc00')] = 2;
console.log(o);
console.log(util.toUSVString('a\ud800b\udc00c\ud83d\ude00'));

console.log(['日本', '中文字', 'かな', '한국어', 'abc', 'ü', 'ö', 'ä', 'ß', 'é', 'x']);
console.log(['😀', '😁', '😂', '🤣', '😃', '😄', '😅', '😆', '😉', '😊']);
console.log(['\u0301a', 'e\u0301', 'b\u200b', 'c', 'd', 'f', 'g', 'h']);
