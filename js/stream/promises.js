'use strict';
/* js/stream/promises.js: Node's 'stream/promises': pipeline() and finished() returning
 * promises.  Needs a global Promise (the polyfill). */

var utils = require('internal/streams/utils');
var pipelineImpl = require('internal/streams/pipeline').pipelineImpl;
var finished = require('internal/streams/end-of-stream').finished;

/* pipeline(...streams[, { signal, end }]): resolves with the last stage's promise value, if
 * any, once everything is done; rejects with the first error. */
function pipeline() {
    var streams = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
        var signal;
        var end;
        var lastArg = streams[streams.length - 1];
        if (lastArg && typeof lastArg === 'object' && !utils.isNodeStream(lastArg) &&
            !utils.isIterable(lastArg) && !utils.isWebStream(lastArg)) {
            var options = streams.pop();
            signal = options.signal;
            end = options.end;
        }
        pipelineImpl(streams, function (err, value) {
            if (err) {
                reject(err);
            } else {
                resolve(value);
            }
        }, { signal: signal, end: end });
    });
}

module.exports = {
    finished: finished,
    pipeline: pipeline
};
