// Closures see their function's variables while it runs and after it returned (the environment
// record keeps one slot per variable, src/duktape.patch): many variables, a variable that shares
// a parameter's name, one named __proto__, sloppy eval adding one, updates through the closures.
function many() {
    var a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = 9, j = 10, k = 11;
    var __proto__ = 'own';
    function sum() { return a + b + c + d + e + f + g + h + i + j + k; }
    function bump() { a += 100; k += 1000; return [a, k]; }
    function proto() { return __proto__; }
    return [sum, bump, proto];
}
var fns = many();
console.log(fns[0](), fns[1](), fns[0](), fns[2]());
function shadow(x, y) {
    var x;
    var get = function () { return [x, y, typeof arguments]; };
    x = 'changed';
    return get;
}
console.log(shadow(1, 2)());
function withEval(src) {
    var base = 'b';
    eval(src);
    return function () { return [base, typeof added === 'undefined' ? 'none' : added]; };
}
console.log(withEval('var added = "from eval"')(), withEval('1')());
function counter() {
    var n = 0;
    return { inc: function () { return ++n; }, get: function () { return n; } };
}
var c1 = counter(), c2 = counter();
c1.inc(); c1.inc(); c2.inc();
console.log(c1.get(), c2.get());
