/* util.deprecate: the wrapper calls through (and constructs), warns once per wrapper, once per
 * deprecation code across wrappers, and keeps the prototype chain. */
var util = require('util');

function old(a, b) { return a + b; }
var wrapped = util.deprecate(old, 'old() is deprecated');
console.log(wrapped(1, 2), wrapped(3, 4));
var coded1 = util.deprecate(function one() { return 1; }, 'one is gone', 'DEP_ND1');
var coded2 = util.deprecate(function two() { return 2; }, 'two is gone', 'DEP_ND1');
console.log(coded1(), coded2(), coded1());
function Ctor(x) { this.x = x; }
var DepCtor = util.deprecate(Ctor, 'Ctor is deprecated', 'DEP_ND2');
var inst = new DepCtor(5);
console.log(inst, inst instanceof Ctor, inst instanceof DepCtor, DepCtor.prototype === Ctor.prototype);
try {
    util.deprecate(old, 'msg', 123);
} catch (e) {
    console.log(e.name, e.code, e.message);
}
console.log('end of synchronous part');
