'use strict';
/* js/timers/promises.js: Node's 'timers/promises': setTimeout and setImmediate returning
 * promises, setInterval as an async iterator, and scheduler.wait/yield, on top of 'timers'.
 * Options as in Node 20: { signal } (an AbortSignal: a signal already aborted rejects at once,
 * an abort cancels the timer and rejects with AbortError whose cause is the signal's reason)
 * and { ref } (false lets the process exit while the timer is pending).
 *
 * Promise is the global one, looked up when a function is called.  setInterval returns an
 * object that behaves as Node's async generator (next/return/throw, requests queued, the body
 * starting on the first next()), with Symbol.asyncIterator when the engine has it. */

var timers = require('timers');

var errorsModule = null;
function errors() {
    if (errorsModule === null) errorsModule = require('internal/errors');
    return errorsModule;
}

var validatorsModule = null;
function validators() {
    if (validatorsModule === null) validatorsModule = require('internal/validators');
    return validatorsModule;
}

function getPromise() {
    if (typeof Promise !== 'function') {
        throw new (errors().codes.ERR_METHOD_NOT_IMPLEMENTED)('Promise');
    }
    return Promise;
}

function abortError(signal) {
    return new (errors().AbortError)(undefined, { cause: signal ? signal.reason : undefined });
}

/* Validates { signal, ref }; returns { signal, ref } or throws Node's error. */
function readOptions(options) {
    if (options == null || typeof options !== 'object') {
        throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    }
    var signal = options.signal;
    var ref = options.ref === undefined ? true : options.ref;
    validators().validateAbortSignal(signal, 'options.signal');
    if (typeof ref !== 'boolean') {
        throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options.ref', 'boolean', ref);
    }
    return { signal: signal, ref: ref };
}

/* Runs a one-shot timer as a promise: start(resolve) arms it and returns the handle, clear
 * disarms it. */
function timerPromise(opts, start, clear) {
    var P = getPromise();
    var signal = opts.signal;
    if (signal && signal.aborted) {
        return P.reject(abortError(signal));
    }
    var oncancel;
    var ret = new P(function (resolve, reject) {
        var fired = false;
        var handle = start(function (value) {
            fired = true;
            resolve(value);
        });
        if (!opts.ref) handle.unref();
        if (signal) {
            oncancel = function () {
                if (!fired) {
                    fired = true;
                    clear(handle);
                    reject(abortError(signal));
                }
            };
            signal.addEventListener('abort', oncancel);
        }
    });
    if (oncancel === undefined) return ret;
    function cleanup() {
        signal.removeEventListener('abort', oncancel);
    }
    return ret.then(function (v) {
        cleanup();
        return v;
    }, function (e) {
        cleanup();
        throw e;
    });
}

/* timersPromises.setTimeout([delay[, value[, options]]]) */
function setTimeout(after, value, options) {
    var P = getPromise();
    var opts;
    try {
        opts = readOptions(options === undefined ? {} : options);
    } catch (e) {
        return P.reject(e);
    }
    return timerPromise(opts, function (resolve) {
        return timers.setTimeout(function () { resolve(value); }, after);
    }, timers.clearTimeout);
}

/* timersPromises.setImmediate([value[, options]]) */
function setImmediate(value, options) {
    var P = getPromise();
    var opts;
    try {
        opts = readOptions(options === undefined ? {} : options);
    } catch (e) {
        return P.reject(e);
    }
    return timerPromise(opts, function (resolve) {
        return timers.setImmediate(function () { resolve(value); });
    }, timers.clearImmediate);
}

/* ------------------------------------------------------------------------------------------ */
/* setInterval: an async generator written out by hand */

var asyncIteratorSymbol = typeof Symbol.asyncIterator === 'symbol' ? Symbol.asyncIterator : null;
var kState = Symbol('kState');

var intervalProto = {};

function IntervalState(after, value, options) {
    this.after = after;
    this.value = value;
    this.options = options;
    this.signal = undefined;
    this.started = false;
    this.done = false;
    this.atYield = false;
    this.busy = false;
    this.notYielded = 0;
    this.callback = undefined;
    this.interval = null;
    this.onCancel = undefined;
    this.queue = [];
}

/* The generator's finally block. */
function finish(state) {
    state.done = true;
    if (state.interval !== null) {
        timers.clearInterval(state.interval);
        state.interval = null;
    }
    if (state.signal && state.onCancel) {
        state.signal.removeEventListener('abort', state.onCancel);
    }
}

