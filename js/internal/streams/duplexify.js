'use strict';
/* js/internal/streams/duplexify.js: Duplex.from(body), which pipeline() also uses for stages
 * that are not streams.
 *
 * body may be a Duplex (returned as is), a readable or writable stream (wrapped in a Duplex
 * with the other side disabled), an iterable (Readable.from), a { readable, writable } pair,
 * a promise (its value becomes the only chunk), or a function: fn(source, { signal }) gets
 * the written chunks as an async iterable and returns an iterable (the readable side) or a
 * promise (a writable-only duplex that finishes when it settles).  Blobs and web streams are
 * not supported. */

var utils = require('internal/streams/utils');
var eos = require('internal/streams/end-of-stream');
var destroyImpl = require('internal/streams/destroy');
var Duplex = require('internal/streams/duplex');
var Readable = require('internal/streams/readable');
var from = require('internal/streams/from');

var destroyer = destroyImpl.destroyer;

/* Duplex with Node's pre-17 handling of readable: false / writable: false. */
function Duplexify(options) {
    if (!(this instanceof Duplexify)) {
        return new Duplexify(options);
    }
    Duplex.call(this, options);
    if (options && options.readable === false) {
        this._readableState.readable = false;
        this._readableState.ended = true;
        this._readableState.endEmitted = true;
    }
    if (options && options.writable === false) {
        this._writableState.writable = false;
        this._writableState.ending = true;
        this._writableState.ended = true;
        this._writableState.finished = true;
    }
}
Object.setPrototypeOf(Duplexify.prototype, Duplex.prototype);
Object.setPrototypeOf(Duplexify, Duplex);

function newAbortController() {
    if (typeof AbortController === 'function') {
        return new AbortController();
    }
    var signal = { aborted: false, reason: undefined };
    return {
        signal: signal,
        abort: function (reason) {
            signal.aborted = true;
            signal.reason = reason;
        }
    };
}

function createDeferred() {
    var d = {};
    d.promise = new Promise(function (resolve, reject) {
        d.resolve = resolve;
        d.reject = reject;
    });
    return d;
}

/* Node's fromAsyncGen: fn gets an async iterable of the chunks written to the duplex.  The
 * iterable is written out by hand (Node uses an async generator). */
function fromAsyncGen(fn) {
    var deferred = createDeferred();
    var promise = deferred.promise;
    var resolve = deferred.resolve;
    var ac = newAbortController();
    var signal = ac.signal;
    var finished = false;

    var source = {
        next: function () {
            if (finished) {
                return Promise.resolve({ value: undefined, done: true });
            }
            var p = promise;
            promise = null;
            return p.then(function (req) {
                process.nextTick(req.cb);
                if (req.done) {
                    finished = true;
                    return { value: undefined, done: true };
                }
                if (signal.aborted) {
                    finished = true;
                    throw new (utils.errors().AbortError)(undefined, { cause: signal.reason });
                }
                var d = createDeferred();
                promise = d.promise;
                resolve = d.resolve;
                return { value: req.chunk, done: false };
            });
        },
        'return': function (value) {
            finished = true;
            return Promise.resolve({ value: value, done: true });
        },
        'throw': function (err) {
            finished = true;
            return Promise.reject(err);
        }
    };
    if (typeof Symbol.asyncIterator === 'symbol') {
        source[Symbol.asyncIterator] = function () {
            return this;
        };
    }

    var value = fn(source, { signal: signal });

    return {
        value: value,
        write: function (chunk, encoding, cb) {
            var r = resolve;
            resolve = null;
            r({ chunk: chunk, done: false, cb: cb });
        },
        final: function (cb) {
            var r = resolve;
            resolve = null;
            r({ done: true, cb: cb });
        },
        destroy: function (err, cb) {
            ac.abort();
            cb(err);
        }
    };
}

