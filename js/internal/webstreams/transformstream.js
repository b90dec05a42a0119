'use strict';
/* js/internal/webstreams/transformstream.js: the WHATWG TransformStream and its default
 * controller.
 *
 * The writable side's sink runs the transformer's transform() (by default, enqueue the chunk as
 * it is) and waits while the readable side has backpressure; the readable side's pull() lifts
 * it.  Closing the writable side runs flush() and closes the readable side; an error on either
 * side errors both.  Algorithms as the spec (Node 20's edition: no transformer.cancel). */

var util = require('internal/webstreams/util');
var readable = require('internal/webstreams/readablestream');
var writable = require('internal/webstreams/writablestream');
var codes = util.codes;
var kState = util.kState;

function readableController(t) {
    return t.readable[kState].controller;
}

function setBackpressure(t, backpressure) {
    if (t.backpressureChange !== undefined) t.backpressureChange.resolve(undefined);
    t.backpressureChange = util.deferred();
    t.backpressure = backpressure;
}

function errorWritableAndUnblockWrite(t, e) {
    t.controller.transformAlgorithm = undefined;
    t.controller.flushAlgorithm = undefined;
    writable.controllerErrorIfNeeded(t.writable[kState].controller, e);
    if (t.backpressure) setBackpressure(t, false);
}

function transformStreamError(t, e) {
    readable.controllerError(readableController(t), e);
    errorWritableAndUnblockWrite(t, e);
}

function controllerEnqueue(c, chunk) {
    var t = c.stream;
    var rc = readableController(t);
    if (!readable.canCloseOrEnqueue(rc)) {
        throw util.invalidState('Unable to enqueue');
    }
    try {
        readable.controllerEnqueue(rc, chunk);
    } catch (e) {
        errorWritableAndUnblockWrite(t, e);
        throw t.readable[kState].storedError;
    }
    if (!readable.shouldCallPull(rc) && !t.backpressure) setBackpressure(t, true);
}

function controllerTerminate(c) {
    var t = c.stream;
    readable.controllerClose(readableController(t));
    errorWritableAndUnblockWrite(t, util.invalidState('TransformStream has been terminated'));
}

function performTransform(c, chunk) {
    var result = c.transformAlgorithm === undefined ?
        util.promiseCall(undefined, function () { controllerEnqueue(c, chunk); }, []) :
        util.promiseCall(c.transformer, c.transformAlgorithm, [chunk, c.object]);
    return result.then(undefined, function (r) {
        transformStreamError(c.stream, r);
        throw r;
    });
}

function TransformStreamDefaultController() {
    util.illegalConstructor();
}

function controllerOf(value) {
    return util.stateOf(value, 'TransformStreamDefaultController',
                        'TransformStreamDefaultController');
}

util.defineProto(TransformStreamDefaultController.prototype, {
    desiredSize: function () {
        var rc = readableController(controllerOf(this).stream);
        var state = rc.stream.state;
        if (state === 'errored') return null;
        if (state === 'closed') return 0;
        return rc.highWaterMark - rc.queueTotalSize;
    }
}, {
    enqueue: function (chunk) {
        controllerEnqueue(controllerOf(this), chunk);
    },
    error: function (reason) {
        transformStreamError(controllerOf(this).stream, reason);
    },
    terminate: function () {
        controllerTerminate(controllerOf(this));
    }
}, 'TransformStreamDefaultController');

