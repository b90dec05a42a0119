/* Proves queueMicrotask: argument validation (ERR_INVALID_ARG_TYPE), FIFO order shared with
 * promise jobs, jobs queued during the drain run in the same drain before timers, the callback
 * gets no arguments and `this` undefined, and a throwing callback reaches 'uncaughtException'
 * without stopping the jobs queued after it. */
'use strict';

var log = [];

function bad(v) {
    try {
        queueMicrotask(v);
        log.push('no throw');
    } catch (e) {
        log.push(e.name + ' ' + e.code + ': ' + e.message);
    }
}

bad(5);
bad(undefined);
bad({});
bad('abc');
bad(null);
bad(Symbol('s'));

process.on('uncaughtException', function (err) {
    log.push('uncaughtException: ' + err.message);
});

queueMicrotask(function () {
    log.push('m1 args=' + arguments.length + ' this=' + typeof this);
    queueMicrotask(function () { log.push('m1 nested'); });
    Promise.resolve().then(function () { log.push('m1 promise'); });
});
Promise.resolve().then(function () { log.push('p1'); });
queueMicrotask(function () {
    throw new Error('microtask threw');
});
queueMicrotask(function () { log.push('m3 after the throw'); });
setTimeout(function () { log.push('timeout'); }, 0);
process.nextTick(function () { log.push('nextTick'); });
log.push('sync');

setTimeout(function () {
    console.log(log.join('\n'));
}, 10);
