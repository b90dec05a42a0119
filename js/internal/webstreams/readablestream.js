'use strict';
/* js/internal/webstreams/readablestream.js: the WHATWG ReadableStream with its default
 * controller and reader, tee(), async iteration (values()), ReadableStream.from(), and
 * pipeTo()/pipeThrough() (the pipe loop lives in pipe.js).
 *
 * Each object keeps its internal slots in a state record (util.setState) and the algorithms are
 * the spec's, named as there (readableStreamClose, controllerCallPullIfNeeded ...), working on
 * those records.  Errors are Node's (ERR_INVALID_STATE, ERR_INVALID_THIS ...).
 *
 * Missing: byte streams (ReadableByteStreamController, BYOB readers and requests): `type:
 * 'bytes'` throws ERR_NOT_SUPPORTED, another type Node's ERR_INVALID_ARG_VALUE. */

var util = require('internal/webstreams/util');
var codes = util.codes;
var kState = util.kState;

/* ------------------------------------------------------------------------------------------ */
/* Stream-level algorithms */

function readableStreamClose(s) {
    s.state = 'closed';
    var reader = s.reader;
    if (reader === undefined) return;
    reader.closed.resolve(undefined);
    var requests = reader.readRequests;
    reader.readRequests = [];
    for (var i = 0; i < requests.length; i++) requests[i].close();
}

function readableStreamError(s, e) {
    s.state = 'errored';
    s.storedError = e;
    var reader = s.reader;
    if (reader === undefined) return;
    reader.closed.reject(e);
    util.markHandled(reader.closed.promise);
    var requests = reader.readRequests;
    reader.readRequests = [];
    for (var i = 0; i < requests.length; i++) requests[i].error(e);
}

function readableStreamCancel(s, reason) {
    s.disturbed = true;
    if (s.state === 'closed') return Promise.resolve(undefined);
    if (s.state === 'errored') return Promise.reject(s.storedError);
    readableStreamClose(s);
    var c = s.controller;
    util.resetQueue(c);
    var result = util.promiseCall(c.source, c.cancelAlgorithm, [reason]);
    clearAlgorithms(c);
    return result.then(function () { return undefined; });
}

function isLocked(s) {
    return s.reader !== undefined;
}

/* ------------------------------------------------------------------------------------------ */
/* The default controller */

function clearAlgorithms(c) {
    c.pullAlgorithm = undefined;
    c.cancelAlgorithm = undefined;
    c.sizeAlgorithm = undefined;
}

function canCloseOrEnqueue(c) {
    return !c.closeRequested && c.stream.state === 'readable';
}

function desiredSize(c) {
    var state = c.stream.state;
    if (state === 'errored') return null;
    if (state === 'closed') return 0;
    return c.highWaterMark - c.queueTotalSize;
}

function shouldCallPull(c) {
    if (!canCloseOrEnqueue(c) || !c.started) return false;
    var reader = c.stream.reader;
    if (reader !== undefined && reader.readRequests.length > 0) return true;
    return desiredSize(c) > 0;
}

function callPullIfNeeded(c) {
    if (!shouldCallPull(c)) return;
    if (c.pulling) {
        c.pullAgain = true;
        return;
    }
    c.pulling = true;
    util.promiseCall(c.source, c.pullAlgorithm, [c.object]).then(function () {
        c.pulling = false;
        if (c.pullAgain) {
            c.pullAgain = false;
            callPullIfNeeded(c);
        }
    }, function (e) {
        controllerError(c, e);
    });
}

function controllerError(c, e) {
    if (c.stream.state !== 'readable') return;
    util.resetQueue(c);
    clearAlgorithms(c);
    readableStreamError(c.stream, e);
}

function controllerClose(c) {
    if (!canCloseOrEnqueue(c)) return;
    c.closeRequested = true;
    if (c.queue.length === 0) {
        clearAlgorithms(c);
        readableStreamClose(c.stream);
    }
}

function controllerEnqueue(c, chunk) {
    if (!canCloseOrEnqueue(c)) return;
    var reader = c.stream.reader;
    if (reader !== undefined && reader.readRequests.length > 0) {
        reader.readRequests.shift().chunk(chunk);
    } else {
        var size;
        try {
            size = c.sizeAlgorithm(chunk);
            util.enqueueValueWithSize(c, chunk, size);
        } catch (e) {
            controllerError(c, e);
            throw e;
        }
    }
    callPullIfNeeded(c);
}

