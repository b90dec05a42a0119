/* lower-optional: optional chaining (members, index, calls with this), ??, ??=, ||=, &&= */
var a = { b: { c: 1, f() { return this.c; } }, arr: [10, 20], n: null };
console.log(a?.b?.c, a?.x?.y, a.n?.z, a?.arr?.[1], a?.b.f(), a.b?.f?.(), a.x?.f());
var u;
console.log(u?.p, u?.[0], u?.(), u?.a.b.c.d);
console.log(a.b.f?.(), a.b.g?.(), a?.["b"]?.["c"]);
var cnt = 0;
function g() { cnt++; return a; }
console.log(g()?.b?.c, cnt);
console.log(null ?? 'd', 0 ?? 'd', '' ?? 'd', undefined ?? 'd', false ?? 'd');
var x = null; x ??= 5; console.log(x); x ??= 6; console.log(x);
var y = 0; y ||= 7; console.log(y); y &&= 8; console.log(y);
var o = { p: null, q: 1 };
o.p ??= 'set'; o.q ||= 'no'; o.q &&= 'yes';
console.log(o.p, o.q);
var k = 'p';
o[k] &&= o[k] + '!';
console.log(o.p);
var deep = { a: [{ b: () => 'called' }] };
console.log(deep?.a?.[0]?.b?.());
console.log((a?.b).c);
// a?.b?.(): the first link stops the chain too, also with computed keys and private fields
var none, some = { b: function (x) { return this === some ? 'b' + x : 'lost this'; } };
console.log(none?.b?.(1), some?.b?.(2), none?.['b']?.(3), some?.['b']?.(4), some?.c?.(5));
class Ign { #n; #m = some; r(t) { return [this.#n?.b?.(t), this.#m?.b?.(t)]; } }
console.log(new Ign().r(6));
