// Proves: for await closes its iterator (calls return() and awaits it) on break, return, labelled continue and throw (the body's error wins), also for sync iterables
function mk(name) {
  let i = 0;
  return { [Symbol.asyncIterator]() { return { next() { return Promise.resolve({ value: i++, done: i > 5 }); }, return() { console.log(name, 'return called'); return new Promise(r => setTimeout(() => { console.log(name, 'return settled'); r({ done: true }); }, 5)); } }; } };
}
async function* ag() { try { yield 1; yield 2; yield 3; } finally { console.log('ag finally'); } }
function* sg() { try { yield 'a'; yield 'b'; } finally { console.log('sg finally'); } }
async function main() {
  for await (const x of mk('brk')) { if (x === 1) break; }
  console.log('after break');
  const r = await (async () => { for await (const x of mk('ret')) { if (x === 2) return 'r' + x; } })();
  console.log('after return', r);
  try { for await (const x of mk('thr')) { if (x === 1) throw new Error('boom'); } } catch (e) { console.log('caught', e.message); }
  try { for await (const x of ag()) { console.log('ag', x); if (x === 2) throw new Error('ag boom'); } } catch (e) { console.log('caught', e.message); }
  for await (const x of ag()) { if (x === 1) break; }
  console.log('after ag break');
  try { for await (const x of sg()) { console.log('sg', x); throw new Error('sg boom'); } } catch (e) { console.log('caught', e.message); }
  for await (const x of [Promise.resolve(1), 2]) { console.log('arr', x); break; }
  outer: for (const k of [1, 2]) { for await (const x of mk('lbl' + k)) { if (x === 1) continue outer; } }
  const bad = { [Symbol.asyncIterator]() { return { next() { return Promise.resolve({ value: 0, done: false }); }, return() { throw new Error('from return'); } }; } };
  try { for await (const x of bad) { throw new Error('body wins'); } } catch (e) { console.log('caught', e.message); }
  try { for await (const x of bad) { break; } } catch (e) { console.log('caught', e.message); }
  console.log('done');
}
const mainDone = main();
// loops whose bindings are captured by closures (the body runs as a function per iteration)
function* g2() { try { yield 1; yield 2; } finally { console.log('g2 closed'); } }
const fns = [];
try { for (const x of g2()) { fns.push(() => x); throw new Error('t'); } } catch (e) { console.log('caught', e.message); }
async function m2() {
  async function* ag2() { try { yield 1; yield 2; } finally { console.log('ag2 closed'); } }
  try { for await (const x of ag2()) { fns.push(() => x); throw new Error('t2'); } } catch (e) { console.log('caught', e.message); }
  for await (const x of ag2()) { fns.push(() => x); break; }
  console.log('end', fns.map(f => f()).join());
}
mainDone.then(m2); // after main, which awaits its own timers