/* The controller's [[PullSteps]]: serves `request` from the queue or queues it. */
function controllerPullSteps(c, request) {
    if (c.queue.length > 0) {
        var chunk = util.dequeueValue(c);
        if (c.closeRequested && c.queue.length === 0) {
            clearAlgorithms(c);
            readableStreamClose(c.stream);
        } else {
            callPullIfNeeded(c);
        }
        request.chunk(chunk);
        return;
    }
    c.stream.reader.readRequests.push(request);
    callPullIfNeeded(c);
}

function ReadableStreamDefaultController() {
    util.illegalConstructor();
}

function controllerOf(value) {
    return util.stateOf(value, 'ReadableStreamDefaultController',
                        'ReadableStreamDefaultController');
}

util.defineProto(ReadableStreamDefaultController.prototype, {
    desiredSize: function () {
        return desiredSize(controllerOf(this));
    }
}, {
    close: function () {
        var c = controllerOf(this);
        if (!canCloseOrEnqueue(c)) throw util.invalidState('Controller is already closed');
        controllerClose(c);
    },
    enqueue: function (chunk) {
        var c = controllerOf(this);
        if (!canCloseOrEnqueue(c)) throw util.invalidState('Controller is already closed');
        controllerEnqueue(c, chunk);
    },
    error: function (e) {
        controllerError(controllerOf(this), e);
    }
}, 'ReadableStreamDefaultController');

/* SetUpReadableStreamDefaultController, over a source object and its algorithms. */
function setupController(s, source, start, pull, cancel, highWaterMark, sizeAlgorithm) {
    var object = Object.create(ReadableStreamDefaultController.prototype);
    var c = {
        brand: 'ReadableStreamDefaultController', object: object, stream: s, source: source,
        queue: [], queueTotalSize: 0, started: false, closeRequested: false, pullAgain: false,
        pulling: false, highWaterMark: highWaterMark, sizeAlgorithm: sizeAlgorithm,
        pullAlgorithm: pull, cancelAlgorithm: cancel
    };
    util.setState(object, c);
    s.controller = c;
    var startResult = start === undefined ? undefined : start.call(source, object);
    Promise.resolve(startResult).then(function () {
        c.started = true;
        callPullIfNeeded(c);
    }, function (e) {
        controllerError(c, e);
    });
    return c;
}

/* ------------------------------------------------------------------------------------------ */
/* ReadableStream */

function newStreamState(object) {
    var s = { brand: 'ReadableStream', object: object, state: 'readable', reader: undefined,
              storedError: undefined, disturbed: false, controller: undefined };
    util.setState(object, s);
    return s;
}

function ReadableStream(source, strategy) {
    util.requireNew(new.target, 'ReadableStream');
    if (source === undefined) source = null;
    if (source !== null && typeof source !== 'object' && typeof source !== 'function') {
        throw new codes.ERR_INVALID_ARG_TYPE('source', 'object', source);
    }
    var s = newStreamState(this);
    var src = source === null ? {} : source;
    var type = src.type;
    if (type !== undefined && String(type) !== 'bytes') {
        throw new codes.ERR_INVALID_ARG_VALUE('source.type', type);
    }
    if (type !== undefined) {
        throw require('internal/unsupported').notSupported('byte streams',
                                                           "ReadableStream type 'bytes'");
    }
    strategy = util.validateDictionary(strategy, 'strategy');
    var size = util.extractSizeAlgorithm(strategy);
    var hwm = util.extractHighWaterMark(strategy, 1);
    setupController(s, src, util.optionalMethod(src, 'start'), util.optionalMethod(src, 'pull'),
                    util.optionalMethod(src, 'cancel'), hwm, size);
}

function streamOf(value) {
    return util.stateOf(value, 'ReadableStream', 'ReadableStream');
}

/* A stream over algorithms rather than a user's source (tee, from, Blob#stream ...). */
function createReadableStream(start, pull, cancel, highWaterMark) {
    var object = Object.create(ReadableStream.prototype);
    var s = newStreamState(object);
    setupController(s, {}, start, pull, cancel, highWaterMark === undefined ? 1 : highWaterMark,
                    function () { return 1; });
    return object;
}

