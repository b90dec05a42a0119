// super.x = v sets on this (setters of the parent run on this); super in object literal
// methods is bound to the literal (its [[HomeObject]]), also after Object.setPrototypeOf
class P { get g() { return 'P.g:' + this.tag; } set s(v) { this.got = v; } m() { return 'P.m'; } }
P.prototype.d = 'proto-d'; P.prototype.n = 2;
Object.defineProperty(P.prototype, 'ro', { value: 1, writable: false });
class C extends P {
  constructor() { super(); this.tag = 'c'; super.fromCtor = true; }
  w() {
    super.x = 1; super.s = 5; super.d = 'own'; super['k' + 1] = 2;
    super.n = 1; super.n += 2; super.n *= 3; super.n **= 2; const post = super.n++; const pre = ++super.n;
    super.u ||= 'u'; super.u &&= 'v'; super.z ??= 'z'; super.z ??= 'no';
    return [this.x, this.got, this.d, this.k1, this.n, post, pre, this.u, this.z, P.prototype.x, P.prototype.d, Object.keys(this)];
  }
  ro() { try { super.ro = 2; } catch (e) { return e.constructor.name; } return 'no error'; }
  static sw() { super.y = 3; return [this.y, P.y]; }
  arrow() { return (() => { super.q = 9; return this.q; })(); }
}
const c = new C();
console.log(JSON.stringify(c.w()), JSON.stringify(C.sw()), c.arrow(), c.fromCtor, c.ro());
const base = { m() { return 'base.m:' + this.name; }, get g() { return 'base.g:' + this.name; }, v: 1 };
const o = {
  __proto__: base, name: 'o',
  m() { return super.m() + '+o'; },
  get g() { return super.g + '+o'; },
  set s(v) { super.v = v; },
  a() { return [1, 2].map(x => super.m() + x).join(); },
  ['c' + 'k']() { return super.v; },
  *gen() { yield super.m(); },
  nested() { return { __proto__: { m() { return 'inner'; } }, m() { return super.m() + '/' + (() => 1)(); } }.m(); },
};
console.log(o.m(), o.g, o.a(), o.ck(), o.gen().next().value, o.nested());
o.s = 42;
console.log(o.v, base.v, Object.keys(o).join());
const other = { m() { return 'other.m:' + this.name; } };
Object.setPrototypeOf(o, other);
console.log(o.m());
const p = { m() { return super.m(); } };
Object.setPrototypeOf(p, base);
p.name = 'p';
console.log(p.m());
const objs = [base, other].map(b => ({ __proto__: b, name: 'n', f() { return super.m(); } }));
console.log(objs[0].f(), objs[1].f());
const borrowed = objs[0].f;
console.log(borrowed.call({ name: 'x' }));
const q = { __proto__: base, async am() { return super.m() + ':async'; } };
q.am().then(v => console.log(v));
