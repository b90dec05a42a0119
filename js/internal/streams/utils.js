'use strict';
/* js/internal/streams/utils.js: helpers shared by the stream internals.
 *
 * Three groups: the predicates Node's stream module answers with (isReadable, isFinished,
 * isErrored, isDisturbed ...: lib/internal/streams/utils.js semantics, ported to ES5), the
 * chunk helpers that hide whether a Buffer exists (until js/buffer.js lands, strings stay
 * strings and typed arrays stay Uint8Arrays), and lazy loaders for internal/errors and
 * internal/validators, which only error paths need.
 *
 * Stream state is kept in plain boolean fields of ReadableState / WritableState (not Node 20's
 * bit field): Duktape reads and writes a boolean property about three times faster than it
 * does `|=`/`&=` on a number, and other core modules may read `_readableState.ended` and the
 * like directly. */

/* Symbol.for keys shared with the readable-stream package, as in Node. */
var kIsDestroyed = Symbol['for']('nodejs.stream.destroyed');
var kIsErrored = Symbol['for']('nodejs.stream.errored');
var kIsReadable = Symbol['for']('nodejs.stream.readable');
var kIsWritable = Symbol['for']('nodejs.stream.writable');
var kIsDisturbed = Symbol['for']('nodejs.stream.disturbed');
var kOnConstructed = Symbol('kOnConstructed');

var BufferCtor = null;

/* Buffer, loaded when a stream first needs it: a process that only prints to stdout (a
 * Writable of strings) never does. */
function bufferCtor() {
    if (BufferCtor === null) {
        BufferCtor = require('buffer').Buffer;
    }
    return BufferCtor;
}

var errorsModule = null;
var validatorsModule = null;

/* Returns internal/errors, loading it on first use. */
function errors() {
    if (errorsModule === null) {
        errorsModule = require('internal/errors');
    }
    return errorsModule;
}

/* Returns internal/errors' codes table (ERR_* constructors). */
function codes() {
    return errors().codes;
}

/* Returns internal/validators, loading it on first use. */
function validators() {
    if (validatorsModule === null) {
        validatorsModule = require('internal/validators');
    }
    return validatorsModule;
}

function nop() {}

var utilBinding = null;

/* Returns a property key no reflection API (nor util.inspect) shows: a Duktape hidden symbol
 * from internalBinding('util'), or a plain Symbol where that binding is missing. */
function hiddenKey(name) {
    if (utilBinding === null) {
        try {
            utilBinding = internalBinding('util');
        } catch (e) {
            utilBinding = false;
        }
    }
    if (utilBinding && typeof utilBinding.hiddenKey === 'function') {
        return utilBinding.hiddenKey(name);
    }
    return Symbol(name);
}

/* Returns fn wrapped so that only its first call goes through (Node's internal/util once). */
function once(fn) {
    var called = false;
    return function () {
        if (called) {
            return undefined;
        }
        called = true;
        return fn.apply(this, arguments);
    };
}

/* ---- chunks ---- */

var ENCODINGS = {
    'utf8': true, 'utf-8': true, 'ucs2': true, 'ucs-2': true, 'utf16le': true, 'utf-16le': true,
    'latin1': true, 'binary': true, 'base64': true, 'base64url': true, 'hex': true, 'ascii': true
};

/* Returns whether `enc` names an encoding Buffer knows (case-insensitive, as Buffer.isEncoding). */
function isEncoding(enc) {
    if (bufferCtor() !== null) {
        return bufferCtor().isEncoding(enc);
    }
    return typeof enc === 'string' && enc.length !== 0 && ENCODINGS[enc.toLowerCase()] === true;
}

function isBuffer(chunk) {
    return bufferCtor() !== null ? chunk instanceof bufferCtor() : false;
}

function isUint8Array(value) {
    return value instanceof Uint8Array;
}

function isArrayBufferView(value) {
    return ArrayBuffer.isView(value);
}

