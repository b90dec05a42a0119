'use strict';
/* js/internal/streams/destroy.js: destroy(), _undestroy(), errorOrDestroy() and the
 * _construct() machinery shared by Readable, Writable and Duplex, with Node 20's order:
 * destroy(err) calls _destroy at once (or after _construct completes), then 'error' and
 * 'close' are emitted together on the next tick.
 *
 * A duplex keeps the same flags on both of its states; the writable side is the one asked
 * (`w || r`), as in Node. */

var utils = require('internal/streams/utils');

var kDestroy = Symbol('kDestroy');
var kConstruct = Symbol('kConstruct');

/* Records err as the stream's error on both sides, unless one is recorded already. */
function checkError(err, w, r) {
    if (err) {
        if (w && !w.errored) {
            w.errored = err;
        }
        if (r && !r.errored) {
            r.errored = err;
        }
    }
}

/* stream.destroy([err][, cb]): marks the stream destroyed, calls _destroy(err, onDestroy)
 * (after _construct has finished, if it is still running) and returns the stream.  The
 * undocumented cb(err) runs when _destroy completes; 'error' and 'close' still follow on the
 * next tick, as in Node 20. */
function destroy(err, cb) {
    var r = this._readableState;
    var w = this._writableState;
    var s = w || r;

    if ((w && w.destroyed) || (r && r.destroyed)) {
        if (typeof cb === 'function') {
            cb();
        }
        return this;
    }

    /* destroyed is set before any callback runs, so destroy() inside one is a no-op. */
    checkError(err, w, r);
    if (w) {
        w.destroyed = true;
    }
    if (r) {
        r.destroyed = true;
    }

    if (!s.constructed) {
        this.once(kDestroy, function (er) {
            destroyNow(this, utils.errors().aggregateTwoErrors(er, err), cb);
        });
    } else {
        destroyNow(this, err, cb);
    }
    return this;
}

function destroyNow(self, err, cb) {
    var called = false;

    function onDestroy(er) {
        if (called) {
            return;
        }
        called = true;
        var r = self._readableState;
        var w = self._writableState;
        checkError(er, w, r);
        if (w) {
            w.closed = true;
        }
        if (r) {
            r.closed = true;
        }
        if (typeof cb === 'function') {
            cb(er);
        }
        if (er) {
            process.nextTick(emitErrorCloseNT, self, er);
        } else {
            process.nextTick(emitCloseNT, self);
        }
    }

    try {
        self._destroy(err || null, onDestroy);
    } catch (e) {
        onDestroy(e);
    }
}

function emitErrorCloseNT(self, err) {
    emitErrorNT(self, err);
    emitCloseNT(self);
}

function emitCloseNT(self) {
    var r = self._readableState;
    var w = self._writableState;
    if (w) {
        w.closeEmitted = true;
    }
    if (r) {
        r.closeEmitted = true;
    }
    if ((w && w.emitClose) || (r && r.emitClose)) {
        self.emit('close');
    }
}

function emitErrorNT(self, err) {
    var r = self._readableState;
    var w = self._writableState;
    if ((w && w.errorEmitted) || (r && r.errorEmitted)) {
        return;
    }
    if (w) {
        w.errorEmitted = true;
    }
    if (r) {
        r.errorEmitted = true;
    }
    self.emit('error', err);
}

/* stream._undestroy(): resets the flags so a destroyed stream can be reused (Node's
 * undocumented helper used by net sockets that reconnect). */
function undestroy() {
    var r = this._readableState;
    var w = this._writableState;
    if (r) {
        r.constructed = true;
        r.closed = false;
        r.closeEmitted = false;
        r.destroyed = false;
        r.errored = null;
        r.errorEmitted = false;
        r.reading = false;
        r.ended = r.readable === false;
        r.endEmitted = r.readable === false;
    }
    if (w) {
        w.constructed = true;
        w.destroyed = false;
        w.closed = false;
        w.closeEmitted = false;
        w.errored = null;
        w.errorEmitted = false;
        w.finalCalled = false;
        w.prefinished = false;
        w.ended = w.writable === false;
        w.ending = w.writable === false;
        w.finished = w.writable === false;
    }
}

