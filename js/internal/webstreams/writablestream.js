'use strict';
/* js/internal/webstreams/writablestream.js: the WHATWG WritableStream with its default
 * controller and writer.
 *
 * As in readablestream.js, every object keeps its slots in a state record and the algorithms
 * follow the spec's names (startErroring, finishErroring, advanceQueueIfNeeded ...).  A write
 * request and the close request are deferreds; the close request sits in the queue as
 * kCloseSentinel.  The controller's `signal` is an AbortController's signal, aborted by
 * WritableStream#abort(). */

var util = require('internal/webstreams/util');
var codes = util.codes;
var kState = util.kState;

var kCloseSentinel = {};

/* ------------------------------------------------------------------------------------------ */
/* Stream-level algorithms */

function closeQueuedOrInFlight(w) {
    return w.closeRequest !== undefined || w.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(w) {
    return w.inFlightWriteRequest !== undefined || w.inFlightCloseRequest !== undefined;
}

function writableStreamAbort(w, reason) {
    if (w.state === 'closed' || w.state === 'errored') return Promise.resolve(undefined);
    w.controller.abortController.abort(reason);
    if (w.state === 'closed' || w.state === 'errored') return Promise.resolve(undefined);
    if (w.pendingAbortRequest !== undefined) return w.pendingAbortRequest.deferred.promise;
    var wasAlreadyErroring = w.state === 'erroring';
    if (wasAlreadyErroring) reason = undefined;
    var d = util.deferred();
    w.pendingAbortRequest = { deferred: d, reason: reason, wasAlreadyErroring: wasAlreadyErroring };
    if (!wasAlreadyErroring) startErroring(w, reason);
    return d.promise;
}

function writableStreamClose(w) {
    if (w.state === 'closed' || w.state === 'errored') {
        return Promise.reject(util.invalidState('Failure to close WritableStream'));
    }
    var d = util.deferred();
    w.closeRequest = d;
    if (w.writer !== undefined && w.backpressure && w.state === 'writable') {
        w.writer.ready.resolve(undefined);
    }
    util.enqueueValueWithSize(w.controller, kCloseSentinel, 0);
    advanceQueueIfNeeded(w.controller);
    return d.promise;
}

function dealWithRejection(w, error) {
    if (w.state === 'writable') {
        startErroring(w, error);
        return;
    }
    finishErroring(w);
}

function startErroring(w, reason) {
    w.state = 'erroring';
    w.storedError = reason;
    if (w.writer !== undefined) ensureReadyRejected(w.writer, reason);
    if (!hasOperationMarkedInFlight(w) && w.controller.started) finishErroring(w);
}

function finishErroring(w) {
    w.state = 'errored';
    util.resetQueue(w.controller);
    var requests = w.writeRequests;
    w.writeRequests = [];
    for (var i = 0; i < requests.length; i++) requests[i].reject(w.storedError);
    var abort = w.pendingAbortRequest;
    if (abort === undefined) {
        rejectCloseAndClosedIfNeeded(w);
        return;
    }
    w.pendingAbortRequest = undefined;
    if (abort.wasAlreadyErroring) {
        abort.deferred.reject(w.storedError);
        rejectCloseAndClosedIfNeeded(w);
        return;
    }
    var c = w.controller;
    var result = util.promiseCall(c.sink, c.abortAlgorithm, [abort.reason]);
    clearAlgorithms(c);
    result.then(function () {
        abort.deferred.resolve(undefined);
        rejectCloseAndClosedIfNeeded(w);
    }, function (reason) {
        abort.deferred.reject(reason);
        rejectCloseAndClosedIfNeeded(w);
    });
}

function rejectCloseAndClosedIfNeeded(w) {
    if (w.closeRequest !== undefined) {
        w.closeRequest.reject(w.storedError);
        w.closeRequest = undefined;
    }
    if (w.writer !== undefined) {
        w.writer.closed.reject(w.storedError);
        util.markHandled(w.writer.closed.promise);
    }
}

function finishInFlightWrite(w) {
    w.inFlightWriteRequest.resolve(undefined);
    w.inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(w, error) {
    w.inFlightWriteRequest.reject(error);
    w.inFlightWriteRequest = undefined;
    dealWithRejection(w, error);
}

function finishInFlightClose(w) {
    w.inFlightCloseRequest.resolve(undefined);
    w.inFlightCloseRequest = undefined;
    if (w.state === 'erroring') {
        w.storedError = undefined;
        if (w.pendingAbortRequest !== undefined) {
            w.pendingAbortRequest.deferred.resolve(undefined);
            w.pendingAbortRequest = undefined;
        }
    }
    w.state = 'closed';
    if (w.writer !== undefined) w.writer.closed.resolve(undefined);
}

function finishInFlightCloseWithError(w, error) {
    w.inFlightCloseRequest.reject(error);
    w.inFlightCloseRequest = undefined;
    if (w.pendingAbortRequest !== undefined) {
        w.pendingAbortRequest.deferred.reject(error);
        w.pendingAbortRequest = undefined;
    }
    dealWithRejection(w, error);
}

function updateBackpressure(w, backpressure) {
    if (w.writer !== undefined && backpressure !== w.backpressure) {
        if (backpressure) w.writer.ready = util.deferred();
        else w.writer.ready.resolve(undefined);
    }
    w.backpressure = backpressure;
}

/* ------------------------------------------------------------------------------------------ */
/* The default controller */

function clearAlgorithms(c) {
    c.writeAlgorithm = undefined;
    c.closeAlgorithm = undefined;
    c.abortAlgorithm = undefined;
    c.sizeAlgorithm = undefined;
}

function desiredSize(c) {
    return c.highWaterMark - c.queueTotalSize;
}

function getBackpressure(c) {
    return desiredSize(c) <= 0;
}

function controllerError(c, error) {
    clearAlgorithms(c);
    startErroring(c.stream, error);
}

function controllerErrorIfNeeded(c, error) {
    if (c.stream.state === 'writable') controllerError(c, error);
}

function chunkSize(c, chunk) {
    if (c.sizeAlgorithm === undefined) return 1;
    try {
        return c.sizeAlgorithm(chunk);
    } catch (e) {
        controllerErrorIfNeeded(c, e);
        return 1;
    }
}

function controllerWrite(c, chunk, size) {
    try {
        util.enqueueValueWithSize(c, chunk, size);
    } catch (e) {
        controllerErrorIfNeeded(c, e);
        return;
    }
    var w = c.stream;
    if (!closeQueuedOrInFlight(w) && w.state === 'writable') {
        updateBackpressure(w, getBackpressure(c));
    }
    advanceQueueIfNeeded(c);
}

function advanceQueueIfNeeded(c) {
    var w = c.stream;
    if (!c.started || w.inFlightWriteRequest !== undefined) return;
    if (w.state === 'erroring') {
        finishErroring(w);
        return;
    }
    if (c.queue.length === 0) return;
    var value = c.queue[0].value;
    if (value === kCloseSentinel) processClose(c);
    else processWrite(c, value);
}

function processClose(c) {
    var w = c.stream;
    w.inFlightCloseRequest = w.closeRequest;
    w.closeRequest = undefined;
    util.dequeueValue(c);
    var result = util.promiseCall(c.sink, c.closeAlgorithm, []);
    clearAlgorithms(c);
    result.then(function () {
        finishInFlightClose(w);
    }, function (reason) {
        finishInFlightCloseWithError(w, reason);
    });
}

function processWrite(c, chunk) {
    var w = c.stream;
    w.inFlightWriteRequest = w.writeRequests.shift();
    util.promiseCall(c.sink, c.writeAlgorithm, [chunk, c.object]).then(function () {
        finishInFlightWrite(w);
        util.dequeueValue(c);
        if (!closeQueuedOrInFlight(w) && w.state === 'writable') {
            updateBackpressure(w, getBackpressure(c));
        }
        advanceQueueIfNeeded(c);
    }, function (reason) {
        if (w.state === 'writable') clearAlgorithms(c);
        finishInFlightWriteWithError(w, reason);
    });
}

function WritableStreamDefaultController() {
    util.illegalConstructor();
}

function controllerOf(value) {
    return util.stateOf(value, 'WritableStreamDefaultController',
                        'WritableStreamDefaultController');
}

util.defineProto(WritableStreamDefaultController.prototype, {
    signal: function () {
        return controllerOf(this).abortController.signal;
    }
}, {
    error: function (e) {
        var c = controllerOf(this);
        if (c.stream.state === 'writable') controllerError(c, e);
    }
}, 'WritableStreamDefaultController');

function setupController(w, sink, start, write, close, abort, highWaterMark, sizeAlgorithm) {
    var object = Object.create(WritableStreamDefaultController.prototype);
    var c = {
        brand: 'WritableStreamDefaultController', object: object, stream: w, sink: sink,
        queue: [], queueTotalSize: 0, started: false, highWaterMark: highWaterMark,
        sizeAlgorithm: sizeAlgorithm, writeAlgorithm: write, closeAlgorithm: close,
        abortAlgorithm: abort, abortController: new AbortController()
    };
    util.setState(object, c);
    w.controller = c;
    updateBackpressure(w, getBackpressure(c));
    var startResult = start === undefined ? undefined : start.call(sink, object);
    Promise.resolve(startResult).then(function () {
        c.started = true;
        advanceQueueIfNeeded(c);
    }, function (e) {
        c.started = true;
        dealWithRejection(w, e);
    });
    return c;
}

/* ------------------------------------------------------------------------------------------ */
/* WritableStream */

function newStreamState(object) {
    var w = {
        brand: 'WritableStream', object: object, state: 'writable', storedError: undefined,
        writer: undefined, controller: undefined, inFlightWriteRequest: undefined,
        closeRequest: undefined, inFlightCloseRequest: undefined,
        pendingAbortRequest: undefined, writeRequests: [], backpressure: false
    };
    util.setState(object, w);
    return w;
}

function WritableStream(sink, strategy) {
    util.requireNew(new.target, 'WritableStream');
    if (sink === undefined) sink = null;
    if (sink !== null && typeof sink !== 'object' && typeof sink !== 'function') {
        throw new codes.ERR_INVALID_ARG_TYPE('sink', 'object', sink);
    }
    var snk = sink === null ? {} : sink;
    if (snk.type !== undefined) throw new codes.ERR_INVALID_ARG_VALUE.RangeError('type', snk.type);
    var w = newStreamState(this);
    strategy = util.validateDictionary(strategy, 'strategy');
    var size = util.extractSizeAlgorithm(strategy);
    var hwm = util.extractHighWaterMark(strategy, 1);
    setupController(w, snk, util.optionalMethod(snk, 'start'), util.optionalMethod(snk, 'write'),
                    util.optionalMethod(snk, 'close'), util.optionalMethod(snk, 'abort'), hwm,
                    size);
}

/* A stream over algorithms rather than a user's sink (transform streams, Writable.toWeb). */
function createWritableStream(start, write, close, abort, highWaterMark, sizeAlgorithm) {
    var object = Object.create(WritableStream.prototype);
    var w = newStreamState(object);
    setupController(w, {}, start, write, close, abort,
                    highWaterMark === undefined ? 1 : highWaterMark,
                    sizeAlgorithm || function () { return 1; });
    return object;
}

function streamOf(value) {
    return util.stateOf(value, 'WritableStream', 'WritableStream');
}

var rejectingWith = util.rejectingWith;

util.defineProto(WritableStream.prototype, {
    locked: function () {
        return streamOf(this).writer !== undefined;
    }
}, {
    abort: rejectingWith(function (reason) {
        var w = streamOf(this);
        if (w.writer !== undefined) throw util.invalidState('WritableStream is locked');
        return writableStreamAbort(w, reason);
    }),
    close: rejectingWith(function () {
        var w = streamOf(this);
        if (w.writer !== undefined) throw util.invalidState('WritableStream is locked');
        if (closeQueuedOrInFlight(w)) throw util.invalidState('Failure to close WritableStream');
        return writableStreamClose(w);
    }),
    getWriter: function () {
        streamOf(this);
        return new WritableStreamDefaultWriter(this);
    }
}, 'WritableStream');

util.defineInspect(WritableStream.prototype, 'WritableStream', function (stream) {
    var w = stream[kState];
    return { locked: w.writer !== undefined, state: w.state };
});

/* ------------------------------------------------------------------------------------------ */
/* The default writer */

function ensureReadyRejected(writer, error) {
    if (writer.ready.settled) writer.ready = util.deferred();
    writer.ready.reject(error);
    util.markHandled(writer.ready.promise);
}

function ensureClosedRejected(writer, error) {
    if (writer.closed.settled) writer.closed = util.deferred();
    writer.closed.reject(error);
    util.markHandled(writer.closed.promise);
}

function writerOf(value) {
    return util.stateOf(value, 'WritableStreamDefaultWriter', 'WritableStreamDefaultWriter');
}

function WritableStreamDefaultWriter(stream) {
    util.requireNew(new.target, 'WritableStreamDefaultWriter');
    if (!util.hasBrand(stream, 'WritableStream')) {
        throw new codes.ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    }
    var w = stream[kState];
    if (w.writer !== undefined) throw util.invalidState('WritableStream is locked');
    var writer = { brand: 'WritableStreamDefaultWriter', stream: w, ready: util.deferred(),
                   closed: util.deferred() };
    util.setState(this, writer);
    w.writer = writer;
    var state = w.state;
    if (state === 'writable') {
        if (closeQueuedOrInFlight(w) || !w.backpressure) writer.ready.resolve(undefined);
    } else if (state === 'erroring') {
        writer.ready.reject(w.storedError);
        util.markHandled(writer.ready.promise);
    } else if (state === 'closed') {
        writer.ready.resolve(undefined);
        writer.closed.resolve(undefined);
    } else {
        writer.ready.reject(w.storedError);
        util.markHandled(writer.ready.promise);
        writer.closed.reject(w.storedError);
        util.markHandled(writer.closed.promise);
    }
}

function unbound() {
    return util.invalidState('Writer is not bound to a WritableStream');
}

function writerWrite(writer, chunk) {
    var w = writer.stream;
    var size = chunkSize(w.controller, chunk);
    if (w !== writer.stream) return Promise.reject(unbound());
    if (w.state === 'errored') return Promise.reject(w.storedError);
    if (closeQueuedOrInFlight(w) || w.state === 'closed') {
        return Promise.reject(util.invalidState('WritableStream is closed'));
    }
    if (w.state === 'erroring') return Promise.reject(w.storedError);
    var d = util.deferred();
    w.writeRequests.push(d);
    controllerWrite(w.controller, chunk, size);
    return d.promise;
}

function writerRelease(writer) {
    var released = util.invalidState('Writer released');
    ensureReadyRejected(writer, released);
    ensureClosedRejected(writer, released);
    writer.stream.writer = undefined;
    writer.stream = undefined;
}

/* WritableStreamDefaultWriterCloseWithErrorPropagation, for pipeTo. */
function writerCloseWithErrorPropagation(writer) {
    var w = writer.stream;
    if (closeQueuedOrInFlight(w) || w.state === 'closed') return Promise.resolve(undefined);
    if (w.state === 'errored') return Promise.reject(w.storedError);
    return writableStreamClose(w);
}

util.defineProto(WritableStreamDefaultWriter.prototype, {
    closed: function () {
        return writerOf(this).closed.promise;
    },
    desiredSize: function () {
        var writer = writerOf(this);
        if (writer.stream === undefined) throw unbound();
        var state = writer.stream.state;
        if (state === 'errored' || state === 'erroring') return null;
        if (state === 'closed') return 0;
        return desiredSize(writer.stream.controller);
    },
    ready: function () {
        return writerOf(this).ready.promise;
    }
}, {
    abort: rejectingWith(function (reason) {
        var writer = writerOf(this);
        if (writer.stream === undefined) throw unbound();
        return writableStreamAbort(writer.stream, reason);
    }),
    close: rejectingWith(function () {
        var writer = writerOf(this);
        if (writer.stream === undefined) throw unbound();
        if (closeQueuedOrInFlight(writer.stream)) {
            throw util.invalidState('Failure to close WritableStream');
        }
        return writableStreamClose(writer.stream);
    }),
    releaseLock: function () {
        var writer = writerOf(this);
        if (writer.stream !== undefined) writerRelease(writer);
    },
    write: rejectingWith(function (chunk) {
        var writer = writerOf(this);
        if (writer.stream === undefined) throw unbound();
        return writerWrite(writer, chunk);
    })
}, 'WritableStreamDefaultWriter');

util.defineInspect(WritableStreamDefaultWriter.prototype, 'WritableStreamDefaultWriter',
    function (object) {
        var writer = object[kState];
        var w = writer.stream;
        var size = w === undefined ? undefined :
            (w.state === 'errored' || w.state === 'erroring' ? null :
             (w.state === 'closed' ? 0 : desiredSize(w.controller)));
        return { stream: w === undefined ? undefined : w.object, close: writer.closed.promise,
                 ready: writer.ready.promise, desiredSize: size };
    });

/* A writer's state for internal users (pipeTo). */
function acquireWriter(w) {
    return new WritableStreamDefaultWriter(w.object)[kState];
}

module.exports = {
    WritableStream: WritableStream,
    WritableStreamDefaultWriter: WritableStreamDefaultWriter,
    WritableStreamDefaultController: WritableStreamDefaultController,
    createWritableStream: createWritableStream,
    acquireWriter: acquireWriter,
    writerWrite: writerWrite,
    writerRelease: writerRelease,
    writerCloseWithErrorPropagation: writerCloseWithErrorPropagation,
    writableStreamAbort: writableStreamAbort,
    closeQueuedOrInFlight: closeQueuedOrInFlight,
    controllerErrorIfNeeded: controllerErrorIfNeeded
};
