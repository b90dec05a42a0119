// 'X is not a function' names the callee as V8 does when the call is a member call: o.missing,
// this.x.missing, a chain with ?., and falls back to the property name where the line is
// ambiguous; computed and call-result callees keep V8's text only where nodule can see it.
'use strict';
function show(label, fn) {
    try {
        fn();
        console.log(label, 'no error');
    } catch (e) {
        console.log(label, '->', e.constructor.name + ': ' + e.message);
    }
}
var o = { a: { b: {} }, n: 1 };
show('plain member', function () { o.missing(); });
show('chain', function () { o.a.b.missing(); });
show('this', function () { return { t: function () { this.missing(); } }.t(); });
show('optional chain', function () { o?.a.missing(); });
show('number property', function () { o.n(); });
show('spaces before the call', function () { o.a.missing  (1, 2); });
show('dollar names', function () { var $x = { y$: {} }; $x.y$.go$(); });
show('two calls, the same callee', function () { if (o.missing) { o.missing(); } else { o.missing(); } });
show('a method call inside a call', function () { console.log(o.missing()); });
var arr = [];
show('array', function () { arr.nope(); });
