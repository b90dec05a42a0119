'use strict';
/* js/internal/streams/writable.js: stream.Writable with Node 20's semantics and event order.
 *
 * write() hands the chunk to _write() at once when nothing is in flight, otherwise queues it
 * in state.buffered (read from bufferedIndex); each completion runs the next queued write, or
 * all of them through _writev().  write() returns false once state.length reaches
 * highWaterMark, and 'drain' follows when everything has been written.  end() waits for the
 * writes, calls _final(), then emits 'prefinish' and 'finish' (and, with autoDestroy, 'close').
 *
 * Hot path: a write with no callback that completes synchronously allocates nothing but the
 * queue entry it may need; completions with the same callback in one tick share one nextTick.
 * One closure per stream (state.onwrite) is the callback every _write() gets.
 *
 * Chunks: strings become Buffers (decodeStrings) when js/buffer.js exists; before that they are
 * passed to _write() as strings with their encoding, and length counts UTF-16 code units. */

var EE = require('events');
var legacy = require('internal/streams/legacy');
var destroyImpl = require('internal/streams/destroy');
var stateMod = require('internal/streams/state');
var utils = require('internal/streams/utils');

var Stream = legacy.Stream;
var getHighWaterMark = stateMod.getHighWaterMark;
var getDefaultHighWaterMark = stateMod.getDefaultHighWaterMark;
var errorOrDestroy = destroyImpl.errorOrDestroy;
var kOnConstructed = utils.kOnConstructed;
var nop = utils.nop;

var kOnFinished = Symbol('kOnFinished');

module.exports = Writable;
Writable.WritableState = WritableState;
/* The bridges to web streams (js/internal/webstreams/adapters.js). */
Writable.fromWeb = function fromWeb(writableStream, options) {
    return require('internal/webstreams/adapters').writableFromWeb(writableStream, options);
};
Writable.toWeb = function toWeb(streamWritable) {
    return require('internal/webstreams/adapters').writableToWeb(streamWritable);
};

Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

/* Creates the state of a writable (or of the writable side of a duplex when isDuplex, which
 * then also reads writableObjectMode and writableHighWaterMark). */
/* The state keeps only what differs from the defaults below, which live on the prototype (see
 * ReadableState): an idle stream costs a few hundred bytes instead of 1.8 KB. */
function WritableState(options, stream, isDuplex) {
    /* Object mode: any value but null may be written, and each counts as 1. */
    if (options && (options.objectMode || (isDuplex && options.writableObjectMode))) {
        this.objectMode = true;
    }

    /* write() starts returning false here; 0 means false unless the write completed at once. */
    var hwm = options ?
        getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
        getDefaultHighWaterMark(false);
    if (hwm !== WRITABLE_DEFAULTS.highWaterMark) {
        this.highWaterMark = hwm;
    }

    /* Convert strings to Buffers before _write(); some core streams handle strings
     * themselves and turn it off. */
    if (options && options.decodeStrings === false) {
        this.decodeStrings = false;
    }

    var defaultEncoding = options ? options.defaultEncoding : null;
    if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
        /* the default */
    } else if (utils.isEncoding(defaultEncoding)) {
        this.defaultEncoding = defaultEncoding;
    } else {
        throw new (utils.codes().ERR_UNKNOWN_ENCODING)(defaultEncoding);
    }
    if (options && options.emitClose === false) {
        this.emitClose = false;
    }
    if (options && options.autoDestroy === false) {
        this.autoDestroy = false;
    }
}

/* The write queue of a stream that never queued anything; resetBuffer and the first queued
 * write give a stream its own array. */
var kNoBuffered = [];
Object.freeze(kNoBuffered);

