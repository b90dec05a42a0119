// Proves: trailing commas in argument and parameter lists (ES2017), which ES5 rejects, in
// declarations, expressions, arrows, methods, calls and new, across lines and next to comments.
function f(a, b,) { return a + b; }
var h = function (x, /* a comment, with a comma */ y,) { return x - y; };
const g = (a, b,) => a * b;
class K { m(a,) { return a; } }
console.log(f(
    1,
    2,
), h(5, 1,), g(2, 3,), new K().m(7,), new Array(3,).length, Math.max(1, 5,));