/* Reports err on the stream: destroy(err) when it auto-destroys, otherwise records it and
 * emits 'error' now (or on the next tick when `sync`). */
function errorOrDestroy(stream, err, sync) {
    var r = stream._readableState;
    var w = stream._writableState;

    if ((w && w.destroyed) || (r && r.destroyed)) {
        return;
    }

    if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
        stream.destroy(err);
    } else if (err) {
        if (w && !w.errored) {
            w.errored = err;
        }
        if (r && !r.errored) {
            r.errored = err;
        }
        if (sync) {
            process.nextTick(emitErrorNT, stream, err);
        } else {
            emitErrorNT(stream, err);
        }
    }
}

/* Runs stream._construct(cb) on the next tick; until it calls back, the stream is not
 * 'constructed': reads, writes and destroy wait.  `cb` runs once construction succeeded. */
function construct(stream, cb) {
    if (typeof stream._construct !== 'function') {
        return;
    }
    var r = stream._readableState;
    var w = stream._writableState;
    if (r) {
        r.constructed = false;
    }
    if (w) {
        w.constructed = false;
    }

    stream.once(kConstruct, cb);

    /* A Duplex calls construct() once per side; only the first schedules the call. */
    if (stream.listenerCount(kConstruct) > 1) {
        return;
    }
    process.nextTick(constructNT, stream);
}

function constructNT(stream) {
    var called = false;

    function onConstruct(err) {
        if (called) {
            errorOrDestroy(stream, err != null ? err : new (utils.codes().ERR_MULTIPLE_CALLBACK)());
            return;
        }
        called = true;

        var r = stream._readableState;
        var w = stream._writableState;
        var s = w || r;
        if (r) {
            r.constructed = true;
        }
        if (w) {
            w.constructed = true;
        }

        if (s.destroyed) {
            stream.emit(kDestroy, err);
        } else if (err) {
            errorOrDestroy(stream, err, true);
        } else {
            stream.emit(kConstruct);
        }
    }

    try {
        stream._construct(function (err) {
            process.nextTick(onConstruct, err);
        });
    } catch (err) {
        process.nextTick(onConstruct, err);
    }
}

function isRequest(stream) {
    return stream && stream.setHeader && typeof stream.abort === 'function';
}

function emitCloseLegacy(stream) {
    stream.emit('close');
}

function emitErrorCloseLegacy(stream, err) {
    stream.emit('error', err);
    process.nextTick(emitCloseLegacy, stream);
}

/* Destroys any kind of stream (Node's stream.destroy / destroyer): an unfinished stream
 * destroyed without an error gets an AbortError. */
function destroyer(stream, err) {
    if (!stream || utils.isDestroyed(stream)) {
        return;
    }
    if (!err && !utils.isFinished(stream)) {
        err = new (utils.errors().AbortError)();
    }
    if (utils.isServerRequest(stream)) {
        stream.socket = null;
        stream.destroy(err);
    } else if (isRequest(stream)) {
        stream.abort();
    } else if (isRequest(stream.req)) {
        stream.req.abort();
    } else if (typeof stream.destroy === 'function') {
        stream.destroy(err);
    } else if (typeof stream.close === 'function') {
        stream.close();
    } else if (err) {
        process.nextTick(emitErrorCloseLegacy, stream, err);
    } else {
        process.nextTick(emitCloseLegacy, stream);
    }
    if (!stream.destroyed) {
        stream[utils.kIsDestroyed] = true;
    }
}

module.exports = {
    construct: construct,
    destroyer: destroyer,
    destroy: destroy,
    undestroy: undestroy,
    errorOrDestroy: errorOrDestroy,
    kDestroy: kDestroy,
    kConstruct: kConstruct
};
