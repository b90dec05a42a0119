'use strict';
/* js/internal/streams/operators.js: the experimental Readable operators of Node 20: map,
 * filter, flatMap, drop, take, asIndexedPairs and compose return a new Readable;
 * forEach, toArray, reduce, some, every and find return a promise.
 *
 * Node writes these as async generators.  Here each is an async iterator object driven by
 * Promise chains (forAwait() is `for await`, makeIterator() a generator's next()/return()
 * queue), with Node's concurrency and highWaterMark handling for map.  The values, errors and
 * the destruction of the source match Node; the number of microtask steps between values may
 * differ.  All of this needs Promise (and Symbol.asyncIterator for the source stream).
 * js/stream.js puts small wrappers on Readable.prototype; this module loads on the first
 * operator call. */

var utils = require('internal/streams/utils');

var kEmpty = {};
var kEof = {};
var BREAK = {};

function nop() {}

function validateOptions(options) {
    if (options != null) {
        utils.validators().validateObject(options, 'options');
    }
    if (options != null && options.signal != null) {
        utils.validators().validateAbortSignal(options.signal, 'options.signal');
    }
}

function abortError(cause) {
    var AbortError = utils.errors().AbortError;
    return cause === undefined ? new AbortError() : new AbortError(undefined, { cause: cause });
}

function signalAborted(options) {
    return !!(options && options.signal && options.signal.aborted);
}

/* `for await (const v of iterable) { onValue(v) }`: onValue may return BREAK (leave the loop,
 * closing the iterator), a promise (awaited; resolving to BREAK also leaves), or anything
 * else (go on).  A throw closes the iterator.  onDone(err) runs once at the end. */
function forAwait(iterable, onValue, onDone) {
    var it;
    try {
        it = utils.getAsyncIterator(iterable);
    } catch (e) {
        onDone(e);
        return;
    }

    function closeWith(err) {
        var ret = it['return'];
        if (typeof ret !== 'function') {
            onDone(err);
            return;
        }
        var r;
        try {
            r = ret.call(it);
        } catch (e) {
            onDone(err || e);
            return;
        }
        Promise.resolve(r).then(function () {
            onDone(err);
        }, function (e) {
            onDone(err || e);
        });
    }

    function step() {
        var p;
        try {
            p = it.next();
        } catch (e) {
            onDone(e);
            return;
        }
        Promise.resolve(p).then(function (res) {
            var value;
            try {
                if (res.done) {
                    onDone(null);
                    return;
                }
                value = res.value;
            } catch (e) {
                onDone(e);
                return;
            }
            var r;
            try {
                r = onValue(value);
            } catch (e) {
                closeWith(e);
                return;
            }
            if (r === BREAK) {
                closeWith(null);
            } else if (r && typeof r.then === 'function') {
                r.then(function (v) {
                    if (v === BREAK) {
                        closeWith(null);
                    } else {
                        step();
                    }
                }, closeWith);
            } else {
                step();
            }
        }, onDone);
    }

    step();
}

/* Builds an async iterator (and async iterable) from pull(), which returns a promise of
 * { value, done }, and close(), which returns a promise and runs on return() or after the
 * end.  Calls are served one at a time, as an async generator's are. */
function makeIterator(pull, close) {
    var finished = false;
    var chain = Promise.resolve();
    var it = {};

    function finish() {
        if (finished) {
            return Promise.resolve();
        }
        finished = true;
        return close();
    }

    function run(fn) {
        var p = chain.then(fn);
        chain = p.then(nop, nop);
        return p;
    }

    it.next = function () {
        return run(function () {
            if (finished) {
                return { value: undefined, done: true };
            }
            return pull().then(function (res) {
                if (res.done) {
                    return finish().then(function () {
                        return { value: undefined, done: true };
                    });
                }
                return res;
            }, function (err) {
                return finish().then(function () {
                    throw err;
                }, function () {
                    throw err;
                });
            });
        });
    };

    it['return'] = function (value) {
        return run(function () {
            return finish().then(function () {
                return { value: value, done: true };
            });
        });
    };

    it['throw'] = function (err) {
        return run(function () {
            return finish().then(function () {
                throw err;
            });
        });
    };

    if (typeof Symbol.asyncIterator === 'symbol') {
        it[Symbol.asyncIterator] = function () {
            return this;
        };
    }
    return it;
}

