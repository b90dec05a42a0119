/* util.inspect options: colors (Node's default ANSI styles), compact (true, false, numbers),
 * breakLength, sorted (true and a comparator), showHidden, customInspect: false,
 * numericSeparator, the legacy (value, showHidden, depth, colors) form, and
 * inspect.defaultOptions, inspect.colors and inspect.styles. */
var util = require('util');

var sample = {
    num: 1, str: 'two', bool: true, nil: null, undef: undefined, sym: Symbol('s'),
    date: new Date(0), re: /x/g, fn: function named() {}, arr: [1, 'a', [2]],
    nested: { deeper: { deepest: { gone: 1 } } }
};
console.log(util.inspect(sample, { colors: true }));
console.log(util.inspect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    21, 22, 23, 24, 25, 26, 27, 28, 29, 30], { colors: true }));
console.log(util.inspect(['aa', 'b', 'ccc', 'dd', 'e', 'ff', 'g', 'hh', 'i', 'jj'], { colors: true }));
console.log(util.inspect(new Error('x'), { colors: true }).split('\n')[0]);
console.log(util.inspect([, 1, , ], { colors: true }));
console.log(util.inspect({ g: 1, get h() { return 2; } }, { colors: true }));
var circ = { a: 1 };
circ.c = circ;
console.log(util.inspect(circ, { colors: true }));
console.log(util.inspect(new Number(1), { colors: true }), util.inspect(new String('s'), { colors: true }));
console.log(util.inspect(Object.create(null), { colors: true }));
console.log(util.inspect('long string with\nnewlines that will be broken up into multiple lines since', { colors: true }));

console.log(util.inspect(sample, { compact: false }));
console.log(util.inspect(sample, { compact: true }));
console.log(util.inspect(sample, { compact: 1 }));
console.log(util.inspect(sample, { compact: 5, breakLength: 200 }));
console.log(util.inspect({ a: [{ b: 1 }] }, { compact: false }));
console.log(util.inspect({ a: {}, b: [] }, { compact: false }));
console.log(util.inspect(circ, { compact: true }));
console.log(util.inspect([circ], { compact: false }));
console.log(util.inspect({ k: 'a'.repeat(90) }, { compact: true }));
console.log(util.inspect({ k: { j: 'a'.repeat(90) } }, { compact: true }));
console.log(util.inspect({ aaaaaaaaaaaaaa: 1, bbbbbbbbbbbbbbbbb: 2, ccccccccccccccccc: 3,
    ddddddddddddddd: 4, eeeeeeeeeeeee: 5 }, { compact: true }));
console.log(util.inspect({ a: 1, b: 2 }, { breakLength: 3 }));
console.log(util.inspect({ a: 1, b: { c: 2 } }, { breakLength: 20 }));
console.log(util.inspect(sample, { breakLength: Infinity }));
console.log(util.inspect(sample, { breakLength: Infinity, compact: false }));

console.log(util.inspect({ c: 3, a: 1, b: 2, A: 0, _: 9 }, { sorted: true }));
console.log(util.inspect({ c: 3, a: 1, b: 2 }, {
    sorted: function (x, y) { return x < y ? 1 : x > y ? -1 : 0; }
}));
var sortArr = [3, 1, 2];
sortArr.z = 1;
sortArr.a = 2;
console.log(util.inspect(sortArr, { sorted: true }));
console.log(util.inspect({ b: { d: 1, c: 2 }, a: 0 }, { sorted: true }));

var hidden = { visible: 1 };
Object.defineProperty(hidden, 'invisible', { value: [1, 2], enumerable: false });
Object.defineProperty(hidden, 'odd key', { value: 'x', enumerable: false });
console.log(util.inspect(hidden, { showHidden: true }));
console.log(util.inspect([1, 2], { showHidden: true }));
console.log(util.inspect(hidden, true));
function Proto() { this.own = 1; }
Proto.prototype.protoValue = 'p';
Proto.prototype.protoFn = function () {};
console.log(util.inspect(new Proto(), { showHidden: true }));
console.log(util.inspect(new Proto()));

var custom = { inspected: false };
custom[util.inspect.custom] = function () { return 'CUSTOM'; };
console.log(util.inspect(custom), util.inspect(custom, { customInspect: false }));

console.log(util.inspect(1234567.891, { numericSeparator: true }));
console.log(util.inspect([1000, -12345, 0.0001234, 1e21, 123456789.123456789, -0, NaN, 999],
    { numericSeparator: true }));
console.log(util.format('%d %i %s', 1234567, 7654321, 1000000));
console.log(util.formatWithOptions({ numericSeparator: true }, '%d %i %s %f', 1234567, 7654321,
    1000000, 12345.6789));

console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, false, 0));
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, false, null));
console.log(util.inspect({ a: 1 }, false, 2, true));
console.log(util.inspect({ a: 1 }, { unknownOption: true }));

console.log(JSON.stringify(util.inspect.defaultOptions));
util.inspect.defaultOptions = { depth: 0 };
console.log({ a: { b: 1 } });
util.inspect.defaultOptions.depth = 2;
console.log({ a: { b: 1 } });
try {
    util.inspect.defaultOptions = null;
} catch (e) {
    console.log(e.name, e.code, e.message);
}
console.log(JSON.stringify(util.inspect.colors.red), JSON.stringify(util.inspect.colors.grey));
console.log(Object.keys(util.inspect.colors).length, Object.keys(util.inspect.styles).join());
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
util.inspect.styles.number = 'red';
console.log(util.inspect(5, { colors: true }));
util.inspect.styles.number = 'yellow';
util.inspect.styles.undefined = 'nonexistent';
console.log(util.inspect(undefined, { colors: true }));
util.inspect.styles.undefined = 'grey';
