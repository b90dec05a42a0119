/* Proves Promise.resolve/reject/all/allSettled/any/race: results, order of settlement, empty and
 * non-array iterables, iterator closing when resolve throws, a custom `resolve`, errors and
 * AggregateError, `Promise.resolve(p) === p`, and subclassing through `this` and @@species
 * (ES5-style subclasses built with Reflect.construct). */
'use strict';

var log = [];

function L(s) {
    log.push(s);
}

function fmt(v) {
    if (typeof v === 'string') {
        return JSON.stringify(v);
    }
    if (v instanceof Error) {
        return v.name + ': ' + v.message;
    }
    if (v !== null && typeof v === 'object') {
        return JSON.stringify(v);
    }
    return String(v);
}

function report(label, p) {
    p.then(function (v) {
        L(label + ' fulfilled ' + fmt(v));
    }, function (e) {
        L(label + ' rejected ' + fmt(e) + (e && e.errors ? ' errors=' + fmt(e.errors) : ''));
    });
}

function sync(label, fn) {
    try {
        L(label + ': ' + fmt(fn()));
    } catch (e) {
        L(label + ': throws ' + e.name + ': ' + e.message);
    }
}

function delay(v, ms, fail) {
    return new Promise(function (resolve, reject) {
        setTimeout(function () {
            (fail ? reject : resolve)(v);
        }, ms);
    });
}

var p = Promise.resolve(1);
sync('resolve(promise) is identity', function () { return Promise.resolve(p) === p; });
sync('resolve(thenable) is new', function () {
    var t = { then: function () {} };
    return Promise.resolve(t) !== t;
});
sync('reject(promise) wraps', function () {
    var r = Promise.reject(p);
    r.catch(function () {});
    return r !== p;
});
report('reject keeps promise as reason', Promise.reject(p).catch(function (e) { return e === p; }));

report('all', Promise.all([1, Promise.resolve(2), delay(3, 5), { then: function (f) { f(4); } }]));
report('all empty', Promise.all([]));
report('all string', Promise.all('ab'));
report('all set', Promise.all(new Set([1, 2])));
report('all first rejection', Promise.all([delay('slow', 10, true), delay('fast', 1, true)]));
report('all holes', Promise.all([, 1]));
report('all non-iterable', Promise.all(5));
report('all undefined', Promise.all());
report('allSettled', Promise.allSettled([1, Promise.reject('no'), delay('late', 3)]));
report('allSettled empty', Promise.allSettled([]));
report('any first fulfilled', Promise.any([Promise.reject(1), delay('b', 5), delay('a', 1)]));
report('any all rejected', Promise.any([Promise.reject('x'), delay('y', 2, true)]));
report('any empty', Promise.any([]));
report('race', Promise.race([delay('slow', 10), delay('fast', 2)]));
report('race rejection', Promise.race([delay('slow', 10), delay('boom', 2, true)]));
report('race value', Promise.race([delay('slow', 10), 'now']));
var forever = Promise.race([]);
setTimeout(function () {
    forever.then(function () { L('race([]) settled'); });
}, 30);

/* iterator closing when resolving an element throws */
var closed = [];
var iterable = {};
iterable[Symbol.iterator] = function () {
    var n = 0;
    return {
        next: function () {
            n++;
            return { value: n, done: n > 3 };
        },
        'return': function () {
            closed.push('closed');
            return {};
        }
    };
};
var badResolve = function (executor) {
    return new Promise(executor);
};
badResolve.resolve = function (v) {
    if (v === 2) {
        throw new Error('resolve threw on 2');
    }
    return Promise.resolve(v);
};
report('all with throwing resolve', Promise.all.call(badResolve, iterable));
L('iterator closed: ' + closed);
var stepThrows = {};
stepThrows[Symbol.iterator] = function () {
    return {
        next: function () {
            throw new Error('next threw');
        },
        'return': function () {
            closed.push('should not close');
            return {};
        }
    };
};
report('all with throwing next', Promise.all(stepThrows));
L('closed after next threw: ' + closed);
var custom = function (executor) {
    return new Promise(executor);
};
var resolveCalls = [];
custom.resolve = function (v) {
    resolveCalls.push(v);
    return Promise.resolve(v * 10);
};
report('all uses this.resolve', Promise.all.call(custom, [1, 2]));
L('resolve calls: ' + resolveCalls);
custom.resolve = 5;
report('all with non-callable resolve', Promise.all.call(custom, [1]));

sync('all on non-object', function () { return Promise.all.call(5, []); });
sync('all on non-constructor', function () { return Promise.all.call({}, []); });
sync('resolve on non-object', function () { return Promise.resolve.call(1, 2); });
sync('reject on non-object', function () { return Promise.reject.call(1, 2); });
sync('executor called twice', function () {
    return Promise.resolve.call(function (ex) {
        ex(function () {}, function () {});
        ex(function () {}, function () {});
    }, 1);
});
sync('executor without functions', function () {
    return Promise.resolve.call(function (ex) { ex(1, 2); }, 1);
});

/* subclassing */
function MyPromise(executor) {
    return Reflect.construct(Promise, [executor], MyPromise);
}
MyPromise.prototype = Object.create(Promise.prototype);
MyPromise.prototype.constructor = MyPromise;
Object.setPrototypeOf(MyPromise, Promise);
var mp = MyPromise.resolve(3);
sync('static on subclass makes subclass', function () { return mp instanceof MyPromise; });
sync('then makes subclass', function () { return mp.then(function () {}) instanceof MyPromise; });
sync('finally makes subclass', function () { return mp.finally(function () {}) instanceof MyPromise; });
sync('all on subclass', function () { return MyPromise.all([1]) instanceof MyPromise; });
sync('Promise.resolve(subclass instance)', function () { return Promise.resolve(mp) === mp; });
sync('MyPromise.resolve(subclass instance)', function () { return MyPromise.resolve(mp) === mp; });
sync('MyPromise.resolve(plain promise)', function () { return MyPromise.resolve(p) !== p; });
report('subclass then', mp.then(function (v) { return v + 1; }));
function NoSpecies(executor) {
    return Reflect.construct(Promise, [executor], NoSpecies);
}
NoSpecies.prototype = Object.create(Promise.prototype);
NoSpecies.prototype.constructor = NoSpecies;
Object.defineProperty(NoSpecies, Symbol.species, { value: Promise });
sync('species redirects then', function () {
    var ns = Reflect.construct(Promise, [function (r) { r(1); }], NoSpecies);
    var t = ns.then();
    return [ns instanceof NoSpecies, t instanceof NoSpecies, t instanceof Promise];
});
sync('constructor property not an object', function () {
    var q = Promise.resolve();
    q.constructor = 5;
    return q.then();
});
sync('species not a constructor', function () {
    var q = Promise.resolve();
    q.constructor = {};
    q.constructor[Symbol.species] = 'nope';
    return q.then();
});
sync('constructor undefined uses Promise', function () {
    var q = Promise.resolve();
    q.constructor = undefined;
    return q.then() instanceof Promise;
});

/* AggregateError from any */
Promise.any([Promise.reject(new Error('e1')), Promise.reject('e2')]).catch(function (e) {
    L('any error: ' + [e.constructor === AggregateError, e instanceof Error, e.name, e.message,
        Object.getOwnPropertyDescriptor(e, 'errors').enumerable, e.errors.length].join());
});

setTimeout(function () {
    setTimeout(function () {
        console.log(log.join('\n'));
    }, 40);
}, 20);
