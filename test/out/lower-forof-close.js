// Proves: a for-of loop closes its iterator (calls return()) when the body throws, and the
// body's error wins over one from return(); break, return and labelled continue still close.
function* g() { try { yield 1; yield 2; yield 3; } finally { console.log('gen closed'); } }
try { for (const x of g()) { console.log('x', x); if (x === 2) throw new Error('body threw'); } } catch (e) { console.log('caught', e.message); }
for (const x of g()) { if (x === 2) break; }
const it = { [Symbol.iterator]() { return { i: 0, next() { return { value: this.i++, done: this.i > 3 }; }, return() { console.log('return called'); throw new Error('from return'); } }; } };
try { for (const v of it) { if (v === 1) throw new Error('orig'); } } catch (e) { console.log('caught', e.message); }
outer: for (const a of [1, 2]) { for (const b of [3, 4]) { if (b === 4) continue outer; console.log(a, b); } }
function f() { for (const x of g()) { return x; } }
console.log('f', f());
for (const x of [1,2]) console.log('single', x);
