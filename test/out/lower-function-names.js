// Methods and functions assigned to object literal keys take the key as their .name (ES2015),
// also when lowered; naming never changes what a name inside the function means.
class A { m() {} static s() {} async am() {} *gm() {} }
console.log(A.prototype.m.name, A.s.name, A.prototype.am.name, A.prototype.gm.name);
const o = { f() {}, a: () => 1, p: (() => 2), async d() {}, *e() {}, k: class {} };
console.log(o.f.name, o.a.name, o.p.name, o.d.name, o.e.name, o.k.name);
console.log([o.f, o.a]);
// a method whose code mentions its own name still sees the outer binding
var f = 'outer';
const p = { f() { return typeof f; }, g: () => typeof g };
var g = 42;
console.log(p.f(), p.g());
// reserved words and unusual keys still work as methods
const r = { delete() { return 'd'; }, new() { return 'n'; }, class() { return 'c'; }, let() { return 'l'; }, 'quoted key'() { return 'q'; } };
console.log(r.delete(), r.new(), r.class(), r.let(), r['quoted key']());
// recursion through this and through the method's own name
const t = { fact(n) { return n <= 1 ? 1 : n * this.fact(n - 1); } };
console.log(t.fact(5));
// an anonymous function or class assigned to a variable takes its name too
let y; y = () => 2;
let k; k = class {};
let w = 1; w = (() => typeof w);
console.log(y.name, k.name, w());

// class accessors, computed, Symbol and reserved-word keys are named at run time ($nd.cls)
const sym = Symbol('tag');
class B { get g() { return 1; } set g(v) {} static get sg() { return 2; } ['comp' + 1]() {} [sym]() {} delete() {} static new() {} }
const d = Object.getOwnPropertyDescriptor(B.prototype, 'g');
console.log(d.get.name, d.set.name, Object.getOwnPropertyDescriptor(B, 'sg').get.name);
console.log(B.prototype.comp1.name, B.prototype[sym].name, B.prototype.delete.name, B.new.name);
