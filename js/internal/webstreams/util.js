'use strict';
/* js/internal/webstreams/util.js: helpers shared by the WHATWG streams (readablestream.js,
 * writablestream.js, transformstream.js): deferred promises, the queue-with-sizes of the spec,
 * strategy extraction, calling an optional underlying-source method as a promise, brand checks
 * and Node's ERR_INVALID_STATE / ERR_INVALID_THIS errors, and the inspection helper. */

var errors = require('internal/errors');
var codes = errors.codes;

var kState = Symbol('kState');
var inspectCustom = Symbol.for('nodejs.util.inspect.custom');

/* { promise, resolve, reject, settled }: a promise whose settling functions are at hand. */
function deferred() {
    var d = { promise: null, resolve: null, reject: null, settled: false };
    d.promise = new Promise(function (resolve, reject) {
        d.resolve = function (value) {
            d.settled = true;
            resolve(value);
        };
        d.reject = function (reason) {
            d.settled = true;
            reject(reason);
        };
    });
    return d;
}

/* A promise already rejected whose rejection nobody needs to observe. */
function markHandled(promise) {
    promise.then(undefined, function () {});
    return promise;
}

function rejectedHandled(reason) {
    return markHandled(Promise.reject(reason));
}

function invalidState(message) {
    return new codes.ERR_INVALID_STATE.TypeError(message);
}

function invalidThis(name) {
    return new codes.ERR_INVALID_THIS(name);
}

/* The internal state of an instance of `name`, or throws ERR_INVALID_THIS. */
function stateOf(value, brand, name) {
    var state = value !== null && typeof value === 'object' ? value[kState] : undefined;
    if (state === undefined || state.brand !== brand) throw invalidThis(name);
    return state;
}

function hasBrand(value, brand) {
    var state = value !== null && typeof value === 'object' ? value[kState] : undefined;
    return state !== undefined && state.brand === brand;
}

function setState(object, state) {
    Object.defineProperty(object, kState, { value: state });
}

/* Promise-returning calls of an optional method of `object` (a source, a sink, a transformer). */
function promiseCall(object, method, args) {
    if (method === undefined) return Promise.resolve(undefined);
    try {
        return Promise.resolve(method.apply(object, args));
    } catch (e) {
        return Promise.reject(e);
    }
}

/* The method `name` of a user-given dictionary, validated as a function when present.
 * Node's message when it is not one comes from Function.prototype.bind. */
function optionalMethod(object, name) {
    var method = object[name];
    if (method === undefined || method === null) return undefined;
    if (typeof method !== 'function') throw new TypeError('Bind must be called on a function');
    return method;
}

/* The spec's queue-with-sizes: { queue: [{ value, size }], total }. */
function enqueueValueWithSize(container, value, size) {
    size = Number(size);
    if (size !== size || size < 0 || size === Infinity) {
        throw new codes.ERR_INVALID_ARG_VALUE.RangeError('size', size);
    }
    container.queue.push({ value: value, size: size });
    container.queueTotalSize += size;
}

function dequeueValue(container) {
    var pair = container.queue.shift();
    container.queueTotalSize -= pair.size;
    if (container.queueTotalSize < 0) container.queueTotalSize = 0;
    return pair.value;
}

function resetQueue(container) {
    container.queue = [];
    container.queueTotalSize = 0;
}

/* strategy.highWaterMark as a number, `fallback` when absent; Node's RangeError otherwise. */
function extractHighWaterMark(strategy, fallback) {
    if (strategy === undefined || strategy === null || strategy.highWaterMark === undefined) {
        return fallback;
    }
    var hwm = Number(strategy.highWaterMark);
    if (hwm !== hwm || hwm < 0) {
        throw new codes.ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark',
                                                        strategy.highWaterMark);
    }
    return hwm;
}

function extractSizeAlgorithm(strategy) {
    if (strategy === undefined || strategy === null || strategy.size === undefined) {
        return function () { return 1; };
    }
    var size = strategy.size;
    if (typeof size !== 'function') {
        throw new codes.ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
    }
    return function (chunk) { return size(chunk); };
}

function validateDictionary(value, name) {
    if (value !== undefined && value !== null && typeof value !== 'object' &&
        typeof value !== 'function') {
        throw new codes.ERR_INVALID_ARG_TYPE(name, 'object', value);
    }
    return value === undefined || value === null ? {} : value;
}

/* Defines enumerable prototype getters and methods, as WebIDL does. */
function defineProto(proto, getters, methods, tag) {
    Object.keys(getters).forEach(function (name) {
        Object.defineProperty(proto, name, {
            get: getters[name], enumerable: true, configurable: true
        });
    });
    Object.keys(methods).forEach(function (name) {
        Object.defineProperty(proto, name, {
            value: methods[name], writable: true, enumerable: true, configurable: true
        });
    });
    Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
}

/* Node's inspection of a stream object: `Name { field: value, ... }`, `[Name]` past the
 * depth limit. */
function defineInspect(proto, name, fields) {
    Object.defineProperty(proto, inspectCustom, {
        value: function (depth, options, inspect) {
            if (depth < 0) return options.stylize('[' + name + ']', 'special');
            var opts = Object.assign({}, options);
            opts.depth = options.depth === null || options.depth === undefined ? null :
                options.depth - 1;
            return name + ' ' + inspect(fields(this), opts);
        },
        writable: true, configurable: true
    });
}

/* fn as a method that returns a rejected promise instead of throwing. */
function rejectingWith(fn) {
    return function () {
        try {
            return fn.apply(this, arguments);
        } catch (e) {
            return Promise.reject(e);
        }
    };
}

/* An illegal-constructor guard for the classes users may see but not create. */
function illegalConstructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
}

function requireNew(target, name) {
    if (target === undefined) {
        throw new TypeError('Class constructor ' + name + " cannot be invoked without 'new'");
    }
}

function abortErrorFor(signal) {
    if (signal.reason !== undefined) return signal.reason;
    return new DOMException('This operation was aborted', 'AbortError');
}

module.exports = {
    kState: kState,
    deferred: deferred,
    markHandled: markHandled,
    rejectedHandled: rejectedHandled,
    invalidState: invalidState,
    invalidThis: invalidThis,
    stateOf: stateOf,
    hasBrand: hasBrand,
    setState: setState,
    promiseCall: promiseCall,
    optionalMethod: optionalMethod,
    enqueueValueWithSize: enqueueValueWithSize,
    dequeueValue: dequeueValue,
    resetQueue: resetQueue,
    extractHighWaterMark: extractHighWaterMark,
    extractSizeAlgorithm: extractSizeAlgorithm,
    validateDictionary: validateDictionary,
    defineProto: defineProto,
    defineInspect: defineInspect,
    illegalConstructor: illegalConstructor,
    rejectingWith: rejectingWith,
    requireNew: requireNew,
    abortErrorFor: abortErrorFor,
    codes: codes
};
