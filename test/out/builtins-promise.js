/* Proves Promise job ordering to the tick: then/catch/finally chains, resolution with values,
 * native promises and thenables (the extra adoption job), interleaving with process.nextTick,
 * queueMicrotask and setTimeout, executor and resolver edge cases, the chaining
 * cycle error, and the constructor's errors and shapes.  Everything is printed at the end, in
 * the order it happened. */
'use strict';

var log = [];

function L(s) {
    log.push(s);
}

function fmt(v) {
    if (typeof v === 'string') {
        return v;
    }
    if (v instanceof Error) {
        return v.name + ': ' + v.message;
    }
    if (v !== null && typeof v === 'object') {
        return JSON.stringify(v);
    }
    return String(v);
}

function sync(label, fn) {
    try {
        L(label + ': ' + fmt(fn()));
    } catch (e) {
        L(label + ': throws ' + e.name + ': ' + e.message);
    }
}

/* 1. chains interleave one reaction per tick */
Promise.resolve().then(function () { L('a1'); }).then(function () { L('a2'); })
    .then(function () { L('a3'); }).then(function () { L('a4'); });
Promise.resolve().then(function () { L('b1'); }).then(function () { L('b2'); })
    .then(function () { L('b3'); }).then(function () { L('b4'); });

/* 2. resolving with a native promise costs two extra ticks, a thenable one */
new Promise(function (r) { r(Promise.resolve('p')); }).then(function (v) { L('adopted ' + v); });
new Promise(function (r) {
    r({ then: function (f) { L('thenable.then called'); f('t'); } });
}).then(function (v) { L('adopted thenable ' + v); });
Promise.resolve().then(function () { return Promise.resolve('ret'); })
    .then(function (v) { L('returned promise ' + v); });
Promise.resolve().then(function () { return 'plain'; }).then(function (v) { L('returned plain ' + v); });

/* 3. microtasks after nextTick, before timers and immediates */
setTimeout(function () {
    L('timeout');
    Promise.resolve().then(function () { L('promise in timeout'); });
    process.nextTick(function () { L('tick in timeout'); });
}, 0);
process.nextTick(function () {
    L('tick 1');
    Promise.resolve().then(function () { L('promise from tick'); });
    process.nextTick(function () { L('tick from tick'); });
});
queueMicrotask(function () {
    L('microtask 1');
    process.nextTick(function () { L('tick from microtask'); });
    queueMicrotask(function () { L('microtask from microtask'); });
});
L('sync end');

/* 4. executor and resolving functions */
var resolveLater;
var pending = new Promise(function (resolve, reject) {
    resolveLater = resolve;
    resolve('first');
    resolve('second');
    reject(new Error('ignored'));
    throw new Error('ignored too');
});
pending.then(function (v) { L('only first resolution counts: ' + v); });
new Promise(function () { throw new TypeError('executor threw'); })
    .catch(function (e) { L('caught ' + fmt(e)); });
sync('resolve fn shape', function () { return [resolveLater.length, resolveLater.name === '']; });
var thrower = {};
Object.defineProperty(thrower, 'then', { get: function () { throw new RangeError('then getter'); } });
Promise.resolve(thrower).catch(function (e) { L('then getter threw: ' + fmt(e)); });
var both = {
    then: function (f, r) {
        f('ok');
        r(new Error('late reject'));
        throw new Error('late throw');
    }
};
Promise.resolve(both).then(function (v) { L('thenable settles once: ' + v); });
var self;
self = new Promise(function (r) { setTimeout(function () { r(self); }, 1); });
self.catch(function (e) { L('cycle: ' + fmt(e)); });
var p2 = Promise.resolve(1);
var chained = p2.then(function () { return chained; });
chained.catch(function (e) { L('then cycle: ' + fmt(e)); });

/* 5. handlers: pass-through, non-callable, throw, catch, finally */
Promise.reject(new Error('r1')).then(function () { L('not called'); })
    .catch(function (e) { L('rejection passes through then: ' + fmt(e)); });
