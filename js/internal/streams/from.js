'use strict';
/* js/internal/streams/from.js: Readable.from(iterable[, options]).
 *
 * A string or Buffer becomes a one-chunk stream; anything else is iterated (async iterables
 * first, then sync ones, arrays even where Array.prototype[Symbol.iterator] is missing) into
 * an object-mode stream with highWaterMark 1 unless options say otherwise.  Node writes this
 * with async functions; here each `await` is one Promise.resolve(v).then(), so the microtask
 * steps match.  Promise-valued items of a sync iterable are awaited, as in Node. */

var utils = require('internal/streams/utils');

/* One `await v`: calls onValue(result) or onError(reason) a microtask later. */
function awaitThen(v, onValue, onError) {
    if (typeof Promise === 'function') {
        Promise.resolve(v).then(onValue, onError);
    } else if (v && typeof v.then === 'function') {
        v.then(onValue, onError);
    } else {
        process.nextTick(onValue, v);
    }
}

function arrayIterator(array) {
    var i = 0;
    return {
        next: function () {
            if (i < array.length) {
                return { value: array[i++], done: false };
            }
            return { value: undefined, done: true };
        }
    };
}

function nullValuesError() {
    return new (utils.codes().ERR_STREAM_NULL_VALUES)();
}

function from(Readable, iterable, opts) {
    var iterator;
    var key;
    var keys;
    var i;

    if (typeof iterable === 'string' || utils.isBuffer(iterable)) {
        var single = { objectMode: true };
        if (opts) {
            keys = Object.keys(opts);
            for (i = 0; i < keys.length; i++) {
                single[keys[i]] = opts[keys[i]];
            }
        }
        single.read = function () {
            this.push(iterable);
            this.push(null);
        };
        return new Readable(single);
    }

    var isAsync;
    if (iterable && typeof Symbol.asyncIterator === 'symbol' && iterable[Symbol.asyncIterator]) {
        isAsync = true;
        iterator = iterable[Symbol.asyncIterator]();
    } else if (iterable && iterable[Symbol.iterator]) {
        isAsync = false;
        iterator = iterable[Symbol.iterator]();
    } else if (Array.isArray(iterable)) {
        isAsync = false;
        iterator = arrayIterator(iterable);
    } else {
        throw new (utils.codes().ERR_INVALID_ARG_TYPE)('iterable', ['Iterable'], iterable);
    }

    var options = { objectMode: true, highWaterMark: 1 };
    if (opts) {
        keys = Object.keys(opts);
        for (i = 0; i < keys.length; i++) {
            key = keys[i];
            options[key] = opts[key];
        }
    }
    var readable = new Readable(options);

    /* Readable's read() calls _read() only while no read is pending, but an async iterator
     * may resolve after a push(); reading guards against overlapping next() calls. */
    var reading = false;
    var isAsyncValues = false;

    readable._read = function () {
        if (!reading) {
            reading = true;
            if (isAsync) {
                nextAsync();
            } else if (isAsyncValues) {
                nextSyncWithAsyncValues();
            } else {
                nextSyncWithSyncValues();
            }
        }
    };

    readable._destroy = function (error, cb) {
        /* nextTick: in case cb throws. */
        close(error).then(function () {
            process.nextTick(cb, error);
        }, function (e) {
            process.nextTick(cb, e || error);
        });
    };

    /* Node's async close(): iterator.throw(error) then iterator.return(), each awaited. */
    function close(error) {
        if (typeof Promise !== 'function') {
            return {
                then: function (onValue) {
                    onValue();
                }
            };
        }
        return new Promise(function (resolve, reject) {
            var hadError = error !== undefined && error !== null;
            var hasThrow = typeof iterator['throw'] === 'function';

            function doReturn() {
                if (typeof iterator['return'] !== 'function') {
                    resolve();
                    return;
                }
                var r;
                try {
                    r = iterator['return']();
                } catch (e) {
                    reject(e);
                    return;
                }
                awaitThen(r, function (res) {
                    var value;
                    try {
                        value = res.value;
                    } catch (e) {
                        reject(e);
                        return;
                    }
                    awaitThen(value, function () {
                        resolve();
                    }, reject);
                }, reject);
            }

            if (hadError && hasThrow) {
                var t;
                try {
                    t = iterator['throw'](error);
                } catch (e) {
                    reject(e);
                    return;
                }
                awaitThen(t, function (res) {
                    var value;
                    var done;
                    try {
                        value = res.value;
                        done = res.done;
                    } catch (e) {
                        reject(e);
                        return;
                    }
                    awaitThen(value, function () {
                        if (done) {
                            resolve();
                        } else {
                            doReturn();
                        }
                    }, reject);
                }, reject);
            } else {
                doReturn();
            }
        });
    }

    function nextSyncWithSyncValues() {
        for (;;) {
            try {
                var step = iterator.next();
                if (step.done) {
                    readable.push(null);
                    return;
                }
                var value = step.value;
                if (value && typeof value.then === 'function') {
                    changeToAsyncValues(value);
                    return;
                }
                if (value === null) {
                    reading = false;
                    throw nullValuesError();
                }
                if (readable.push(value)) {
                    continue;
                }
                reading = false;
            } catch (err) {
                readable.destroy(err);
            }
            break;
        }
    }

    function changeToAsyncValues(value) {
        isAsyncValues = true;
        awaitThen(value, function (res) {
            try {
                if (res === null) {
                    reading = false;
                    throw nullValuesError();
                }
                if (readable.push(res)) {
                    nextSyncWithAsyncValues();
                    return;
                }
                reading = false;
            } catch (err) {
                readable.destroy(err);
            }
        }, function (err) {
            readable.destroy(err);
        });
    }

    /* Handles one awaited value; returns true when the loop should go on. */
    function pushAwaited(res) {
        if (res === null) {
            reading = false;
            throw nullValuesError();
        }
        if (readable.push(res)) {
            return true;
        }
        reading = false;
        return false;
    }

    function nextSyncWithAsyncValues() {
        for (;;) {
            try {
                var step = iterator.next();
                if (step.done) {
                    readable.push(null);
                    return;
                }
                var value = step.value;
                if (value && typeof value.then === 'function') {
                    awaitThen(value, function (res) {
                        try {
                            if (pushAwaited(res)) {
                                nextSyncWithAsyncValues();
                            }
                        } catch (err) {
                            readable.destroy(err);
                        }
                    }, function (err) {
                        readable.destroy(err);
                    });
                    return;
                }
                if (pushAwaited(value)) {
                    continue;
                }
            } catch (err) {
                readable.destroy(err);
            }
            break;
        }
    }

    function nextAsync() {
        var p;
        try {
            p = iterator.next();
        } catch (err) {
            readable.destroy(err);
            return;
        }
        awaitThen(p, function (step) {
            try {
                if (step.done) {
                    readable.push(null);
                    return;
                }
                var value = step.value;
                if (value === null) {
                    reading = false;
                    throw nullValuesError();
                }
                if (readable.push(value)) {
                    nextAsync();
                    return;
                }
                reading = false;
            } catch (err) {
                readable.destroy(err);
            }
        }, function (err) {
            readable.destroy(err);
        });
    }

    return readable;
}

module.exports = from;
