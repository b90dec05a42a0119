'use strict';
/* js/stream.js: Node's 'stream' module.  require('stream') is the legacy Stream class, with
 * Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished and the helpers as
 * properties, in Node's order.  The implementation is in internal/streams/*; pipeline,
 * finished, addAbortSignal and stream/promises load on first use.  Differences from Node 20
 * are listed in docs/api-coverage.md. */

var utils = require('internal/streams/utils');
var stateMod = require('internal/streams/state');
var destroyImpl = require('internal/streams/destroy');

var Stream = module.exports = require('internal/streams/legacy').Stream;

/* The experimental Readable operators, in Node's order, with their `length`; true for the
 * ones returning a stream.  internal/streams/operators loads on the first call. */
var OPERATORS = [
    ['asIndexedPairs', 0, true], ['drop', 1, true], ['filter', 2, true], ['flatMap', 2, true],
    ['map', 2, true], ['take', 1, true], ['compose', 2, true], ['every', 1, false],
    ['forEach', 2, false], ['reduce', 1, false], ['toArray', 1, false], ['some', 1, false],
    ['find', 2, false]
];

function makeOperator(Readable, name, returnsStream) {
    function operator() {
        if (this instanceof operator) {
            throw new (utils.codes().ERR_ILLEGAL_CONSTRUCTOR)();
        }
        var ops = require('internal/streams/operators');
        if (returnsStream) {
            return Readable.from(ops.streamReturningOperators[name].apply(this, arguments));
        }
        return ops.promiseReturningOperators[name].apply(this, arguments);
    }
    return operator;
}

function installOperators(Readable) {
    for (var i = 0; i < OPERATORS.length; i++) {
        var name = OPERATORS[i][0];
        var fn = makeOperator(Readable, name, OPERATORS[i][2]);
        Object.defineProperty(fn, 'name', { value: name, configurable: true });
        Object.defineProperty(fn, 'length', { value: OPERATORS[i][1], configurable: true });
        Object.defineProperty(Readable.prototype, name, {
            value: fn, enumerable: false, configurable: true, writable: true
        });
    }
}

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');
installOperators(Stream.Readable);
Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');

/* stream.duplexPair([options]): two connected Duplexes. */
Stream.duplexPair = function duplexPair(options) {
    return require('internal/streams/duplexpair')(options);
};

/* stream.pipeline(...streams, callback) */
Stream.pipeline = function pipeline() {
    var impl = require('internal/streams/pipeline');
    return impl.pipeline.apply(this, arguments);
};

/* stream.addAbortSignal(signal, stream) */
Stream.addAbortSignal = function addAbortSignal(signal, stream) {
    return require('internal/streams/add-abort-signal').addAbortSignal(signal, stream);
};

/* stream.finished(stream[, options], callback) */
Stream.finished = function finished(stream, options, callback) {
    var eos = require('internal/streams/end-of-stream');
    if (arguments.length === 2) {
        return eos(stream, options);
    }
    return eos(stream, options, callback);
};

Stream.destroy = destroyImpl.destroyer;

/* stream.compose(...streams): Duplex.from over a pipeline of the streams. */
Stream.compose = function compose() {
    return require('internal/streams/compose').apply(this, arguments);
};

Stream.setDefaultHighWaterMark = stateMod.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = stateMod.getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
    configurable: true,
    enumerable: true,
    get: function () {
        return require('stream/promises');
    }
});

/* util.promisify(pipeline) and util.promisify(finished) give the stream/promises versions. */
var kCustomPromisify = Symbol['for']('nodejs.util.promisify.custom');
Object.defineProperty(Stream.pipeline, kCustomPromisify, {
    enumerable: true,
    get: function () {
        return require('stream/promises').pipeline;
    }
});
Object.defineProperty(Stream.finished, kCustomPromisify, {
    enumerable: true,
    get: function () {
        return require('stream/promises').finished;
    }
});

Stream.Stream = Stream;

Stream._isArrayBufferView = utils.isArrayBufferView;
Stream._isUint8Array = utils.isUint8Array;
Stream._uint8ArrayToBuffer = utils.uint8ArrayToBuffer;
