// Proves: diagnostics_channel channels publish to subscribers in order, one channel object per
// name, (un)subscribe and hasSubscribers as Node's; tracing channels wrap sync, promise and
// callback work; a throwing subscriber does not stop the others.
const dc = require('diagnostics_channel');
const ch = dc.channel('my-channel');
console.log(ch === dc.channel('my-channel'), ch.name, ch.hasSubscribers, dc.hasSubscribers('my-channel'));
const seen = [];
const a = (msg, name) => seen.push('a ' + msg.n + ' ' + name);
ch.subscribe(a);
dc.subscribe('my-channel', (msg) => seen.push('b ' + msg.n));
ch.publish({ n: 1 });
console.log(seen, ch.hasSubscribers, ch.unsubscribe(a), ch.unsubscribe(a), dc.unsubscribe('nope', a));
ch.publish({ n: 2 });
console.log(seen);
const tc = dc.tracingChannel('work');
const events = [];
tc.subscribe({
    start: (c) => events.push('start ' + c.id),
    end: (c) => events.push('end ' + c.id + ' ' + c.result),
    asyncStart: (c) => events.push('asyncStart ' + c.id),
    asyncEnd: (c) => events.push('asyncEnd ' + c.id),
    error: (c) => events.push('error ' + c.id + ' ' + c.error.message)
});
console.log(tc.hasSubscribers, tc.traceSync((x) => x * 2, { id: 1 }, null, 21));
try { tc.traceSync(() => { throw new Error('bad'); }, { id: 2 }); } catch (e) { console.log('caught', e.message); }
tc.tracePromise(async () => 'p', { id: 3 }).then((v) => {
    tc.traceCallback((cb) => setTimeout(() => cb(null, 'cbv'), 1), -1, { id: 4 }, null, (err, v2) => {
        console.log(v, v2, events);
        const boom = dc.channel('boom');
        boom.subscribe(() => { throw new Error('subscriber failed'); });
        boom.subscribe(() => console.log('second subscriber still ran'));
        process.on('uncaughtException', (e) => console.log('uncaught', e.message));
        boom.publish({});
    });
});
try { dc.channel(5); } catch (e) { console.log(e.code, e.message); }