var WRITABLE_DEFAULTS = {
    objectMode: false,
    highWaterMark: 16384,
    finalCalled: false,
    needDrain: false,
    /* ending: end() has been called; ended: end() has returned; finished: 'finish' emitted */
    ending: false,
    ended: false,
    finished: false,
    destroyed: false,
    decodeStrings: true,
    defaultEncoding: 'utf8',
    /* not data we hold, but the amount waiting to reach the underlying resource */
    length: 0,
    writing: false,
    corked: 0,
    /* whether the _write() callback ran synchronously, inside _write() */
    sync: true,
    /* set while queued writes are being issued, so that a synchronous callback does not start
     * issuing them again */
    bufferProcessing: false,
    /* the callback every _write() gets, bound to the stream on its first write (writeCallback) */
    onwrite: null,
    writecb: null,
    writelen: 0,
    expectWriteCb: false,
    /* completions of synchronous writes waiting for their nextTick: { count, cb, stream,
     * state } when they carry a user callback */
    afterWriteTickInfo: null,
    afterWritePending: false,
    buffered: kNoBuffered,
    bufferedIndex: 0,
    allBuffers: true,
    allNoop: true,
    /* pending user write callbacks (and _final): must be 0 before 'finish' */
    pendingcb: 0,
    constructed: true,
    prefinished: false,
    errorEmitted: false,
    emitClose: true,
    autoDestroy: true,
    errored: null,
    closed: false,
    closeEmitted: false
};
Object.keys(WRITABLE_DEFAULTS).forEach(function (key) {
    WritableState.prototype[key] = WRITABLE_DEFAULTS[key];
});
WritableState.prototype[kOnFinished] = null;

/* The stream's _write() callback (in Duktape a bound call is cheaper than a closure calling
 * onwrite). */
function writeCallback(stream, state) {
    var cb = state.onwrite;
    if (cb === null) {
        cb = state.onwrite = onwrite.bind(undefined, stream);
    }
    return cb;
}

function hasBuffered(state) {
    return state.buffered.length > state.bufferedIndex;
}

/* Empties the write queue; `fresh` when the old array was handed to _writev(). */
function resetBuffer(state, fresh) {
    if (fresh) {
        state.buffered = kNoBuffered;
    } else if (state.buffered.length !== 0) {
        state.buffered.length = 0;
    }
    state.bufferedIndex = 0;
    state.allBuffers = true;
    state.allNoop = true;
}

/* Returns a copy of the queued writes ({ chunk, encoding, callback }). */
WritableState.prototype.getBuffer = function getBuffer() {
    return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
    get: function () {
        return this.buffered.length - this.bufferedIndex;
    },
    enumerable: false,
    configurable: true
});

var WritableStateView = utils.makeViewClass('WritableState');

/* Node 20's bit layout of WritableState[kState]. */
var WRITABLE_BITS = [
    ['objectMode', 0], ['errorEmitted', 1], ['autoDestroy', 2], ['emitClose', 3],
    ['destroyed', 4], ['closed', 5], ['closeEmitted', 6], ['errored', 7], ['constructed', 8],
    ['sync', 9], ['finalCalled', 10], ['needDrain', 11], ['ending', 12], ['finished', 13],
    ['decodeStrings', 14], ['writing', 15], ['bufferProcessing', 16], ['prefinished', 17],
    ['allBuffers', 18], ['allNoop', 19], ['writable', 21, 'nonnull'],
    ['writable', 22, 'true'], ['corked', 23], ['writecb', 25],
    ['expectWriteCb', 26], ['afterWriteTickInfo', 27], ['afterWritePending', 28],
    ['ended', 30]
];

/* console.log shows the state as Node 20 does (see utils.makeViewClass). */
WritableState.prototype[utils.kInspectCustom] = function () {
    var v = new WritableStateView();
    v.highWaterMark = this.highWaterMark;
    v.length = this.length;
    v.corked = this.corked;
    v.onwrite = this.onwrite !== null ? this.onwrite : onwrite.bind(undefined, null);
    v.writelen = this.writelen;
    v.bufferedIndex = this.bufferedIndex;
    v.pendingcb = this.pendingcb;
    if (this.writable !== undefined) {
        v.writable = this.writable;
    }
    var bits = utils.stateBits(this, WRITABLE_BITS);
    if (this[kOnFinished] !== null) {
        bits |= 1 << 20;
    }
    if (this.defaultEncoding === 'utf8') {
        bits |= 1 << 24;
    }
    if (hasBuffered(this)) {
        bits |= 1 << 29;
    }
    v[utils.viewSymbol('kState')] = bits;
    if (this.defaultEncoding !== 'utf8') {
        v[utils.viewSymbol('kDefaultEncodingValue')] = this.defaultEncoding;
    }
    v[utils.viewSymbol('kBufferedValue')] = hasBuffered(this) ? this.buffered : null;
    if (this[kOnFinished] !== null) {
        v[utils.viewSymbol('kOnFinishedValue')] = this[kOnFinished];
    }
    if (this.errored) {
        v[utils.viewSymbol('kErroredValue')] = this.errored;
    }
    return v;
};

