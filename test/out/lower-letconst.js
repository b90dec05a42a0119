/* lower-letconst: block scoping, renaming, per-iteration bindings for closures, const errors */
let x = 1;
{
  let x = 2;
  console.log(x);
}
console.log(x);
var fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(() => i);
}
console.log(fns.map(f => f()));
var fns2 = [];
for (let i = 0; i < 6; i++) {
  if (i === 1) continue;
  if (i === 4) break;
  let j = i * 10;
  fns2.push(function () { return j + i; });
}
console.log(fns2.map(f => f()));
var fns3 = [];
for (const k in { a: 1, b: 2 }) { fns3.push(() => k); }
console.log(fns3.map(f => f()));
function find(list) {
  for (let i = 0; i < list.length; i++) {
    let item = list[i];
    setTimeout(() => item, 0);
    if (item > 2) return 'found ' + item;
  }
  return 'none';
}
console.log(find([1, 2, 3, 4]), find([]));
var fns4 = [];
outer: for (let a = 0; a < 3; a++) {
  for (let b = 0; b < 3; b++) {
    fns4.push(() => a * 10 + b);
    if (b === 1) continue outer;
  }
}
console.log(fns4.map(f => f()));
var fns5 = [];
for (let i = 0; i < 3; i++) {
  fns5.push(() => i);
  i++;
}
console.log(fns5.map(f => f()));
let w = 0;
while (w < 3) { let v = w; fns.push(() => v); w++; }
console.log(fns.slice(3).map(f => f()));
function shadow() {
  let r = 'outer';
  if (true) { let r = 'inner'; console.log(r); }
  return r;
}
console.log(shadow());
let u;
for (let q = 0; q < 2; q++) { let z; if (q === 0) z = 'set'; console.log(z); }
const c = 5;
try { c = 6; } catch (e) { console.log(e.constructor.name, e.message); }
try { c++; } catch (e) { console.log(e.message); }
console.log(c, u);
