'use strict';
/* js/zlib.js: Node's 'zlib' module over internalBinding('zlib') (the system zlib, linked
 * statically).  Sync forms run deflate/inflate in the calling thread; callback forms copy the
 * input and run on the worker pool; streams are Transforms over one native z_stream each, whose
 * chunks are compressed on the worker pool too, one at a time, as Node's.
 * Brotli is not available: its functions throw ERR_METHOD_NOT_IMPLEMENTED.  Differences from
 * Node 20 are listed in docs/api.md. */

var binding = internalBinding('zlib');
var Buffer = require('buffer').Buffer;
var Transform = require('stream').Transform;
var finished = require('stream').finished;
var errors = require('internal/errors');
var codesE = errors.codes;
var validators = require('internal/validators');
var checkRangesOrGetDefault = validators.checkRangesOrGetDefault;
var validateFiniteNumber = validators.validateFiniteNumber;
var validateFunction = validators.validateFunction;

var kMaxLength = require('buffer').kMaxLength;

var constants = {
    Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
    Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
    Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
    Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
    Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
    ZLIB_VERNUM: vernum(binding.zlibVersion),
    DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
    BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
    Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
    Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
    Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
    Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
    BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
    BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0,
    BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1,
    BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11,
    BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24,
    BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3,
    BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
    BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
    BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
    BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
    BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
    BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
    BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0,
    BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
    BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1,
    BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
    BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
    BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
    BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
    BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
    BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
    BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
    BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
    BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
    BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
    BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
    BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
    BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
    BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27,
    BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31
};
Object.freeze(constants);

/* "1.2.13" -> 0x12d0, as zlib's ZLIB_VERNUM. */
function vernum(v) {
    var p = String(v).split('.');
    return ((+p[0] & 15) << 12) | ((+p[1] & 15) << 8) | ((+p[2] & 15) << 4) | (+p[3] & 15 || 0);
}

var codes = {
    Z_OK: constants.Z_OK,
    Z_STREAM_END: constants.Z_STREAM_END,
    Z_NEED_DICT: constants.Z_NEED_DICT,
    Z_ERRNO: constants.Z_ERRNO,
    Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
    Z_DATA_ERROR: constants.Z_DATA_ERROR,
    Z_MEM_ERROR: constants.Z_MEM_ERROR,
    Z_BUF_ERROR: constants.Z_BUF_ERROR,
    Z_VERSION_ERROR: constants.Z_VERSION_ERROR
};
(function () {
    var keys = Object.keys(codes);
    for (var i = 0; i < keys.length; i++) {
        codes[codes[keys[i]]] = keys[i];
    }
})();

var DEFLATE = 1, INFLATE = 2, GZIP = 3, GUNZIP = 4, DEFLATERAW = 5, INFLATERAW = 6, UNZIP = 7;
var Z_NO_FLUSH = 0, Z_BLOCK = 5, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3;
var Z_FINISH = 4;

/* Flush kinds ordered by how much they flush, for maxFlush. */
var flushiness = [];
(function () {
    var order = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
    for (var i = 0; i < order.length; i++) {
        flushiness[order[i]] = i;
    }
})();

function maxFlush(a, b) {
    return flushiness[a] > flushiness[b] ? a : b;
}

var kFlushFlag = typeof Symbol === 'function' ? Symbol('kFlushFlag') : '__zlibFlushFlag';
var kError = typeof Symbol === 'function' ? Symbol('kError') : '__zlibError';
var kOpts = typeof Symbol === 'function' ? Symbol('kOpts') : '__zlibOpts';

/* Node's zlibOnError shape: Error(message) with errno and code ('Z_DATA_ERROR'). */
function zlibError(failure) {
    var errno = failure[0];
    var err = errors.genericNodeError(failure[1], { errno: errno, code: codes[errno] });
    err.errno = errno;
    err.code = codes[errno];
    return err;
}

/* Node's ERR_ZLIB_INITIALIZATION_FAILED, which internal/errors does not define yet. */
function initFailed() {
    var err = new Error('Initialization failed');
    err.code = 'ERR_ZLIB_INITIALIZATION_FAILED';
    return err;
}

function isArrayBufferView(v) {
    return ArrayBuffer.isView(v);
}