WritableState.prototype[kOnConstructed] = function onConstructed(stream) {
    if (!this.writing) {
        clearBuffer(stream, this);
    }
    if (this.ending) {
        finishMaybe(stream, this);
    }
};

/* new Writable([options]): options.write, writev, destroy, final and construct become the
 * underscore methods; options.signal destroys the stream on abort. */
function Writable(options) {
    if (!(this instanceof Writable)) {
        return new Writable(options);
    }

    if (this._events === undefined) {
        this._events = {
            close: undefined,
            error: undefined,
            prefinish: undefined,
            finish: undefined,
            drain: undefined
        };
    }

    this._writableState = new WritableState(options, this, false);

    if (options) {
        if (typeof options.write === 'function') {
            this._write = options.write;
        }
        if (typeof options.writev === 'function') {
            this._writev = options.writev;
        }
        if (typeof options.destroy === 'function') {
            this._destroy = options.destroy;
        }
        if (typeof options.final === 'function') {
            this._final = options.final;
        }
        if (typeof options.construct === 'function') {
            this._construct = options.construct;
        }
        if (options.signal) {
            require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
        }
    }

    Stream.call(this, options);

    if (this._construct != null) {
        var self = this;
        destroyImpl.construct(this, function () {
            self._writableState[kOnConstructed](self);
        });
    }
}

/* A Duplex (which inherits from Readable only) is still `instanceof Writable`. */
var ordinaryHasInstance = Function.prototype[Symbol.hasInstance];
Object.defineProperty(Writable, Symbol.hasInstance, {
    value: function (object) {
        if (ordinaryHasInstance.call(this, object)) {
            return true;
        }
        if (this !== Writable) {
            return false;
        }
        return !!(object && object._writableState instanceof WritableState);
    },
    writable: false,
    enumerable: false,
    configurable: true
});

/* Piping out of a Writable is an error. */
Writable.prototype.pipe = function () {
    errorOrDestroy(this, new (utils.codes().ERR_STREAM_CANNOT_PIPE)());
};

/* Validates and normalizes a write, then issues or queues it; returns write()'s boolean, or
 * the error when the stream is ended or destroyed (then cb gets it on the next tick). */
