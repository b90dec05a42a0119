/* timers-promises-interval.js: timers/promises setInterval as Node 20's async generator: values
 * yielded once per tick, lazy start on the first next(), queued next() calls, return() and
 * throw() finishing it, an abort signal rejecting the pending next() with AbortError and
 * ending the iteration, a pre-aborted signal, and option errors reported by the first next(). */
var tp = require('timers/promises');

function show(label, p) {
    return p.then(function (r) {
        console.log(label, 'resolved', JSON.stringify(r));
    }, function (e) {
        console.log(label, 'rejected', e.name, e.code, e.message);
    });
}

var it = tp.setInterval(5, 'tick');
console.log(typeof it.next, typeof it['return'], typeof it['throw'],
            Object.prototype.toString.call(it),
            typeof Symbol.asyncIterator === 'symbol' ? typeof it[Symbol.asyncIterator] :
                                                       'function');

show('first', it.next())
    .then(function () { return show('second', it.next()); })
    .then(function () {
        return Promise.all([show('queued a', it.next()), show('queued b', it.next())]);
    })
    .then(function () { return show('return', it['return']('bye')); })
    .then(function () { return show('after return', it.next()); })
    .then(function () {
        var ac = new AbortController();
        var it2 = tp.setInterval(5, 'x', { signal: ac.signal });
        var p = show('abort first', it2.next()).then(function () {
            var pending = show('abort pending', it2.next());
            ac.abort('stop');
            return pending;
        }).then(function () { return show('after abort', it2.next()); });
        return p;
    })
    .then(function () {
        var ac = new AbortController();
        ac.abort();
        return show('pre-aborted', tp.setInterval(5, 'x', { signal: ac.signal }).next());
    })
    .then(function () {
        var bad = tp.setInterval(5, 'x', 'nope');
        console.log('bad options made an iterator', typeof bad.next);
        return show('bad options', bad.next());
    })
    .then(function () { return show('bad ref', tp.setInterval(5, 'x', { ref: 'no' }).next()); })
    .then(function () {
        var it3 = tp.setInterval(5, 'y');
        return show('throw before start', it3['throw'](new Error('thrown')))
            .then(function () { return show('after throw', it3.next()); });
    })
    .then(function () {
        var it4 = tp.setInterval(5, 'z');
        return show('z1', it4.next()).then(function () {
            return show('throw after start', it4['throw'](new RangeError('r')));
        });
    })
    .then(function () {
        var it5 = tp.setInterval(5);
        return show('return before start', it5['return'](7))
            .then(function () { return show('next after', it5.next()); });
    })
    .then(function () { console.log('done'); });
