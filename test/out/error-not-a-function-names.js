// 'X is not a function' names the callee as V8 does: a member call by its source text (o.missing,
// this.x.missing, a chain with ?.), a call of a name by the name (`cb is not a function` for an
// undefined callback; beside a member call, the same name twice, after `new`, in a condition).
// Lines where nodule cannot tell the callee (two plain calls, f()()) are not here: docs/api.md.
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
var cb;
show('declared undefined', function () {
    cb();
});
function run(callback) {
    callback();
}
show('missing callback', function () {
    run();
});
var n = 1;
show('number', function () {
    n(1, 2);
});
show('two names', function () {
    var a = 1;
    Math.max(a(), 2);
});
show('same name twice', function () {
    var g = {};
    if (g) g(); else g();
});
show('in a condition', function () {
    var h = null;
    if (h()) {}
});
show('after new', function () {
    var K = 5;
    return new Array(K());
});
show('arrow', () => {
    const go = undefined;
    go();
});