/* The generator's code before its loop: validation, the timer and the abort listener. */
function begin(state) {
    var options = state.options === undefined ? {} : state.options;
    validators().validateObject(options, 'options');
    var signal = options.signal;
    var ref = options.ref === undefined ? true : options.ref;
    validators().validateAbortSignal(signal, 'options.signal');
    validators().validateBoolean(ref, 'options.ref');
    state.signal = signal;
    if (signal && signal.aborted) {
        throw abortError(signal);
    }
    state.interval = timers.setInterval(function () {
        state.notYielded++;
        if (state.callback) {
            var cb = state.callback;
            state.callback = undefined;
            cb();
        }
    }, state.after);
    if (!ref) state.interval.unref();
    if (signal) {
        state.onCancel = function () {
            if (state.interval !== null) {
                timers.clearInterval(state.interval);
                state.interval = null;
            }
            if (state.callback) {
                var cb = state.callback;
                state.callback = undefined;
                cb(abortError(signal));
            }
        };
        signal.addEventListener('abort', state.onCancel, { once: true });
    }
}

/* Runs one next() request from where the generator stopped: at its start, or after a yield.
 * Calls req.resolve/req.reject now, or later when it has to wait for the timer. */
function runNext(state, req) {
    try {
        if (!state.started) {
            state.started = true;
            begin(state);
        } else if (state.atYield) {
            state.atYield = false;
            state.notYielded--;
            if (state.notYielded > 0) {
                state.atYield = true;
                req.resolve({ value: state.value, done: false });
                return;
            }
        }
        if (state.signal && state.signal.aborted) {
            throw abortError(state.signal);
        }
        if (state.notYielded === 0) {
            state.busy = true;
            state.callback = function (rejection) {
                state.busy = false;
                if (rejection) {
                    finish(state);
                    req.reject(rejection);
                } else {
                    state.atYield = true;
                    req.resolve({ value: state.value, done: false });
                }
                drain(state);
            };
            return;
        }
        state.atYield = true;
        req.resolve({ value: state.value, done: false });
    } catch (e) {
        finish(state);
        req.reject(e);
    }
}

/* Processes queued requests in order, one at a time, as an async generator does. */
function drain(state) {
    while (state.queue.length > 0 && !state.busy) {
        var req = state.queue.shift();
        if (state.done) {
            if (req.type === 'throw') {
                req.reject(req.value);
            } else {
                req.resolve({ value: req.type === 'return' ? req.value : undefined, done: true });
            }
            continue;
        }
        if (req.type === 'next') {
            runNext(state, req);
            continue;
        }
        finish(state);
        if (req.type === 'throw') {
            req.reject(req.value);
        } else {
            req.resolve({ value: req.value, done: true });
        }
    }
}

function enqueue(self, type, value) {
    var P = getPromise();
    var state = self !== null && typeof self === 'object' ? self[kState] : undefined;
    if (state === undefined) {
        return P.reject(new TypeError(type + ' method called on incompatible receiver ' +
                                      String(self)));
    }
    return new P(function (resolve, reject) {
        state.queue.push({ type: type, value: value, resolve: resolve, reject: reject });
        drain(state);
    });
}

Object.defineProperty(intervalProto, 'next', {
    value: function next(v) { return enqueue(this, 'next', v); },
    writable: true, configurable: true, enumerable: false
});
Object.defineProperty(intervalProto, 'return', {
    value: function (v) { return enqueue(this, 'return', v); },
    writable: true, configurable: true, enumerable: false
});
Object.defineProperty(intervalProto, 'throw', {
    value: function (e) { return enqueue(this, 'throw', e); },
    writable: true, configurable: true, enumerable: false
});
if (asyncIteratorSymbol !== null) {
    Object.defineProperty(intervalProto, asyncIteratorSymbol, {
        value: function () { return this; }, writable: true, configurable: true,
        enumerable: false
    });
}
if (typeof Symbol.toStringTag === 'symbol') {
    Object.defineProperty(intervalProto, Symbol.toStringTag, {
        value: 'AsyncGenerator', configurable: true
    });
}

/* timersPromises.setInterval([delay[, value[, options]]]): an async iterator yielding value
 * once per interval (every missed tick too). */
function setInterval(after, value, options) {
    var it = Object.create(intervalProto);
    Object.defineProperty(it, kState, { value: new IntervalState(after, value, options) });
    return it;
}

/* ------------------------------------------------------------------------------------------ */
/* scheduler */

var kScheduler = Symbol('kScheduler');

function Scheduler() {
    throw new TypeError('Illegal constructor');
}

function checkScheduler(self) {
    if (self === null || typeof self !== 'object' || self[kScheduler] !== true) {
        throw new (errors().codes.ERR_INVALID_THIS)('Scheduler');
    }
}

Object.defineProperty(Scheduler.prototype, 'yield', {
    value: function yieldFn() {
        checkScheduler(this);
        return setImmediate();
    },
    writable: true, configurable: true, enumerable: false
});
Object.defineProperty(Scheduler.prototype, 'wait', {
    value: function wait(delay, options) {
        checkScheduler(this);
        return setTimeout(delay, undefined, options);
    },
    writable: true, configurable: true, enumerable: false
});

var scheduler = Object.create(Scheduler.prototype);
Object.defineProperty(scheduler, kScheduler, { value: true });

module.exports = {
    setTimeout: setTimeout,
    setImmediate: setImmediate,
    setInterval: setInterval,
    scheduler: scheduler
};
