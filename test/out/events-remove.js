/* events-remove.js: removeListener/off remove the most recent matching registration (once
 * wrappers included, by their original function), removeAllListeners() with and without a name,
 * and the 'removeListener' events they emit (LIFO per event, 'removeListener' listeners last);
 * 'newListener' fires before the listener is added, with the unwrapped function. */
var EventEmitter = require('events');
function name(fn) { return fn.name || '(anon)'; }

var e = new EventEmitter();
var log = [];
e.on('newListener', function (ev, fn) { log.push('new:' + String(ev) + ':' + name(fn) + ':' + e.listenerCount(ev)); });
e.on('removeListener', function (ev, fn) { log.push('rm:' + String(ev) + ':' + name(fn)); });
function a() {}
function b() {}
function c() {}
e.on('x', a);
e.on('x', b);
e.once('x', c);
e.on('y', a);
e.on(Symbol('s'), b);
console.log(log.join(' '));
log = [];
console.log('counts', e.listenerCount('x'), e.listenerCount('y'), e.listenerCount('newListener'));

e.removeListener('x', b);
e.removeListener('x', c);
e.removeListener('x', function notThere() {});
e.removeListener('nope', a);
console.log(log.join(' '), '|', e.listeners('x').map(name).join(','));
log = [];

e.on('x', a);
e.on('x', b);
e.on('x', a);
e.off('x', a);
console.log('remove latest dup:', e.listeners('x').map(name).join(','), log.join(' '));
log = [];

e.removeAllListeners('x');
console.log('removeAll x:', log.join(' '), '| names', e.eventNames().map(String).join(','));
log = [];

e.removeAllListeners();
console.log('removeAll:', log.join(' '), '| names', JSON.stringify(e.eventNames()), e._eventsCount);
log = [];

var f = new EventEmitter();
f.on('a', a);
f.on('b', b);
f.removeAllListeners('a');
console.log('no rm listener:', f.eventNames().join(','), f._eventsCount);
f.removeAllListeners('zzz');
f.removeAllListeners();
console.log('cleared', JSON.stringify(f.eventNames()), f._eventsCount, Object.keys(f._events).length);

var g = new EventEmitter();
g.on('removeListener', function rl(ev, fn) { log.push('rm:' + ev + ':' + name(fn)); });
g.removeListener('removeListener', g.listeners('removeListener')[0]);
console.log('removing the removeListener listener:', log.join(' ') || '(nothing)', g.listenerCount('removeListener'));
log = [];

var h = new EventEmitter();
function once1() { log.push('once1'); }
h.once('o', once1);
h.removeListener('o', once1);
console.log('once removed by original:', h.emit('o'), h.listenerCount('o'));

var k = new EventEmitter();
k.on('removeListener', function (ev, fn) { log.push('rm:' + ev + ':' + name(fn)); });
function w() { log.push('w called'); }
k.once('q', w);
k.emit('q');
console.log('once self-removal emits removeListener:', log.join(' '));
log = [];

try {
    e.removeListener('x', 'not a function');
} catch (err) {
    console.log(err.name, err.code, err.message);
}
try {
    e.off('x');
} catch (err) {
    console.log(err.name, err.code, err.message);
}
