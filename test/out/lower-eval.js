// Direct eval of modern code: the source is lowered as every other source is (the call stays a
// direct eval, so it sees the caller's variables); plain ES5 runs as written.
console.log(eval('(() => 1)()'));
function f() { return eval('let x = 2; x * 2'); }
console.log(f());
function g(a) { var local = 5; return eval('`${a}-${local}`'); }
console.log(g('t'));
console.log(eval('class K { m() { return 42; } }; new K().m()'));
console.log(eval('const { p, ...rest } = { p: 1, q: 2, r: 3 }; [p, Object.keys(rest).join()]'));
const arrow = (n) => eval('n ** 2');
console.log(arrow(7));
function h() { 'use strict'; return eval('var inner = 1; typeof inner'); }
console.log(h(), typeof inner);
try { eval('let = ;'); } catch (e) { console.log(e.name); }
try { eval('(a => {'); } catch (e) { console.log(e.name, e.message); }
console.log(eval(5), eval('1 + 1'), eval({ not: 'a string' }).not, typeof eval);
console.log(eval('[1, 2, 3].map((v) => v * 2).join()'));
console.log((0, eval)('typeof require'), eval('typeof require'));