function isAnyArrayBuffer(v) {
    return v instanceof ArrayBuffer ||
        (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

/* Wraps a Uint8Array from the binding as a Buffer over the same memory. */
function toBuffer(u8) {
    return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

/* A Uint8Array view of any ArrayBufferView (for the binding). */
function bytesOf(view) {
    if (view instanceof Uint8Array) {
        return view;
    }
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/* Reads and validates options as Node's Zlib and ZlibBase constructors do. */
function parseOptions(opts, mode) {
    var o = {
        windowBits: constants.Z_DEFAULT_WINDOWBITS,
        level: constants.Z_DEFAULT_COMPRESSION,
        memLevel: constants.Z_DEFAULT_MEMLEVEL,
        strategy: constants.Z_DEFAULT_STRATEGY,
        dictionary: undefined,
        chunkSize: constants.Z_DEFAULT_CHUNK,
        flush: Z_NO_FLUSH,
        finishFlush: Z_FINISH,
        maxOutputLength: kMaxLength,
        info: undefined
    };
    if (!opts) {
        return o;
    }
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
        o.windowBits = 0;
    } else {
        var min = constants.Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
        o.windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', min,
            constants.Z_MAX_WINDOWBITS, constants.Z_DEFAULT_WINDOWBITS);
    }
    o.level = checkRangesOrGetDefault(opts.level, 'options.level', constants.Z_MIN_LEVEL,
        constants.Z_MAX_LEVEL, constants.Z_DEFAULT_COMPRESSION);
    o.memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel',
        constants.Z_MIN_MEMLEVEL, constants.Z_MAX_MEMLEVEL, constants.Z_DEFAULT_MEMLEVEL);
    o.strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy',
        constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, constants.Z_DEFAULT_STRATEGY);
    var dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
        if (isAnyArrayBuffer(dictionary)) {
            dictionary = Buffer.from(dictionary);
        } else {
            throw new codesE.ERR_INVALID_ARG_TYPE('options.dictionary',
                ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
        }
    }
    o.dictionary = dictionary === undefined ? undefined : bytesOf(dictionary);

    var chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
        chunkSize = constants.Z_DEFAULT_CHUNK;
    } else if (chunkSize < constants.Z_MIN_CHUNK) {
        throw new codesE.ERR_OUT_OF_RANGE('options.chunkSize', '>= ' + constants.Z_MIN_CHUNK,
            chunkSize);
    }
    o.chunkSize = chunkSize;
    o.flush = checkRangesOrGetDefault(opts.flush, 'options.flush', Z_NO_FLUSH, Z_BLOCK,
        Z_NO_FLUSH);
    o.finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', Z_NO_FLUSH,
        Z_BLOCK, Z_FINISH);
    o.maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
        1, kMaxLength, kMaxLength);
    o.info = opts.info;
    return o;
}

/* Opens and initialises a native handle for parsed options; throws Node's error on failure. */
function openHandle(mode, o) {
    var handle = new binding.Zlib(mode);
    var failure = handle.init(o.level, o.windowBits, o.memLevel, o.strategy,
        o.dictionary === undefined ? null : o.dictionary);
    if (failure !== null) {
        handle.close();
        if (failure[0] === constants.Z_VERSION_ERROR || failure[0] === constants.Z_STREAM_ERROR) {
            throw initFailed();
        }
        throw zlibError(failure);
    }
    return handle;
}

/* Runs one chunk through a handle; returns a Buffer or throws the zlib error. */
function writeSync(handle, flushFlag, chunk, o) {
    var out = handle.write(flushFlag, bytesOf(chunk), o.chunkSize);
    if (Array.isArray(out)) {
        throw zlibError(out);
    }
    if (out.byteLength > o.maxOutputLength) {
        throw new codesE.ERR_BUFFER_TOO_LARGE(o.maxOutputLength);
    }
    return toBuffer(out);
}

/* ---- streams ---- */

function ZlibBase(opts, mode, o) {
    var topts = opts;
    if (opts && (opts.encoding || opts.objectMode || opts.writableObjectMode)) {
        topts = {};
        for (var k in opts) {
            topts[k] = opts[k];
        }
        topts.encoding = null;
        topts.objectMode = false;
        topts.writableObjectMode = false;
    }
    var full = { autoDestroy: true };
    if (topts) {
        for (var key in topts) {
            full[key] = topts[key];
        }
    }
    Transform.call(this, full);
    Object.defineProperty(this, kError, { value: null, writable: true });
    this.bytesWritten = 0;
    this._handle = openHandle(mode, o);
    Object.defineProperty(this, kOpts, { value: o, writable: true });
    this._chunkSize = o.chunkSize;
    this._outOffset = 0;
    this._defaultFlushFlag = o.flush;
    this._finishFlushFlag = o.finishFlush;
    this._defaultFullFlushFlag = Z_FULL_FLUSH;
    this._info = opts && opts.info;
    this._maxOutputLength = o.maxOutputLength;
    this._level = o.level;
    this._strategy = o.strategy;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
    configurable: true,
    enumerable: true,
    get: function () {
        return !this._handle;
    }
});

