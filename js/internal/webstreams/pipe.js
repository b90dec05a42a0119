'use strict';
/* js/internal/webstreams/pipe.js: ReadableStreamPipeTo, the loop behind pipeTo() and
 * pipeThrough().
 *
 * The loop waits for the writer to be ready, reads one chunk and writes it without waiting for
 * the write, so chunks flow at the pace of the destination's backpressure.  Watchers on the
 * reader's and writer's closed promises (and the optional AbortSignal) start the shutdown the
 * spec describes: close the destination when the source closes (unless preventClose), abort it
 * when the source errors (unless preventAbort), cancel the source when the destination errors
 * or closes (unless preventCancel).  Pending writes finish before the shutdown action runs. */

var util = require('internal/webstreams/util');
var readable = require('internal/webstreams/readablestream');
var writable = require('internal/webstreams/writablestream');
var kState = util.kState;

function readOptions(options) {
    options = util.validateDictionary(options, 'options');
    var signal = options.signal;
    if (signal !== undefined &&
        (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
        throw new util.codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
    }
    return {
        preventClose: Boolean(options.preventClose),
        preventAbort: Boolean(options.preventAbort),
        preventCancel: Boolean(options.preventCancel),
        signal: signal
    };
}

function pipeTo(source, dest, options) {
    var opts = readOptions(options);
    var s = source[kState];
    var w = dest[kState];
    var reader = readable.acquireReader(s);
    var writer = writable.acquireWriter(w);
    s.disturbed = true;
    var shuttingDown = false;
    var currentWrite = Promise.resolve(undefined);
    var done = util.deferred();
    var abortListener;

    function finalize(isError, error) {
        writable.writerRelease(writer);
        readable.readerRelease(reader);
        if (abortListener !== undefined) {
            opts.signal.removeEventListener('abort', abortListener);
        }
        if (isError) done.reject(error);
        else done.resolve(undefined);
    }

    /* Resolves once every write started so far has settled. */
    function waitForWrites() {
        var last = currentWrite;
        return last.then(function () {
            return last === currentWrite ? undefined : waitForWrites();
        }, function () {
            return last === currentWrite ? undefined : waitForWrites();
        });
    }

    function afterWrites() {
        if (w.state === 'writable' && !writable.closeQueuedOrInFlight(w)) return waitForWrites();
        return Promise.resolve(undefined);
    }

    function shutdownWithAction(action, isError, error) {
        if (shuttingDown) return;
        shuttingDown = true;
        afterWrites().then(function () {
            return action();
        }).then(function () {
            finalize(isError, error);
        }, function (e) {
            finalize(true, e);
        });
    }

    function shutdown(isError, error) {
        if (shuttingDown) return;
        shuttingDown = true;
        afterWrites().then(function () {
            finalize(isError, error);
        });
    }

    function onSourceErrored(e) {
        if (!opts.preventAbort) {
            shutdownWithAction(function () { return writable.writableStreamAbort(w, e); }, true, e);
        } else {
            shutdown(true, e);
        }
    }

    function onDestErrored(e) {
        if (!opts.preventCancel) {
            shutdownWithAction(function () { return readable.readableStreamCancel(s, e); }, true, e);
        } else {
            shutdown(true, e);
        }
    }

    function onSourceClosed() {
        if (!opts.preventClose) {
            shutdownWithAction(function () {
                return writable.writerCloseWithErrorPropagation(writer);
            }, false);
        } else {
            shutdown(false);
        }
    }

    function onDestClosed() {
        var error = util.invalidState('Destination WritableStream is closed');
        if (!opts.preventCancel) {
            shutdownWithAction(function () {
                return readable.readableStreamCancel(s, error);
            }, true, error);
        } else {
            shutdown(true, error);
        }
    }

    function onAbort() {
        var error = util.abortErrorFor(opts.signal);
        var actions = [];
        if (!opts.preventAbort) {
            actions.push(function () {
                return w.state === 'writable' ? writable.writableStreamAbort(w, error) :
                    Promise.resolve(undefined);
            });
        }
        if (!opts.preventCancel) {
            actions.push(function () {
                return s.state === 'readable' ? readable.readableStreamCancel(s, error) :
                    Promise.resolve(undefined);
            });
        }
        shutdownWithAction(function () {
            return Promise.all(actions.map(function (action) { return action(); }));
        }, true, error);
    }

    function step() {
        if (shuttingDown) return;
        writer.ready.promise.then(function () {
            if (shuttingDown) return;
            readable.readerRead(reader, {
                chunk: function (chunk) {
                    currentWrite = writable.writerWrite(writer, chunk);
                    util.markHandled(currentWrite);
                    step();
                },
                close: function () {},
                error: function () {}
            });
        }, function () {});
    }

    if (opts.signal !== undefined) {
        if (opts.signal.aborted) {
            onAbort();
            return done.promise;
        }
        abortListener = onAbort;
        opts.signal.addEventListener('abort', abortListener);
    }

    /* The states as they are now, then their changes as the closed promises report them. */
    if (s.state === 'errored') onSourceErrored(s.storedError);
    else if (w.state === 'errored' || w.state === 'erroring') onDestErrored(w.storedError);
    else if (s.state === 'closed') onSourceClosed();
    else if (writable.closeQueuedOrInFlight(w) || w.state === 'closed') onDestClosed();
    reader.closed.promise.then(onSourceClosed, onSourceErrored);
    writer.closed.promise.then(undefined, onDestErrored);
    step();
    return done.promise;
}

module.exports = { pipeTo: pipeTo };
