/* events-abort.js: AbortSignal support in events: events.once() rejects with an AbortError
 * (code ABORT_ERR, cause = signal.reason) when its signal aborts and removes every listener it
 * added; events.on() ends with that error; events.addAbortListener() calls its listener on
 * abort (on a microtask when already aborted) and returns a disposable that detaches it. */
var EventEmitter = require('events');

var ac = new AbortController();
var e = new EventEmitter();
EventEmitter.once(e, 'never', { signal: ac.signal }).then(function () {
    console.log('unexpected');
}, function (err) {
    console.log('once aborted:', err.name, err.code, err.message, err.cause,
        'left', e.listenerCount('never'), e.listenerCount('error'));
});
console.log('waiting listeners', e.listenerCount('never'), e.listenerCount('error'));
ac.abort('stop');

var ac2 = new AbortController();
var f = new EventEmitter();
EventEmitter.once(f, 'ok', { signal: ac2.signal }).then(function (args) {
    console.log('once resolved before abort', JSON.stringify(args));
    ac2.abort();
});
f.emit('ok', 'v');

var ac3 = new AbortController();
var g = new EventEmitter();
var it = EventEmitter.on(g, 'x', { signal: ac3.signal });
g.emit('x', 1);
ac3.abort();
it.next().then(function (r) {
    console.log('on first', JSON.stringify(r));
    return it.next();
}).then(null, function (err) {
    console.log('on aborted:', err.name, err.code, 'left', g.listenerCount('x'));
});

var ac4 = new AbortController();
var calls = [];
var disposable = EventEmitter.addAbortListener(ac4.signal, function () { calls.push('abort listener'); });
console.log('disposable', typeof disposable);
ac4.abort();
console.log('after abort', calls.join(','));

var ac5 = new AbortController();
ac5.abort();
EventEmitter.addAbortListener(ac5.signal, function () { console.log('already aborted: called later'); });
console.log('addAbortListener on aborted signal returned');

[undefined, null, {}, 1].forEach(function (sig) {
    try {
        EventEmitter.addAbortListener(sig, function () {});
    } catch (err) {
        console.log('addAbortListener', String(sig), err.name, err.code, err.message);
    }
});
try {
    EventEmitter.addAbortListener(new AbortController().signal, 'nope');
} catch (err) {
    console.log('listener', err.name, err.code, err.message);
}