/* Returns a Buffer over the same memory as the view `chunk` (a Uint8Array until Buffer exists). */
function uint8ArrayToBuffer(chunk) {
    if (bufferCtor() !== null) {
        return bufferCtor().from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    if (chunk instanceof Uint8Array) {
        return chunk;
    }
    return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/* Returns the bytes of `str` in `encoding` as a Buffer; without Buffer, the string itself. */
function stringToChunk(str, encoding) {
    return bufferCtor() !== null ? bufferCtor().from(str, encoding) : str;
}

var getPrototypeOf = Object.getPrototypeOf;

/* Returns true for a chunk that is binary data (a Buffer or, before Buffer exists, a
 * Uint8Array): what the byte-mode paths store unchanged.  The prototype test first: in
 * Duktape, instanceof costs three times as much (it looks up Symbol.hasInstance). */
function isBinaryChunk(chunk) {
    if (typeof chunk !== 'object' || chunk === null) {
        return false;
    }
    if (getPrototypeOf(chunk) === bufferCtor().prototype) {
        return true;
    }
    return bufferCtor() !== null ? chunk instanceof bufferCtor() : chunk instanceof Uint8Array;
}

/* Returns an empty binary chunk. */
function emptyChunk() {
    return bufferCtor() !== null ? bufferCtor().alloc(0) : new Uint8Array(0);
}

/* Returns one chunk made of list[start..end), whose lengths add up to `total`: a string when
 * the first chunk is one (Buffer-less fallback), otherwise a Buffer (or Uint8Array). */
function concatChunks(list, start, end, total) {
    var i;
    if (typeof list[start] === 'string') {
        var s = '';
        for (i = start; i < end; i++) {
            s += typeof list[i] === 'string' ? list[i] : bytesToString(list[i]);
        }
        return s;
    }
    var out = bufferCtor() !== null ? bufferCtor().allocUnsafe(total) : new Uint8Array(total);
    var pos = 0;
    for (i = start; i < end; i++) {
        var c = list[i];
        if (typeof c === 'string') {
            c = stringToBytes(c);
        }
        out.set(c, pos);
        pos += c.length;
    }
    return out;
}

/* Returns `chunk` from `start` to `end` sharing memory when it is binary (subarray). */
function sliceChunk(chunk, start, end) {
    if (typeof chunk === 'string' || bufferCtor() !== null) {
        return chunk.slice(start, end);
    }
    return chunk.subarray(start, end);
}

/* UTF-8 helpers for the Buffer-less fallback only. */
function stringToBytes(str) {
    var bytes = [];
    for (var i = 0; i < str.length; i++) {
        var c = str.charCodeAt(i);
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < str.length) {
            var d = str.charCodeAt(i + 1);
            if (d >= 0xdc00 && d < 0xe000) {
                c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
                i++;
            }
        }
        if (c < 0x80) {
            bytes.push(c);
        } else if (c < 0x800) {
            bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
        } else if (c < 0x10000) {
            bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        } else {
            bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63),
                       0x80 | (c & 63));
        }
    }
    return new Uint8Array(bytes);
}

function bytesToString(bytes) {
    var s = '';
    var i = 0;
    while (i < bytes.length) {
        var b = bytes[i++];
        var c;
        if (b < 0x80) {
            c = b;
        } else if (b >= 0xc0 && b < 0xe0 && i < bytes.length) {
            c = ((b & 31) << 6) | (bytes[i++] & 63);
        } else if (b >= 0xe0 && b < 0xf0 && i + 1 < bytes.length) {
            c = ((b & 15) << 12) | ((bytes[i] & 63) << 6) | (bytes[i + 1] & 63);
            i += 2;
        } else if (b >= 0xf0 && i + 2 < bytes.length) {
            c = ((b & 7) << 18) | ((bytes[i] & 63) << 12) | ((bytes[i + 1] & 63) << 6) |
                (bytes[i + 2] & 63);
            i += 3;
        } else {
            c = 0xfffd;
        }
        if (c >= 0x10000) {
            c -= 0x10000;
            s += String.fromCharCode(0xd800 + (c >> 10), 0xdc00 + (c & 1023));
        } else {
            s += String.fromCharCode(c);
        }
    }
    return s;
}

/* A stand-in for StringDecoder while string_decoder is missing: strings pass through, bytes
 * are decoded as UTF-8 one chunk at a time (a character split across chunks is not joined). */
function FallbackDecoder(encoding) {
    this.encoding = normalizeEncoding(encoding);
}
FallbackDecoder.prototype.write = function write(chunk) {
    return typeof chunk === 'string' ? chunk : bytesToString(chunk);
};
FallbackDecoder.prototype.end = function end(chunk) {
    return chunk === undefined ? '' : this.write(chunk);
};

function normalizeEncoding(enc) {
    if (enc == null || enc === '') {
        return 'utf8';
    }
    var e = String(enc).toLowerCase();
    switch (e) {
    case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf-16le': return 'utf16le';
    case 'binary': return 'latin1';
    default:
        if (ENCODINGS[e] !== true) {
            throw new (codes().ERR_UNKNOWN_ENCODING)(enc);
        }
        return e;
    }
}

