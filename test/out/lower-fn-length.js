// Function.prototype.length stops at the first default or rest parameter; the values are right
var log = function () { console.log([].slice.call(arguments).map(function (v) { return JSON.stringify(v); }).join(' ')); };
function f1(a, b = 1, c) { return [a, b, c]; }
const f2 = (...r) => r;
const f3 = (a, b = 1, c) => 0;
const f4 = async function (a, [b, c], d = 2, ...e) { return [a, b, c, d, e]; };
function* f5(a, {b} = {}, c) { yield a + b + c; }
class A { constructor(a, b = 2) { this.v = [a, b]; } m(x, y = 1, ...z) { return [x, y, z]; } static s(p, q = p) { return q; } }
const o = { m(a, b = 1) { return a + b; }, async am(a = 1) { return a; }, get g() { return 1; }, set s(v = 2) { this.v = v; } };
log(f1.length, f2.length, f3.length, f4.length, f5.length, A.length, A.prototype.m.length, A.s.length);
log(o.m.length, o.am.length, Object.getOwnPropertyDescriptor(o, 's').set.length);
o.s = undefined;
log(o.v, Object.keys(o));
log(f1(1), f1(1, undefined, 3), f1(1, null, 3), f2(1, 2, 3), f3());
log(new A(5).v, new A(5, 6).v, new A().m(1), new A().m(1, 2, 3, 4), A.s(7), A.s(7, 8));
f4(1, [2, 3]).then(function (v) { log('f4', v); });
f4(1, [2, 3], 4, 5, 6).then(function (v) { log('f4', v); });
log(f5(1, {b: 2}, 3).next().value, o.m(1), o.m(1, 2));
function g(a, b = arguments.length, c = a) { return [a, b, c, arguments.length]; }
log(g.length, g(1), g(1, undefined, undefined, 4), g());
const h = (x, y = () => x) => y();
log(h.length, h(3));
function k({a, b} = {a: 1, b: 2}, c = a + b) { return c; }
log(k.length, k(), k({a: 3, b: 4}), k(void 0, 9));
function m(a, b, c = 3, d, e = 5) { return a + b + c + d + e; }
log(m.length, m(1, 2, void 0, 4));
function n(a, {x, y}, [z]) { return a + x + y + z; }
log(n.length, n(1, {x: 2, y: 3}, [4]));
