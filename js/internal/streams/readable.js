'use strict';
/* js/internal/streams/readable.js: stream.Readable with Node 20's semantics and event order.
 *
 * A readable buffers what _read() push()es in state.buffer (an array read from bufferIndex,
 * so shift() never copies) and hands it out through read(n), 'data' in flowing mode, or pipe().
 * The scheduling follows Node's readable.js step by step ('readable' and 'end' on the next tick,
 * maybeReadMore, resume_, flow), because user code observes every tick.
 *
 * State lives in plain fields of ReadableState (see internal/streams/utils for why).
 * Node's tri-state flags keep their three values: flowing is null (no consumer chose yet),
 * true or false; paused is null until pause()/resume() has been called.
 *
 * Chunks: Buffers when js/buffer.js exists; before that, pushed strings stay strings and typed
 * arrays Uint8Arrays (utils.concatChunks joins either).  setEncoding uses string_decoder when it
 * exists, otherwise a UTF-8 fallback.  Async iteration needs Promise and Symbol.asyncIterator
 * (the polyfills): without them Readable has no [Symbol.asyncIterator]. */

var EE = require('events');
var legacy = require('internal/streams/legacy');
var destroyImpl = require('internal/streams/destroy');
var stateMod = require('internal/streams/state');
var utils = require('internal/streams/utils');

var Stream = legacy.Stream;
var prependListener = legacy.prependListener;
var getHighWaterMark = stateMod.getHighWaterMark;
var getDefaultHighWaterMark = stateMod.getDefaultHighWaterMark;
var errorOrDestroy = destroyImpl.errorOrDestroy;
var kOnConstructed = utils.kOnConstructed;
var nop = utils.nop;

var eosModule = null;

function eos(stream, options, callback) {
    if (eosModule === null) {
        eosModule = require('internal/streams/end-of-stream');
    }
    return eosModule(stream, options, callback);
}

module.exports = Readable;
Readable.ReadableState = ReadableState;

Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

/* Creates the state of a readable (or of the readable side of a duplex when isDuplex, which
 * then also reads readableObjectMode and readableHighWaterMark). */
/* The state keeps only what differs from the defaults below, which live on the prototype: an
 * idle stream (a kept-alive socket the HTTP parser reads in C) then costs a few hundred bytes
 * instead of 1.6 KB (Duktape stores every own property, and grows tables as they fill). */
function ReadableState(options, stream, isDuplex) {
    /* Object mode: read(n) ignores n and every chunk counts as 1 against highWaterMark. */
    if (options && (options.objectMode || (isDuplex && options.readableObjectMode))) {
        this.objectMode = true;
    }

    /* _read() is not called to fill the buffer beyond this; 0 means "never read ahead". */
    var hwm = options ?
        getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
        getDefaultHighWaterMark(false);
    if (hwm !== READABLE_DEFAULTS.highWaterMark) {
        this.highWaterMark = hwm;
    }

    this.buffer = [];
    if (options && options.emitClose === false) {
        this.emitClose = false;
    }
    if (options && options.autoDestroy === false) {
        this.autoDestroy = false;
    }

    var defaultEncoding = options ? options.defaultEncoding : undefined;
    if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
        /* the default */
    } else if (utils.isEncoding(defaultEncoding)) {
        this.defaultEncoding = defaultEncoding;
    } else {
        throw new (utils.codes().ERR_UNKNOWN_ENCODING)(defaultEncoding);
    }

    if (options && options.encoding) {
        this.decoder = utils.newStringDecoder(options.encoding);
        this.encoding = options.encoding;
    }
}

var kNoPipes = [];
Object.freeze(kNoPipes);

var READABLE_DEFAULTS = {
    objectMode: false,
    highWaterMark: 16384,
    bufferIndex: 0,
    length: 0,
    /* the piped destinations; pipe() gives a stream its own array */
    pipes: kNoPipes,
    flowing: null,
    ended: false,
    endEmitted: false,
    reading: false,
    /* becomes false while an async _construct() runs */
    constructed: true,
    /* whether 'readable'/'data' would be emitted synchronously from inside read(); true at
     * first because nothing should happen "later" before the first read() call */
    sync: true,
    /* set whenever read() returns null: a 'readable' event is owed */
    needReadable: false,
    emittedReadable: false,
    readableListening: false,
    resumeScheduled: false,
    errorEmitted: false,
    emitClose: true,
    autoDestroy: true,
    destroyed: false,
    errored: null,
    closed: false,
    closeEmitted: false,
    defaultEncoding: 'utf8',
    /* the piped destinations we wait 'drain' from: null, one Writable, or (multiAwaitDrain)
     * an array of them */
    awaitDrainWriters: null,
    multiAwaitDrain: false,
    readingMore: false,
    dataEmitted: false,
    paused: null,
    dataListening: false,
    decoder: null,
    encoding: null
};
Object.keys(READABLE_DEFAULTS).forEach(function (key) {
    ReadableState.prototype[key] = READABLE_DEFAULTS[key];
});

ReadableState.prototype[kOnConstructed] = function onConstructed(stream) {
    if (this.needReadable) {
        maybeReadMore(stream, this);
    }
};

var ReadableStateView = utils.makeViewClass('ReadableState');