/* A pull-based reader of `iterable`: next() gives the next { value, done }; close() is the
 * for-await exit (iterator.return()). */
function sourceOf(iterable) {
    var it = utils.getAsyncIterator(iterable);
    var closed = false;
    return {
        next: function () {
            return Promise.resolve(it.next()).then(function (res) {
                if (res.done) {
                    closed = true;
                }
                return res;
            }, function (err) {
                closed = true;
                throw err;
            });
        },
        close: function () {
            if (closed || typeof it['return'] !== 'function') {
                closed = true;
                return Promise.resolve();
            }
            closed = true;
            return Promise.resolve(it['return']()).then(nop);
        },
        markDone: function () {
            closed = true;
        }
    };
}

function compose(stream, options) {
    validateOptions(options);
    if (utils.isNodeStream(stream) && !utils.isWritable(stream)) {
        throw new (utils.codes().ERR_INVALID_ARG_VALUE)('stream', stream, 'must be writable');
    }
    var composed = require('internal/streams/compose')(this, stream);
    if (options && options.signal) {
        require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal,
                                                                              composed);
    }
    return composed;
}

function validateFn(fn, name) {
    if (typeof fn !== 'function') {
        throw new (utils.codes().ERR_INVALID_ARG_TYPE)(name || 'fn', ['Function', 'AsyncFunction'],
                                                      fn);
    }
}

function map(fn, options) {
    validateFn(fn);
    validateOptions(options);

    var concurrency = 1;
    if (options && options.concurrency != null) {
        concurrency = Math.floor(options.concurrency);
    }
    var highWaterMark = concurrency - 1;
    if (options && options.highWaterMark != null) {
        highWaterMark = Math.floor(options.highWaterMark);
    }
    utils.validators().validateInteger(concurrency, 'options.concurrency', 1);
    utils.validators().validateInteger(highWaterMark, 'options.highWaterMark', 0);
    highWaterMark += concurrency;

    var stream = this;
    var signal = options && options.signal ? options.signal : { aborted: false };
    var signalOpt = { signal: signal };
    var queue = [];
    var next = null;
    var resume = null;
    var done = false;
    var cnt = 0;
    var started = false;
    var yielded = false;

    function onCatch() {
        done = true;
        afterItemProcessed();
    }

    function afterItemProcessed() {
        cnt -= 1;
        maybeResume();
    }

    function maybeResume() {
        if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
            resume();
            resume = null;
        }
    }

    function wakeNext() {
        if (next) {
            next();
            next = null;
        }
    }

    function pump() {
        var brokeOut = false;
        forAwait(stream, function (val) {
            if (done) {
                brokeOut = true;
                return BREAK;
            }
            if (signal.aborted) {
                throw abortError();
            }
            try {
                val = fn(val, signalOpt);
                if (val === kEmpty) {
                    return undefined;
                }
                val = Promise.resolve(val);
            } catch (err) {
                val = Promise.reject(err);
            }
            cnt += 1;
            val.then(afterItemProcessed, onCatch);
            queue.push(val);
            wakeNext();
            if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
                return new Promise(function (resolve) {
                    resume = resolve;
                });
            }
            return undefined;
        }, function (err) {
            if (err) {
                var val = Promise.reject(err);
                val.then(afterItemProcessed, onCatch);
                queue.push(val);
            } else if (!brokeOut) {
                queue.push(kEof);
            }
            done = true;
            wakeNext();
        });
    }

    /* One turn of the consumer loop: resolves with the next value, or done. */
    function pull() {
        if (!started) {
            started = true;
            pump();
        }
        if (yielded) {
            yielded = false;
            queue.shift();
            maybeResume();
        }
        if (queue.length > 0) {
            return Promise.resolve(queue[0]).then(function (val) {
                if (val === kEof) {
                    return { value: undefined, done: true };
                }
                if (signal.aborted) {
                    throw abortError();
                }
                if (val !== kEmpty) {
                    yielded = true;
                    return { value: val, done: false };
                }
                queue.shift();
                maybeResume();
                return pull();
            });
        }
        return new Promise(function (resolve) {
            next = resolve;
        }).then(pull);
    }

    return makeIterator(pull, function () {
        done = true;
        if (resume) {
            resume();
            resume = null;
        }
        return Promise.resolve();
    });
}

