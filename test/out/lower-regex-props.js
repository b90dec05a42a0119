// Proves: the Unicode property escapes that are plain ranges (ASCII, ASCII_Hex_Digit/AHex, Any)
// work in u-flag regular expressions, in and out of classes (fast-uri, which ajv uses, has one).
console.log(/\P{ASCII}/u.test('abc'), /\P{ASCII}/u.test('abç'), /^\p{ASCII}+$/u.test('hi!'));
console.log(/[\p{AHex}_]+/u.exec('zz_f0a9g')[0], /\p{ASCII_Hex_Digit}{2}/u.exec('xyBEz')[0]);
console.log(/a\p{Any}c/u.test('a\nc'), 'été'.replace(/\P{ASCII}/gu, '?'));