var bytesReadMsg = 'zlib.bytesRead is deprecated and will change its meaning in the future. ' +
    'Use zlib.bytesWritten instead.';
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
    configurable: true,
    get: require('util').deprecate(function () {
        return this.bytesWritten;
    }, bytesReadMsg, 'DEP0108'),
    set: require('util').deprecate(function (value) {
        this.bytesWritten = value;
    }, bytesReadMsg, 'DEP0108')
});

ZlibBase.prototype.reset = function reset() {
    if (!this._handle) {
        throw new Error('zlib binding closed');
    }
    var failure = this._handle.reset();
    if (failure !== null) {
        throw zlibError(failure);
    }
};

ZlibBase.prototype._flush = function _flush(callback) {
    this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
    callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
    if (typeof kind === 'function' || (kind === undefined && !callback)) {
        callback = kind;
        kind = this._defaultFullFlushFlag;
    }
    if (this.writableFinished) {
        if (callback) {
            process.nextTick(callback);
        }
    } else if (this.writableEnded) {
        if (callback) {
            this.once('end', callback);
        }
    } else {
        var marker = Buffer.alloc(0);
        marker[kFlushFlag] = kind;
        this.write(marker, '', callback);
    }
};

ZlibBase.prototype.close = function close(callback) {
    if (callback) {
        finished(this, callback);
    }
    this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
    closeEngine(this);
    callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
    var flushFlag = this._defaultFlushFlag;
    if (typeof chunk[kFlushFlag] === 'number') {
        flushFlag = chunk[kFlushFlag];
    }
    if (this.writableEnded && this.writableLength === chunk.byteLength) {
        flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
    }
    this._processChunk(chunk, flushFlag, cb);
};

/* Compresses one chunk; with cb, pushes the output and calls cb (the stream path), without,
 * returns the output (Node's legacy sync _processChunk). */
ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
    if (!this._handle) {
        if (typeof cb === 'function') {
            process.nextTick(cb);
            return undefined;
        }
        throw initFailed();
    }
    if (typeof cb !== 'function') {
        return writeSync(this._handle, flushFlag, chunk, this[kOpts]);
    }
    var self = this;
    var inLength = chunk.byteLength;
    var rc = this._handle.writeAsync(flushFlag, bytesOf(chunk), this._chunkSize,
        function (errno, message, out, availIn) {
            if (self.destroyed) {
                cb();
                return;
            }
            if (out === null) {
                var err = zlibError([errno, message]);
                self.destroy(err);
                self[kError] = err;
                return;
            }
            self.bytesWritten += inLength - availIn;
            pushOutput(self, toBuffer(out));
            if (availIn > 0) {
                /* zlib wanted no more input: the compressed stream ended early (Node). */
                self.push(null);
            }
            cb();
        });
    /* The binding copied the input; the callback's scope must not keep it until the next
     * collection (readChecked, js/fs.js). */
    chunk = null;
    if (rc < 0) {
        this.destroy(zlibError([constants.Z_MEM_ERROR, 'out of memory']));
    }
    return undefined;
};

/* Pushes output in the pieces Node's 'data' events have: Node's output buffer holds chunkSize
 * bytes, each zlib call fills what is left of it, and each call's output is pushed. */
function pushOutput(self, out) {
    var size = self._chunkSize;
    var off = self._outOffset;
    var pos = 0;
    while (pos < out.length) {
        var n = Math.min(size - off, out.length - pos);
        self.push(out.subarray(pos, pos + n));
        pos += n;
        off += n;
        if (off >= size) {
            off = 0;
        }
    }
    self._outOffset = off;
}

