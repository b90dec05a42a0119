'use strict';
/* js/internal/streams/add-abort-signal.js: stream.addAbortSignal(signal, stream): destroys
 * the stream with an AbortError (cause: signal.reason) when the signal aborts. */

var utils = require('internal/streams/utils');
var eos = require('internal/streams/end-of-stream');

function disposeSymbol() {
    return typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol['for']('nodejs.dispose');
}

function validateAbortSignal(signal, name) {
    if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
        throw new (utils.codes().ERR_INVALID_ARG_TYPE)(name, 'AbortSignal', signal);
    }
}

/* Returns `stream`, which the signal now destroys when it aborts. */
function addAbortSignal(signal, stream) {
    validateAbortSignal(signal, 'signal');
    if (!utils.isNodeStream(stream) && !utils.isWebStream(stream)) {
        throw new (utils.codes().ERR_INVALID_ARG_TYPE)(
            'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
    if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
        return stream;
    }
    function onAbort() {
        stream.destroy(new (utils.errors().AbortError)(undefined, { cause: signal.reason }));
    }
    if (signal.aborted) {
        onAbort();
    } else {
        var disposable = require('events').addAbortListener(signal, onAbort);
        eos(stream, disposable[disposeSymbol()]);
    }
    return stream;
}

module.exports = {
    addAbortSignal: addAbortSignal,
    addAbortSignalNoValidate: addAbortSignalNoValidate
};