util.defineProto(ReadableStream.prototype, {
    locked: function () {
        return isLocked(streamOf(this));
    }
}, {
    cancel: util.rejectingWith(function (reason) {
        var s = streamOf(this);
        if (isLocked(s)) throw util.invalidState('ReadableStream is locked');
        return readableStreamCancel(s, reason);
    }),
    getReader: function (options) {
        streamOf(this);
        options = util.validateDictionary(options, 'options');
        if (options.mode !== undefined) {
            if (String(options.mode) !== 'byob') {
                throw new codes.ERR_INVALID_ARG_VALUE('options.mode', options.mode);
            }
            throw new codes.ERR_INVALID_ARG_VALUE('options.mode', options.mode,
                                                  'must be a byte stream');
        }
        return new ReadableStreamDefaultReader(this);
    },
    pipeThrough: function (transform, options) {
        var s = streamOf(this);
        var pair = util.validateDictionary(transform, 'transform');
        var readable = pair.readable;
        var writable = pair.writable;
        if (!util.hasBrand(readable, 'ReadableStream')) {
            throw new codes.ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
        }
        if (!util.hasBrand(writable, 'WritableStream')) {
            throw new codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
        }
        if (isLocked(s)) throw util.invalidState('The ReadableStream is locked');
        if (writable.locked) throw util.invalidState('The WritableStream is locked');
        util.markHandled(require('internal/webstreams/pipe').pipeTo(this, writable, options));
        return readable;
    },
    pipeTo: util.rejectingWith(function (destination, options) {
        var s = streamOf(this);
        if (!util.hasBrand(destination, 'WritableStream')) {
            throw new codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream',
                                                 destination);
        }
        if (isLocked(s)) throw util.invalidState('The ReadableStream is locked');
        if (destination.locked) throw util.invalidState('The WritableStream is locked');
        return require('internal/webstreams/pipe').pipeTo(this, destination, options);
    }),
    tee: function () {
        return tee(streamOf(this));
    },
    values: function (options) {
        var s = streamOf(this);
        options = util.validateDictionary(options, 'options');
        return createAsyncIterator(s, Boolean(options.preventCancel));
    }
}, 'ReadableStream');

Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
    value: ReadableStream.prototype.values, writable: true, configurable: true
});

util.defineInspect(ReadableStream.prototype, 'ReadableStream', function (stream) {
    var s = stream[kState];
    return { locked: isLocked(s), state: s.state, supportsBYOB: false };
});

/* ------------------------------------------------------------------------------------------ */
/* The default reader */

function readerOf(value) {
    return util.stateOf(value, 'ReadableStreamDefaultReader', 'ReadableStreamDefaultReader');
}