Promise.resolve('v').then(5, 6).then(function (v) { L('non-callable handlers ignored: ' + v); });
Promise.resolve().then(function () { throw 'thrown string'; })
    .then(null, function (e) { L('throw in handler: ' + e); });
Promise.resolve('kept').finally(function () { L('finally runs'); return 'ignored'; })
    .then(function (v) { L('finally keeps value: ' + v); });
Promise.reject('reason').finally(function () {}).catch(function (e) { L('finally keeps reason: ' + e); });
Promise.resolve('x').finally(function () { throw new Error('finally threw'); })
    .catch(function (e) { L('finally throw wins: ' + fmt(e)); });
Promise.resolve('y').finally(function () { return Promise.reject('finally rejected'); })
    .catch(function (e) { L('finally rejection wins: ' + e); });
Promise.resolve('z').finally(function () {
    return new Promise(function (r) { setTimeout(r, 5); });
}).then(function (v) { L('finally waits: ' + v); });
Promise.resolve('w').finally().then(function (v) { L('finally without function: ' + v); });
sync('finally length', function () { return Promise.prototype.finally.length; });
var fin = [];
Promise.resolve().finally(function () { fin.push(arguments.length); }).then(function () {
    L('finally callback gets no arguments: ' + fin);
});

/* 6. then on settled promises and multiple handlers keep registration order */
var settled = Promise.resolve('s');
settled.then(function () { L('h1'); });
settled.then(function () { L('h2'); });
settled.then(function () { L('h3'); });

/* 7. constructor errors and shapes */
sync('Promise()', function () { return Promise(function () {}); });
sync('new Promise()', function () { return new Promise(); });
sync('new Promise(5)', function () { return new Promise(5); });
sync('new Promise({})', function () { return new Promise({}); });
sync('new Promise([1])', function () { return new Promise([1]); });
sync('then on non-promise', function () { return Promise.prototype.then.call({}, function () {}); });
sync('catch on non-thenable', function () { return Promise.prototype.catch.call(5); });
sync('catch with non-callable then', function () {
    return Promise.prototype.catch.call({ then: null });
});
sync('catch is generic', function () {
    return Promise.prototype.catch.call({ then: function (a, b) { return 'then got ' + typeof b; } },
        function () {});
});
sync('finally on primitive', function () { return Promise.prototype.finally.call(5); });
sync('lengths', function () {
    return [Promise.length, Promise.prototype.then.length, Promise.prototype.catch.length,
            Promise.resolve.length, Promise.all.length];
});
sync('names', function () {
    return [Promise.name, Promise.prototype.then.name, Promise.prototype.catch.name,
            Promise.prototype.finally.name, Promise.resolve.name, Promise.allSettled.name];
});
sync('prototype names', function () { return Object.getOwnPropertyNames(Promise.prototype).sort(); });
sync('statics', function () {
    return ['all', 'allSettled', 'any', 'race', 'reject', 'resolve'].map(function (k) {
        var d = Object.getOwnPropertyDescriptor(Promise, k);
        return k + ':' + typeof d.value + d.writable + d.enumerable + d.configurable;
    });
});
sync('toStringTag', function () { return Object.prototype.toString.call(Promise.resolve()); });
sync('species getter name', function () {
    return Object.getOwnPropertyDescriptor(Promise, Symbol.species).get.name;
});
sync('no own properties', function () {
    var p = Promise.resolve();
    return Object.getOwnPropertyNames(p).length + Object.getOwnPropertySymbols(p).length +
        Object.keys(p).length;
});
sync('JSON', function () { return JSON.stringify(Promise.resolve(1)); });
sync('instanceof', function () { return Promise.resolve() instanceof Promise; });
sync('then returns new promise', function () {
    var p = Promise.resolve();
    return p.then() !== p;
});

setTimeout(function () {
    setTimeout(function () {
        console.log(log.join('\n'));
    }, 20);
}, 20);