function writeImpl(stream, chunk, encoding, cb) {
    var state = stream._writableState;

    if (cb == null || typeof cb !== 'function') {
        cb = nop;
    }

    if (chunk === null) {
        throw new (utils.codes().ERR_STREAM_NULL_VALUES)();
    }

    if (!state.objectMode) {
        if (!encoding) {
            encoding = state.defaultEncoding;
        } else if (encoding !== 'buffer' && !utils.isEncoding(encoding)) {
            throw new (utils.codes().ERR_UNKNOWN_ENCODING)(encoding);
        }

        if (typeof chunk === 'string') {
            if (state.decodeStrings && utils.Buffer !== null) {
                chunk = utils.Buffer.from(chunk, encoding);
                encoding = 'buffer';
            }
        } else if (utils.isBinaryChunk(chunk)) {
            encoding = 'buffer';
        } else if (utils.isArrayBufferView(chunk)) {
            chunk = utils.uint8ArrayToBuffer(chunk);
            encoding = 'buffer';
        } else {
            throw new (utils.codes().ERR_INVALID_ARG_TYPE)(
                'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
        }
    }

    var err;
    if (state.ending) {
        err = new (utils.codes().ERR_STREAM_WRITE_AFTER_END)();
    } else if (state.destroyed) {
        err = new (utils.codes().ERR_STREAM_DESTROYED)('write');
    }

    if (err) {
        process.nextTick(cb, err);
        errorOrDestroy(stream, err, true);
        return err;
    }

    state.pendingcb++;
    return writeOrBuffer(stream, state, chunk, encoding, cb);
}

/* writable.write(chunk[, encoding][, callback]): returns false when the caller should wait
 * for 'drain' before writing more. */
Writable.prototype.write = function (chunk, encoding, cb) {
    if (encoding != null && typeof encoding === 'function') {
        cb = encoding;
        encoding = null;
    }
    return writeImpl(this, chunk, encoding, cb) === true;
};

/* writable.cork(): queue writes until uncork() (or end()). */
Writable.prototype.cork = function () {
    this._writableState.corked++;
};

/* writable.uncork(): undoes one cork(); the last one flushes the queue (through _writev()
 * when there is one). */
Writable.prototype.uncork = function () {
    var state = this._writableState;
    if (state.corked) {
        state.corked--;
        if (!state.writing) {
            clearBuffer(this, state);
        }
    }
};

/* writable.setDefaultEncoding(encoding): the encoding of strings written without one. */
Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
    if (typeof encoding === 'string') {
        encoding = encoding.toLowerCase();
    }
    if (!utils.isEncoding(encoding)) {
        throw new (utils.codes().ERR_UNKNOWN_ENCODING)(encoding);
    }
    this._writableState.defaultEncoding = encoding;
    return this;
};

/* Issues the write now when nothing else is in flight, otherwise queues it. */
function writeOrBuffer(stream, state, chunk, encoding, callback) {
    var len = state.objectMode ? 1 : chunk.length;
    state.length += len;

    if (state.writing || state.errored || state.corked || !state.constructed) {
        if (state.buffered === kNoBuffered) {
            state.buffered = [];
        }
        state.buffered.push({ chunk: chunk, encoding: encoding, callback: callback });
        if (state.allBuffers && encoding !== 'buffer') {
            state.allBuffers = false;
        }
        if (state.allNoop && callback !== nop) {
            state.allNoop = false;
        }
    } else {
        state.writelen = len;
        if (callback !== nop) {
            state.writecb = callback;
        }
        state.writing = true;
        state.sync = true;
        state.expectWriteCb = true;
        stream._write(chunk, encoding, writeCallback(stream, state));
        state.sync = false;
    }

    var ret = state.length < state.highWaterMark || state.length === 0;
    if (!ret) {
        state.needDrain = true;
    }
    /* False once errored or destroyed, to break synchronous while (write()) loops. */
    return ret && !state.destroyed && !state.errored;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
    state.writelen = len;
    if (cb !== nop) {
        state.writecb = cb;
    }
    state.writing = true;
    state.sync = true;
    state.expectWriteCb = true;
    if (state.destroyed) {
        writeCallback(stream, state)(new (utils.codes().ERR_STREAM_DESTROYED)('write'));
    } else if (writev) {
        stream._writev(chunk, writeCallback(stream, state));
    } else {
        stream._write(chunk, encoding, writeCallback(stream, state));
    }
    state.sync = false;
}

function onwriteError(stream, state, er, cb) {
    --state.pendingcb;
    cb(er);
    /* Queued writes get their callbacks even without autoDestroy; er belongs to this write
     * only, so they get the stream's error. */
    errorBuffer(state);
    /* This may emit 'error', which must come after cb. */
    errorOrDestroy(stream, er);
}

