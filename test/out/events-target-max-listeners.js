// An EventTarget (an AbortSignal too) starts with events.defaultMaxListeners as its limit and
// warns once, as Node does, when more listeners of one type are added: MaxListenersExceededWarning
// naming the target as util.inspect shows it at depth -1; events.setMaxListeners(n, target)
// changes the limit, 0 turns the warning off.
const events = require('events');
const et = new EventTarget();
console.log(events.getMaxListeners(et), et, [et], require('util').inspect(et, { depth: -1 }));
for (let i = 0; i < 11; i++) et.addEventListener('a', () => {});
for (let i = 0; i < 12; i++) et.addEventListener('b', () => {});
const ac = new AbortController();
for (let i = 0; i < 11; i++) ac.signal.addEventListener('abort', () => {});
const ac2 = new AbortController();
events.setMaxListeners(2, ac2.signal);
const e2 = new EventTarget();
for (let i = 0; i < 3; i++) ac2.signal.addEventListener('abort', () => {});
for (let i = 0; i < 3; i++) e2.addEventListener('x', () => {}, { signal: ac2.signal });
events.setMaxListeners(0, e2);
for (let i = 0; i < 30; i++) e2.addEventListener('y', () => {});
process.on('warning', (w) => console.log('warning event:', w.name, w.type, w.count, w.target === ac.signal || w.target === et || w.target === ac2.signal));
events.defaultMaxListeners = 1;
const e3 = new EventTarget(); e3.addEventListener('z', () => {}); e3.addEventListener('z', () => {});
