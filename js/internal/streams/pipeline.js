'use strict';
/* js/internal/streams/pipeline.js: stream.pipeline(source, ...transforms, destination, cb)
 * and the implementation stream/promises shares.
 *
 * Streams are piped in order; the first error (a premature close is replaced by any real
 * error that follows) destroys every stream and goes to cb once, on the next tick, after all
 * of them are done.  Besides streams, the source may be an iterable, an async iterable or a
 * function returning one, and later stages may be functions taking the previous stage as an
 * async iterable (async generators) and returning an async iterable (or, for the last stage, a
 * promise).  Web streams are not supported (nodule has none).
 *
 * Node's async functions (pumpToNode) become explicit Promise chains here; they need Promise,
 * which plain stream-to-stream pipelines do not. */

var eos = require('internal/streams/end-of-stream');
var destroyImpl = require('internal/streams/destroy');
var Duplex = require('internal/streams/duplex');
var utils = require('internal/streams/utils');

var PassThrough = null;
var Readable = null;

function disposeSymbol() {
    return typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol['for']('nodejs.dispose');
}

/* Returns an AbortController: the global one, the polyfill module's, or a minimal stand-in
 * whose signal only records that it was aborted. */
function newAbortController() {
    if (typeof AbortController === 'function') {
        return new AbortController();
    }
    var signal = { aborted: false, reason: undefined };
    return {
        signal: signal,
        abort: function (reason) {
            if (!signal.aborted) {
                signal.aborted = true;
                signal.reason = reason;
            }
        }
    };
}

/* Watches one stream of the pipeline; destroy(err) destroys it unless it already finished
 * cleanly. */
function destroyer(stream, reading, writing) {
    var finished = false;
    stream.on('close', function () {
        finished = true;
    });

    var cleanup = eos(stream, { readable: reading, writable: writing }, function (err) {
        finished = !err;
    });

    return {
        destroy: function (err) {
            if (finished) {
                return;
            }
            finished = true;
            destroyImpl.destroyer(stream,
                                  err || new (utils.codes().ERR_STREAM_DESTROYED)('pipe'));
        },
        cleanup: cleanup
    };
}

function popCallback(streams) {
    /* Streams should never be an empty array: the callback must be last. */
    utils.validators().validateFunction(streams[streams.length - 1],
                                        'streams[stream.length - 1]');
    return streams.pop();
}

function readableIterator(val) {
    if (Readable === null) {
        Readable = require('internal/streams/readable');
    }
    return Readable.prototype.iterator.call(val);
}

/* Returns something getAsyncIterator() can iterate: an iterable as is, a readable through
 * its async iterator. */