function asIndexedPairs(options) {
    validateOptions(options);
    var source = sourceOf(this);
    var index = 0;
    return makeIterator(function () {
        return source.next().then(function (res) {
            if (res.done) {
                return res;
            }
            if (signalAborted(options)) {
                throw new (utils.errors().AbortError)({ cause: options.signal.reason });
            }
            return { value: [index++, res.value], done: false };
        });
    }, source.close);
}

var deprecatedAsIndexedPairs = null;

function asIndexedPairsDeprecated(options) {
    if (deprecatedAsIndexedPairs === null) {
        deprecatedAsIndexedPairs = require('util').deprecate(asIndexedPairs,
            'readable.asIndexedPairs will be removed in a future version.');
    }
    return deprecatedAsIndexedPairs.call(this, options);
}

/* Runs fn(...) as an async function would: a throw becomes a rejected promise. */
function callAsync(fn, self, args) {
    try {
        return Promise.resolve(fn.apply(self, args));
    } catch (e) {
        return Promise.reject(e);
    }
}

function filter(fn, options) {
    validateFn(fn);
    function filterFn(value, opts) {
        return callAsync(fn, undefined, [value, opts]).then(function (keep) {
            return keep ? value : kEmpty;
        });
    }
    return map.call(this, filterFn, options);
}

function some(fn, options) {
    var self = this;
    return new Promise(function (resolve, reject) {
        var found = false;
        forAwait(filter.call(self, fn, options), function () {
            found = true;
            return BREAK;
        }, function (err) {
            if (err) {
                reject(err);
            } else {
                resolve(found);
            }
        });
    });
}

function every(fn, options) {
    try {
        validateFn(fn);
    } catch (e) {
        return Promise.reject(e);
    }
    return some.call(this, function () {
        return callAsync(fn, undefined, arguments).then(function (v) {
            return !v;
        });
    }, options).then(function (v) {
        return !v;
    });
}

function find(fn, options) {
    var self = this;
    return new Promise(function (resolve, reject) {
        var result;
        forAwait(filter.call(self, fn, options), function (v) {
            result = v;
            return BREAK;
        }, function (err) {
            if (err) {
                reject(err);
            } else {
                resolve(result);
            }
        });
    });
}

function forEach(fn, options) {
    var self = this;
    return new Promise(function (resolve, reject) {
        validateFn(fn);
        function forEachFn(value, opts) {
            return callAsync(fn, undefined, [value, opts]).then(function () {
                return kEmpty;
            });
        }
        forAwait(map.call(self, forEachFn, options), nop, function (err) {
            if (err) {
                reject(err);
            } else {
                resolve();
            }
        });
    });
}

function reduce(reducer, initialValue, options) {
    var self = this;
    var hasInitialValue = arguments.length > 1;
    return new Promise(function (resolve, reject) {
        validateFn(reducer, 'reducer');
        validateOptions(options);

        if (signalAborted(options)) {
            var err = abortError(options.signal.reason);
            self.once('error', nop);
            require('internal/streams/end-of-stream').finished(self.destroy(err)).then(function () {
                reject(err);
            }, function () {
                reject(err);
            });
            return;
        }

        var ac = typeof AbortController === 'function' ? new AbortController() :
            { signal: { aborted: false }, abort: function () { this.signal.aborted = true; } };
        var signal = ac.signal;
        if (options && options.signal) {
            options.signal.addEventListener('abort', function () {
                ac.abort();
            }, { once: true });
        }
        var gotAnyItemFromStream = false;
        forAwait(self, function (value) {
            gotAnyItemFromStream = true;
            if (signalAborted(options)) {
                throw abortError();
            }
            if (!hasInitialValue) {
                initialValue = value;
                hasInitialValue = true;
                return undefined;
            }
            return callAsync(reducer, undefined, [initialValue, value, { signal: signal }])
                .then(function (v) {
                    initialValue = v;
                });
        }, function (err) {
            if (!err && !gotAnyItemFromStream && !hasInitialValue) {
                err = new (utils.codes().ERR_MISSING_ARGS)('reduce');
                err.message = 'Reduce of an empty stream requires an initial value';
            }
            ac.abort();
            if (err) {
                reject(err);
            } else {
                resolve(initialValue);
            }
        });
    });
}

