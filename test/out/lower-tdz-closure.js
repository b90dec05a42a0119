// Proves: a let/const/class binding read by a closure (hoisted function, arrow, getter) that runs before the declaration throws ReferenceError; after it, the value
try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
let x = 1;
function f() { return x; }
console.log(f());
const g = () => y + 1;
try { g(); } catch (e) { console.log(e.message); }
const y = 2;
console.log(g());
function h() { return typeof z; }
try { h(); } catch (e) { console.log(e.message); }
let z;
console.log(h());
try { new K(); } catch (e) { console.log(e.message); }
class K { m() { return K.name; } }
console.log(new K().m());
function outer() {
  const r = [];
  try { r.push(inner()); } catch (e) { r.push(e.message); }
  const { a, b: [c] } = { a: 1, b: [2] };
  r.push(inner());
  function inner() { return a + c; }
  return r;
}
console.log(outer());
{
  const early = () => w;
  try { early(); } catch (e) { console.log('block', e.message); }
  let w = 'w';
  console.log(early());
}
const obj = { get v() { return q; } };
try { obj.v; } catch (e) { console.log(e.message); }
const q = 'q';
console.log(obj.v);
let u = undefined;
const later = () => u;
console.log(later());
function fine() { return x + y; }
console.log(fine());
function viaExport() { return cfg.name; }
const api = { viaExport };
try { api.viaExport(); } catch (e) { console.log('escaped', e.message); }
const cfg = { name: 'cfg' };
console.log(api.viaExport());
switch (1) { case 1: let s = 's'; console.log((() => s)()); }
for (let i = 0; i < 2; i++) { const k = () => j; let j = i; console.log(k()); }
const fact = (n) => n ? n * fact(n - 1) : 1;
const viaWrap = ((f) => f)(() => typeof viaWrap);
console.log(fact(5), viaWrap());
try { const early = ((f) => f())(() => early); } catch (e) { console.log(e.message); }
