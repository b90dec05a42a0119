/* util.inspect and console.log of primitives: string quoting (single, double, backtick), escapes,
 * long-string splitting, maxStringLength, numbers (-0, NaN, exponents), booleans, null, undefined,
 * symbols; top-level strings print raw, nested ones quoted. */
var util = require('util');

var strings = [
    '', 'plain', 'it\'s', 'say "hi"', 'it\'s "quoted"', 'it\'s "both" and `tick`',
    'it\'s "both" and ${x}', 'tab\there', 'new\nline', 'cr\rlf', 'nul\u0000x', 'bell\u0007',
    'esc\u001b[0m', 'del\u007f', 'c1\u0085\u009f', 'back\\slash', 'nbsp\u00a0', 'ünïcödé',
    '日本語', 'vt\u000b ff\u000c bs\u0008'
];
for (var i = 0; i < strings.length; i++) {
    console.log(util.inspect(strings[i]));
    console.log([strings[i]]);
    if (strings[i].indexOf('\u0000') === -1) console.log(strings[i]);
}

console.log(util.inspect('a'.repeat(30)));
console.log(util.inspect('b'.repeat(100)));
console.log(util.inspect('line one\nline two\nline three is here to make it long enough\n'));
console.log(util.inspect('short\nlines'));
console.log({ text: 'first line of the text\nsecond line of the text\nthird line, the end.' });
console.log({ a: { b: 'a long string value inside a nested object which will be split\nhere' } });
console.log(['x'.repeat(75)]);
console.log(['y'.repeat(81)]);
console.log(util.inspect('z'.repeat(20), { maxStringLength: 5 }));
console.log(util.inspect('z'.repeat(6), { maxStringLength: 5 }));
console.log(util.inspect(['abcdef'], { maxStringLength: 2 }));
console.log(util.inspect('abc', { maxStringLength: null }));
console.log(util.inspect('a\nb'.repeat(20), { compact: true }));
console.log(util.inspect('q'.repeat(50) + '\n' + 'r'.repeat(50), { breakLength: Infinity }));

var numbers = [0, -0, 1, -1, 1.5, -1.5, 0.1 + 0.2, 1e21, 1e-7, 123456789, 2e-323, NaN, Infinity,
    -Infinity, Math.pow(2, 53) + 2, 1 / 3, 255, 0xff, 1e300 * 10, 5e-324, 100, 1000000];
for (i = 0; i < numbers.length; i++) {
    console.log(util.inspect(numbers[i]), [numbers[i]], numbers[i]);
}
console.log(util.inspect(-0), [-0], -0, String(-0));
console.log(true, false, null, undefined, [true, false, null, undefined]);
console.log(util.inspect(true), util.inspect(null), util.inspect(undefined));

console.log(Symbol('desc'), Symbol(), Symbol(''), Symbol('with space'), Symbol.for('registered'));
console.log([Symbol('in array')], { s: Symbol('in object') });
console.log(util.inspect(Symbol('a\nb')), util.inspect(Symbol.iterator));
console.log(Symbol('it\'s'), [Symbol('it\'s')]);