function duplexify(body, name) {
    if (utils.isDuplexNodeStream(body)) {
        return body;
    }
    if (utils.isReadableNodeStream(body)) {
        return duplexifyPair({ readable: body });
    }
    if (utils.isWritableNodeStream(body)) {
        return duplexifyPair({ writable: body });
    }
    if (utils.isNodeStream(body)) {
        return duplexifyPair({ writable: false, readable: false });
    }

    var then;
    var d;

    if (typeof body === 'function') {
        var gen = fromAsyncGen(body);
        var value = gen.value;

        /* body may be a constructor rather than an async generator function. */
        if (utils.isDuplexNodeStream(value)) {
            return value;
        }

        if (utils.isIterable(value)) {
            return from(Duplexify, value, {
                objectMode: true,
                write: gen.write,
                final: gen.final,
                destroy: gen.destroy
            });
        }

        then = value ? value.then : undefined;
        if (typeof then === 'function') {
            var promise = then.call(value, function (val) {
                if (val != null) {
                    throw new (utils.codes().ERR_INVALID_RETURN_VALUE)('nully', 'body', val);
                }
            }, function (err) {
                destroyer(d, err);
            });

            d = new Duplexify({
                objectMode: true,
                readable: false,
                write: gen.write,
                final: function (cb) {
                    gen.final(function () {
                        promise.then(function () {
                            process.nextTick(cb, null);
                        }, function (err) {
                            process.nextTick(cb, err);
                        });
                    });
                },
                destroy: gen.destroy
            });
            return d;
        }

        throw new (utils.codes().ERR_INVALID_RETURN_VALUE)(
            'Iterable, AsyncIterable or AsyncFunction', name, value);
    }

    if (utils.isIterable(body)) {
        return from(Duplexify, body, { objectMode: true, writable: false });
    }

    if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
        var r;
        if (body.readable) {
            r = utils.isReadableNodeStream(body.readable) ? body.readable :
                duplexify(body.readable);
        }
        var w;
        if (body.writable) {
            w = utils.isWritableNodeStream(body.writable) ? body.writable :
                duplexify(body.writable);
        }
        return duplexifyPair({ readable: r, writable: w });
    }

    then = body ? body.then : undefined;
    if (typeof then === 'function') {
        then.call(body, function (val) {
            if (val != null) {
                d.push(val);
            }
            d.push(null);
        }, function (err) {
            destroyer(d, err);
        });
        d = new Duplexify({ objectMode: true, writable: false, read: function () {} });
        return d;
    }

    throw new (utils.codes().ERR_INVALID_ARG_TYPE)(
        name,
        ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable',
         'Function', '{ readable, writable } pair', 'Promise'],
        body);
}

/* One Duplex in front of a readable and/or a writable stream. */
function duplexifyPair(pair) {
    var r = pair.readable && typeof pair.readable.read !== 'function' ?
        Readable.wrap(pair.readable) : pair.readable;
    var w = pair.writable;

    var readable = !!utils.isReadable(r);
    var writable = !!utils.isWritable(w);

    var ondrain = null;
    var onfinish = null;
    var onreadable = null;
    var onclose;
    var d;

    function onfinished(err) {
        var cb = onclose;
        onclose = null;
        if (cb) {
            cb(err);
        } else if (err) {
            d.destroy(err);
        }
    }

    d = new Duplexify({
        readableObjectMode: !!(r && r.readableObjectMode),
        writableObjectMode: !!(w && w.writableObjectMode),
        readable: readable,
        writable: writable
    });

    if (writable) {
        eos(w, function (err) {
            writable = false;
            if (err) {
                destroyer(r, err);
            }
            onfinished(err);
        });

        d._write = function (chunk, encoding, callback) {
            if (w.write(chunk, encoding)) {
                callback();
            } else {
                ondrain = callback;
            }
        };

        d._final = function (callback) {
            w.end();
            onfinish = callback;
        };

        w.on('drain', function () {
            if (ondrain) {
                var cb = ondrain;
                ondrain = null;
                cb();
            }
        });

        w.on('finish', function () {
            if (onfinish) {
                var cb = onfinish;
                onfinish = null;
                cb();
            }
        });
    }

    if (readable) {
        eos(r, function (err) {
            readable = false;
            if (err) {
                destroyer(r, err);
            }
            onfinished(err);
        });

        r.on('readable', function () {
            if (onreadable) {
                var cb = onreadable;
                onreadable = null;
                cb();
            }
        });

        r.on('end', function () {
            d.push(null);
        });

        d._read = function () {
            for (;;) {
                var buf = r.read();
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
        if (onclose === null) {
            callback(err);
        } else {
            onclose = callback;
            destroyer(w, err);
            destroyer(r, err);
        }
    };

    return d;
}

module.exports = duplexify;