function makeAsyncIterable(val) {
    if (utils.isIterable(val)) {
        return val;
    } else if (utils.isReadableNodeStream(val)) {
        return readableIterator(val);
    }
    throw new (utils.codes().ERR_INVALID_ARG_TYPE)(
        'val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

/* Node's async pumpToNode: writes every value of `iterable` to `writable`, waiting for
 * 'drain' when write() returns false, ends it when `end`, and reports to finish(err). */
function pumpToNode(iterable, writable, finish, end) {
    var error;
    var onresolve = null;
    var it = null;

    function resume(err) {
        if (err) {
            error = err;
        }
        if (onresolve) {
            var callback = onresolve;
            onresolve = null;
            callback();
        }
    }

    function wait() {
        return new Promise(function (resolve, reject) {
            if (error) {
                reject(error);
            } else {
                onresolve = function () {
                    if (error) {
                        reject(error);
                    } else {
                        resolve();
                    }
                };
            }
        });
    }

    writable.on('drain', resume);
    var cleanup = eos(writable, { readable: false }, resume);

    function cleanupAll() {
        cleanup();
        writable.off('drain', resume);
    }

    function onSuccess() {
        finish();
        cleanupAll();
    }

    function onFailure(err) {
        finish(error !== err ? utils.errors().aggregateTwoErrors(error, err) : err);
        cleanupAll();
    }

    /* `for await` leaving its body with an exception closes the iterator first. */
    function closeThenFail(err) {
        var ret = it && it['return'];
        if (typeof ret !== 'function') {
            onFailure(err);
            return;
        }
        var r;
        try {
            r = ret.call(it);
        } catch (e) {
            onFailure(err);
            return;
        }
        Promise.resolve(r).then(function () {
            onFailure(err);
        }, function () {
            onFailure(err);
        });
    }

    function afterLoop() {
        if (end) {
            writable.end();
            wait().then(onSuccess, onFailure);
        } else {
            onSuccess();
        }
    }

    function loop() {
        var p;
        try {
            p = it.next();
        } catch (e) {
            onFailure(e);
            return;
        }
        Promise.resolve(p).then(function (res) {
            var chunk;
            try {
                if (res.done) {
                    afterLoop();
                    return;
                }
                chunk = res.value;
            } catch (e) {
                onFailure(e);
                return;
            }
            var ok;
            try {
                ok = writable.write(chunk);
            } catch (e) {
                closeThenFail(e);
                return;
            }
            if (!ok) {
                wait().then(loop, closeThenFail);
            } else {
                loop();
            }
        }, onFailure);
    }

    function start() {
        try {
            it = utils.getAsyncIterator(iterable);
        } catch (e) {
            onFailure(e);
            return;
        }
        loop();
    }

    if (writable.writableNeedDrain) {
        wait().then(start, onFailure);
    } else {
        /* An async function runs synchronously up to its first await. */
        start();
    }
}

/* pipeline(...streams, callback): returns the last stream. */
function pipeline() {
    var streams = Array.prototype.slice.call(arguments);
    return pipelineImpl(streams, utils.once(popCallback(streams)));
}

function pipelineImpl(streams, callback, opts) {
    if (streams.length === 1 && Array.isArray(streams[0])) {
        streams = streams[0];
    }

    if (streams.length < 2) {
        throw new (utils.codes().ERR_MISSING_ARGS)('streams');
    }

    var ac = newAbortController();
    var signal = ac.signal;
    var outerSignal = opts ? opts.signal : undefined;

    /* Listeners that stay on the last stream when it is readable, removed on success. */
    var lastStreamCleanup = [];

    utils.validators().validateAbortSignal(outerSignal, 'options.signal');

    function abort() {
        finishImpl(new (utils.errors().AbortError)(undefined,
            { cause: outerSignal ? outerSignal.reason : undefined }));
    }

    var disposable;
    if (outerSignal) {
        disposable = require('events').addAbortListener(outerSignal, abort);
    }

    var error;
    var value;
    var destroys = [];
    var finishCount = 0;

    function finish(err) {
        finishImpl(err, --finishCount === 0);
    }

    function finishImpl(err, isFinal) {
        if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) {
            error = err;
        }
        if (!error && !isFinal) {
            return;
        }
        while (destroys.length) {
            destroys.shift()(error);
        }
        if (disposable) {
            disposable[disposeSymbol()]();
        }
        ac.abort();
        if (isFinal) {
            if (!error) {
                for (var k = 0; k < lastStreamCleanup.length; k++) {
                    lastStreamCleanup[k]();
                }
            }
            process.nextTick(callback, error, value);
        }
    }

    function onError(err) {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
            finish(err);
        }
    }

    var ret;
    for (var i = 0; i < streams.length; i++) {
        var stream = streams[i];
        var reading = i < streams.length - 1;
        var writing = i > 0;
        var end = reading || !opts || opts.end !== false;
        var isLastStream = i === streams.length - 1;
        var d;

        if (utils.isNodeStream(stream)) {
            if (end) {
                d = destroyer(stream, reading, writing);
                destroys.push(d.destroy);
                if (utils.isReadable(stream) && isLastStream) {
                    lastStreamCleanup.push(d.cleanup);
                }
            }

            /* Catch stream errors that eos might not see. */
            stream.on('error', onError);
            if (utils.isReadable(stream) && isLastStream) {
                lastStreamCleanup.push(removeListenerFn(stream, 'error', onError));
            }
        }

        if (i === 0) {
            if (typeof stream === 'function') {
                ret = stream({ signal: signal });
                if (!utils.isIterable(ret)) {
                    throw new (utils.codes().ERR_INVALID_RETURN_VALUE)(
                        'Iterable, AsyncIterable or Stream', 'source', ret);
                }
            } else if (utils.isIterable(stream) || utils.isReadableNodeStream(stream)) {
                ret = stream;
            } else {
                ret = Duplex.from(stream);
            }
        } else if (typeof stream === 'function') {
            ret = makeAsyncIterable(ret);
            ret = stream(ret, { signal: signal });

            if (reading) {
                if (!utils.isIterable(ret, true)) {
                    throw new (utils.codes().ERR_INVALID_RETURN_VALUE)(
                        'AsyncIterable', 'transform[' + (i - 1) + ']', ret);
                }
            } else {
                if (PassThrough === null) {
                    PassThrough = require('internal/streams/passthrough');
                }
                /* The last function's result goes through a PassThrough, which becomes the
                 * pipeline's return value. */
                var pt = new PassThrough({ objectMode: true });
                var then = ret ? ret.then : undefined;
                if (typeof then === 'function') {
                    finishCount++;
                    then.call(ret, makeOnValue(pt, end), makeOnReject(pt));
                } else if (utils.isIterable(ret, true)) {
                    finishCount++;
                    pumpToNode(ret, pt, finish, end);
                } else {
                    throw new (utils.codes().ERR_INVALID_RETURN_VALUE)(
                        'AsyncIterable or Promise', 'destination', ret);
                }
                ret = pt;
                d = destroyer(ret, false, true);
                destroys.push(d.destroy);
                if (isLastStream) {
                    lastStreamCleanup.push(d.cleanup);
                }
            }
        } else if (utils.isNodeStream(stream)) {
            if (utils.isReadableNodeStream(ret)) {
                finishCount += 2;
                var c = pipe(ret, stream, finish, end);
                if (utils.isReadable(stream) && isLastStream) {
                    lastStreamCleanup.push(c);
                }
            } else if (utils.isIterable(ret)) {
                finishCount++;
                pumpToNode(ret, stream, finish, end);
            } else {
                throw new (utils.codes().ERR_INVALID_ARG_TYPE)(
                    'val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream',
                            'TransformStream'], ret);
            }
            ret = stream;
        } else {
            ret = Duplex.from(stream);
        }
    }

    function makeOnValue(pt, doEnd) {
        return function (val) {
            value = val;
            if (val != null) {
                pt.write(val);
            }
            if (doEnd) {
                pt.end();
            }
            process.nextTick(finish);
        };
    }

    function makeOnReject(pt) {
        return function (err) {
            pt.destroy(err);
            process.nextTick(finish, err);
        };
    }

    if ((signal && signal.aborted) || (outerSignal && outerSignal.aborted)) {
        process.nextTick(abort);
    }

    return ret;
}

