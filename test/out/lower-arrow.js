/* lower-arrow: arrow functions (lexical this/arguments), shorthand props, methods, templates */
var add = (a, b) => a + b;
var sq = x => x * x;
var obj = {
  v: 10,
  get() { return [1, 2, 3].map(x => x * this.v); },
  args() { return (() => arguments.length)(); },
};
console.log(add(2, 3), sq(7), obj.get(), obj.args(1, 2, 3));
var name = 'w', n = 3;
var o2 = { name, n, ['k' + n]: n * 2, [`t${n}`]() { return 't'; } };
console.log(JSON.stringify(o2), o2.t3());
console.log(`hello ${name}! ${n + 1} ${`nested ${n}`}`);
var multi = `line1
line2 ${n}
line3`;
console.log(multi);
function tag(s, ...vals) { return s.raw.join('|') + ':' + s.join('|') + ':' + vals.join(','); }
console.log(tag`a${1}b\n${2}c`);
function same(s) { return s; }
var f = () => same`x`;
console.log(f() === f());
var obj3 = () => ({ a: 1 });
console.log(obj3().a);
var nested = function () { return () => () => this.q; };
console.log(nested.call({ q: 42 })()());
console.log(2 ** 10, (-2) ** 3);
var e = 3; e **= 2; console.log(e);
console.log(1_000_000, 0b1010, 0o17, 0xff_ff);
try { throw new Error('x'); } catch { console.log('caught'); }
console.log(`\u{1F600}`.length, '\u{41}');
