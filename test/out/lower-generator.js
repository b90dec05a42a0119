/* lower-generator: generators (yield, yield*, return(), throw(), finally, loops, destructuring,
   spread and for-of over generators, generator methods, this/arguments) */
function* count(n) { for (let i = 0; i < n; i++) yield i; return 'end'; }
var it = count(3);
console.log(JSON.stringify([it.next(), it.next(), it.next(), it.next(), it.next()]));
var seen = [];
for (const v of count(4)) seen.push(v);
console.log(seen.join(','), [...count(3)].join(','));
var [a, b, ...rest] = count(5);
console.log(a, b, rest.join(','));
function* echo() { var got = []; while (true) { var x = yield got.length; if (x === 'stop') return got; got.push(x); } }
var e = echo(); e.next(); e.next('p'); e.next('q');
console.log(JSON.stringify(e.next('stop')));
function* withFinally() { try { yield 1; yield 2; } finally { console.log('cleanup'); } }
var w = withFinally(); w.next();
console.log(JSON.stringify(w.return(42)), JSON.stringify(w.next()));
function* catcher() { try { yield 1; } catch (err) { console.log('caught', err); yield 'after'; } }
var c = catcher(); c.next();
console.log(JSON.stringify(c.throw('boom')));
function* inner() { var r = yield 'i1'; yield 'i2:' + r; return 'inner-ret'; }
function* outer() { var r = yield* inner(); yield r; yield* [7, 8]; }
var o = outer();
console.log(JSON.stringify([o.next(), o.next('x'), o.next(), o.next(), o.next(), o.next()]));
var obj = { base: 10, *gen() { yield this.base + arguments.length; } };
console.log(obj.gen(1, 2).next().value);
class Tree { constructor(v, kids) { this.v = v; this.kids = kids || []; }
  *[Symbol.iterator]() { yield this.v; for (const k of this.kids) yield* k; } }
console.log([...new Tree(1, [new Tree(2), new Tree(3, [new Tree(4)])])].join(','));
function* fns() { for (let i = 0; i < 3; i++) { yield () => i; } }
console.log([...fns()].map(f => f()).join(','));
function* early() { try { for (const x of [1, 2, 3]) yield x; } finally { console.log('early done'); } }
for (const x of early()) { if (x === 2) break; }
var ge = count(1); console.log(typeof ge.next, ge[Symbol.iterator]() === ge);
function* thrower() { yield 1; throw new Error('gen error'); }
try { var t = thrower(); t.next(); t.next(); } catch (err) { console.log(err.message); }
