// BroadcastChannel within one thread: a message reaches every other open channel of the same name
// (not the poster, not other names) as a MessageEvent; closed channels refuse to post.
const a = new BroadcastChannel('ch'), b = new BroadcastChannel('ch'), c = new BroadcastChannel('other');
b.onmessage = (e) => { console.log('b got', e.data, e.constructor.name, e.type); };
a.onmessage = (e) => console.log('a got', e.data);
c.onmessage = (e) => console.log('c got', e.data);
a.postMessage({ x: 1 });
b.addEventListener('message', (e) => {
    console.log('b listener', e.data);
    a.close(); b.close(); c.close();
    try { a.postMessage(1); } catch (err) { console.log(err.name, err.message); }
});
console.log(a.name, typeof a.ref, typeof a.unref, String(a));
try { new BroadcastChannel(); } catch (e) { console.log(e.name, e.code); }
const ev = new MessageEvent('message', { data: [1], origin: 'o' });
console.log(ev.type, ev.data, ev.origin, ev.lastEventId, ev.source, ev.ports, ev instanceof Event);
console.log(require('worker_threads').BroadcastChannel === BroadcastChannel);
