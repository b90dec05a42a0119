/* events-capture-rejections.js: with captureRejections a listener's rejected promise becomes an
 * 'error' event (or a call to the emitter's Symbol.for('nodejs.rejection') method with the event
 * name and arguments); without it the rejection is left alone. */
var EventEmitter = require('events');

var e = new EventEmitter({ captureRejections: true });
e.on('job', function () {
    return Promise.reject(new Error('async failure'));
});
e.on('error', function (err) {
    console.log('error event got', err.message);
});
console.log('emit returns', e.emit('job'));

var f = new EventEmitter({ captureRejections: true });
f[EventEmitter.captureRejectionSymbol] = function (err, type, a, b) {
    console.log('rejection hook', err.message, type, a, b);
};
f.on('evt', function () {
    return Promise.reject(new Error('hooked'));
});
f.emit('evt', 1, 2);

var g = new EventEmitter({ captureRejections: true });
g.on('ok', function () {
    return Promise.resolve(5);
});
g.on('ok', function () {
    return { then: 'not a function' };
});
console.log('resolved promise, no error', g.emit('ok'));

var h = new EventEmitter();
var rejected = Promise.reject(new Error('ignored'));
rejected.then(null, function () { console.log('caught by the test itself'); });
h.on('x', function () { return rejected; });
console.log('no capture', h.emit('x'));