function TransformStream(transformer, writableStrategy, readableStrategy) {
    util.requireNew(new.target, 'TransformStream');
    if (transformer === undefined) transformer = null;
    if (transformer !== null && typeof transformer !== 'object' &&
        typeof transformer !== 'function') {
        throw new codes.ERR_INVALID_ARG_TYPE('transformer', 'object', transformer);
    }
    var tr = transformer === null ? {} : transformer;
    if (tr.readableType !== undefined) {
        throw new codes.ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType',
                                                        tr.readableType);
    }
    if (tr.writableType !== undefined) {
        throw new codes.ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType',
                                                        tr.writableType);
    }
    writableStrategy = util.validateDictionary(writableStrategy, 'writableStrategy');
    readableStrategy = util.validateDictionary(readableStrategy, 'readableStrategy');
    var t = createTransform(this, tr, util.optionalMethod(tr, 'transform'),
                            util.optionalMethod(tr, 'flush'),
                            util.extractHighWaterMark(writableStrategy, 1),
                            util.extractSizeAlgorithm(writableStrategy),
                            util.extractHighWaterMark(readableStrategy, 0),
                            util.extractSizeAlgorithm(readableStrategy));
    var start = util.optionalMethod(tr, 'start');
    var started = start === undefined ? undefined : start.call(tr, t.controller.object);
    t.startPromise.resolve(started);
}

/* InitializeTransformStream and SetUpTransformStreamDefaultController in one. */
function createTransform(object, transformer, transform, flush, writableHwm, writableSize,
                         readableHwm, readableSize) {
    var t = { brand: 'TransformStream', object: object, backpressure: undefined,
              backpressureChange: undefined, startPromise: util.deferred() };
    util.setState(object, t);
    var controllerObject = Object.create(TransformStreamDefaultController.prototype);
    var c = { brand: 'TransformStreamDefaultController', object: controllerObject, stream: t,
              transformer: transformer, transformAlgorithm: transform, flushAlgorithm: flush };
    util.setState(controllerObject, c);
    t.controller = c;
    function startAlgorithm() {
        return t.startPromise.promise;
    }
    t.writable = writable.createWritableStream(startAlgorithm, function (chunk) {
        return sinkWrite(t, chunk);
    }, function () {
        return sinkClose(t);
    }, function (reason) {
        transformStreamError(t, reason);
        return Promise.resolve(undefined);
    }, writableHwm, writableSize);
    t.readable = readable.createReadableStream(startAlgorithm, function () {
        setBackpressure(t, false);
        return t.backpressureChange.promise;
    }, function (reason) {
        errorWritableAndUnblockWrite(t, reason);
        return Promise.resolve(undefined);
    }, readableHwm);
    t.readable[kState].controller.sizeAlgorithm = readableSize;
    setBackpressure(t, true);
    return t;
}

function sinkWrite(t, chunk) {
    if (!t.backpressure) return performTransform(t.controller, chunk);
    return t.backpressureChange.promise.then(function () {
        var w = t.writable[kState];
        if (w.state === 'erroring') throw w.storedError;
        return performTransform(t.controller, chunk);
    });
}

function sinkClose(t) {
    var c = t.controller;
    var flushed = util.promiseCall(c.transformer, c.flushAlgorithm, [c.object]);
    c.transformAlgorithm = undefined;
    c.flushAlgorithm = undefined;
    var r = t.readable[kState];
    return flushed.then(function () {
        if (r.state === 'errored') throw r.storedError;
        readable.controllerClose(r.controller);
    }, function (e) {
        transformStreamError(t, e);
        throw r.storedError;
    });
}

function streamOf(value) {
    return util.stateOf(value, 'TransformStream', 'TransformStream');
}

util.defineProto(TransformStream.prototype, {
    readable: function () {
        return streamOf(this).readable;
    },
    writable: function () {
        return streamOf(this).writable;
    }
}, {}, 'TransformStream');

util.defineInspect(TransformStream.prototype, 'TransformStream', function (stream) {
    var t = stream[kState];
    return { readable: t.readable, writable: t.writable, backpressure: t.backpressure };
});

/* A TransformStream over a transform(chunk, controller) and flush(controller) of our own. */
function createTransformStream(transform, flush) {
    var object = Object.create(TransformStream.prototype);
    var t = createTransform(object, {}, transform, flush, 1, function () { return 1; }, 0,
                            function () { return 1; });
    t.startPromise.resolve(undefined);
    return object;
}

module.exports = {
    TransformStream: TransformStream,
    TransformStreamDefaultController: TransformStreamDefaultController,
    createTransformStream: createTransformStream
};