function ReadableStreamDefaultReader(stream) {
    util.requireNew(new.target, 'ReadableStreamDefaultReader');
    if (!util.hasBrand(stream, 'ReadableStream')) {
        throw new codes.ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    var s = stream[kState];
    if (isLocked(s)) throw util.invalidState('ReadableStream is locked');
    var r = { brand: 'ReadableStreamDefaultReader', stream: s, readRequests: [],
              closed: util.deferred() };
    util.setState(this, r);
    s.reader = r;
    if (s.state === 'closed') r.closed.resolve(undefined);
    if (s.state === 'errored') {
        r.closed.reject(s.storedError);
        util.markHandled(r.closed.promise);
    }
}

/* ReadableStreamDefaultReaderRead with a read request { chunk, close, error }. */
function readerRead(r, request) {
    var s = r.stream;
    s.disturbed = true;
    if (s.state === 'closed') request.close();
    else if (s.state === 'errored') request.error(s.storedError);
    else controllerPullSteps(s.controller, request);
}

/* A read request settling a promise with { value, done }. */
function promiseReadRequest(d) {
    return {
        chunk: function (chunk) { d.resolve({ value: chunk, done: false }); },
        close: function () { d.resolve({ value: undefined, done: true }); },
        error: function (e) { d.reject(e); }
    };
}

function readerRelease(r) {
    var s = r.stream;
    var released = util.invalidState('Reader released');
    if (s.state === 'readable') {
        r.closed.reject(released);
    } else {
        r.closed = util.deferred();
        r.closed.reject(released);
    }
    util.markHandled(r.closed.promise);
    s.reader = undefined;
    r.stream = undefined;
    var requests = r.readRequests;
    r.readRequests = [];
    for (var i = 0; i < requests.length; i++) {
        requests[i].error(util.invalidState('Releasing reader'));
    }
}

function detached() {
    return Promise.reject(util.invalidState('The reader is not attached to a stream'));
}

util.defineProto(ReadableStreamDefaultReader.prototype, {
    closed: function () {
        return readerOf(this).closed.promise;
    }
}, {
    read: util.rejectingWith(function () {
        var r = readerOf(this);
        if (r.stream === undefined) return detached();
        var d = util.deferred();
        readerRead(r, promiseReadRequest(d));
        return d.promise;
    }),
    releaseLock: function () {
        var r = readerOf(this);
        if (r.stream !== undefined) readerRelease(r);
    },
    cancel: util.rejectingWith(function (reason) {
        var r = readerOf(this);
        if (r.stream === undefined) return detached();
        return readableStreamCancel(r.stream, reason);
    })
}, 'ReadableStreamDefaultReader');

util.defineInspect(ReadableStreamDefaultReader.prototype, 'ReadableStreamDefaultReader',
    function (reader) {
        var r = reader[kState];
        return { stream: r.stream === undefined ? undefined : r.stream.object,
                 readRequests: r.readRequests.length, close: r.closed.promise };
    });

/* A reader's state for internal users (tee, pipe, async iteration, fetch bodies). */
function acquireReader(s) {
    return new ReadableStreamDefaultReader(s.object)[kState];
}

/* ------------------------------------------------------------------------------------------ */
/* tee() */

function tee(s) {
    var r = acquireReader(s);
    var reading = false;
    var readAgain = false;
    var canceled = [false, false];
    var reasons = [undefined, undefined];
    var branches = [];
    var cancelDone = util.deferred();

    function enqueueBoth(chunk) {
        readAgain = false;
        for (var i = 0; i < 2; i++) {
            if (!canceled[i]) controllerEnqueue(branches[i][kState].controller, chunk);
        }
        reading = false;
        if (readAgain) pull();
    }

    function pull() {
        if (reading) {
            readAgain = true;
            return Promise.resolve(undefined);
        }
        reading = true;
        readerRead(r, {
            chunk: function (chunk) {
                queueMicrotask(function () { enqueueBoth(chunk); });
            },
            close: function () {
                reading = false;
                for (var i = 0; i < 2; i++) {
                    if (!canceled[i]) controllerClose(branches[i][kState].controller);
                }
                if (!canceled[0] || !canceled[1]) cancelDone.resolve(undefined);
            },
            error: function () {
                reading = false;
            }
        });
        return Promise.resolve(undefined);
    }

    function cancelBranch(i) {
        return function (reason) {
            canceled[i] = true;
            reasons[i] = reason;
            if (canceled[1 - i]) cancelDone.resolve(readableStreamCancel(s, reasons.slice()));
            return cancelDone.promise;
        };
    }

    branches[0] = createReadableStream(undefined, pull, cancelBranch(0));
    branches[1] = createReadableStream(undefined, pull, cancelBranch(1));
    r.closed.promise.then(undefined, function (e) {
        controllerError(branches[0][kState].controller, e);
        controllerError(branches[1][kState].controller, e);
        if (!canceled[0] || !canceled[1]) cancelDone.resolve(undefined);
    });
    return branches;
}

/* ------------------------------------------------------------------------------------------ */
/* Async iteration */

/* %AsyncIteratorPrototype%: ES5 code cannot reach the engine's, so this one stands in. */
var AsyncIteratorPrototype = {};
Object.defineProperty(AsyncIteratorPrototype, Symbol.asyncIterator, {
    value: function () { return this; }, writable: true, configurable: true
});

function createAsyncIterator(s, preventCancel) {
    var r = acquireReader(s);
    var finished = false;
    var ongoing = null;

    function nextSteps() {
        if (finished) return Promise.resolve({ value: undefined, done: true });
        if (r.stream === undefined) return detached();
        var d = util.deferred();
        readerRead(r, {
            chunk: function (chunk) { d.resolve({ value: chunk, done: false }); },
            close: function () {
                finished = true;
                readerRelease(r);
                d.resolve({ value: undefined, done: true });
            },
            error: function (e) {
                finished = true;
                readerRelease(r);
                d.reject(e);
            }
        });
        return d.promise;
    }

    function returnSteps(value) {
        if (finished) return Promise.resolve({ value: value, done: true });
        finished = true;
        if (r.stream === undefined) return detached();
        var cancelled = preventCancel ? Promise.resolve(undefined) :
            readableStreamCancel(r.stream, value);
        readerRelease(r);
        return cancelled.then(function () { return { value: value, done: true }; });
    }

    function chain(steps) {
        ongoing = ongoing === null ? steps() : ongoing.then(steps, steps);
        var mine = ongoing;
        mine.then(function () { if (ongoing === mine) ongoing = null; },
                  function () { if (ongoing === mine) ongoing = null; });
        return mine;
    }

    var it = Object.create(AsyncIteratorPrototype);
    it.next = function () { return chain(nextSteps); };
    it['return'] = function (value) {
        return chain(function () { return returnSteps(value); });
    };
    return it;
}

/* ------------------------------------------------------------------------------------------ */
/* ReadableStream.from() */

/* An async iterator over `iterable` (its own asyncIterator, or its iterator with each value
 * awaited), as GetIterator(obj, async) does. */
function getAsyncIterator(iterable) {
    var method = iterable === null || iterable === undefined ? undefined :
        iterable[Symbol.asyncIterator];
    if (method !== undefined && method !== null) return method.call(iterable);
    method = iterable === null || iterable === undefined ? undefined : iterable[Symbol.iterator];
    if (typeof method !== 'function') {
        throw new codes.ERR_ARG_NOT_ITERABLE('iterable');
    }
    var it = method.call(iterable);
    return {
        next: function () {
            var result = it.next();
            return Promise.resolve(result.value).then(function (value) {
                return { value: value, done: Boolean(result.done) };
            });
        },
        'return': function (value) {
            var ret = it['return'];
            return Promise.resolve(typeof ret === 'function' ? ret.call(it, value) :
                                   { value: value, done: true });
        }
    };
}

ReadableStream.from = function from(iterable) {
    var it = getAsyncIterator(iterable);
    var stream;
    function pull() {
        return Promise.resolve(it.next()).then(function (result) {
            if (result === null || typeof result !== 'object') {
                throw new TypeError('The promise returned by the iterator.next() method ' +
                                    'must fulfill with an object');
            }
            var c = stream[kState].controller;
            if (result.done) controllerClose(c);
            else controllerEnqueue(c, result.value);
        });
    }
    function cancel(reason) {
        var ret = it['return'];
        if (typeof ret !== 'function') return Promise.resolve(undefined);
        return Promise.resolve(ret.call(it, reason)).then(function (result) {
            if (result === null || typeof result !== 'object') {
                throw new TypeError('The promise returned by the iterator.return() method ' +
                                    'must fulfill with an object');
            }
        });
    }
    stream = createReadableStream(undefined, pull, cancel, 0);
    return stream;
};

/* ------------------------------------------------------------------------------------------ */
/* Helpers for other modules */

function isReadableStream(value) {
    return util.hasBrand(value, 'ReadableStream');
}

function isDisturbed(stream) {
    return stream[kState].disturbed;
}

module.exports = {
    ReadableStream: ReadableStream,
    ReadableStreamDefaultReader: ReadableStreamDefaultReader,
    ReadableStreamDefaultController: ReadableStreamDefaultController,
    createReadableStream: createReadableStream,
    isReadableStream: isReadableStream,
    isDisturbed: isDisturbed,
    isLocked: function (stream) { return isLocked(stream[kState]); },
    acquireReader: acquireReader,
    readerRead: readerRead,
    readerRelease: readerRelease,
    readableStreamCancel: readableStreamCancel,
    controllerEnqueue: controllerEnqueue,
    controllerClose: controllerClose,
    controllerError: controllerError,
    canCloseOrEnqueue: canCloseOrEnqueue,
    shouldCallPull: shouldCallPull,
    getAsyncIterator: getAsyncIterator
};
