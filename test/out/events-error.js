/* events-error.js: an 'error' event with no listener throws the Error itself, or for any
 * other value an Error [ERR_UNHANDLED_ERROR] whose message shows the value and whose .context
 * holds it; with a listener nothing is thrown; errorMonitor listeners see the error first
 * and do not count as handling it. */
var EventEmitter = require('events');

var e = new EventEmitter();
var boom = new Error('boom');
try {
    e.emit('error', boom);
} catch (err) {
    console.log('same error thrown', err === boom, err.message);
}
var tErr = new TypeError('typed');
try {
    e.emit('error', tErr, 'extra');
} catch (err) {
    console.log('typed', err === tErr, err.name);
}

var values = [undefined, null, 'str', "it's", 42, -0, true, { a: 1 }, [1, 'two'], Symbol('s'),
    { message: 'fake' }, function named() {}];
values.forEach(function (v, i) {
    try {
        if (i === 0) {
            e.emit('error');
        } else {
            e.emit('error', v);
        }
    } catch (err) {
        console.log(i, err.name, err.code, err instanceof Error, JSON.stringify(err.message),
            err.context === (i === 0 ? undefined : v), String(err));
    }
});

var bare = Object.create(EventEmitter.prototype);
try {
    bare.emit('error', 'no _events');
} catch (err) {
    console.log('bare', err.code, err.message);
}
console.log('bare other event', bare.emit('other'));

var handled = new EventEmitter();
handled.on('error', function (err) { console.log('handled:', err.message || err); });
console.log('handled returns', handled.emit('error', new Error('h1')), handled.emit('error', 'h2'));

var mon = new EventEmitter();
console.log('errorMonitor is a symbol', typeof EventEmitter.errorMonitor, String(EventEmitter.errorMonitor));
mon.on(EventEmitter.errorMonitor, function (err, extra) { console.log('monitor saw', err.message, extra); });
try {
    mon.emit('error', new Error('monitored'), 'x');
} catch (err) {
    console.log('still thrown', err.message);
}
mon.on('error', function (err) { console.log('listener saw', err.message); });
mon.emit('error', new Error('second'));
console.log('monitor count', mon.listenerCount(EventEmitter.errorMonitor));

var thrower = new EventEmitter();
thrower.on('x', function () { throw new Error('from listener'); });
thrower.on('x', function () { console.log('not reached'); });
try {
    thrower.emit('x');
} catch (err) {
    console.log('listener throw propagates', err.message);
}
