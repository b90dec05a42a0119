// Proves: top-level await: awaiting a Promise and a timers/promises timer; an importer waits for a
// dependency that awaits, a sibling without await runs while that dependency is suspended, and the
// entry body runs after all of them; a later `await import()` of a TLA module waits too.
import { ready } from '../fixtures/esm/tla-dep.mjs';
import { sibling } from '../fixtures/esm/tla-sibling.mjs';
import { user } from '../fixtures/esm/tla-user.mjs';
import { setTimeout as sleep } from 'timers/promises';

console.log('entry: body starts:', ready, sibling, user);
const x = await Promise.resolve(41);
console.log('entry: awaited promise', x + 1);
setTimeout(() => console.log('entry: plain timer fired during the await below'), 0);
const y = await sleep(30, 'timer value');
console.log('entry: awaited timer', y);
const results = await Promise.all([sleep(10, 'a'), sleep(5, 'b')]);
console.log('entry: Promise.all', results);
try {
    await Promise.reject(new Error('rejected at top level'));
} catch (e) {
    console.log('entry: caught', e.message);
}
for await (const item of [Promise.resolve(1), 2, Promise.resolve(3)]) console.log('for await item', item);
const lateNs = await import('../fixtures/esm/tla-late.mjs');
console.log('entry: dynamic import of a TLA module resolved after its body:', lateNs.late);
process.on('exit', (code) => console.log('exit', code));
console.log('entry: body ends');