function toArray(options) {
    var self = this;
    return new Promise(function (resolve, reject) {
        validateOptions(options);
        var result = [];
        forAwait(self, function (val) {
            if (signalAborted(options)) {
                throw abortError(options.signal.reason);
            }
            result.push(val);
        }, function (err) {
            if (err) {
                reject(err);
            } else {
                resolve(result);
            }
        });
    });
}

function flatMap(fn, options) {
    var values = sourceOf(map.call(this, fn, options));
    var inner = null;

    function pull() {
        if (inner !== null) {
            return inner.next().then(function (res) {
                if (!res.done) {
                    return res;
                }
                inner = null;
                return pull();
            });
        }
        return values.next().then(function (res) {
            if (res.done) {
                return res;
            }
            inner = sourceOf(res.value);
            return pull();
        });
    }

    return makeIterator(pull, function () {
        var p = inner !== null ? inner.close() : Promise.resolve();
        return p.then(values.close);
    });
}

function toIntegerOrInfinity(number) {
    number = Number(number);
    if (number !== number) {
        return 0;
    }
    if (number < 0) {
        throw new (utils.codes().ERR_OUT_OF_RANGE)('number', '>= 0', number);
    }
    return number;
}

function drop(number, options) {
    validateOptions(options);
    number = toIntegerOrInfinity(number);
    var source = null;

    var self = this;

    function pull() {
        if (source === null) {
            if (signalAborted(options)) {
                return Promise.reject(abortError());
            }
            source = sourceOf(self);
        }
        return source.next().then(function (res) {
            if (res.done) {
                return res;
            }
            if (signalAborted(options)) {
                throw abortError();
            }
            if (number-- <= 0) {
                return res;
            }
            return pull();
        });
    }

    return makeIterator(pull, function () {
        return source !== null ? source.close() : Promise.resolve();
    });
}

function take(number, options) {
    validateOptions(options);
    number = toIntegerOrInfinity(number);
    var source = null;
    var yieldedLast = false;
    var self = this;

    return makeIterator(function () {
        if (source === null) {
            if (signalAborted(options)) {
                return Promise.reject(abortError());
            }
            source = sourceOf(self);
        }
        /* Node's loop checks the count after resuming from the yield. */
        if (yieldedLast) {
            yieldedLast = false;
            if (number <= 0) {
                return Promise.resolve({ value: undefined, done: true });
            }
        }
        return source.next().then(function (res) {
            if (res.done) {
                return res;
            }
            if (signalAborted(options)) {
                throw abortError();
            }
            if (number-- > 0) {
                yieldedLast = true;
                return res;
            }
            return { value: undefined, done: true };
        });
    }, function () {
        return source !== null ? source.close() : Promise.resolve();
    });
}

var streamReturningOperators = {
    asIndexedPairs: asIndexedPairsDeprecated,
    drop: drop,
    filter: filter,
    flatMap: flatMap,
    map: map,
    take: take,
    compose: compose
};

var promiseReturningOperators = {
    every: every,
    forEach: forEach,
    reduce: reduce,
    toArray: toArray,
    some: some,
    find: find
};

module.exports = {
    streamReturningOperators: streamReturningOperators,
    promiseReturningOperators: promiseReturningOperators
};
