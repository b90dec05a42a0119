// Generator objects inherit their generator function's own .prototype (itself under
// %GeneratorPrototype%), so g() instanceof g, for every form of generator function.
function* g() { yield 1; }
console.log(Object.getPrototypeOf(g.prototype) === Object.getPrototypeOf(g).prototype, Object.getOwnPropertyNames(g.prototype));
const it = g();
console.log(Object.getPrototypeOf(it) === g.prototype, it instanceof g, [...g()]);
const e = function* () { yield 2; };
console.log(e() instanceof e);
const e2 = function* () { yield 2; };
const o = { *m() { yield 3; }, n: function* () { yield 4; } };
class C { *[Symbol.iterator]() { yield 5; } static *s() {} }
function* shadow() { var shadow = 1; yield shadow; }
function* shadowParam(shadowParam) { yield 1; }
async function* ag() { yield 1; }
const inner = function* named() { yield named; };
console.log(e2() instanceof e2, o.m() instanceof o.m, o.n() instanceof o.n, [...new C()], C.s() instanceof C.s);
console.log(shadow() instanceof shadow, shadowParam() instanceof shadowParam, ag() instanceof ag, inner() instanceof inner);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(e2())) === Object.getPrototypeOf(e2).prototype, typeof e2().next, [...e2()]);
