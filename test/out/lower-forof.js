/* lower-forof: for-of over arrays, strings (code points), arguments, user iterators, return() */
for (const x of [1, 2, 3]) console.log(x);
for (const ch of 'a\u{1F600}b') console.log(ch, ch.length);
function args() { for (const a of arguments) console.log('arg', a); }
args('p', 'q');
var iterable = {};
iterable[Symbol.iterator] = function () {
  var i = 0;
  return {
    next: function () { i++; return { value: i * 10, done: i > 3 }; },
    return: function () { console.log('closed at', i); return {}; },
  };
};
for (const v of iterable) console.log('v', v);
for (const v of iterable) { if (v === 20) break; console.log('v2', v); }
function early() { for (const v of iterable) { if (v === 10) return 'ret ' + v; } }
console.log(early());
outer: for (const a of [1, 2]) { for (const b of iterable) { if (b === 20) continue outer; console.log(a, b); } }
var m = [];
for (let [i, v] of [[0, 'a'], [1, 'b']].entries()) m.push(i + ':' + v[1]);
console.log(m);
var arr = [1, 2, 3], seen = [];
for (const x of arr) { if (x === 1) arr.push(4); seen.push(x); }
console.log(seen);
var fns = [];
for (const x of [1, 2, 3]) fns.push(() => x);
console.log(fns.map(f => f()));
var target = {};
for (target.p of [5, 6]);
console.log(target.p);
try { for (const x of 5) {} } catch (e) { console.log(e instanceof TypeError); }