var StringDecoderCtor;

/* Returns a new StringDecoder for `encoding` (string_decoder's when it exists). */
function newStringDecoder(encoding) {
    if (StringDecoderCtor === undefined) {
        try {
            StringDecoderCtor = require('string_decoder').StringDecoder;
        } catch (e) {
            StringDecoderCtor = FallbackDecoder;
        }
    }
    return new StringDecoderCtor(encoding);
}

/* ---- util.inspect views ----
 * Node 20 keeps most stream flags in one bit field, so console.log(stream) shows a short
 * ReadableState/WritableState with [Symbol(kState)]: <number>.  The states here hold plain
 * fields; their [util.inspect.custom] returns a view object shaped like Node's, with the
 * number computed from the fields in Node's bit layout. */

var kInspectCustom = Symbol['for']('nodejs.util.inspect.custom');
var viewSymbols = {};

/* Returns the display symbol Symbol(name), one per name. */
function viewSymbol(name) {
    var sym = viewSymbols[name];
    if (sym === undefined) {
        sym = viewSymbols[name] = Symbol(name);
    }
    return sym;
}

/* Returns a constructor whose instances util.inspect shows as `name { ... }`. */
function makeViewClass(name) {
    function View() {}
    Object.defineProperty(View, 'name', { value: name, configurable: true });
    return View;
}

/* Returns the bit field for `state`: bits[i] is a [field, bit, test] triple, test being
 * 'set' (truthy), 'nonnull' or 'true'. */
function stateBits(state, bits) {
    var n = 0;
    for (var i = 0; i < bits.length; i++) {
        var v = state[bits[i][0]];
        var test = bits[i][2];
        var on = test === 'nonnull' ? v != null : test === 'true' ? v === true : !!v;
        if (on) {
            n |= 1 << bits[i][1];
        }
    }
    return n;
}

/* ---- predicates (Node 20's lib/internal/streams/utils.js) ---- */

function isReadableNodeStream(obj, strict) {
    return !!(
        obj &&
        typeof obj.pipe === 'function' &&
        typeof obj.on === 'function' &&
        (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
        (!obj._writableState || !obj._readableState ||
         obj._readableState.readable !== false) &&
        (!obj._writableState || obj._readableState)
    );
}

function isWritableNodeStream(obj) {
    return !!(
        obj &&
        typeof obj.write === 'function' &&
        typeof obj.on === 'function' &&
        (!obj._readableState || !obj._writableState || obj._writableState.writable !== false)
    );
}

function isDuplexNodeStream(obj) {
    return !!(
        obj &&
        (typeof obj.pipe === 'function' && obj._readableState) &&
        typeof obj.on === 'function' &&
        typeof obj.write === 'function'
    );
}

function isNodeStream(obj) {
    return !!(
        obj &&
        (
            obj._readableState ||
            obj._writableState ||
            (typeof obj.write === 'function' && typeof obj.on === 'function') ||
            (typeof obj.pipe === 'function' && typeof obj.on === 'function')
        )
    );
}

function isReadableStream(obj) {
    return !!(
        obj &&
        !isNodeStream(obj) &&
        typeof obj.pipeThrough === 'function' &&
        typeof obj.getReader === 'function' &&
        typeof obj.cancel === 'function'
    );
}

function isWritableStream(obj) {
    return !!(
        obj &&
        !isNodeStream(obj) &&
        typeof obj.getWriter === 'function' &&
        typeof obj.abort === 'function'
    );
}

function isTransformStream(obj) {
    return !!(
        obj &&
        !isNodeStream(obj) &&
        typeof obj.readable === 'object' &&
        typeof obj.writable === 'object'
    );
}

function isWebStream(obj) {
    return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj);
}

var hasAsyncIteratorSymbol = typeof Symbol.asyncIterator === 'symbol';

/* isAsync: true = async iterables only, false = sync only, undefined = either. */
function isIterable(obj, isAsync) {
    if (obj == null) {
        return false;
    }
    var asyncFn = hasAsyncIteratorSymbol && typeof obj[Symbol.asyncIterator] === 'function';
    if (isAsync === true) {
        return asyncFn;
    }
    var syncFn = typeof obj[Symbol.iterator] === 'function' || Array.isArray(obj);
    if (isAsync === false) {
        return syncFn;
    }
    return asyncFn || syncFn;
}

