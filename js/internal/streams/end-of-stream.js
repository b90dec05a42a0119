'use strict';
/* js/internal/streams/end-of-stream.js: stream.finished(stream[, options], callback) ("eos")
 * and its promise form.
 *
 * Calls back once the stream is done: after 'end' (readable side) and 'finish' (writable
 * side), or on 'error', or with ERR_STREAM_PREMATURE_CLOSE on a 'close' that came first.
 * A stream that will emit 'close' (autoDestroy + emitClose) is reported on 'close' rather
 * than on 'end'/'finish', as in Node 20.  Returns a function that removes the listeners.
 * Legacy streams and http messages get Node's special cases. */

var utils = require('internal/streams/utils');

var nop = utils.nop;

function isRequest(stream) {
    return stream.setHeader && typeof stream.abort === 'function';
}

function disposeSymbol() {
    return typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol['for']('nodejs.dispose');
}

var kEmptyObject = Object.freeze(Object.create(null));

function eos(stream, options, callback) {
    if (arguments.length === 2) {
        callback = options;
        options = kEmptyObject;
    } else if (options == null) {
        options = kEmptyObject;
    } else {
        utils.validators().validateObject(options, 'options');
    }
    utils.validators().validateFunction(callback, 'callback');
    utils.validators().validateAbortSignal(options.signal, 'options.signal');

    callback = utils.once(callback);

    if (!utils.isNodeStream(stream)) {
        throw new (utils.codes().ERR_INVALID_ARG_TYPE)(
            'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }

    var readable = options.readable != null ? options.readable :
        utils.isReadableNodeStream(stream);
    var writable = options.writable != null ? options.writable :
        utils.isWritableNodeStream(stream);

    var wState = stream._writableState;
    var rState = stream._readableState;

    function onlegacyfinish() {
        if (!stream.writable) {
            onfinish();
        }
    }

    /* A stream that will emit 'close' is done on 'close': wait for it. */
    var willEmitClose = (
        utils.willEmitClose(stream) &&
        utils.isReadableNodeStream(stream) === readable &&
        utils.isWritableNodeStream(stream) === writable
    );

    var writableFinished = utils.isWritableFinished(stream, false);
    function onfinish() {
        writableFinished = true;
        /* A destroyed stream may never emit 'close' (emitClose false): don't wait for it. */
        if (stream.destroyed) {
            willEmitClose = false;
        }
        if (willEmitClose && (!stream.readable || readable)) {
            return;
        }
        if (!readable || readableFinished) {
            callback.call(stream);
        }
    }

    var readableFinished = utils.isReadableFinished(stream, false);
    function onend() {
        readableFinished = true;
        if (stream.destroyed) {
            willEmitClose = false;
        }
        if (willEmitClose && (!stream.writable || writable)) {
            return;
        }
        if (!writable || writableFinished) {
            callback.call(stream);
        }
    }

    function onerror(err) {
        callback.call(stream, err);
    }

    var closed = utils.isClosed(stream);

    function onclose() {
        closed = true;

        var errored = utils.isWritableErrored(stream) || utils.isReadableErrored(stream);
        if (errored && typeof errored !== 'boolean') {
            return callback.call(stream, errored);
        }

        if (readable && !readableFinished && utils.isReadableNodeStream(stream, true)) {
            if (!utils.isReadableFinished(stream, false)) {
                return callback.call(stream,
                                     new (utils.codes().ERR_STREAM_PREMATURE_CLOSE)());
            }
        }
        if (writable && !writableFinished) {
            if (!utils.isWritableFinished(stream, false)) {
                return callback.call(stream,
                                     new (utils.codes().ERR_STREAM_PREMATURE_CLOSE)());
            }
        }
        callback.call(stream);
    }

    function onclosed() {
        closed = true;
        var errored = utils.isWritableErrored(stream) || utils.isReadableErrored(stream);
        if (errored && typeof errored !== 'boolean') {
            return callback.call(stream, errored);
        }
        callback.call(stream);
    }

    function onrequest() {
        stream.req.on('finish', onfinish);
    }

    if (isRequest(stream)) {
        stream.on('complete', onfinish);
        if (!willEmitClose) {
            stream.on('abort', onclose);
        }
        if (stream.req) {
            onrequest();
        } else {
            stream.on('request', onrequest);
        }
    } else if (writable && !wState) {
        /* legacy streams */
        stream.on('end', onlegacyfinish);
        stream.on('close', onlegacyfinish);
    }

    /* Not all streams emit 'close' after 'aborted'. */
    if (!willEmitClose && typeof stream.aborted === 'boolean') {
        stream.on('aborted', onclose);
    }

    stream.on('end', onend);
    stream.on('finish', onfinish);
    if (options.error !== false) {
        stream.on('error', onerror);
    }
    stream.on('close', onclose);

    if (closed) {
        process.nextTick(onclose);
    } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
        if (!willEmitClose) {
            process.nextTick(onclosed);
        }
    } else if (
        !readable &&
        (!willEmitClose || utils.isReadable(stream)) &&
        (writableFinished || utils.isWritable(stream) === false) &&
        (wState == null || wState.pendingcb === undefined || wState.pendingcb === 0)
    ) {
        process.nextTick(onclosed);
    } else if (
        !writable &&
        (!willEmitClose || utils.isWritable(stream)) &&
        (readableFinished || utils.isReadable(stream) === false)
    ) {
        process.nextTick(onclosed);
    } else if (rState && stream.req && stream.aborted) {
        process.nextTick(onclosed);
    }

    function cleanup() {
        callback = nop;
        stream.removeListener('aborted', onclose);
        stream.removeListener('complete', onfinish);
        stream.removeListener('abort', onclose);
        stream.removeListener('request', onrequest);
        if (stream.req) {
            stream.req.removeListener('finish', onfinish);
        }
        stream.removeListener('end', onlegacyfinish);
        stream.removeListener('close', onlegacyfinish);
        stream.removeListener('finish', onfinish);
        stream.removeListener('end', onend);
        stream.removeListener('error', onerror);
        stream.removeListener('close', onclose);
    }

    if (options.signal && !closed) {
        var signal = options.signal;
        var abort = function () {
            var endCallback = callback;
            cleanup();
            endCallback.call(stream,
                             new (utils.errors().AbortError)(undefined, { cause: signal.reason }));
        };
        if (signal.aborted) {
            process.nextTick(abort);
        } else {
            var disposable = require('events').addAbortListener(signal, abort);
            var originalCallback = callback;
            callback = utils.once(function () {
                disposable[disposeSymbol()]();
                originalCallback.apply(stream, arguments);
            });
        }
    }

    return cleanup;
}

/* finished(stream[, options]) from stream/promises: resolves when eos calls back without an
 * error, rejects with the error otherwise; options.cleanup removes the listeners then. */
function finished(stream, opts) {
    var autoCleanup = false;
    if (opts === null) {
        opts = kEmptyObject;
    }
    if (opts && opts.cleanup) {
        utils.validators().validateBoolean(opts.cleanup, 'cleanup');
        autoCleanup = opts.cleanup;
    }
    return new Promise(function (resolve, reject) {
        var cleanup = eos(stream, opts, function (err) {
            if (autoCleanup) {
                cleanup();
            }
            if (err) {
                reject(err);
            } else {
                resolve();
            }
        });
    });
}

module.exports = eos;
module.exports.finished = finished;
