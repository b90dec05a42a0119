/* lower-misc: new.target, regex s flag / named groups / \u{...}, __proto__ in literals,
   getters with computed keys, labelled blocks, comments and ASI around lowered code */
function F() { return new.target === F ? 'new' : 'call'; }
console.log(new F() instanceof F, F());
class A { constructor() { this.t = new.target.name; } }
class B extends A {}
console.log(new A().t, new B().t);
console.log(/a.b/s.test('a\nb'), /a.b/.test('a\nb'));
var m = /(?<y>\d{4})-(?<m>\d\d)/.exec('on 2024-05');
console.log(m.groups.y, m.groups.m, m.index);
console.log(/(?<q>['"]).*?\k<q>/.exec('say "hi" now')[0]);
console.log(/\u{1F600}/u.test('x\u{1F600}'));
var proto = { hello() { return 'hello from proto'; } };
var obj = { __proto__: proto, own: 1 };
console.log(obj.hello(), Object.keys(obj), Object.getPrototypeOf(obj) === proto);
var k = 'dyn';
var acc = { get [k]() { return 'got ' + k; }, set [k](v) { this._v = v; } };
acc.dyn = 5;
console.log(acc.dyn, acc._v);
block: { if (acc) break block; console.log('not reached'); }
var x = 1 // comment after
let y = `a` // template then comment
const z = (() => 3)() /* block */
console.log(x, y, z)
var big = 0b1111_0000, oct = 0o7_7, sep = 1_0.5_0e1_0;
console.log(big, oct, sep);
var s = 'x\u{41}y';
console.log(s, s.length);