/* The _write() callback (through state.onwrite). */
function onwrite(stream, er) {
    var state = stream._writableState;

    if (!state.expectWriteCb) {
        errorOrDestroy(stream, new (utils.codes().ERR_MULTIPLE_CALLBACK)());
        return;
    }

    var sync = state.sync;
    var cb = state.writecb || nop;

    state.writecb = null;
    state.writing = false;
    state.expectWriteCb = false;
    state.length -= state.writelen;
    state.writelen = 0;

    if (er) {
        if (!state.errored) {
            state.errored = er;
        }
        /* A duplex's readable side learns of the error too. */
        if (stream._readableState && !stream._readableState.errored) {
            stream._readableState.errored = er;
        }
        if (sync) {
            process.nextTick(onwriteError, stream, state, er, cb);
        } else {
            onwriteError(stream, state, er, cb);
        }
        return;
    }

    if (state.buffered.length > state.bufferedIndex) {
        clearBuffer(stream, state);
    }

    if (!sync) {
        afterWrite(stream, state, 1, cb);
        return;
    }

    var needDrain = state.needDrain && state.length === 0;
    /* NOTE: Node 20 means "destroyed" in the middle term but, through an operator-precedence
     * slip, tests the object-mode bit; object-mode streams therefore take the extra tick,
     * and so do we, since the tick is observable. */
    var needTick = needDrain || state.objectMode || cb !== nop;

    if (cb === nop) {
        if (!state.afterWritePending && needTick) {
            process.nextTick(afterWrite, stream, state, 1, cb);
            state.afterWritePending = true;
        } else {
            state.pendingcb--;
            if (state.ending) {
                finishMaybe(stream, state, true);
            }
        }
    } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
        /* The same callback for every write is common: count instead of queueing ticks. */
        state.afterWriteTickInfo.count++;
    } else {
        state.afterWriteTickInfo = { count: 1, cb: cb, stream: stream, state: state };
        process.nextTick(afterWriteTick, state.afterWriteTickInfo);
        state.afterWritePending = true;
    }
}

function afterWriteTick(info) {
    info.state.afterWriteTickInfo = null;
    afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
    state.afterWritePending = false;

    if (!state.ending && state.needDrain && !state.destroyed && state.length === 0) {
        state.needDrain = false;
        stream.emit('drain');
    }

    while (count-- > 0) {
        state.pendingcb--;
        cb(null);
    }

    if (state.destroyed) {
        errorBuffer(state);
    }

    if (state.ending) {
        finishMaybe(stream, state, true);
    }
}

/* Fails every queued write and pending end() callback (after destroy or an error). */
function errorBuffer(state) {
    if (state.writing) {
        return;
    }
    var buffered = state.buffered;
    for (var n = state.bufferedIndex; n < buffered.length; ++n) {
        var item = buffered[n];
        state.length -= state.objectMode ? 1 : item.chunk.length;
        item.callback(state.errored != null ? state.errored :
                      new (utils.codes().ERR_STREAM_DESTROYED)('write'));
    }
    if (state[kOnFinished] !== null) {
        callFinishedCallbacks(state, state.errored != null ? state.errored :
                              new (utils.codes().ERR_STREAM_DESTROYED)('end'));
    }
    resetBuffer(state, true);
}

function makeWritevCallback(buffered, start) {
    return function (err) {
        for (var n = start; n < buffered.length; ++n) {
            buffered[n].callback(err);
        }
    };
}

/* Issues the queued writes: one _writev() with all of them when implemented, otherwise
 * _write() one after the other for as long as they complete synchronously. */
function clearBuffer(stream, state) {
    if (state.destroyed || state.bufferProcessing || state.corked || !state.constructed ||
        !hasBuffered(state)) {
        return;
    }

    var objectMode = state.objectMode;
    var buffered = state.buffered;
    var i = state.bufferedIndex;
    var bufferedLength = buffered.length - i;

    state.bufferProcessing = true;
    if (bufferedLength > 1 && stream._writev) {
        state.pendingcb -= bufferedLength - 1;
        var callback = state.allNoop ? nop : makeWritevCallback(buffered, i);
        /* The queue array itself can go to _writev() when no callback needs it later. */
        var chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
        chunks.allBuffers = state.allBuffers;
        doWrite(stream, state, true, state.length, chunks, '', callback);
        resetBuffer(state, true);
    } else {
        do {
            var item = buffered[i];
            buffered[i++] = null;
            var len = objectMode ? 1 : item.chunk.length;
            doWrite(stream, state, false, len, item.chunk, item.encoding, item.callback);
        } while (i < buffered.length && !state.writing);

        if (i === buffered.length) {
            resetBuffer(state, false);
        } else if (i > 256) {
            buffered.splice(0, i);
            state.bufferedIndex = 0;
        } else {
            state.bufferedIndex = i;
        }
    }
    state.bufferProcessing = false;
}

