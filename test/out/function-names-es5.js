// Plain ES5 sources (copied unchanged by the lowering's fast path) name anonymous functions as
// ES2015 does (NamedEvaluation): variables, identifier assignments, object literal keys (also
// quoted, numeric and reserved-word keys) and getters/setters ('get x').  A member assignment,
// a parenthesised target and a comma expression leave them anonymous.  The name never binds
// inside the body: the body still sees the outer variable, also through eval.
var f = function () {}, p = (function () {}), q = (0, function () {});
var a; a = function () {};
var o = {}; o.member = function () {};
var paren; (paren) = function () {};
var g = function own() {};
console.log(f.name, p.name, JSON.stringify(q.name), a.name, JSON.stringify(o.member.name),
            JSON.stringify(paren.name), g.name);

var lit = {
    id: function () {},
    'a-b': function () {},
    "with space": function () {},
    7: function () {},
    'default': function () {},
    new: function () {},
    eval: function () { 'use strict'; return 1; },
    arguments: function () {},
    nested: { deeper: function () { return function () {}; } },
    get x() { return 1; },
    set x(v) {},
    get 'q-r'() { return 2; },
    __proto__: { inherited: 1 }
};
var d = Object.getOwnPropertyDescriptor(lit, 'x');
console.log(lit.id.name, lit['a-b'].name, lit['with space'].name, lit[7].name, lit['default'].name,
            lit['new'].name, lit['eval'].name, lit['arguments'].name, lit.nested.deeper.name,
            JSON.stringify(lit.nested.deeper().name));
console.log(d.get.name, d.set.name, Object.getOwnPropertyDescriptor(lit, 'q-r').get.name,
            lit.inherited, Object.getPrototypeOf(lit) !== Object.prototype);
console.log(lit);

// the inferred name is not a binding: the body reads the outer variable, which may change
var outer = function () { return typeof outer; };
var keep = outer;
outer = 'reassigned';
console.log(keep.name, keep());
var rec = function (n) { return n <= 1 ? 1 : n * rec(n - 1); };
console.log(rec.name, rec(5));
var viaEval = function () { return eval('typeof viaEval'); };
var keepEval = viaEval;
viaEval = 42;
console.log(keepEval.name, keepEval());
var withScope = function () { with ({ withScope: 'from with' }) { return withScope; } };
console.log(withScope.name, withScope());
var key = 'outer key';
var byKey = { key: function () { return key; } };
console.log(byKey.key.name, byKey.key());

// still constructable, with its own prototype, in strict and sloppy code
var Ctor = function (v) { 'use strict'; this.v = v; };
Ctor.prototype.get = function () { return this.v; };
var c = new Ctor(3);
console.log(Ctor.name, c.get(), c instanceof Ctor, c.constructor === Ctor, c.get.name);
console.log(c);

// in eval'd code and functions made in loops
var made = [];
for (var i = 0; i < 3; i++) {
    var each = function () { return i; };
    made.push(each);
}
console.log(made.map(function (fn) { return fn.name; }).join(','),
            eval('var ev = function () {}; ev.name'));
var util = require('util');
console.log(util.inspect({ handler: function () {}, arrowLike: f }), String(Object.keys(lit)));