/* Node 20's bit layout of ReadableState[kState]. */
var READABLE_BITS = [
    ['objectMode', 0], ['errorEmitted', 1], ['autoDestroy', 2], ['emitClose', 3],
    ['destroyed', 4], ['closed', 5], ['closeEmitted', 6], ['errored', 7], ['constructed', 8],
    ['ended', 9], ['endEmitted', 10], ['reading', 11], ['sync', 12], ['needReadable', 13],
    ['emittedReadable', 14], ['readableListening', 15], ['resumeScheduled', 16],
    ['multiAwaitDrain', 17], ['readingMore', 18], ['dataEmitted', 19],
    ['decoder', 21], ['encoding', 22], ['flowing', 23, 'nonnull'],
    ['flowing', 24, 'true'], ['paused', 25, 'nonnull'], ['paused', 26, 'true'],
    ['dataListening', 27]
];

/* console.log shows the state as Node 20 does (see utils.makeViewClass). */
ReadableState.prototype[utils.kInspectCustom] = function () {
    var v = new ReadableStateView();
    v.highWaterMark = this.highWaterMark;
    v.buffer = this.buffer;
    v.bufferIndex = this.bufferIndex;
    v.length = this.length;
    v.pipes = this.pipes;
    v.awaitDrainWriters = this.awaitDrainWriters;
    if (this.readable !== undefined) {
        v.readable = this.readable;
    }
    var bits = utils.stateBits(this, READABLE_BITS);
    if (this.defaultEncoding === 'utf8') {
        bits |= 1 << 20;
    }
    v[utils.viewSymbol('kState')] = bits;
    if (this.defaultEncoding !== 'utf8') {
        v[utils.viewSymbol('kDefaultEncodingValue')] = this.defaultEncoding;
    }
    if (this.decoder !== null) {
        v[utils.viewSymbol('kDecoderValue')] = this.decoder;
    }
    if (this.encoding !== null) {
        v[utils.viewSymbol('kEncodingValue')] = this.encoding;
    }
    if (this.errored) {
        v[utils.viewSymbol('kErroredValue')] = this.errored;
    }
    return v;
};

Object.defineProperty(ReadableState.prototype, 'pipesCount', {
    get: function () {
        return this.pipes.length;
    },
    enumerable: false,
    configurable: true
});

/* new Readable([options]): options.read, destroy and construct become _read, _destroy and
 * _construct; options.signal destroys the stream on abort. */