/* Returns an async iterator over `iterable` (what `for await` would use): its own, or one
 * made from its sync iterator that awaits each value. */
function getAsyncIterator(iterable) {
    if (typeof Symbol.asyncIterator === 'symbol' &&
        typeof iterable[Symbol.asyncIterator] === 'function') {
        return iterable[Symbol.asyncIterator]();
    }
    var it;
    if (typeof iterable[Symbol.iterator] === 'function') {
        it = iterable[Symbol.iterator]();
    } else if (Array.isArray(iterable)) {
        var i = 0;
        it = {
            next: function () {
                return i < iterable.length ? { value: iterable[i++], done: false } :
                    { value: undefined, done: true };
            }
        };
    } else {
        throw new TypeError('object is not async iterable');
    }
    return {
        next: function () {
            var res = it.next();
            var done = !!res.done;
            return Promise.resolve(res.value).then(function (value) {
                return { value: value, done: done };
            });
        },
        'return': function () {
            if (typeof it['return'] === 'function') {
                it['return']();
            }
            return Promise.resolve({ value: undefined, done: true });
        }
    };
}

function isDestroyed(stream) {
    if (!isNodeStream(stream)) {
        return null;
    }
    var state = stream._writableState || stream._readableState;
    return !!(stream.destroyed || stream[kIsDestroyed] || (state && state.destroyed));
}

/* Have been end()ed. */
function isWritableEnded(stream) {
    if (!isWritableNodeStream(stream)) {
        return null;
    }
    if (stream.writableEnded === true) {
        return true;
    }
    var wState = stream._writableState;
    if (wState && wState.errored) {
        return false;
    }
    if (!wState || typeof wState.ended !== 'boolean') {
        return null;
    }
    return wState.ended;
}

/* Have emitted 'finish' (or, not strict, ended with nothing buffered). */
function isWritableFinished(stream, strict) {
    if (!isWritableNodeStream(stream)) {
        return null;
    }
    if (stream.writableFinished === true) {
        return true;
    }
    var wState = stream._writableState;
    if (wState && wState.errored) {
        return false;
    }
    if (!wState || typeof wState.finished !== 'boolean') {
        return null;
    }
    return !!(wState.finished ||
              (strict === false && wState.ended === true && wState.length === 0));
}

/* Have been push(null)ed. */
function isReadableEnded(stream) {
    if (!isReadableNodeStream(stream)) {
        return null;
    }
    if (stream.readableEnded === true) {
        return true;
    }
    var rState = stream._readableState;
    if (!rState || rState.errored) {
        return false;
    }
    if (typeof rState.ended !== 'boolean') {
        return null;
    }
    return rState.ended;
}

/* Have emitted 'end' (or, not strict, ended with nothing buffered). */
function isReadableFinished(stream, strict) {
    if (!isReadableNodeStream(stream)) {
        return null;
    }
    var rState = stream._readableState;
    if (rState && rState.errored) {
        return false;
    }
    if (!rState || typeof rState.endEmitted !== 'boolean') {
        return null;
    }
    return !!(rState.endEmitted ||
              (strict === false && rState.ended === true && rState.length === 0));
}

function isReadable(stream) {
    if (stream && stream[kIsReadable] != null) {
        return stream[kIsReadable];
    }
    if (!stream || typeof stream.readable !== 'boolean') {
        return null;
    }
    if (isDestroyed(stream)) {
        return false;
    }
    return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
    if (stream && stream[kIsWritable] != null) {
        return stream[kIsWritable];
    }
    if (!stream || typeof stream.writable !== 'boolean') {
        return null;
    }
    if (isDestroyed(stream)) {
        return false;
    }
    return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
    if (!isNodeStream(stream)) {
        return null;
    }
    if (isDestroyed(stream)) {
        return true;
    }
    if ((!opts || opts.readable !== false) && isReadable(stream)) {
        return false;
    }
    if ((!opts || opts.writable !== false) && isWritable(stream)) {
        return false;
    }
    return true;
}

function isWritableErrored(stream) {
    if (!isNodeStream(stream)) {
        return null;
    }
    if (stream.writableErrored) {
        return stream.writableErrored;
    }
    var w = stream._writableState;
    return w && w.errored != null ? w.errored : null;
}

function isReadableErrored(stream) {
    if (!isNodeStream(stream)) {
        return null;
    }
    if (stream.readableErrored) {
        return stream.readableErrored;
    }
    var r = stream._readableState;
    return r && r.errored != null ? r.errored : null;
}