ZlibBase.prototype.params = function params(level, strategy, callback) {
    checkRangesOrGetDefault(level, 'level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL);
    checkRangesOrGetDefault(strategy, 'strategy', constants.Z_DEFAULT_STRATEGY,
        constants.Z_FIXED);
    if (this._level !== level || this._strategy !== strategy) {
        var self = this;
        this.flush(Z_SYNC_FLUSH, function () {
            if (self._handle) {
                var failure = self._handle.params(level, strategy);
                if (failure !== null) {
                    self.destroy(zlibError(failure));
                    return;
                }
                if (!self.destroyed) {
                    self._level = level;
                    self._strategy = strategy;
                    if (callback) {
                        callback();
                    }
                }
            }
        });
    } else if (callback) {
        process.nextTick(callback);
    }
};

function closeEngine(engine) {
    if (engine._handle) {
        engine._handle.close();
        engine._handle = null;
    }
}

function makeClass(name, mode) {
    function Ctor(opts) {
        if (!(this instanceof Ctor)) {
            return new Ctor(opts);
        }
        ZlibBase.call(this, opts, mode, parseOptions(opts, mode));
        return undefined;
    }
    Object.defineProperty(Ctor, 'name', { value: name, configurable: true });
    Object.setPrototypeOf(Ctor.prototype, ZlibBase.prototype);
    Object.setPrototypeOf(Ctor, ZlibBase);
    Object.defineProperty(Ctor.prototype, 'constructor', {
        value: Ctor, writable: true, configurable: true, enumerable: false
    });
    return Ctor;
}

var Deflate = makeClass('Deflate', DEFLATE);
var Inflate = makeClass('Inflate', INFLATE);
var Gzip = makeClass('Gzip', GZIP);
var Gunzip = makeClass('Gunzip', GUNZIP);
var DeflateRaw = makeClass('DeflateRaw', DEFLATERAW);
var InflateRaw = makeClass('InflateRaw', INFLATERAW);
var Unzip = makeClass('Unzip', UNZIP);

/* ---- convenience methods ---- */

/* Normalises the input of a sync call as Node's zlibBufferSync. */
function syncInput(buffer) {
    if (typeof buffer === 'string') {
        return Buffer.from(buffer);
    }
    if (!isArrayBufferView(buffer)) {
        if (isAnyArrayBuffer(buffer)) {
            return Buffer.from(buffer);
        }
        throw new codesE.ERR_INVALID_ARG_TYPE('buffer',
            ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
    }
    return buffer;
}

function zlibBufferSync(ctor, mode, buffer, opts) {
    var o = parseOptions(opts, mode);
    if (o.info) {
        var engine = new ctor(opts);
        var buf = engine._processChunk(syncInput(buffer), o.finishFlush);
        closeEngine(engine);
        return { buffer: buf, engine: engine };
    }
    buffer = syncInput(buffer);
    var handle = openHandle(mode, o);
    try {
        return writeSync(handle, o.finishFlush, buffer, o);
    } finally {
        handle.close();
    }
}

/* The callback form: validate as Node does, then compress on the worker pool. */
function zlibBuffer(ctor, mode, buffer, opts, callback) {
    validateFunction(callback, 'callback');
    var o = parseOptions(opts, mode);
    if (typeof buffer === 'string') {
        buffer = Buffer.from(buffer);
    } else if (isAnyArrayBuffer(buffer)) {
        buffer = Buffer.from(buffer);
    } else if (!isArrayBufferView(buffer)) {
        throw new codesE.ERR_INVALID_ARG_TYPE('chunk',
            ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    if (o.info) {
        /* Rare: keep Node's { buffer, engine } result by running the stream engine. */
        var engine = new ctor(opts);
        var res;
        try {
            res = engine._processChunk(buffer, o.finishFlush);
        } catch (e) {
            closeEngine(engine);
            process.nextTick(callback, e);
            return;
        }
        closeEngine(engine);
        process.nextTick(callback, null, { buffer: res, engine: engine });
        return;
    }
    var rc = binding.run(mode, o.level, o.windowBits, o.memLevel, o.strategy,
        o.dictionary === undefined ? null : o.dictionary, o.finishFlush, bytesOf(buffer),
        o.chunkSize, function (errno, message, out) {
            if (out === null) {
                callback(zlibError([errno, message]));
            } else if (out.byteLength > o.maxOutputLength) {
                callback(new codesE.ERR_BUFFER_TOO_LARGE(o.maxOutputLength));
            } else {
                callback(null, toBuffer(out));
            }
        });
    if (rc < 0) {
        process.nextTick(callback, zlibError([constants.Z_MEM_ERROR, 'out of memory']));
    }
}

function createConvenienceMethod(ctor, mode, sync) {
    if (sync) {
        return function syncBufferWrapper(buffer, opts) {
            return zlibBufferSync(ctor, mode, buffer, opts);
        };
    }
    return function asyncBufferWrapper(buffer, opts, callback) {
        if (typeof opts === 'function') {
            callback = opts;
            opts = {};
        }
        return zlibBuffer(ctor, mode, buffer, opts, callback);
    };
}

/* ---- Brotli: not in zlib ---- */

function brotliMissing(name) {
    function missing() {
        throw new codesE.ERR_METHOD_NOT_IMPLEMENTED(name + '()');
    }
    Object.defineProperty(missing, 'name', { value: name, configurable: true });
    return missing;
}

var BrotliCompress = brotliMissing('BrotliCompress');
var BrotliDecompress = brotliMissing('BrotliDecompress');

/* ---- crc32 ---- */

function crc32(data, value) {
    if (value === undefined) {
        value = 0;
    }
    if (typeof data === 'string') {
        data = Buffer.from(data);
    } else if (!isArrayBufferView(data)) {
        throw new codesE.ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView',
            'string'], data);
    }
    validators.validateUint32(value, 'value');
    return binding.crc32(bytesOf(data), value);
}

module.exports = {
    crc32: crc32,
    Deflate: Deflate,
    Inflate: Inflate,
    Gzip: Gzip,
    Gunzip: Gunzip,
    DeflateRaw: DeflateRaw,
    InflateRaw: InflateRaw,
    Unzip: Unzip,
    BrotliCompress: BrotliCompress,
    BrotliDecompress: BrotliDecompress,
    deflate: createConvenienceMethod(Deflate, DEFLATE, false),
    deflateSync: createConvenienceMethod(Deflate, DEFLATE, true),
    gzip: createConvenienceMethod(Gzip, GZIP, false),
    gzipSync: createConvenienceMethod(Gzip, GZIP, true),
    deflateRaw: createConvenienceMethod(DeflateRaw, DEFLATERAW, false),
    deflateRawSync: createConvenienceMethod(DeflateRaw, DEFLATERAW, true),
    unzip: createConvenienceMethod(Unzip, UNZIP, false),
    unzipSync: createConvenienceMethod(Unzip, UNZIP, true),
    inflate: createConvenienceMethod(Inflate, INFLATE, false),
    inflateSync: createConvenienceMethod(Inflate, INFLATE, true),
    gunzip: createConvenienceMethod(Gunzip, GUNZIP, false),
    gunzipSync: createConvenienceMethod(Gunzip, GUNZIP, true),
    inflateRaw: createConvenienceMethod(InflateRaw, INFLATERAW, false),
    inflateRawSync: createConvenienceMethod(InflateRaw, INFLATERAW, true),
    brotliCompress: brotliMissing('brotliCompress'),
    brotliCompressSync: brotliMissing('brotliCompressSync'),
    brotliDecompress: brotliMissing('brotliDecompress'),
    brotliDecompressSync: brotliMissing('brotliDecompressSync')
};

function defineCreate(name, Ctor) {
    Object.defineProperty(module.exports, name, {
        configurable: true,
        enumerable: true,
        writable: true,
        value: function (options) {
            return new Ctor(options);
        }
    });
}
defineCreate('createDeflate', Deflate);
defineCreate('createInflate', Inflate);
defineCreate('createDeflateRaw', DeflateRaw);
defineCreate('createInflateRaw', InflateRaw);
defineCreate('createGzip', Gzip);
defineCreate('createGunzip', Gunzip);
defineCreate('createUnzip', Unzip);
Object.defineProperty(module.exports, 'createBrotliCompress', {
    configurable: true, enumerable: true, writable: true,
    value: brotliMissing('createBrotliCompress')
});
Object.defineProperty(module.exports, 'createBrotliDecompress', {
    configurable: true, enumerable: true, writable: true,
    value: brotliMissing('createBrotliDecompress')
});
Object.defineProperty(module.exports, 'constants', {
    configurable: false, enumerable: true, value: constants
});
Object.defineProperty(module.exports, 'codes', {
    enumerable: true, writable: false, value: Object.freeze(codes)
});
(function () {
    /* The deprecated top-level copies of the constants, Brotli's left out as in Node. */
    var keys = Object.keys(constants);
    for (var i = 0; i < keys.length; i++) {
        if (keys[i].indexOf('BROTLI') === 0) {
            continue;
        }
        Object.defineProperty(module.exports, keys[i], {
            enumerable: false, value: constants[keys[i]], writable: false
        });
    }
})();
