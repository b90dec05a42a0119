/* Proves the rejection tracking behind process 'unhandledRejection' and 'rejectionHandled': a
 * rejection with no handler by the end of the microtask drain is reported once with its reason
 * and promise; a handler attached in the same drain (synchronously, from a later microtask or
 * through then/catch/finally chains) prevents the report; a handler attached later makes Node
 * emit 'rejectionHandled'. */
'use strict';

var log = [];
var names = new Map();

function name(p) {
    return names.has(p) ? names.get(p) : 'unnamed';
}

process.on('unhandledRejection', function (reason, promise) {
    log.push('unhandledRejection ' + (reason instanceof Error ? reason.message : String(reason)) +
        ' from ' + name(promise));
});
process.on('rejectionHandled', function (promise) {
    log.push('rejectionHandled ' + name(promise));
});

var a = Promise.reject(new Error('a: never handled'));
names.set(a, 'a');

var b = Promise.reject('b: handled synchronously');
names.set(b, 'b');
b.catch(function () {});

var c = Promise.reject('c: handled from a microtask');
names.set(c, 'c');
Promise.resolve().then(function () {
    return Promise.resolve();
}).then(function () {
    c.catch(function () {});
});

var d = Promise.reject('d: handled in a timer');
names.set(d, 'd');
setTimeout(function () {
    d.catch(function () {
        log.push('d caught');
    });
}, 5);

var e = new Promise(function (resolve, reject) {
    reject('e: chained through then');
});
names.set(e, 'e');
var e2 = e.then(function () {});
names.set(e2, 'e2 (derived from e)');

var f = Promise.resolve().then(function () {
    throw new Error('f: thrown in a handler');
});
names.set(f, 'f');
f.finally(function () {}).catch(function () {});

var g = Promise.reject('g: handled by a finally chain only');
names.set(g, 'g');
var g2 = g.finally(function () {});
names.set(g2, 'g2 (finally of g)');

setTimeout(function () {
    console.log(log.join('\n'));
}, 30);