function isOutgoingMessage(stream) {
    return (
        typeof stream._closed === 'boolean' &&
        typeof stream._defaultKeepAlive === 'boolean' &&
        typeof stream._removedConnection === 'boolean' &&
        typeof stream._removedContLen === 'boolean'
    );
}

function isClosed(stream) {
    if (!isNodeStream(stream)) {
        return null;
    }
    if (typeof stream.closed === 'boolean') {
        return stream.closed;
    }
    var w = stream._writableState;
    var r = stream._readableState;
    if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) {
        return (w && w.closed) || (r && r.closed);
    }
    if (typeof stream._closed === 'boolean' && isOutgoingMessage(stream)) {
        return stream._closed;
    }
    return null;
}

function isServerResponse(stream) {
    return typeof stream._sent100 === 'boolean' && isOutgoingMessage(stream);
}

function isServerRequest(stream) {
    return (
        typeof stream._consuming === 'boolean' &&
        typeof stream._dumped === 'boolean' &&
        (!stream.req || stream.req.upgradeOrConnect === undefined)
    );
}

function willEmitClose(stream) {
    if (!isNodeStream(stream)) {
        return null;
    }
    var state = stream._writableState || stream._readableState;
    return (!state && isServerResponse(stream)) || !!(
        state && state.autoDestroy && state.emitClose && state.closed === false
    );
}

/* Returns the first of `values` that is neither null nor undefined (a ?? b ?? c). */
function coalesce(values) {
    for (var i = 0; i < values.length; i++) {
        if (values[i] != null) {
            return values[i];
        }
    }
    return undefined;
}

function isDisturbed(stream) {
    if (!stream) {
        return false;
    }
    var v = stream[kIsDisturbed];
    if (v == null) {
        v = stream.readableDidRead || stream.readableAborted;
    }
    return !!v;
}

function isErrored(stream) {
    if (!stream) {
        return false;
    }
    var r = stream._readableState;
    var w = stream._writableState;
    return !!coalesce([
        stream[kIsErrored],
        stream.readableErrored,
        stream.writableErrored,
        r && r.errorEmitted,
        w && w.errorEmitted,
        r && r.errored,
        w && w.errored
    ]);
}

module.exports = {
    kOnConstructed: kOnConstructed,
    kIsDestroyed: kIsDestroyed,
    kIsDisturbed: kIsDisturbed,
    kIsErrored: kIsErrored,
    kIsReadable: kIsReadable,
    kIsWritable: kIsWritable,
    errors: errors,
    codes: codes,
    validators: validators,
    nop: nop,
    hiddenKey: hiddenKey,
    kInspectCustom: kInspectCustom,
    viewSymbol: viewSymbol,
    makeViewClass: makeViewClass,
    stateBits: stateBits,
    once: once,
    isEncoding: isEncoding,
    isBuffer: isBuffer,
    isUint8Array: isUint8Array,
    isArrayBufferView: isArrayBufferView,
    isBinaryChunk: isBinaryChunk,
    uint8ArrayToBuffer: uint8ArrayToBuffer,
    stringToChunk: stringToChunk,
    emptyChunk: emptyChunk,
    concatChunks: concatChunks,
    sliceChunk: sliceChunk,
    newStringDecoder: newStringDecoder,
    isDestroyed: isDestroyed,
    isDisturbed: isDisturbed,
    isErrored: isErrored,
    isReadable: isReadable,
    isWritable: isWritable,
    isClosed: isClosed,
    isDuplexNodeStream: isDuplexNodeStream,
    isFinished: isFinished,
    isIterable: isIterable,
    getAsyncIterator: getAsyncIterator,
    isReadableNodeStream: isReadableNodeStream,
    isReadableStream: isReadableStream,
    isReadableEnded: isReadableEnded,
    isReadableFinished: isReadableFinished,
    isReadableErrored: isReadableErrored,
    isNodeStream: isNodeStream,
    isWebStream: isWebStream,
    isWritableNodeStream: isWritableNodeStream,
    isWritableStream: isWritableStream,
    isWritableEnded: isWritableEnded,
    isWritableFinished: isWritableFinished,
    isWritableErrored: isWritableErrored,
    isServerRequest: isServerRequest,
    isServerResponse: isServerResponse,
    willEmitClose: willEmitClose,
    isTransformStream: isTransformStream
};
Object.defineProperty(module.exports, 'Buffer', {
    configurable: true, enumerable: true, get: bufferCtor
});
