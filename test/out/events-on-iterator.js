/* events-on-iterator.js: events.on() returns an async iterator (driven here with next()):
 * queued events come out in order as argument arrays, a pending next() is resolved by the
 * next event, an 'error' event rejects once and ends it, return() ends it and removes its
 * listeners, 'close' option events end it, and options are validated synchronously. */
var EventEmitter = require('events');
var on = EventEmitter.on;

var e = new EventEmitter();
var it = on(e, 'foo');
console.log('listeners', e.listenerCount('foo'), e.listenerCount('error'));
e.emit('foo', 'a');
e.emit('foo', 'b', 'c');
it.next().then(function (r) {
    console.log('first', JSON.stringify(r));
    return it.next();
}).then(function (r) {
    console.log('second', JSON.stringify(r));
    var p = it.next();
    e.emit('foo', 'later');
    return p;
}).then(function (r) {
    console.log('third', JSON.stringify(r));
    return it['return']();
}).then(function (r) {
    console.log('return', JSON.stringify(r), 'listeners', e.listenerCount('foo'), e.listenerCount('error'));
    return it.next();
}).then(function (r) {
    console.log('after return', JSON.stringify(r));
    errorCase();
});

function errorCase() {
    var f = new EventEmitter();
    var it2 = on(f, 'x');
    f.emit('x', 1);
    f.emit('error', new Error('bad'));
    it2.next().then(function (r) {
        console.log('before error', JSON.stringify(r));
        return it2.next();
    }).then(null, function (err) {
        console.log('rejected with', err.message, 'listeners', f.listenerCount('x'));
        return it2.next();
    }).then(function (r) {
        console.log('then done', JSON.stringify(r));
        closeCase();
    });
}

function closeCase() {
    var g = new EventEmitter();
    var it3 = on(g, 'x', { close: ['end'] });
    var p = it3.next();
    g.emit('end');
    p.then(function (r) {
        console.log('closed by end', JSON.stringify(r), g.listenerCount('end'));
        validation();
    });
}

function validation() {
    [{ signal: 1 }, { highWaterMark: 0 }, { highWaterMark: 1.5 }, { lowWaterMark: 'x' }, { highWatermark: -1 }].forEach(function (o) {
        try {
            on(new EventEmitter(), 'x', o);
            console.log('accepted', JSON.stringify(o));
        } catch (err) {
            console.log(JSON.stringify(o), err.name, err.code, err.message);
        }
    });
    try {
        on(new EventEmitter(), 'x').throw('not an error');
    } catch (err) {
        console.log('throw()', err.name, err.code, err.message);
    }
}
