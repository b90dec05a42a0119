/* lower-async: async functions, arrows and methods, await ordering, errors, for await,
   async generators */
var log = [];
function delay(v, ms) { return new Promise(function (r) { setTimeout(function () { r(v); }, ms); }); }
async function add(a, b) { var x = await a; var y = await delay(b, 5); return x + y; }
const double = async (n) => (await n) * 2;
class Svc { constructor() { this.k = 3; } async get(v) { return this.k * await v; } }
async function fails() { await null; throw new Error('async boom'); }
async function main() {
  log.push('main start');
  console.log('add', await add(1, 2));
  console.log('double', await double(Promise.resolve(21)));
  console.log('svc', await new Svc().get(5));
  try { await fails(); } catch (e) { console.log('caught', e.message); }
  var fns = [];
  for (let i = 0; i < 3; i++) { await null; fns.push(() => i); }
  console.log('loop', fns.map(f => f()).join(','));
  const { a, b = await delay('B', 1) } = { a: 'A' };
  console.log('destructure', a, b);
  async function* ticks(n) { for (let i = 0; i < n; i++) { await delay(0, 1); yield i * 10; } }
  var got = [];
  for await (const t of ticks(3)) got.push(t);
  for await (const v of [Promise.resolve('p'), 'q']) got.push(v);
  console.log('for await', got.join(','));
  return 'done';
}
var p = main();
log.push('after call');
p.then(function (v) { console.log('result', v, log.join('|')); });
Promise.resolve().then(function () { log.push('microtask'); });