Writable.prototype._write = function (chunk, encoding, cb) {
    if (this._writev) {
        this._writev([{ chunk: chunk, encoding: encoding }], cb);
    } else {
        throw new (utils.codes().ERR_METHOD_NOT_IMPLEMENTED)('_write()');
    }
};

Writable.prototype._writev = null;

/* writable.end([chunk[, encoding]][, callback]): writes chunk, then finishes the stream;
 * callback gets the stream's error or null once 'finish' is emitted. */
Writable.prototype.end = function (chunk, encoding, cb) {
    var state = this._writableState;

    if (typeof chunk === 'function') {
        cb = chunk;
        chunk = null;
        encoding = null;
    } else if (typeof encoding === 'function') {
        cb = encoding;
        encoding = null;
    }

    var err;

    if (chunk != null) {
        var ret = writeImpl(this, chunk, encoding);
        if (ret !== true && ret !== false) {
            err = ret;
        }
    }

    /* end() fully uncorks. */
    if (state.corked) {
        state.corked = 1;
        this.uncork();
    }

    if (err) {
        /* the write failed: its error goes to cb */
    } else if (!state.ending && !state.errored) {
        /* Calling end() again is forgiven: a hard error would do more harm than good. */
        state.ending = true;
        finishMaybe(this, state, true);
        state.ended = true;
    } else if (state.finished) {
        err = new (utils.codes().ERR_STREAM_ALREADY_FINISHED)('end');
    } else if (state.destroyed) {
        err = new (utils.codes().ERR_STREAM_DESTROYED)('end');
    }

    if (typeof cb === 'function') {
        if (err) {
            process.nextTick(cb, err);
        } else if (state.errored) {
            process.nextTick(cb, state.errored);
        } else if (state.finished) {
            process.nextTick(cb, null);
        } else {
            if (state[kOnFinished] === null) {
                state[kOnFinished] = [];
            }
            state[kOnFinished].push(cb);
        }
    }

    return this;
};

/* Ended and constructed, with nothing written, queued or in flight, and not failed. */
function needFinish(state) {
    return state.ending && !state.destroyed && state.constructed && !state.finished &&
        !state.writing && !state.errorEmitted && !state.closeEmitted && !state.errored &&
        !hasBuffered(state) && state.length === 0;
}

function onFinish(stream, state, err) {
    if (state.prefinished) {
        errorOrDestroy(stream, err != null ? err : new (utils.codes().ERR_MULTIPLE_CALLBACK)());
        return;
    }
    state.pendingcb--;
    if (err) {
        callFinishedCallbacks(state, err);
        errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
        state.prefinished = true;
        stream.emit('prefinish');
        /* Some streams expect 'finish' to come asynchronously after the _final callback,
         * however it was called. */
        state.pendingcb++;
        process.nextTick(finish, stream, state);
    }
}

function prefinish(stream, state) {
    if (state.prefinished || state.finalCalled) {
        return;
    }
    if (typeof stream._final === 'function' && !state.destroyed) {
        state.finalCalled = true;
        state.sync = true;
        state.pendingcb++;
        try {
            stream._final(function (err) {
                onFinish(stream, state, err);
            });
        } catch (err) {
            onFinish(stream, state, err);
        }
        state.sync = false;
    } else {
        state.finalCalled = true;
        state.prefinished = true;
        stream.emit('prefinish');
    }
}

function finishMaybe(stream, state, sync) {
    if (needFinish(state)) {
        prefinish(stream, state);
        if (state.pendingcb === 0) {
            if (sync) {
                state.pendingcb++;
                process.nextTick(finishMaybeNT, stream, state);
            } else if (needFinish(state)) {
                state.pendingcb++;
                finish(stream, state);
            }
        }
    }
}

