/* util.format and console.log's formatting: %s (strings plain; numbers, -0, symbols formatted;
 * objects inspected at depth 0 unless they have their own toString), %d, %i, %f, %j (with
 * [Circular]), %o, %O, %c, %%, unknown and trailing '%', too few and too many arguments, and a
 * first argument that is not a string. */
var util = require('util');
var f = util.format;

console.log(f('%s', 'str'), f('%s', 42), f('%s', -0), f('%s', 1.5), f('%s', NaN));
console.log(f('%s', null), f('%s', undefined), f('%s', true), f('%s', Symbol('sym')));
console.log(f('%s', { a: { b: { c: 1 } } }), f('%s', [1, [2, [3]]]), f('%s', {}));
console.log(f('%s', { toString: function () { return 'custom toString'; } }));
function WithToString() {}
WithToString.prototype.toString = function () { return 'proto toString'; };
console.log(f('%s', new WithToString()));
function Plain() { this.p = 1; }
console.log(f('%s', new Plain()));
var err = new Error('err %s');
err.stack = 'Error: err %s\n    at somewhere (/app/x.js:1:1)';
console.log(f('%s', new Date(0)), f('%s', /re/g), f('%s', err));
console.log(f('%s', Object.create(null)));
var prim = {};
prim[Symbol.toPrimitive] = function () { return 'prim'; };
console.log(f('%s', prim));
console.log(f('%s', [1, 2, 3]), f('%s', new Number(3)), f('%s', new String('boxed')));
console.log(f('%s %s', 'a'), f('%s', 'a', 'b'), f('%s:%s', 'k', 'v', 'extra', 1));

console.log(f('%d', 42), f('%d', '42'), f('%d', '0x10'), f('%d', 1.5), f('%d', -0), f('%d', ''));
console.log(f('%d', {}), f('%d', null), f('%d', undefined), f('%d', Symbol('s')), f('%d', [5]));
console.log(f('%d', new Number(9)), f('%d', true), f('%d', '1e3'), f('%d', 'abc'));
console.log(f('%i', 42.9), f('%i', '42.9px'), f('%i', -0.5), f('%i', 'abc'), f('%i', '0x1f'));
console.log(f('%i', Symbol('s')), f('%i', 1e21), f('%i', null));
console.log(f('%f', '1.5e3x'), f('%f', 42), f('%f', 'abc'), f('%f', -0), f('%f', Symbol('s')));
console.log(f('%f', '.5'), f('%f', 1e-7));

console.log(f('%j', { a: [1, 'two', null] }), f('%j', 'str'), f('%j', undefined), f('%j', 1));
var circ = { a: 1 };
circ.self = circ;
console.log(f('%j', circ));
console.log(f('%j', { toJSON: function () { return 'from toJSON'; } }));
try {
    f('%j', { toJSON: function () { throw new Error('toJSON threw'); } });
} catch (e) {
    console.log('caught', e.message);
}

var deep = { a: { b: { c: { d: { e: { f: 1 } } } } }, arr: [1, 2] };
console.log(f('%o', deep));
console.log(f('%O', deep));
console.log(f('%o', [1, 2, 3]));
console.log(f('%o', 'str'), f('%O', 'str'), f('%o', 42), f('%O', null));
function namedFn() {}
console.log(f('%O', namedFn));

console.log(f('%c', 'color: red'), f('a%cb', 'css'), f('%c%s', 'css', 'after'));
console.log(f('100%%'), f('100%%', 1), f('%%s', 'x'), f('%%%s', 'x'), f('%'), f('%', 1));
console.log(f('a%'), f('a%', 'b'), f('%x', 1), f('%x %s', 1, 2), f('%-s', 'x'));
console.log(f('%s%s%s', 1, 2, 3), f('%s%%%s', 1, 2), f('%5d', 3));
console.log(f('no placeholders', 'extra', 1, { o: 1 }, [2], null, undefined));
console.log(f('%s'), f('%d'), f('%j'), f('%%'), f('%s %d %j'));

console.log(f(1, 2, 3), f({ a: 1 }, 'str', 2), f(null), f(undefined), f());
console.log(f(['%s'], 'x'), f(Symbol('first'), '%s'), f(-0, 0));
console.log(f('str', 'with\nnewline', 'it\'s'), f(1, 'str'));
console.log(f('%s', 'a'.repeat(200)).length);
console.log(f('%s', { long: 'x'.repeat(100) }));

console.log('%s=%d', 'console', 1, 'rest');
console.log('%j', { viaConsole: true });
console.log('100%');
console.log('%o', { a: 1 });
console.log();
console.log('');
console.log(null, undefined, 0, '', 'x');

console.log(util.formatWithOptions({ colors: true }, 'a %s %o', 'b', { c: 1 }, 2));
console.log(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }, '%O', { a: { b: 1 } }));
console.log(util.formatWithOptions({ compact: false }, { a: 1 }));
console.log(util.formatWithOptions([], 'array options %d', 1));
try {
    util.formatWithOptions(1, 'x');
} catch (e) {
    console.log(e.name, e.code, e.message);
}
try {
    util.formatWithOptions(null, 'x');
} catch (e) {
    console.log(e.name, e.code, e.message);
}
