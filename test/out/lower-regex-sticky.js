// Proves: regex literals with the sticky flag match only at lastIndex, through exec and test,
// and step through a string as a tokenizer (the yaml package reads lines this way).
const word = /\w+/y;
word.lastIndex = 0;
console.log(word.exec('ab cd')[0], word.lastIndex, word.exec('ab cd'), word.lastIndex);
word.lastIndex = 3;
console.log(word.test('ab cd'), word.lastIndex, word.sticky, word.test('ab cd'), word.lastIndex);
const tok = /\s*(\d+|[+*()])/y;
const src = '12 + (3*4)';
const out = [];
let m;
while ((m = tok.exec(src)) !== null) out.push(m[1]);
console.log(out, tok.lastIndex);
const line = /(.*?)\r?\n/sy;
let lm, lines = [];
while ((lm = line.exec('a\nbb\r\nccc\n'))) lines.push(lm[1]);
console.log(lines);
const named = /(?<d>\d)/y;
console.log(named.exec('1a').groups.d, named.exec('1a'));
