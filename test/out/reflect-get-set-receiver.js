// Reflect.get and Reflect.set with a receiver other than the target (Duktape's throw
// "unsupported"): accessors run on the receiver, data properties land on it (Babel's _get helper
// for super.x, used by mathjs 12's expression nodes).
class A { get v() { return this.x; } set v(n) { this.x = n * 2; } toString() { return 'A' + this.x; } }
const o = { x: 5 };
console.log(Reflect.get(A.prototype, 'v', o), Reflect.get(A.prototype, 'toString', o).call(o), Reflect.get(A.prototype, 'nope', o));
console.log(Reflect.get({ a: 1 }, 'a'), Reflect.get.bind()(A.prototype, 'v', o), Reflect.get.length, Reflect.set.length, Reflect.get.name);
const r = {};
console.log(Reflect.set(A.prototype, 'v', 4, r), r, Reflect.set({}, 'k', 1, r), r, Reflect.set(Object.freeze({ k: 1 }), 'k', 2, r), r.k);
const frozen = Object.freeze({});
console.log(Reflect.set({}, 'z', 1, frozen), Reflect.set({ get g() { return 1; } }, 'g', 2, r), Reflect.set({}, 'q', 1, 5));
const ro = Object.defineProperty({}, 'w', { value: 1, writable: false });
console.log(Reflect.set({}, 'w', 2, ro), ro.w, Object.getOwnPropertyDescriptor(r, 'k'));
class Base { get who() { return 'base:' + this.name; } describe() { return 'I am ' + this.name; } }
class Derived extends Base { constructor() { super(); this.name = 'd'; } get who() { return Reflect.get(Base.prototype, 'who', this) + '+derived'; } }
console.log(new Derived().who, Reflect.get(Base.prototype, 'describe', new Derived()).call({ name: 'x' }));
const proxied = new Proxy({}, { get: (t, k, r) => (k === 'self' ? r === proxied : 1) });
console.log(proxied.self, Reflect.get(proxied, 'a'));
