// eventemitter3 5, p-queue 7, p-retry 9 and async-mutex: emitters, a concurrency-limited queue
// with priorities and events, retries with an AbortError, a mutex and a semaphore.
import EventEmitter from 'eventemitter3';
import PQueue from 'p-queue';
import pRetry, { AbortError } from 'p-retry';
import { Mutex, Semaphore, withTimeout, E_TIMEOUT } from 'async-mutex';

const ee = new EventEmitter();
const ctx = { name: 'ctx' };
ee.on('a', function (x, y) { console.log('a', x, y, this.name); }, ctx);
ee.once('a', (x) => console.log('once', x));
ee.emit('a', 1, 2); ee.emit('a', 3);
console.log(ee.listenerCount('a'), ee.eventNames(), ee.removeAllListeners('a').listenerCount('a'));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const queue = new PQueue({ concurrency: 2 });
const log = [];
queue.on('active', () => log.push('active:' + queue.pending));
queue.on('completed', (r) => log.push('done:' + r));
for (const [i, p] of [[1, 0], [2, 0], [3, 5], [4, 1]]) {
    queue.add(async () => { await sleep(5 * i); return i; }, { priority: p });
}
await queue.onIdle();
console.log(log.join(' '), queue.size, queue.pending);

let attempts = 0;
const r = await pRetry(async (n) => { attempts++; if (n < 3) throw new Error('fail ' + n); return 'ok at ' + n; },
    { retries: 5, minTimeout: 1, factor: 1, onFailedAttempt: (e) => console.log('failed', e.attemptNumber, e.retriesLeft, e.message) });
console.log(r, attempts);
try {
    await pRetry(async () => { throw new AbortError('stop now'); }, { retries: 3 });
} catch (e) { console.log(e.name, e.message); }

const mutex = new Mutex();
const order = [];
await Promise.all([1, 2, 3].map((i) => mutex.runExclusive(async () => { order.push('in' + i); await sleep(3); order.push('out' + i); })));
console.log(order.join(','), mutex.isLocked());
const sem = new Semaphore(2);
let max = 0, cur = 0;
await Promise.all([1, 2, 3, 4, 5].map(() => sem.runExclusive(async (value) => { cur++; max = Math.max(max, cur); await sleep(2); cur--; return value; })));
console.log('max concurrent', max, sem.getValue());
const m2 = withTimeout(new Mutex(), 10);
const release = await m2.acquire();
try { await m2.acquire(); } catch (e) { console.log(e === E_TIMEOUT, e.message); }
release();
