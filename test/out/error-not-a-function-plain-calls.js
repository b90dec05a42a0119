// 'X is not a function' for a call of a name names it as V8 does (`cb is not a function` for an
// undefined callback), when the line of the call calls one name that way; a member call
// beside it (Math.max), the same name twice, `new X(...)` and a call inside a condition are fine.
'use strict';
function show(label, fn) {
    try {
        fn();
        console.log(label, 'no error');
    } catch (e) {
        console.log(label, '->', e.message);
    }
}
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
