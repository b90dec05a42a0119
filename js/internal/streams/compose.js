'use strict';
/* js/internal/streams/compose.js: stream.compose(...streams): one Duplex whose writable side
 * is the first stream and whose readable side is the last, with the streams piped together
 * by pipeline().  Functions at either end go through Duplex.from.  Web streams are not
 * supported. */

var pipeline = require('internal/streams/pipeline').pipeline;
var Duplex = require('internal/streams/duplex');
var destroyer = require('internal/streams/destroy').destroyer;
var eos = require('internal/streams/end-of-stream');
var utils = require('internal/streams/utils');

module.exports = function compose() {
    var streams = Array.prototype.slice.call(arguments);

    if (streams.length === 0) {
        throw new (utils.codes().ERR_MISSING_ARGS)('streams');
    }
    if (streams.length === 1) {
        return Duplex.from(streams[0]);
    }

    var orgStreams = streams.slice();

    if (typeof streams[0] === 'function') {
        streams[0] = Duplex.from(streams[0]);
    }
    if (typeof streams[streams.length - 1] === 'function') {
        var idx = streams.length - 1;
        streams[idx] = Duplex.from(streams[idx]);
    }

    for (var n = 0; n < streams.length; ++n) {
        if (!utils.isNodeStream(streams[n])) {
            continue;
        }
        if (n < streams.length - 1 && !utils.isReadable(streams[n])) {
            throw new (utils.codes().ERR_INVALID_ARG_VALUE)(
                'streams[' + n + ']', orgStreams[n], 'must be readable');
        }
        if (n > 0 && !utils.isWritable(streams[n])) {
            throw new (utils.codes().ERR_INVALID_ARG_VALUE)(
                'streams[' + n + ']', orgStreams[n], 'must be writable');
        }
    }

    var ondrain = null;
    var onfinish = null;
    var onreadable = null;
    var onclose;
    var d;
    var readable;
    var writable;

    function onfinished(err) {
        var cb = onclose;
        onclose = null;
        if (cb) {
            cb(err);
        } else if (err) {
            d.destroy(err);
        } else if (!readable && !writable) {
            d.destroy();
        }
    }

    var head = streams[0];
    streams.push(onfinished);
    var tail = pipeline.apply(null, streams);

    writable = !!utils.isWritable(head);
    readable = !!utils.isReadable(tail);

    d = new Duplex({
        writableObjectMode: !!(head && head.writableObjectMode),
        readableObjectMode: !!(tail && tail.readableObjectMode),
        writable: writable,
        readable: readable
    });

    if (writable) {
        d._write = function (chunk, encoding, callback) {
            if (head.write(chunk, encoding)) {
                callback();
            } else {
                ondrain = callback;
            }
        };

        d._final = function (callback) {
            head.end();
            onfinish = callback;
        };

        head.on('drain', function () {
            if (ondrain) {
                var cb = ondrain;
                ondrain = null;
                cb();
            }
        });

        eos(tail, function () {
            if (onfinish) {
                var cb = onfinish;
                onfinish = null;
                cb();
            }
        });
    }

    if (readable) {
        tail.on('readable', function () {
            if (onreadable) {
                var cb = onreadable;
                onreadable = null;
                cb();
            }
        });

        tail.on('end', function () {
            d.push(null);
        });

        d._read = function () {
            for (;;) {
                var buf = tail.read();
                if (buf === null) {
                    onreadable = d._read;
                    return;
                }
                if (!d.push(buf)) {
                    return;
                }
            }
        };
    }

    d._destroy = function (err, callback) {
        if (!err && onclose !== null) {
            err = new (utils.errors().AbortError)();
        }
        onreadable = null;
        ondrain = null;
        onfinish = null;
        if (utils.isNodeStream(tail)) {
            destroyer(tail, err);
        }
        if (onclose === null) {
            callback(err);
        } else {
            onclose = callback;
        }
    };

    return d;
};
