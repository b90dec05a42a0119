/* events-once-promise.js: events.once() resolves with the array of the event's arguments,
 * rejects on an 'error' event (removing its listeners), listens for 'error' itself when asked,
 * rejects invalid options.signal values, and leaves no listener behind. */
var EventEmitter = require('events');
var once = EventEmitter.once;

var e = new EventEmitter();
once(e, 'ready').then(function (args) {
    console.log('resolved', JSON.stringify(args), 'left:', e.listenerCount('ready'), e.listenerCount('error'));
});
console.log('listeners while waiting', e.listenerCount('ready'), e.listenerCount('error'));
e.emit('ready', 1, 'two', { three: 3 });

var f = new EventEmitter();
once(f, 'data').then(function () {
    console.log('should not resolve');
}, function (err) {
    console.log('rejected', err.message, 'left:', f.listenerCount('data'), f.listenerCount('error'));
});
f.emit('error', new Error('failed'));

var g = new EventEmitter();
once(g, 'error').then(function (args) {
    console.log('error as value', args[0].message, args.length);
});
g.emit('error', new Error('wanted'));

var h = new EventEmitter();
once(h, 'empty').then(function (args) {
    console.log('no args', JSON.stringify(args));
});
h.emit('empty');

[1, 'x', null, {}].forEach(function (sig) {
    once(new EventEmitter(), 'x', { signal: sig }).then(function () {
        console.log('unexpected');
    }, function (err) {
        console.log('signal', JSON.stringify(sig), err.name, err.code, err.message);
    });
});
once(new EventEmitter(), 'x', { signal: { aborted: true, reason: 'why' } }).then(null, function (err) {
    console.log('aborted signal', err.name, err.code, err.message, err.cause);
});
console.log('once returns a promise', typeof once(new EventEmitter(), 'never').then);