function Readable(options) {
    if (!(this instanceof Readable)) {
        return new Readable(options);
    }

    if (this._events === undefined) {
        /* The common events have a slot from the start, as in Node (shape mode). */
        this._events = {
            close: undefined,
            error: undefined,
            data: undefined,
            end: undefined,
            readable: undefined
        };
    }

    this._readableState = new ReadableState(options, this, false);

    if (options) {
        if (typeof options.read === 'function') {
            this._read = options.read;
        }
        if (typeof options.destroy === 'function') {
            this._destroy = options.destroy;
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
            self._readableState[kOnConstructed](self);
        });
    }
}

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function (err, cb) {
    cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function (err) {
    this.destroy(err);
};

if (typeof Symbol.asyncDispose === 'symbol') {
    Readable.prototype[Symbol.asyncDispose] = function () {
        var self = this;
        var error;
        if (!this.destroyed) {
            error = this.readableEnded ? null : new (utils.errors().AbortError)();
            this.destroy(error);
        }
        return new Promise(function (resolve, reject) {
            eos(self, undefined, function (err) {
                if (err && err !== error) {
                    reject(err);
                } else {
                    resolve(null);
                }
            });
        });
    };
}

/* readable.push(chunk[, encoding]): adds chunk to the read queue (null ends the stream);
 * returns whether more may be pushed before highWaterMark is reached. */
Readable.prototype.push = function (chunk, encoding) {
    var state = this._readableState;
    return state.objectMode ?
        addChunkPushObjectMode(this, state, chunk, encoding) :
        addChunkPushByteMode(this, state, chunk, encoding);
};

/* readable.unshift(chunk[, encoding]): puts chunk back at the front of the read queue. */
Readable.prototype.unshift = function (chunk, encoding) {
    var state = this._readableState;
    return state.objectMode ?
        addChunkUnshiftObjectMode(this, state, chunk) :
        addChunkUnshiftByteMode(this, state, chunk, encoding);
};

function invalidChunk(chunk) {
    return new (utils.codes().ERR_INVALID_ARG_TYPE)(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

function addChunkUnshiftByteMode(stream, state, chunk, encoding) {
    if (chunk === null) {
        state.reading = false;
        onEofChunk(stream, state);
        return false;
    }

    if (typeof chunk === 'string') {
        encoding = encoding || state.defaultEncoding;
        if (state.encoding !== encoding) {
            if (state.encoding && utils.Buffer !== null) {
                /* The buffer holds strings in state.encoding: store it that way. */
                chunk = utils.Buffer.from(chunk, encoding).toString(state.encoding);
            } else if (!state.encoding) {
                chunk = utils.stringToChunk(chunk, encoding);
            }
        }
    } else if (utils.isArrayBufferView(chunk)) {
        if (!utils.isBinaryChunk(chunk)) {
            chunk = utils.uint8ArrayToBuffer(chunk);
        }
    } else if (chunk !== undefined) {
        errorOrDestroy(stream, invalidChunk(chunk));
        return false;
    }

    if (!(chunk && chunk.length > 0)) {
        return canPushMore(state);
    }
    return addChunkUnshiftValue(stream, state, chunk);
}

function addChunkUnshiftObjectMode(stream, state, chunk) {
    if (chunk === null) {
        state.reading = false;
        onEofChunk(stream, state);
        return false;
    }
    return addChunkUnshiftValue(stream, state, chunk);
}

function addChunkUnshiftValue(stream, state, chunk) {
    if (state.endEmitted) {
        errorOrDestroy(stream, new (utils.codes().ERR_STREAM_UNSHIFT_AFTER_END_EVENT)());
    } else if (state.destroyed || state.errored) {
        return false;
    } else {
        addChunk(stream, state, chunk, true);
    }
    return canPushMore(state);
}

function addChunkPushByteMode(stream, state, chunk, encoding) {
    if (chunk === null) {
        state.reading = false;
        onEofChunk(stream, state);
        return false;
    }

    if (typeof chunk === 'string') {
        encoding = encoding || state.defaultEncoding;
        if (state.encoding !== encoding) {
            chunk = utils.stringToChunk(chunk, encoding);
            encoding = '';
        }
    } else if (utils.isBinaryChunk(chunk)) {
        encoding = '';
    } else if (utils.isArrayBufferView(chunk)) {
        chunk = utils.uint8ArrayToBuffer(chunk);
        encoding = '';
    } else if (chunk !== undefined) {
        errorOrDestroy(stream, invalidChunk(chunk));
        return false;
    }

    if (!chunk || chunk.length <= 0) {
        state.reading = false;
        maybeReadMore(stream, state);
        return canPushMore(state);
    }

    if (state.ended) {
        errorOrDestroy(stream, new (utils.codes().ERR_STREAM_PUSH_AFTER_EOF)());
        return false;
    }

    if (state.destroyed || state.errored) {
        return false;
    }

    state.reading = false;
    if (state.decoder !== null && !encoding) {
        chunk = state.decoder.write(chunk);
        if (chunk.length === 0) {
            maybeReadMore(stream, state);
            return canPushMore(state);
        }
    }

    addChunk(stream, state, chunk, false);
    return canPushMore(state);
}

function addChunkPushObjectMode(stream, state, chunk, encoding) {
    if (chunk === null) {
        state.reading = false;
        onEofChunk(stream, state);
        return false;
    }

    if (state.ended) {
        errorOrDestroy(stream, new (utils.codes().ERR_STREAM_PUSH_AFTER_EOF)());
        return false;
    }

    if (state.destroyed || state.errored) {
        return false;
    }

    state.reading = false;
    if (state.decoder !== null && !encoding) {
        chunk = state.decoder.write(chunk);
    }

    addChunk(stream, state, chunk, false);
    return canPushMore(state);
}

/* More may be pushed while below highWaterMark; with nothing buffered, always (hwm 0). */
function canPushMore(state) {
    return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function clearAwaitDrain(state) {
    if (state.multiAwaitDrain) {
        state.awaitDrainWriters.length = 0;
    } else {
        state.awaitDrainWriters = null;
    }
}

function addChunk(stream, state, chunk, addToFront) {
    if (state.flowing === true && !state.sync && state.dataListening && state.length === 0) {
        /* Flowing with an empty buffer: hand the chunk straight to the 'data' listeners. */
        clearAwaitDrain(state);
        state.dataEmitted = true;
        stream.emit('data', chunk);
    } else {
        state.length += state.objectMode ? 1 : chunk.length;
        if (addToFront) {
            if (state.bufferIndex > 0) {
                state.buffer[--state.bufferIndex] = chunk;
            } else {
                state.buffer.unshift(chunk);
            }
        } else {
            state.buffer.push(chunk);
        }
        if (state.needReadable) {
            emitReadable(stream);
        }
    }
    maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function () {
    var state = this._readableState;
    return state.paused === true || state.flowing === false;
};

/* readable.setEncoding(enc): from now on chunks are strings decoded with enc; what is already
 * buffered is converted too. */
Readable.prototype.setEncoding = function (enc) {
    var state = this._readableState;
    var decoder = utils.newStringDecoder(enc);
    state.decoder = decoder;
    /* setEncoding(null) gives utf8: use the decoder's normalized name. */
    state.encoding = decoder.encoding;

    var buffer = state.buffer;
    var content = '';
    for (var i = state.bufferIndex; i < buffer.length; i++) {
        content += decoder.write(buffer[i]);
    }
    buffer.length = 0;
    state.bufferIndex = 0;
    if (content !== '') {
        buffer.push(content);
    }
    state.length = content.length;
    return this;
};

/* Don't raise the hwm > 1GB. */
var MAX_HWM = 0x40000000;

function computeNewHighWaterMark(n) {
    if (n > MAX_HWM) {
        throw new (utils.codes().ERR_OUT_OF_RANGE)('size', '<= 1GiB', n);
    }
    /* The next power of 2, so the hwm does not grow in tiny steps. */
    n--;
    n |= n >>> 1;
    n |= n >>> 2;
    n |= n >>> 4;
    n |= n >>> 8;
    n |= n >>> 16;
    n++;
    return n;
}

function howMuchToRead(n, state) {
    if (n <= 0 || (state.length === 0 && state.ended)) {
        return 0;
    }
    if (state.objectMode) {
        return 1;
    }
    if (n !== n) {
        /* read() without n: everything, or one chunk at a time while flowing. */
        if (state.flowing === true && state.length) {
            return state.buffer[state.bufferIndex].length;
        }
        return state.length;
    }
    if (n <= state.length) {
        return n;
    }
    return state.ended ? state.length : 0;
}

function isInteger(n) {
    return typeof n === 'number' && isFinite(n) && Math.floor(n) === n;
}

/* readable.read([n]): returns n bytes (everything when n is omitted, one object in object
 * mode) or null when not enough is buffered; may call _read() to fill the buffer. */
Readable.prototype.read = function (n) {
    if (n === undefined) {
        n = NaN;
    } else if (!isInteger(n)) {
        n = parseInt(n, 10);
    }
    var state = this._readableState;
    var nOrig = n;

    if (n > state.highWaterMark) {
        state.highWaterMark = computeNewHighWaterMark(n);
    }

    if (n !== 0) {
        state.emittedReadable = false;
    }

    /* read(0) to trigger 'readable' with a full buffer: just emit it. */
    if (n === 0 && state.needReadable &&
        ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
         state.ended)) {
        if (state.length === 0 && state.ended) {
            endReadable(this);
        } else {
            emitReadable(this);
        }
        return null;
    }

    n = howMuchToRead(n, state);

    if (n === 0 && state.ended) {
        if (state.length === 0) {
            endReadable(this);
        }
        return null;
    }

    /* Decide whether to call _read() before taking data out, because a synchronous _read()
     * (PassThrough, say) may change what there is to take. */
    var doRead = state.needReadable;
    if (state.length === 0 || state.length - n < state.highWaterMark) {
        doRead = true;
    }

    if (state.reading || state.ended || state.destroyed || state.errored || !state.constructed) {
        doRead = false;
    } else if (doRead) {
        state.reading = true;
        state.sync = true;
        if (state.length === 0) {
            state.needReadable = true;
        }
        try {
            this._read(state.highWaterMark);
        } catch (err) {
            errorOrDestroy(this, err);
        }
        state.sync = false;
        /* A synchronous push() cleared reading: recompute what can be returned. */
        if (!state.reading) {
            n = howMuchToRead(nOrig, state);
        }
    }

    var ret = n > 0 ? fromList(n, state) : null;

    if (ret === null) {
        if (state.length <= state.highWaterMark) {
            state.needReadable = true;
        }
        n = 0;
    } else {
        state.length -= n;
        clearAwaitDrain(state);
    }

    if (state.length === 0) {
        /* Nothing buffered: we want to know as soon as something arrives. */
        if (!state.ended) {
            state.needReadable = true;
        }
        /* read() past EOF: 'end' goes out on the next tick. */
        if (nOrig !== n && state.ended) {
            endReadable(this);
        }
    }

    if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
        state.dataEmitted = true;
        this.emit('data', ret);
    }

    return ret;
};

function onEofChunk(stream, state) {
    if (state.ended) {
        return;
    }
    var decoder = state.decoder;
    if (decoder !== null) {
        var chunk = decoder.end();
        if (chunk && chunk.length) {
            state.buffer.push(chunk);
            state.length += state.objectMode ? 1 : chunk.length;
        }
    }
    state.ended = true;

    if (state.sync) {
        /* Inside read(): wait a tick, or flow() would emit data from within it. */
        emitReadable(stream);
    } else {
        /* 'readable' at EOF is synchronous: some modules rely on it. */
        state.needReadable = false;
        state.emittedReadable = true;
        emitReadable_(stream);
    }
}

/* Schedules 'readable' for the next tick (once); never synchronously, which could recurse. */
function emitReadable(stream) {
    var state = stream._readableState;
    state.needReadable = false;
    if (!state.emittedReadable) {
        state.emittedReadable = true;
        process.nextTick(emitReadable_, stream);
    }
}

function emitReadable_(stream) {
    var state = stream._readableState;
    if (!state.destroyed && !state.errored && (state.length || state.ended)) {
        stream.emit('readable');
        state.emittedReadable = false;
    }

    /* Another 'readable' is owed when not flowing (flow() takes care of that), not ended, and
     * at or below highWaterMark. */
    if (state.flowing !== true && !state.ended && state.length <= state.highWaterMark) {
        state.needReadable = true;
    }
    flow(stream);
}

/* Reads ahead up to highWaterMark on the next tick, when nothing else is going on. */
function maybeReadMore(stream, state) {
    if (!state.readingMore && state.constructed) {
        state.readingMore = true;
        process.nextTick(maybeReadMore_, stream, state);
    }
}

function maybeReadMore_(stream, state) {
    /* Keep reading while below highWaterMark (hwm 0 in paused mode buffers nothing), or while
     * flowing with an empty buffer (otherwise a fresh 'data' listener would wait forever);
     * stop when ended, when a _read() is pending, or when a read brings nothing. */
    while (!state.reading && !state.ended &&
           (state.length < state.highWaterMark ||
            (state.flowing === true && state.length === 0))) {
        var len = state.length;
        stream.read(0);
        if (len === state.length) {
            break;
        }
    }
    state.readingMore = false;
}

/* Abstract: implementations push() data, synchronously or later. */
Readable.prototype._read = function (n) {
    throw new (utils.codes().ERR_METHOD_NOT_IMPLEMENTED)('_read()');
};

function awaitDrainSize(state) {
    var w = state.awaitDrainWriters;
    if (!w) {
        return 0;
    }
    return state.multiAwaitDrain ? w.length : 1;
}

/* readable.pipe(dest[, {end}]): writes everything read to dest, pausing while dest.write()
 * returns false until dest emits 'drain'; ends dest on 'end' unless end is false. */
Readable.prototype.pipe = function (dest, pipeOpts) {
    var src = this;
    var state = this._readableState;

    if (state.pipes.length === 1 && !state.multiAwaitDrain) {
        state.multiAwaitDrain = true;
        state.awaitDrainWriters = state.awaitDrainWriters ? [state.awaitDrainWriters] : [];
    }

    if (state.pipes === kNoPipes) {
        state.pipes = [];
    }
    state.pipes.push(dest);

    var doEnd = (!pipeOpts || pipeOpts.end !== false) &&
        dest !== process.stdout && dest !== process.stderr;

    var endFn = doEnd ? onend : unpipe;
    if (state.endEmitted) {
        process.nextTick(endFn);
    } else {
        src.once('end', endFn);
    }

    var ondrain = null;
    var cleanedUp = false;

    function onunpipe(readable, unpipeInfo) {
        if (readable === src) {
            if (unpipeInfo && unpipeInfo.hasUnpiped === false) {
                unpipeInfo.hasUnpiped = true;
                cleanup();
            }
        }
    }

    function onend() {
        dest.end();
    }

    function cleanup() {
        dest.removeListener('close', onclose);
        dest.removeListener('finish', onfinish);
        if (ondrain) {
            dest.removeListener('drain', ondrain);
        }
        dest.removeListener('error', onerror);
        dest.removeListener('unpipe', onunpipe);
        src.removeListener('end', onend);
        src.removeListener('end', unpipe);
        src.removeListener('data', ondata);

        cleanedUp = true;

        /* If the reader waits for a 'drain' from this writer, it would never flow again: call
         * ondrain now (when unsure, assume it waits). */
        if (ondrain && state.awaitDrainWriters &&
            (!dest._writableState || dest._writableState.needDrain)) {
            ondrain();
        }
    }

    function pause() {
        /* The user may have unpiped during dest.write(); only a current destination pauses
         * the source, or it could stay paused for good. */
        if (!cleanedUp) {
            if (state.pipes.length === 1 && state.pipes[0] === dest) {
                state.awaitDrainWriters = dest;
                state.multiAwaitDrain = false;
            } else if (state.pipes.length > 1 && state.pipes.indexOf(dest) !== -1) {
                if (state.awaitDrainWriters.indexOf(dest) === -1) {
                    state.awaitDrainWriters.push(dest);
                }
            }
            src.pause();
        }
        if (!ondrain) {
            /* One 'drain' listener for the life of the pipe: adding and removing it on every
             * pause would be slow. */
            ondrain = pipeOnDrain(src, dest);
            dest.on('drain', ondrain);
        }
    }

    function ondata(chunk) {
        var ret = dest.write(chunk);
        if (ret === false) {
            pause();
        }
    }

    /* On a dest error, stop piping into it, but keep its error behaviour (an unhandled
     * 'error' still throws). */
    function onerror(er) {
        unpipe();
        dest.removeListener('error', onerror);
        if (dest.listenerCount('error') === 0) {
            var s = dest._writableState || dest._readableState;
            if (s && !s.errorEmitted) {
                /* The user emitted 'error' directly on the stream. */
                errorOrDestroy(dest, er);
            } else {
                dest.emit('error', er);
            }
        }
    }

    /* Both 'close' and 'finish' unpipe, once. */
    function onclose() {
        dest.removeListener('finish', onfinish);
        unpipe();
    }

    function onfinish() {
        dest.removeListener('close', onclose);
        unpipe();
    }

    function unpipe() {
        src.unpipe(dest);
    }

    dest.on('unpipe', onunpipe);
    src.on('data', ondata);
    /* Our error handler goes before the user's. */
    prependListener(dest, 'error', onerror);
    dest.once('close', onclose);
    dest.once('finish', onfinish);

    dest.emit('pipe', src);

    if (dest.writableNeedDrain === true) {
        pause();
    } else if (state.flowing !== true) {
        src.resume();
    }

    return dest;
};

function pipeOnDrain(src, dest) {
    return function pipeOnDrainFunctionResult() {
        var state = src._readableState;
        /* Called directly by cleanup() too, so `this` may not be dest. */
        if (state.awaitDrainWriters === dest) {
            state.awaitDrainWriters = null;
        } else if (state.multiAwaitDrain) {
            var i = state.awaitDrainWriters.indexOf(dest);
            if (i !== -1) {
                state.awaitDrainWriters.splice(i, 1);
            }
        }
        if (awaitDrainSize(state) === 0 && state.dataListening) {
            src.resume();
        }
    };
}

/* readable.unpipe([dest]): stops piping into dest (or every destination). */
Readable.prototype.unpipe = function (dest) {
    var state = this._readableState;
    var unpipeInfo = { hasUnpiped: false };

    if (state.pipes.length === 0) {
        return this;
    }

    if (!dest) {
        var dests = state.pipes;
        state.pipes = [];
        this.pause();
        for (var i = 0; i < dests.length; i++) {
            dests[i].emit('unpipe', this, { hasUnpiped: false });
        }
        return this;
    }

    var index = state.pipes.indexOf(dest);
    if (index === -1) {
        return this;
    }

    state.pipes.splice(index, 1);
    if (state.pipes.length === 0) {
        this.pause();
    }
    dest.emit('unpipe', this, unpipeInfo);
    return this;
};

/* A 'data' listener starts the flow (unless paused explicitly); a 'readable' listener
 * switches to paused mode and makes sure a 'readable' event comes. */
Readable.prototype.on = function (ev, fn) {
    var res = Stream.prototype.on.call(this, ev, fn);
    var state = this._readableState;

    if (ev === 'data') {
        state.dataListening = true;
        /* Lets resume() below be a no-op with a 'readable' listener (once('readable')). */
        if (this.listenerCount('readable') > 0) {
            state.readableListening = true;
        }
        if (state.flowing !== false) {
            this.resume();
        }
    } else if (ev === 'readable') {
        if (!state.endEmitted && !state.readableListening) {
            state.readableListening = state.needReadable = true;
            state.flowing = false;
            state.emittedReadable = false;
            if (state.length) {
                emitReadable(this);
            } else if (!state.reading) {
                process.nextTick(nReadingNextTick, this);
            }
        }
    }
    return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function (ev, fn) {
    var state = this._readableState;
    var res = Stream.prototype.removeListener.call(this, ev, fn);

    if (ev === 'readable') {
        /* Re-evaluated after the current 'readable' emission but before I/O, so
         * once('readable', fn) cycles work; resume() in the same tick has no effect. */
        process.nextTick(updateReadableListening, this);
    } else if (ev === 'data' && this.listenerCount('data') === 0) {
        state.dataListening = false;
    }
    return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function (ev) {
    var res = Stream.prototype.removeAllListeners.apply(this, arguments);
    if (ev === 'readable' || ev === undefined) {
        process.nextTick(updateReadableListening, this);
    }
    return res;
};

function updateReadableListening(self) {
    var state = self._readableState;
    state.readableListening = self.listenerCount('readable') > 0;

    if (state.resumeScheduled && state.paused === false) {
        /* A resume() is on its way: it must find flowing set, or it would not flow. */
        state.flowing = true;
    } else if (state.dataListening) {
        self.resume();
    } else if (!state.readableListening) {
        state.flowing = null;
    }
}

function nReadingNextTick(self) {
    self.read(0);
}

/* readable.resume(): switches to flowing mode ('data' events), on the next tick. */
Readable.prototype.resume = function () {
    var state = this._readableState;
    if (state.flowing !== true) {
        /* With a 'readable' listener we do not flow, but resume() still goes through. */
        state.flowing = !state.readableListening;
        resume(this, state);
    }
    state.paused = false;
    return this;
};

function resume(stream, state) {
    if (!state.resumeScheduled) {
        state.resumeScheduled = true;
        process.nextTick(resume_, stream, state);
    }
}

function resume_(stream, state) {
    if (!state.reading) {
        stream.read(0);
    }
    state.resumeScheduled = false;
    stream.emit('resume');
    flow(stream);
    if (state.flowing === true && !state.reading) {
        stream.read(0);
    }
}

/* readable.pause(): stops 'data' events; data stays buffered. */
Readable.prototype.pause = function () {
    var state = this._readableState;
    if (state.flowing !== false) {
        state.flowing = false;
        this.emit('pause');
    }
    state.paused = true;
    return this;
};

function flow(stream) {
    var state = stream._readableState;
    while (state.flowing === true && stream.read() !== null) {
        /* read() emits 'data' */
    }
}

/* readable.wrap(oldStream): makes a Readable out of an old-style ('data' events) stream. */
Readable.prototype.wrap = function (stream) {
    var self = this;
    var paused = false;

    stream.on('data', function (chunk) {
        if (!self.push(chunk) && stream.pause) {
            paused = true;
            stream.pause();
        }
    });
    stream.on('end', function () {
        self.push(null);
    });
    stream.on('error', function (err) {
        errorOrDestroy(self, err);
    });
    stream.on('close', function () {
        self.destroy();
    });
    stream.on('destroy', function () {
        self.destroy();
    });

    this._read = function () {
        if (paused && stream.resume) {
            paused = false;
            stream.resume();
        }
    };

    /* Proxy the other methods: important when wrapping filters and duplexes. */
    var keys = Object.keys(stream);
    for (var j = 1; j < keys.length; j++) {
        var k = keys[j];
        if (this[k] === undefined && typeof stream[k] === 'function') {
            this[k] = stream[k].bind(stream);
        }
    }
    return this;
};

/* ---- async iteration ----
 * Node implements this with an async generator; here it is an explicit state machine with the
 * same observable steps: next() reads, waits for 'readable' or end-of-stream, and return() (a
 * `break` in for await) destroys the stream unless destroyOnReturn is false. */

/* The generator's state, kept under a hidden key of the iterator object so that only
 * `stream` shows, as on Node's AsyncGenerator object. */
function IteratorState(stream, options) {
    this.stream = stream;
    this.options = options;
    this.queue = [];          /* pending { kind, value, resolve, reject } requests */
    this.started = false;     /* the generator body runs from the first next() */
    this.running = false;
    this.done = false;
    this.error = undefined;   /* undefined: not finished; null: ended cleanly; else the error */
    this.wake = nop;
    this.onReadable = null;
    this.cleanup = null;
}

var kIterState = utils.hiddenKey('kIterState');

function ReadableAsyncIterator(stream, options) {
    this[kIterState] = new IteratorState(stream, options);
    this.stream = stream;
}

/* Shown as Node shows its async generator object: Object [AsyncGenerator] { stream }. */
delete ReadableAsyncIterator.prototype.constructor;
Object.defineProperty(ReadableAsyncIterator.prototype, Symbol.toStringTag, {
    value: 'AsyncGenerator', writable: false, enumerable: false, configurable: true
});

/* The start of Node's generator body: listen for 'readable' and end-of-stream. */
IteratorState.prototype.start = function () {
    var self = this;
    var stream = this.stream;
    this.started = true;
    this.onReadable = function (resolve) {
        if (this === stream) {
            var cb = self.wake;
            self.wake = nop;
            cb();
        } else {
            self.wake = resolve;
        }
    };
    stream.on('readable', this.onReadable);
    this.cleanup = eos(stream, { writable: false }, function (err) {
        self.error = err ? utils.errors().aggregateTwoErrors(self.error, err) : null;
        var cb = self.wake;
        self.wake = nop;
        cb();
    });
};

function iterResult(value, done) {
    return { value: value, done: done };
}

IteratorState.prototype.enqueue = function (kind, value) {
    var self = this;
    return new Promise(function (resolve, reject) {
        self.queue.push({ kind: kind, value: value, resolve: resolve, reject: reject });
        if (!self.running) {
            self.drain();
        }
    });
};

IteratorState.prototype.drain = function () {
    while (!this.running && this.queue.length > 0) {
        var req = this.queue.shift();
        if (this.done) {
            if (req.kind === 'throw') {
                req.reject(req.value);
            } else {
                req.resolve(iterResult(req.kind === 'return' ? req.value : undefined, true));
            }
        } else if (req.kind === 'next') {
            this.running = true;
            if (!this.started) {
                this.start();
            }
            this.step(req);
        } else if (!this.started) {
            /* return()/throw() before the first next(): the body never runs. */
            this.done = true;
            if (req.kind === 'return') {
                req.resolve(iterResult(req.value, true));
            } else {
                req.reject(req.value);
            }
        } else if (req.kind === 'return') {
            /* At a yield, an async generator awaits the return value before running its
             * finally block: the stream is destroyed a microtask later. */
            this.running = true;
            this.awaitReturn(req);
        } else {
            this.error = utils.errors().aggregateTwoErrors(this.error, req.value);
            this.finish();
            req.reject(this.error);
        }
    }
};

IteratorState.prototype.awaitReturn = function (req) {
    var self = this;
    Promise.resolve(req.value).then(function (value) {
        self.finish();
        self.running = false;
        req.resolve(iterResult(value, true));
        self.drain();
    }, function (err) {
        self.error = utils.errors().aggregateTwoErrors(self.error, err);
        self.finish();
        self.running = false;
        req.reject(self.error);
        self.drain();
    });
};

/* Runs the loop body of Node's generator for one next() request. */
IteratorState.prototype.step = function (req) {
    var self = this;
    var stream = this.stream;
    var chunk;
    try {
        chunk = stream.destroyed ? null : stream.read();
    } catch (err) {
        this.error = utils.errors().aggregateTwoErrors(this.error, err);
        this.settle(req, false, this.error);
        return;
    }
    if (chunk !== null) {
        /* `yield chunk` awaits the chunk before the request settles: one microtask. */
        Promise.resolve(chunk).then(function (value) {
            self.running = false;
            req.resolve(iterResult(value, false));
            self.drain();
        }, function (err) {
            self.error = utils.errors().aggregateTwoErrors(self.error, err);
            self.settle(req, false, self.error);
        });
    } else if (this.error) {
        this.settle(req, false, this.error);
    } else if (this.error === null) {
        this.settle(req, true);
    } else {
        new Promise(this.onReadable).then(function () {
            self.step(req);
        });
    }
};

IteratorState.prototype.settle = function (req, ok, err) {
    this.finish();
    this.running = false;
    if (ok) {
        req.resolve(iterResult(undefined, true));
    } else {
        req.reject(err);
    }
    this.drain();
};

/* The generator's finally block. */
IteratorState.prototype.finish = function () {
    if (this.done) {
        return;
    }
    this.done = true;
    var stream = this.stream;
    var error = this.error;
    var destroyOnReturn = !this.options || this.options.destroyOnReturn !== false;
    if ((error || destroyOnReturn) &&
        (error === undefined || stream._readableState.autoDestroy)) {
        destroyImpl.destroyer(stream, null);
    } else {
        stream.off('readable', this.onReadable);
        this.cleanup();
    }
};

ReadableAsyncIterator.prototype.next = function () {
    return this[kIterState].enqueue('next', undefined);
};

ReadableAsyncIterator.prototype['return'] = function (value) {
    return this[kIterState].enqueue('return', value);
};

ReadableAsyncIterator.prototype['throw'] = function (err) {
    return this[kIterState].enqueue('throw', err);
};

function streamToAsyncIterator(stream, options) {
    if (typeof Promise !== 'function') {
        throw new Error('Async iteration of streams needs Promise');
    }
    if (typeof stream.read !== 'function') {
        stream = Readable.wrap(stream, { objectMode: true });
    }
    return new ReadableAsyncIterator(stream, options);
}

if (typeof Symbol.asyncIterator === 'symbol') {
    ReadableAsyncIterator.prototype[Symbol.asyncIterator] = function () {
        return this;
    };
    Readable.prototype[Symbol.asyncIterator] = function () {
        return streamToAsyncIterator(this);
    };
}

/* readable.iterator([{ destroyOnReturn }]): the async iterator, with options. */
Readable.prototype.iterator = function (options) {
    if (options !== undefined) {
        utils.validators().validateObject(options, 'options');
    }
    return streamToAsyncIterator(this, options);
};

/* ---- properties ---- */

Object.defineProperties(Readable.prototype, {
    readable: {
        get: function () {
            var r = this._readableState;
            /* r.readable === false: the readable side of a Duplex was disabled. */
            return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted &&
                !r.endEmitted;
        },
        set: function (val) {
            if (this._readableState) {
                this._readableState.readable = !!val;
            }
        }
    },

    readableDidRead: {
        get: function () {
            return this._readableState.dataEmitted;
        }
    },

    readableAborted: {
        get: function () {
            var r = this._readableState;
            return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
        }
    },

    readableHighWaterMark: {
        get: function () {
            return this._readableState.highWaterMark;
        }
    },

    readableBuffer: {
        get: function () {
            return this._readableState && this._readableState.buffer;
        }
    },

    readableFlowing: {
        get: function () {
            return this._readableState.flowing;
        },
        set: function (value) {
            if (this._readableState) {
                this._readableState.flowing = value == null ? null : !!value;
            }
        }
    },

    readableLength: {
        get: function () {
            return this._readableState.length;
        }
    },

    readableObjectMode: {
        get: function () {
            return this._readableState ? this._readableState.objectMode : false;
        }
    },

    readableEncoding: {
        get: function () {
            return this._readableState ? this._readableState.encoding : null;
        }
    },

    errored: {
        get: function () {
            return this._readableState ? this._readableState.errored : null;
        }
    },

    closed: {
        get: function () {
            return this._readableState ? this._readableState.closed : false;
        }
    },

    destroyed: {
        get: function () {
            return this._readableState ? this._readableState.destroyed : false;
        },
        set: function (value) {
            /* Ignored before the state exists; otherwise the user manages it. */
            if (this._readableState) {
                this._readableState.destroyed = value;
            }
        }
    },

    readableEnded: {
        get: function () {
            return this._readableState ? this._readableState.endEmitted : false;
        }
    }
});

/* Takes n bytes (one object in object mode; everything when n is 0 or covers it all) out of
 * state.buffer and returns them as one chunk. */
function fromList(n, state) {
    if (state.length === 0) {
        return null;
    }

    var idx = state.bufferIndex;
    var buf = state.buffer;
    var len = buf.length;
    var ret;

    if (state.objectMode) {
        ret = buf[idx];
        buf[idx++] = null;
    } else if (!n || n >= state.length) {
        if (state.decoder !== null) {
            ret = '';
            while (idx < len) {
                ret += buf[idx];
                buf[idx++] = null;
            }
        } else if (len - idx === 0) {
            ret = utils.emptyChunk();
        } else if (len - idx === 1) {
            ret = buf[idx];
            buf[idx++] = null;
        } else {
            ret = utils.concatChunks(buf, idx, len, state.length);
            while (idx < len) {
                buf[idx++] = null;
            }
        }
    } else if (n < buf[idx].length) {
        ret = utils.sliceChunk(buf[idx], 0, n);
        buf[idx] = utils.sliceChunk(buf[idx], n);
    } else if (n === buf[idx].length) {
        ret = buf[idx];
        buf[idx++] = null;
    } else if (state.decoder !== null) {
        ret = '';
        while (idx < len) {
            var str = buf[idx];
            if (n > str.length) {
                ret += str;
                n -= str.length;
                buf[idx++] = null;
            } else {
                if (n === str.length) {
                    ret += str;
                    buf[idx++] = null;
                } else {
                    ret += str.slice(0, n);
                    buf[idx] = str.slice(n);
                }
                break;
            }
        }
    } else {
        var retLen = n;
        var parts = [];
        while (idx < len) {
            var data = buf[idx];
            if (n > data.length) {
                parts.push(data);
                n -= data.length;
                buf[idx++] = null;
            } else {
                if (n === data.length) {
                    parts.push(data);
                    buf[idx++] = null;
                } else {
                    parts.push(utils.sliceChunk(data, 0, n));
                    buf[idx] = utils.sliceChunk(data, n);
                }
                break;
            }
        }
        ret = utils.concatChunks(parts, 0, parts.length, retLen);
    }

    if (idx === len) {
        buf.length = 0;
        state.bufferIndex = 0;
    } else if (idx > 1024) {
        buf.splice(0, idx);
        state.bufferIndex = 0;
    } else {
        state.bufferIndex = idx;
    }
    return ret;
}

/* Exposed for testing, as in Node. */
Readable._fromList = fromList;

function endReadable(stream) {
    var state = stream._readableState;
    if (!state.endEmitted) {
        state.ended = true;
        process.nextTick(endReadableNT, state, stream);
    }
}

function endReadableNT(state, stream) {
    /* Check that we didn't get one last unshift. */
    if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
        state.endEmitted = true;
        stream.emit('end');

        if (stream.writable && stream.allowHalfOpen === false) {
            process.nextTick(endWritableNT, stream);
        } else if (state.autoDestroy) {
            /* A duplex is destroyed only when its writable side is done too (or disabled). */
            var wState = stream._writableState;
            var autoDestroy = !wState || (
                wState.autoDestroy && (wState.finished || wState.writable === false)
            );
            if (autoDestroy) {
                stream.destroy();
            }
        }
    }
}

function endWritableNT(stream) {
    var writable = stream.writable && !stream.writableEnded && !stream.destroyed;
    if (writable) {
        stream.end();
    }
}

/* Readable.from(iterable[, options]): a readable that yields the iterable's values. */
Readable.from = function (iterable, opts) {
    return require('internal/streams/from')(Readable, iterable, opts);
};

/* The bridges to web streams (js/internal/webstreams/adapters.js). */
Readable.fromWeb = function fromWeb(readableStream, options) {
    return require('internal/webstreams/adapters').readableFromWeb(readableStream, options);
};
Readable.toWeb = function toWeb(streamReadable) {
    return require('internal/webstreams/adapters').readableToWeb(streamReadable);
};

/* Readable.wrap(src[, options]): a new Readable around an old-style stream. */
Readable.wrap = function (src, options) {
    var opts = {};
    var objectMode = src.readableObjectMode;
    if (objectMode == null) {
        objectMode = src.objectMode;
    }
    opts.objectMode = objectMode == null ? true : objectMode;
    if (options) {
        var keys = Object.keys(options);
        for (var i = 0; i < keys.length; i++) {
            opts[keys[i]] = options[keys[i]];
        }
    }
    opts.destroy = function (err, callback) {
        destroyImpl.destroyer(src, err);
        callback(err);
    };
    return new Readable(opts).wrap(src);
};
