/* events-listeners.js: listeners() unwraps once-wrappers, rawListeners() keeps them (a
 * wrapper has .listener and removes itself when called), listenerCount() with and without a
 * listener argument, the static EventEmitter.listenerCount, getEventListeners(), and
 * eventNames() with string and symbol names. */
var EventEmitter = require('events');
function name(fn) { return typeof fn === 'function' ? (fn.name || '(anon)') : String(fn); }

var e = new EventEmitter();
function a() { console.log('a called', arguments.length); }
function b() {}
var s = Symbol('sym');
e.on('x', a);
e.once('x', b);
e.on(s, a);
e.on('y', b);

console.log('listeners', e.listeners('x').map(name).join(','));
var raw = e.rawListeners('x');
console.log('raw', raw.map(name).join(','), raw[1].listener === b, typeof raw[0].listener);
console.log('copies', e.listeners('x') !== e.listeners('x'), e.rawListeners('y')[0].name);
raw.push(function extra() {});
console.log('mutating copy has no effect', e.listenerCount('x'));

console.log('counts', e.listenerCount('x'), e.listenerCount(s), e.listenerCount('none'));
console.log('count with listener', e.listenerCount('x', a), e.listenerCount('x', b), e.listenerCount('x', function () {}),
    e.listenerCount('y', b), e.listenerCount('y', a));
console.log('static count', EventEmitter.listenerCount(e, 'x'));
console.log('static count on look-alike', EventEmitter.listenerCount({ _events: { q: [1, 2, 3] } }, 'q'));
console.log('getEventListeners', EventEmitter.getEventListeners(e, 'x').map(name).join(','));

var names = e.eventNames();
console.log('eventNames', names.length, names.map(function (n) { return typeof n + ':' + String(n); }).join(','));
console.log('symbol preserved', names[1] === s);

var wrapper = e.rawListeners('x')[1];
wrapper('arg');
console.log('after calling wrapper', e.listeners('x').map(name).join(','), e.listenerCount('x'));
wrapper('again');
console.log('second wrapper call', e.listenerCount('x'));

var empty = new EventEmitter();
console.log('empty', JSON.stringify(empty.listeners('x')), JSON.stringify(empty.rawListeners('x')),
    empty.listenerCount('x'), JSON.stringify(empty.eventNames()));

var onceOnly = new EventEmitter();
function lone() {}
onceOnly.once('o', lone);
console.log('single once', onceOnly.listeners('o')[0] === lone, onceOnly.rawListeners('o')[0] !== lone,
    onceOnly.listenerCount('o', lone));

var many = new EventEmitter();
many.setMaxListeners(0);
for (var i = 0; i < 7; i++) {
    many.on('m', i % 2 ? a : b);
}
console.log('seven', many.listenerCount('m'), many.listenerCount('m', a), many.listeners('m').map(name).join(','));

try {
    EventEmitter.getEventListeners({}, 'x');
} catch (err) {
    console.log(err.name, err.code, err.message);
}