function removeListenerFn(stream, name, fn) {
    return function () {
        stream.removeListener(name, fn);
    };
}

/* Pipes src into dst for the pipeline: counts for two finish() calls (src done, dst done). */
function pipe(src, dst, finish, end) {
    var ended = false;
    dst.on('close', function () {
        if (!ended) {
            /* Finish if the destination closes before the source has completed. */
            finish(new (utils.codes().ERR_STREAM_PREMATURE_CLOSE)());
        }
    });

    /* When end is true the 'end' listener below ends dst. */
    src.pipe(dst, { end: false });

    if (end) {
        var endFn = function () {
            ended = true;
            dst.end();
        };
        if (utils.isReadableFinished(src)) {
            /* The source has ended already: end the destination. */
            process.nextTick(endFn);
        } else {
            src.once('end', endFn);
        }
    } else {
        finish();
    }

    eos(src, { readable: true, writable: false }, function (err) {
        var rState = src._readableState;
        if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
            (rState && rState.ended && !rState.errored && !rState.errorEmitted)) {
            /* Some readables close before 'end' (net.Socket with allowHalfOpen false, ...):
             * wait for the end that is on its way. */
            src.once('end', finish).once('error', finish);
        } else {
            finish(err);
        }
    });
    return eos(dst, { readable: false, writable: true }, finish);
}

module.exports = {
    pipelineImpl: pipelineImpl,
    pipeline: pipeline
};