function finishMaybeNT(stream, state) {
    if (needFinish(state)) {
        finish(stream, state);
    } else {
        state.pendingcb--;
    }
}

function finish(stream, state) {
    state.pendingcb--;
    state.finished = true;

    callFinishedCallbacks(state, null);

    stream.emit('finish');

    if (state.autoDestroy) {
        /* A duplex is destroyed only when its readable side has ended too (or is disabled). */
        var rState = stream._readableState;
        var autoDestroy = !rState || (
            rState.autoDestroy && (rState.endEmitted || rState.readable === false)
        );
        if (autoDestroy) {
            stream.destroy();
        }
    }
}

function callFinishedCallbacks(state, err) {
    var callbacks = state[kOnFinished];
    if (callbacks === null) {
        return;
    }
    state[kOnFinished] = null;
    for (var i = 0; i < callbacks.length; i++) {
        callbacks[i](err);
    }
}

Object.defineProperties(Writable.prototype, {
    closed: {
        get: function () {
            return this._writableState ? this._writableState.closed : false;
        }
    },

    destroyed: {
        get: function () {
            return this._writableState ? this._writableState.destroyed : false;
        },
        set: function (value) {
            /* Backward compatibility: the user manages destroyed explicitly. */
            if (this._writableState) {
                this._writableState.destroyed = !!value;
            }
        }
    },

    writable: {
        get: function () {
            var w = this._writableState;
            /* w.writable === false: the writable side of a Duplex was disabled. */
            return !!w && w.writable !== false && !w.ending && !w.ended && !w.destroyed &&
                !w.errored;
        },
        set: function (val) {
            if (this._writableState) {
                this._writableState.writable = !!val;
            }
        }
    },

    writableFinished: {
        get: function () {
            var state = this._writableState;
            return state ? state.finished : false;
        }
    },

    writableObjectMode: {
        get: function () {
            var state = this._writableState;
            return state ? state.objectMode : false;
        }
    },

    writableBuffer: {
        get: function () {
            var state = this._writableState;
            return state && state.getBuffer();
        }
    },

    writableEnded: {
        get: function () {
            var state = this._writableState;
            return state ? state.ending : false;
        }
    },

    writableNeedDrain: {
        get: function () {
            var state = this._writableState;
            return state ? !state.destroyed && !state.ending && state.needDrain : false;
        }
    },

    writableHighWaterMark: {
        get: function () {
            var state = this._writableState;
            return state && state.highWaterMark;
        }
    },

    writableCorked: {
        get: function () {
            var state = this._writableState;
            return state ? state.corked : 0;
        }
    },

    writableLength: {
        get: function () {
            var state = this._writableState;
            return state && state.length;
        }
    },

    errored: {
        get: function () {
            var state = this._writableState;
            return state ? state.errored : null;
        }
    },

    writableAborted: {
        get: function () {
            var state = this._writableState;
            return state.writable !== false && (state.destroyed || !!state.errored) &&
                !state.finished;
        }
    }
});

var destroy = destroyImpl.destroy;

/* writable.destroy([err]): also fails the queued writes and end() callbacks, on the next
 * tick. */
Writable.prototype.destroy = function (err, cb) {
    var state = this._writableState;
    if ((hasBuffered(state) || state[kOnFinished] !== null) && !state.destroyed) {
        process.nextTick(errorBuffer, state);
    }
    destroy.call(this, err, cb);
    return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function (err, cb) {
    cb(err);
};

Writable.prototype[EE.captureRejectionSymbol] = function (err) {
    this.destroy(err);
};

if (typeof Symbol.asyncDispose === 'symbol') {
    Writable.prototype[Symbol.asyncDispose] = function () {
        var self = this;
        var error;
        if (!this.destroyed) {
            error = this.writableFinished ? null : new (utils.errors().AbortError)();
            this.destroy(error);
        }
        return new Promise(function (resolve, reject) {
            require('internal/streams/end-of-stream')(self, function (err) {
                if (err && err.name !== 'AbortError') {
                    reject(err);
                } else {
                    resolve(null);
                }
            });
        });
    };
}
