/* lower-class: classes, extends (also Error/Array), super, static, accessors, fields, private */
class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  get upper() { return this.name.toUpperCase(); }
  set upper(v) { this.name = v.toLowerCase(); }
  static create(n) { return new this(n); }
  toString() { return 'Animal(' + this.name + ')'; }
}
class Dog extends Animal {
  constructor(name, breed) { super(name); this.breed = breed; }
  speak() { return super.speak() + ' (woof)'; }
  static create(n) { return super.create(n + '!'); }
}
var d = new Dog('rex', 'lab');
console.log(d.speak(), d.upper, d instanceof Dog, d instanceof Animal, String(d));
d.upper = 'MAX';
console.log(d.name, Dog.create('fido').name, Dog.create('x') instanceof Dog);
console.log(Object.keys(d), Object.keys(Dog.prototype), typeof Dog);
try { Dog('x'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
class Counter {
  count = 0;
  #secret = 42;
  static instances = 0;
  static #total = 0;
  inc = () => { this.count++; return this; };
  constructor() { Counter.instances++; Counter.#total++; }
  get secret() { return this.#secret; }
  #bump() { return ++this.#secret; }
  bump() { return this.#bump(); }
  static total() { return Counter.#total; }
  has(o) { return #secret in o; }
  static { this.ready = 'yes'; }
}
var c = new Counter();
c.inc().inc();
console.log(c.count, c.secret, c.bump(), Counter.instances, Counter.total(), Counter.ready);
console.log(c.has(c), c.has({}), Object.keys(c));
class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; }
}
var err = new MyError('boom');
console.log(err instanceof MyError, err instanceof Error, err.message, err.name, String(err));
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
var s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), s instanceof Stack, Array.isArray(s));
var Anon = class { hi() { return 'hi'; } };
console.log(new Anon().hi());
var key = 'dyn';
class K { [key + 'Method']() { return 'computed'; } static [key] = 'static computed'; }
console.log(new K().dynMethod(), K.dyn);
class Base { constructor() { this.init(); } init() { this.v = 'base'; } }
class Derived extends Base { field = 'f'; init() { this.v = 'derived'; } }
var dd = new Derived();
console.log(dd.v, dd.field);
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class P3 extends Point { constructor(...args) { super(...args.slice(0, 2)); this.z = args[2]; } }
console.log(JSON.stringify(new P3(1, 2, 3)));
class Self { static make() { return new Self(); } who() { return Self.name; } }
console.log(Self.make().who());
class Inner { m() { const f = () => super.toString; return typeof f(); } }
console.log(new Inner().m());
// super.prop reads run inherited getters with this instance; writes and updates still work
class GA { constructor() { this.v = 1; } get names() { return ['a' + this.v]; } }
class GB extends GA { get names() { const n = super.names; n.push(super['names'].length >= 1); return n; } static get s() { return 2; } }
class GC extends GB { static get s() { return super.s * 3; } bump() { super.w = 5; return this.w; } miss() { return [super.v, super.nope]; } }
console.log(new GB().names, GC.s, new GC().bump(), new GC().miss());
