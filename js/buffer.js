'use strict';
/* js/buffer.js: Node's 'buffer' module (and the global Buffer) over internalBinding('buffer').
 *
 * A Buffer is a Uint8Array whose prototype is Buffer.prototype, itself inheriting from
 * Uint8Array.prototype: Duktape has no class syntax to subclass Uint8Array, so every Buffer is
 * made as a Uint8Array (in C by binding.createBuffer/fromString, or here by createView) and then
 * re-parented.  Indexing, length, byteOffset, buffer, instanceof and the typed-array methods all
 * work as on any Uint8Array.
 *
 * This file owns Node's API, argument checks and error messages; the binding does the byte
 * work (encoding, decoding, searching, filling) in C, one call per operation.  Differences from
 * Node 20: no 8 KiB pool (every Buffer has its own memory, byteOffset 0 unless it is a view);
 * no BigInt64 read/write methods (Duktape has no BigInt); no Blob, File, resolveObjectURL or
 * transcode (undefined, as in a Node built without ICU). */

var binding = internalBinding('buffer');
var validators = require('internal/validators');

var validateArray = validators.validateArray;
var validateBuffer = validators.validateBuffer;
var validateInteger = validators.validateInteger;
var validateNumber = validators.validateNumber;
var validateString = validators.validateString;

var ENC = binding.encodings;
var UTF8 = ENC.utf8;
var UTF16LE = ENC.utf16le;
var LATIN1 = ENC.latin1;
var ASCII = ENC.ascii;
var BASE64 = ENC.base64;
var BASE64URL = ENC.base64url;
var HEX = ENC.hex;

var kMaxLength = 4294967296;
var kStringMaxLength = 536870888;
var INSPECT_MAX_BYTES = 50;
var customInspectSymbol = Symbol['for']('nodejs.util.inspect.custom');

var setPrototypeOf = Object.setPrototypeOf;

var errorsModule;

/* Returns internal/errors' codes, loading the module on the first error. */
function codes() {
    if (errorsModule === undefined) {
        errorsModule = require('internal/errors');
    }
    return errorsModule.codes;
}

/* The plain errors Node's C++ binding throws: a message and an enumerable `code`. */
function bindingError(Ctor, code, message) {
    var err = new Ctor(message);
    err.code = code;
    return err;
}

function validateOffset(value, name, min, max) {
    validateInteger(value, name, min === undefined ? 0 : min, max === undefined ? kMaxLength : max);
}

/* ------------------------------------------------------------------------------------------ */
/* Types and encodings */

function isUint8Array(value) {
    return value instanceof Uint8Array;
}

function isAnyArrayBuffer(value) {
    return value instanceof ArrayBuffer;
}

function isArrayBufferView(value) {
    return ArrayBuffer.isView(value);
}

function isTypedArray(value) {
    return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

/* Encoding names in lower case -> binding id. */
var encodingIds = Object.create(null);
encodingIds['utf8'] = UTF8;
encodingIds['utf-8'] = UTF8;
encodingIds['ucs2'] = UTF16LE;
encodingIds['ucs-2'] = UTF16LE;
encodingIds['utf16le'] = UTF16LE;
encodingIds['utf-16le'] = UTF16LE;
encodingIds['latin1'] = LATIN1;
encodingIds['binary'] = LATIN1;
encodingIds['ascii'] = ASCII;
encodingIds['base64'] = BASE64;
encodingIds['base64url'] = BASE64URL;
encodingIds['hex'] = HEX;

var encodingNames = [];
encodingNames[UTF8] = 'utf8';
encodingNames[UTF16LE] = 'utf16le';
encodingNames[LATIN1] = 'latin1';
encodingNames[ASCII] = 'ascii';
encodingNames[BASE64] = 'base64';
encodingNames[BASE64URL] = 'base64url';
encodingNames[HEX] = 'hex';

/* Node's getEncodingOps: the id for an encoding name in any case (the value is converted to a
 * string first, '' is not a name), or undefined. */
function encodingId(encoding) {
    encoding += '';
    var id = encodingIds[encoding];
    if (id === undefined) {
        id = encodingIds[encoding.toLowerCase()];
    }
    return id;
}

/* Node's normalizeEncoding: the canonical name ('utf8', 'utf16le', 'latin1', 'ascii',
 * 'base64', 'base64url', 'hex'), with null, undefined and '' meaning utf8; undefined for
 * anything else, non-strings included. */
function normalizeEncoding(encoding) {
    if (encoding == null || encoding === 'utf8' || encoding === 'utf-8' || encoding === '') {
        return 'utf8';
    }
    if (typeof encoding !== 'string') {
        return undefined;
    }
    var id = encodingIds[encoding.toLowerCase()];
    return id === undefined ? undefined : encodingNames[id];
}

/* Node's estimate of the bytes a string takes in an encoding (exact but for base64 and hex,
 * where it is an upper bound). */
function byteLengthOf(string, id) {
    var len = string.length;
    switch (id) {
    case UTF16LE:
        return len * 2;
    case LATIN1:
    case ASCII:
        return len;
    case BASE64:
    case BASE64URL:
        if (string.charCodeAt(len - 1) === 0x3d) {
            len--;
        }
        if (len > 1 && string.charCodeAt(len - 1) === 0x3d) {
            len--;
        }
        return (len * 3) >>> 2;
    case HEX:
        return len >>> 1;
    default:
        return binding.byteLengthUtf8(string);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Making Buffers */

/* A Buffer viewing `length` bytes of an ArrayBuffer from byteOffset (Node's FastBuffer). */
function createView(arrayBuffer, byteOffset, length) {
    var view = new Uint8Array(arrayBuffer, byteOffset, length);
    setPrototypeOf(view, Buffer.prototype);
    return view;
}

function createUnsafeBuffer(size) {
    return binding.createBuffer(size, false);
}

function createZeroedBuffer(size) {
    return binding.createBuffer(size, true);
}

var bufferWarningEmitted = false;
var nodeModulesCheckCounter = 0;

/* Returns whether the first frame of the caller's stack outside the runtime's own modules is
 * a file under node_modules (Node warns only about application code). */
function isInsideNodeModules() {
    var lines = String(new Error().stack).split('\n');
    for (var i = 1; i < lines.length; i++) {
        var m = /^ +at (?:.*? \()?(.*?):\d+\)?$/.exec(lines[i]);
        if (m === null || !/^\/|\\/.test(m[1])) {
            continue;
        }
        return /[\\/]node_modules[\\/]/.test(m[1]);
    }
    return false;
}

/* DEP0005, once, for Buffer() called from outside node_modules. */
function showFlaggedDeprecation() {
    if (bufferWarningEmitted || ++nodeModulesCheckCounter > 10000 || isInsideNodeModules()) {
        return;
    }
    process.emitWarning('Buffer() is deprecated due to security and usability issues. Please ' +
                        'use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() ' +
                        'methods instead.', 'DeprecationWarning', 'DEP0005');
    bufferWarningEmitted = true;
}

/* The deprecated Buffer(arg[, encodingOrOffset[, length]]) constructor, with or without new. */
function Buffer(arg, encodingOrOffset, length) {
    showFlaggedDeprecation();
    if (typeof arg === 'number') {
        if (typeof encodingOrOffset === 'string') {
            throw new (codes().ERR_INVALID_ARG_TYPE)('string', 'string', arg);
        }
        return Buffer.alloc(arg);
    }
    return Buffer.from(arg, encodingOrOffset, length);
}

Buffer.prototype = Object.create(Uint8Array.prototype, {
    constructor: { value: Buffer, writable: true, enumerable: false, configurable: true }
});
setPrototypeOf(Buffer, Uint8Array);
binding.setBufferPrototype(Buffer.prototype);

/* Node's FastBuffer: `new FastBuffer(lengthOrArrayBuffer[, byteOffset[, length]])` makes a
 * Buffer like new Uint8Array() would, without Buffer()'s deprecation.  It is Buffer's
 * @@species, so typed-array methods that build their result through the species (map, filter)
 * return Buffers. */
function FastBuffer(bufferOrLength, byteOffset, length) {
    var view;
    if (length !== undefined) {
        view = new Uint8Array(bufferOrLength, byteOffset, length);
    } else if (byteOffset !== undefined) {
        view = new Uint8Array(bufferOrLength, byteOffset);
    } else if (bufferOrLength !== undefined) {
        view = new Uint8Array(bufferOrLength);
    } else {
        view = new Uint8Array(0);
    }
    setPrototypeOf(view, Buffer.prototype);
    return view;
}
FastBuffer.prototype = Buffer.prototype;
setPrototypeOf(FastBuffer, Uint8Array);

if (typeof Symbol.species === 'symbol') {
    Object.defineProperty(Buffer, Symbol.species, {
        enumerable: false,
        configurable: true,
        get: function () {
            return FastBuffer;
        }
    });
}

Buffer.poolSize = 8 * 1024;

function fromString(string, encoding) {
    var id = UTF8;
    if (encoding && encoding !== 'utf8' && typeof encoding === 'string') {
        id = encodingId(encoding);
        if (id === undefined) {
            throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
        }
    }
    return binding.fromString(string, id);
}

function fromArrayBuffer(obj, byteOffset, length) {
    if (byteOffset === undefined) {
        byteOffset = 0;
    } else {
        byteOffset = +byteOffset;
        if (byteOffset !== byteOffset) {
            byteOffset = 0;
        }
    }
    var maxLength = obj.byteLength - byteOffset;
    if (maxLength < 0) {
        throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)('offset');
    }
    if (length === undefined) {
        length = maxLength;
    } else {
        length = +length;
        if (length > 0) {
            if (length > maxLength) {
                throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)('length');
            }
        } else {
            length = 0;
        }
    }
    return createView(obj, Math.trunc(byteOffset), Math.trunc(length));
}

function fromArrayLike(obj) {
    if (isUint8Array(obj)) {
        var copy = createUnsafeBuffer(obj.length);
        binding.copy(obj, copy, 0, 0, obj.length);
        return copy;
    }
    var length = obj.length;
    if (!(length > 0)) {
        return createUnsafeBuffer(0);
    }
    var buf = createZeroedBuffer(Math.floor(length));
    buf.set(obj);
    return buf;
}

function fromObject(obj) {
    if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
        if (typeof obj.length !== 'number') {
            return createUnsafeBuffer(0);
        }
        return fromArrayLike(obj);
    }
    if (obj.type === 'Buffer' && Array.isArray(obj.data)) {
        return fromArrayLike(obj.data);
    }
    return undefined;
}

/* Buffer.from(string[, encoding]), (array), (arrayLike), (buffer), (arrayBuffer[, byteOffset[,
 * length]]), (object with valueOf or Symbol.toPrimitive). */
Buffer.from = function from(value, encodingOrOffset, length) {
    if (typeof value === 'string') {
        return fromString(value, encodingOrOffset);
    }
    if (typeof value === 'object' && value !== null) {
        if (isAnyArrayBuffer(value)) {
            return fromArrayBuffer(value, encodingOrOffset, length);
        }
        var valueOf = value.valueOf && value.valueOf();
        if (valueOf != null && valueOf !== value &&
            (typeof valueOf === 'string' || typeof valueOf === 'object')) {
            return from(valueOf, encodingOrOffset, length);
        }
        var b = fromObject(value);
        if (b) {
            return b;
        }
        if (typeof value[Symbol.toPrimitive] === 'function') {
            var primitive = value[Symbol.toPrimitive]('string');
            if (typeof primitive === 'string') {
                return fromString(primitive, encodingOrOffset);
            }
        }
    }
    throw new (codes().ERR_INVALID_ARG_TYPE)(
        'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
        value);
};

/* Buffer.copyBytesFrom(view[, offset[, length]]): a copy of a typed array's elements' bytes. */
Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
    if (!isTypedArray(view)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('view', ['TypedArray'], view);
    }
    var viewLength = view.length;
    if (viewLength === 0) {
        return Buffer.alloc(0);
    }
    var start = 0;
    var end = viewLength;
    if (offset !== undefined || length !== undefined) {
        if (offset !== undefined) {
            validateInteger(offset, 'offset', 0);
            if (offset >= viewLength) {
                return Buffer.alloc(0);
            }
            start = offset;
        }
        if (length !== undefined) {
            validateInteger(length, 'length', 0);
            end = Math.min(start + length, viewLength);
        }
    }
    var size = view.BYTES_PER_ELEMENT;
    var bytes = new Uint8Array(view.buffer, view.byteOffset + start * size, (end - start) * size);
    return fromArrayLike(bytes);
};

/* Buffer.of(...items) */
Buffer.of = function of() {
    var buf = createUnsafeBuffer(arguments.length);
    for (var k = 0; k < arguments.length; k++) {
        buf[k] = arguments[k];
    }
    return buf;
};

/* Checks a size as validateNumber(size, 'size', 0, kMaxLength), calling it only to throw. */
function validateSize(size) {
    if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) {
        validateNumber(size, 'size', 0, kMaxLength);
    }
}

Buffer.alloc = function alloc(size, fill, encoding) {
    validateSize(size);
    if (fill !== undefined && fill !== 0 && size > 0) {
        var buf = createUnsafeBuffer(size);
        return fillImpl(buf, fill, 0, buf.length, encoding);
    }
    return createZeroedBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
    validateSize(size);
    return createUnsafeBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
    validateSize(size);
    return createUnsafeBuffer(size);
};

/* The deprecated SlowBuffer(size): an unpooled Buffer. */
function SlowBuffer(size) {
    validateNumber(size, 'size', 0, kMaxLength);
    return createUnsafeBuffer(size);
}
setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
setPrototypeOf(SlowBuffer, Uint8Array);

/* ------------------------------------------------------------------------------------------ */
/* Static methods */

Buffer.isBuffer = function isBuffer(b) {
    return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
    if (!isUint8Array(buf1)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('buf1', ['Buffer', 'Uint8Array'], buf1);
    }
    if (!isUint8Array(buf2)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('buf2', ['Buffer', 'Uint8Array'], buf2);
    }
    if (buf1 === buf2) {
        return 0;
    }
    return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
    return typeof encoding === 'string' && encoding.length !== 0 &&
           normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
    validateArray(list, 'list');
    if (list.length === 0) {
        return createUnsafeBuffer(0);
    }
    var i;
    if (length === undefined) {
        length = 0;
        for (i = 0; i < list.length; i++) {
            if (list[i].length) {
                length += list[i].length;
            }
        }
    } else {
        validateOffset(length, 'length');
    }
    var buffer = Buffer.allocUnsafe(length);
    var pos = 0;
    for (i = 0; i < list.length; i++) {
        var buf = list[i];
        if (!isUint8Array(buf)) {
            throw new (codes().ERR_INVALID_ARG_TYPE)('list[' + i + ']', ['Buffer', 'Uint8Array'],
                                                     list[i]);
        }
        pos += binding.copy(buf, buffer, pos, 0, buf.length);
    }
    if (pos < length) {
        binding.fill(buffer, 0, pos, length);
    }
    return buffer;
};

function byteLength(string, encoding) {
    if (typeof string !== 'string') {
        if (isArrayBufferView(string) || isAnyArrayBuffer(string)) {
            return string.byteLength;
        }
        throw new (codes().ERR_INVALID_ARG_TYPE)('string', ['string', 'Buffer', 'ArrayBuffer'],
                                                 string);
    }
    if (string.length === 0) {
        return 0;
    }
    if (!encoding || encoding === 'utf8') {
        return binding.byteLengthUtf8(string);
    }
    var id = encodingId(encoding);
    return byteLengthOf(string, id === undefined ? UTF8 : id);
}
Buffer.byteLength = byteLength;

/* ------------------------------------------------------------------------------------------ */
/* Prototype: legacy properties, strings */

Object.defineProperty(Buffer.prototype, 'parent', {
    enumerable: true,
    configurable: true,
    get: function () {
        if (!(this instanceof Buffer)) {
            return undefined;
        }
        return this.buffer;
    }
});
Object.defineProperty(Buffer.prototype, 'offset', {
    enumerable: true,
    configurable: true,
    get: function () {
        if (!(this instanceof Buffer)) {
            return undefined;
        }
        return this.byteOffset;
    }
});

/* Node's native xxxSlice(start, end): the range is checked, not clamped. */
function makeSlice(id) {
    return function (start, end) {
        if (!isArrayBufferView(this)) {
            throw bindingError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
        }
        var len = this.byteLength;
        if (len === 0) {
            return '';
        }
        start = start === undefined ? 0 : Math.trunc(+start) || 0;
        end = end === undefined ? len : Math.trunc(+end) || 0;
        if (start < 0 || end < 0) {
            throw bindingError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
        }
        if (end < start) {
            end = start;
        }
        if (end > len) {
            throw bindingError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
        }
        return binding.slice(this, start, end, id);
    };
}

/* Node's native xxxWrite(string, offset, length). */
function makeWrite(id) {
    return function (string, offset, length) {
        if (!isArrayBufferView(this)) {
            throw bindingError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
        }
        if (typeof string !== 'string') {
            throw bindingError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
        }
        var len = this.byteLength;
        offset = offset === undefined ? 0 : Math.trunc(+offset) || 0;
        if (offset < 0) {
            throw bindingError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
        }
        if (offset > len) {
            throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)('offset');
        }
        length = length === undefined ? len - offset : Math.trunc(+length) || 0;
        if (length < 0) {
            throw bindingError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
        }
        return binding.write(this, string, offset, length, id);
    };
}

var sliceNames = ['asciiSlice', 'base64Slice', 'base64urlSlice', 'latin1Slice', 'hexSlice',
                  'ucs2Slice', 'utf8Slice'];
var writeNames = ['asciiWrite', 'base64Write', 'base64urlWrite', 'latin1Write', 'hexWrite',
                  'ucs2Write', 'utf8Write'];
var sliceIds = [ASCII, BASE64, BASE64URL, LATIN1, HEX, UTF16LE, UTF8];
for (var si = 0; si < sliceNames.length; si++) {
    Buffer.prototype[sliceNames[si]] = makeSlice(sliceIds[si]);
    Buffer.prototype[writeNames[si]] = makeWrite(sliceIds[si]);
}

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
    return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

/* Node's toInteger: NaN and values past the safe integers give defaultVal. */
function toInteger(n, defaultVal) {
    n = +n;
    if (n === n && n >= -9007199254740991 && n <= 9007199254740991) {
        return n % 1 === 0 ? n : Math.floor(n);
    }
    return defaultVal;
}

function isIntegerNumber(n) {
    return typeof n === 'number' && isFinite(n) && Math.floor(n) === n;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
    if (!isUint8Array(source)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('source', ['Buffer', 'Uint8Array'], source);
    }
    if (!isUint8Array(target)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('target', ['Buffer', 'Uint8Array'], target);
    }
    if (targetStart === undefined) {
        targetStart = 0;
    } else {
        targetStart = isIntegerNumber(targetStart) ? targetStart : toInteger(targetStart, 0);
        if (targetStart < 0) {
            throw new (codes().ERR_OUT_OF_RANGE)('targetStart', '>= 0', targetStart);
        }
    }
    if (sourceStart === undefined) {
        sourceStart = 0;
    } else {
        sourceStart = isIntegerNumber(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
        if (sourceStart < 0 || sourceStart > source.length) {
            throw new (codes().ERR_OUT_OF_RANGE)('sourceStart', '>= 0 && <= ' + source.length,
                                                 sourceStart);
        }
    }
    if (sourceEnd === undefined) {
        sourceEnd = source.length;
    } else {
        sourceEnd = isIntegerNumber(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
        if (sourceEnd < 0) {
            throw new (codes().ERR_OUT_OF_RANGE)('sourceEnd', '>= 0', sourceEnd);
        }
    }
    if (targetStart >= target.length || sourceStart >= sourceEnd) {
        return 0;
    }
    return binding.copy(source, target, targetStart, sourceStart, sourceEnd - sourceStart);
}

/* buf.toString([encoding[, start[, end]]]): out-of-range positions are clamped. */
/* (No `arguments` here or in the other hot methods: Duktape builds an arguments object on
 * every call of a function that mentions it.) */
Buffer.prototype.toString = function toString(encoding, start, end) {
    if (encoding === undefined && start === undefined && end === undefined) {
        return binding.slice(this, 0, this.length, UTF8);
    }
    var len = this.length;
    if (start <= 0) {
        start = 0;
    } else if (start >= len) {
        return '';
    } else {
        start = Math.trunc(start) || 0;
    }
    if (end === undefined || end > len) {
        end = len;
    } else {
        end = Math.trunc(end) || 0;
    }
    if (end <= start) {
        return '';
    }
    if (encoding === undefined || encoding === 'utf8') {
        return binding.slice(this, start, end, UTF8);
    }
    var id = encodingId(encoding);
    if (id === undefined) {
        throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
    }
    return binding.slice(this, start, end, id);
};

Buffer.prototype.equals = function equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('otherBuffer', ['Buffer', 'Uint8Array'],
                                                 otherBuffer);
    }
    if (this === otherBuffer) {
        return true;
    }
    var len = this.byteLength;
    if (len !== otherBuffer.byteLength) {
        return false;
    }
    return len === 0 || binding.compare(this, otherBuffer) === 0;
};

var inspectModule;

/* util.inspect(buf): '<Buffer 68 69>', at most INSPECT_MAX_BYTES bytes, then the own
 * non-index properties. */
function inspect(recurseTimes, ctx) {
    var max = INSPECT_MAX_BYTES;
    var actualMax = Math.min(max, this.length);
    var remaining = this.length - max;
    var str = binding.slice(this, 0, actualMax, HEX).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) {
        str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
    }
    if (ctx && binding.hasOwnProperties(this)) {
        var extras = false;
        var obj = Object.create(null);
        var names = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
        var symbols = Object.getOwnPropertySymbols(this);
        var i;
        for (i = 0; i < names.length; i++) {
            /* Duktape lists a typed array's virtual `length` as an own property; V8 does not. */
            if (names[i] === 'length') {
                continue;
            }
            if (!/^(0|[1-9][0-9]*)$/.test(names[i]) || +names[i] >= 4294967295) {
                extras = true;
                obj[names[i]] = this[names[i]];
            }
        }
        for (i = 0; i < symbols.length; i++) {
            if (ctx.showHidden ||
                Object.prototype.propertyIsEnumerable.call(this, symbols[i])) {
                extras = true;
                obj[symbols[i]] = this[symbols[i]];
            }
        }
        if (extras) {
            if (inspectModule === undefined) {
                inspectModule = require('internal/util/inspect');
            }
            if (this.length !== 0) {
                str += ', ';
            }
            var opts = Object.assign({}, ctx);
            opts.breakLength = Infinity;
            opts.compact = true;
            /* '[Object: null prototype] {'.length === 26 */
            str += inspectModule.inspect(obj, opts).slice(27, -2);
        }
    }
    return '<' + this.constructor.name + ' ' + str + '>';
}
Buffer.prototype[customInspectSymbol] = inspect;
Buffer.prototype.inspect = inspect;

Buffer.prototype.compare = function compare(target, targetStart, targetEnd, sourceStart,
                                            sourceEnd) {
    if (!isUint8Array(target)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('target', ['Buffer', 'Uint8Array'], target);
    }
    if (targetStart === undefined && targetEnd === undefined && sourceStart === undefined &&
        sourceEnd === undefined) {
        return binding.compare(this, target);
    }
    if (targetStart === undefined) {
        targetStart = 0;
    } else {
        validateOffset(targetStart, 'targetStart');
    }
    if (targetEnd === undefined) {
        targetEnd = target.length;
    } else {
        validateOffset(targetEnd, 'targetEnd', 0, target.length);
    }
    if (sourceStart === undefined) {
        sourceStart = 0;
    } else {
        validateOffset(sourceStart, 'sourceStart');
    }
    if (sourceEnd === undefined) {
        sourceEnd = this.length;
    } else {
        validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    }
    if (sourceStart >= sourceEnd) {
        return targetStart >= targetEnd ? 0 : -1;
    }
    if (targetStart >= targetEnd) {
        return 1;
    }
    return binding.compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

/* indexOf (dir true) and lastIndexOf (dir false) of a number, string or buffer; byteOffset is
 * clamped to an int32, a string byteOffset is the encoding. */
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
    validateBuffer(buffer);
    if (typeof byteOffset === 'string') {
        encoding = byteOffset;
        byteOffset = undefined;
    } else if (byteOffset > 0x7fffffff) {
        byteOffset = 0x7fffffff;
    } else if (byteOffset < -0x80000000) {
        byteOffset = -0x80000000;
    }
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) {
        byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
    }
    dir = !!dir;
    if (typeof val === 'number') {
        return binding.indexOfNumber(buffer, val >>> 0, byteOffset, dir);
    }
    var id = encoding === undefined ? UTF8 : encodingId(encoding);
    if (typeof val === 'string') {
        if (id === undefined) {
            throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
        }
        if (id === UTF8 || id === UTF16LE || id === LATIN1) {
            return binding.indexOfString(buffer, val, byteOffset, id, dir);
        }
        return binding.indexOfBuffer(buffer, binding.fromString(val, id), byteOffset, id, dir);
    }
    if (isUint8Array(val)) {
        return binding.indexOfBuffer(buffer, val, byteOffset, id === undefined ? UTF8 : id, dir);
    }
    throw new (codes().ERR_INVALID_ARG_TYPE)('value', ['number', 'string', 'Buffer', 'Uint8Array'],
                                             val);
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
};

/* buf.fill(value[, offset[, end]][, encoding]) */
Buffer.prototype.fill = function fill(value, offset, end, encoding) {
    return fillImpl(this, value, offset, end, encoding);
};

function fillImpl(buf, value, offset, end, encoding) {
    var id;
    if (typeof value === 'string') {
        if (offset === undefined || typeof offset === 'string') {
            encoding = offset;
            offset = 0;
            end = buf.length;
        } else if (typeof end === 'string') {
            encoding = end;
            end = buf.length;
        }
        var normalized = normalizeEncoding(encoding);
        if (normalized === undefined) {
            validateString(encoding, 'encoding');
            throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
        }
        id = ENC[normalized];
        if (value.length === 0) {
            value = 0;
        } else if (value.length === 1) {
            if (id === UTF8) {
                var code = value.charCodeAt(0);
                if (code < 128) {
                    value = code;
                }
            } else if (id === LATIN1) {
                value = value.charCodeAt(0);
            }
        }
    }
    if (offset === undefined) {
        offset = 0;
        end = buf.length;
    } else {
        validateOffset(offset, 'offset');
        if (end === undefined) {
            end = buf.length;
        } else {
            validateOffset(end, 'end', 0, buf.length);
        }
        if (offset >= end) {
            return buf;
        }
    }
    if (typeof value === 'number') {
        if (offset > end || end > buf.byteLength) {
            throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)();
        }
        binding.fill(buf, value, offset, end);
        return buf;
    }
    var res = binding.fill(buf, value, offset, end, id);
    if (res < 0) {
        if (res === -1) {
            throw new (codes().ERR_INVALID_ARG_VALUE)('value', value);
        }
        throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)();
    }
    return buf;
}

/* buf.write(string[, offset[, length]][, encoding]) */
Buffer.prototype.write = function write(string, offset, length, encoding) {
    if (offset === undefined) {
        return this.utf8Write(string, 0, this.length);
    }
    if (length === undefined && typeof offset === 'string') {
        encoding = offset;
        length = this.length;
        offset = 0;
    } else {
        validateOffset(offset, 'offset', 0, this.length);
        var remaining = this.length - offset;
        if (length === undefined) {
            length = remaining;
        } else if (typeof length === 'string') {
            encoding = length;
            length = remaining;
        } else {
            validateOffset(length, 'length', 0, this.length);
            if (length > remaining) {
                length = remaining;
            }
        }
    }
    var id = UTF8;
    if (encoding && encoding !== 'utf8') {
        id = encodingId(encoding);
        if (id === undefined) {
            throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
        }
    }
    if (typeof string !== 'string') {
        throw bindingError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    return binding.write(this, string, offset, length, id);
};

Buffer.prototype.toJSON = function toJSON() {
    var len = this.length;
    var data = new Array(len);
    for (var i = 0; i < len; ++i) {
        data[i] = this[i];
    }
    return { type: 'Buffer', data: data };
};

/* buf.subarray([start[, end]]) and buf.slice(): a Buffer sharing this memory; positions are
 * truncated, negative ones count from the end, and all are clamped to the buffer. */
Buffer.prototype.subarray = function subarray(start, end) {
    return binding.subarray(this, start, end);
};

Buffer.prototype.slice = function slice(start, end) {
    return this.subarray(start, end);
};

Buffer.prototype.swap16 = function swap16() {
    if (this.length % 2 !== 0) {
        throw new (codes().ERR_INVALID_BUFFER_SIZE)('16-bits');
    }
    return binding.swap16(this);
};

Buffer.prototype.swap32 = function swap32() {
    if (this.length % 4 !== 0) {
        throw new (codes().ERR_INVALID_BUFFER_SIZE)('32-bits');
    }
    return binding.swap32(this);
};

Buffer.prototype.swap64 = function swap64() {
    if (this.length % 8 !== 0) {
        throw new (codes().ERR_INVALID_BUFFER_SIZE)('64-bits');
    }
    return binding.swap64(this);
};

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

/* ------------------------------------------------------------------------------------------ */
/* Prototype: numbers.  Reads and writes check their offset as Node does: `this[offset]` is
 * undefined for anything but an integer index inside the buffer. */

/* Throws Node's error for a bad offset (or, with type, a bad byteLength). */
function boundsError(value, length, type) {
    if (Math.floor(value) !== value) {
        validateNumber(value, type);
        throw new (codes().ERR_OUT_OF_RANGE)(type || 'offset', 'an integer', value);
    }
    if (length < 0) {
        throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)();
    }
    throw new (codes().ERR_OUT_OF_RANGE)(type || 'offset',
                                         '>= ' + (type ? 1 : 0) + ' and <= ' + length, value);
}

/* Checks that `size` bytes at offset lie inside buf. */
function checkBounds(buf, offset, size) {
    validateNumber(offset, 'offset');
    if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
        boundsError(offset, buf.length - size);
    }
}

/* Node's error for a value outside [min, max] in a `size`-byte integer write. */
function valueRangeError(value, min, max, size) {
    var range;
    if (size > 4) {
        if (min === 0) {
            range = '>= 0 and < 2 ** ' + (size * 8);
        } else {
            range = '>= -(2 ** ' + (size * 8 - 1) + ') and < 2 ** ' + (size * 8 - 1);
        }
    } else {
        range = '>= ' + min + ' and <= ' + max;
    }
    return new (codes().ERR_OUT_OF_RANGE)('value', range, value);
}

/* Checks a value for a `size`-byte integer write, then the offset. */
function checkInt(value, min, max, buf, offset, size) {
    if (value > max || value < min) {
        throw valueRangeError(value, min, max, size);
    }
    checkBounds(buf, offset, size);
}

var POW2 = [1, 256, 65536, 16777216, 4294967296, 1099511627776, 281474976710656];

/* Unsigned little-endian integer of `size` bytes (1 to 6) at offset. */
function readUnsignedLE(buf, offset, size) {
    if (offset === undefined) {
        offset = 0;
    }
    checkBounds(buf, offset, size);
    var val = 0;
    for (var i = 0; i < size; i++) {
        val += buf[offset + i] * POW2[i];
    }
    return val;
}

function readUnsignedBE(buf, offset, size) {
    if (offset === undefined) {
        offset = 0;
    }
    checkBounds(buf, offset, size);
    var val = 0;
    for (var i = 0; i < size; i++) {
        val = val * 256 + buf[offset + i];
    }
    return val;
}

function toSigned(val, size) {
    return val >= POW2[size] / 2 ? val - POW2[size] : val;
}

/* Writes the low `size` bytes (1 to 6) of value, little-endian, with Node's arithmetic (the
 * low 32 bits through >>>, the rest from value * 2 ** -32). */
function writeLE(buf, value, offset, size) {
    var hi = size > 4 ? Math.floor(value * 2.3283064365386963e-10) : 0;
    var i = 0;
    for (; i < size && i < 4; i++) {
        buf[offset + i] = value;
        value = value >>> 8;
    }
    for (; i < size; i++) {
        buf[offset + i] = hi;
        hi = hi >>> 8;
    }
    return offset + size;
}

function writeBE(buf, value, offset, size) {
    var hi = size > 4 ? Math.floor(value * 2.3283064365386963e-10) : 0;
    var i = 0;
    for (; i < size && i < 4; i++) {
        buf[offset + size - 1 - i] = value;
        value = value >>> 8;
    }
    for (; i < size; i++) {
        buf[offset + size - 1 - i] = hi;
        hi = hi >>> 8;
    }
    return offset + size;
}

var UNSIGNED_MAX = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];

/* Writes value as a `size`-byte integer at offset, with Node's checks and messages. */
function writeInteger(buf, value, offset, size, signed, bigEndian) {
    value = +value;
    var min = signed ? -POW2[size] / 2 : 0;
    var max = signed ? POW2[size] / 2 - 1 : UNSIGNED_MAX[size];
    if (size === 1) {
        /* Node checks a byte's offset type before its value. */
        validateNumber(offset, 'offset');
        if (value > max || value < min) {
            throw new (codes().ERR_OUT_OF_RANGE)('value', '>= ' + min + ' and <= ' + max, value);
        }
        if (buf[offset] === undefined) {
            boundsError(offset, buf.length - 1);
        }
        buf[offset] = value;
        return offset + 1;
    }
    checkInt(value, min, max, buf, offset, size);
    return bigEndian ? writeBE(buf, value, offset, size) : writeLE(buf, value, offset, size);
}

/* The fixed-size writers: the offset defaults to 0. */
function writeFixed(buf, value, offset, size, signed, bigEndian) {
    return writeInteger(buf, value, offset === undefined ? 0 : offset, size, signed, bigEndian);
}

var proto = Buffer.prototype;

/* The fixed-size reads are written out: they are the hot path of binary parsers, and every
 * call saved matters in an interpreter.  Each checks like Node: a number offset, then the
 * first and last byte inside the buffer. */
proto.readUInt8 = function readUInt8(offset) {
    if (offset === undefined) {
        offset = 0;
    } else if (typeof offset !== 'number') {
        validateNumber(offset, 'offset');
    }
    var val = this[offset];
    if (val === undefined) {
        boundsError(offset, this.length - 1);
    }
    return val;
};
proto.readUInt16LE = function readUInt16LE(offset) {
    if (offset === undefined) {
        offset = 0;
    } else if (typeof offset !== 'number') {
        validateNumber(offset, 'offset');
    }
    var first = this[offset];
    var last = this[offset + 1];
    if (first === undefined || last === undefined) {
        boundsError(offset, this.length - 2);
    }
    return first + last * 256;
};
proto.readUInt16BE = function readUInt16BE(offset) {
    if (offset === undefined) {
        offset = 0;
    } else if (typeof offset !== 'number') {
        validateNumber(offset, 'offset');
    }
    var first = this[offset];
    var last = this[offset + 1];
    if (first === undefined || last === undefined) {
        boundsError(offset, this.length - 2);
    }
    return first * 256 + last;
};
proto.readUInt32LE = function readUInt32LE(offset) {
    if (offset === undefined) {
        offset = 0;
    } else if (typeof offset !== 'number') {
        validateNumber(offset, 'offset');
    }
    var first = this[offset];
    var last = this[offset + 3];
    if (first === undefined || last === undefined) {
        boundsError(offset, this.length - 4);
    }
    return first + this[offset + 1] * 256 + this[offset + 2] * 65536 + last * 16777216;
};
proto.readUInt32BE = function readUInt32BE(offset) {
    if (offset === undefined) {
        offset = 0;
    } else if (typeof offset !== 'number') {
        validateNumber(offset, 'offset');
    }
    var first = this[offset];
    var last = this[offset + 3];
    if (first === undefined || last === undefined) {
        boundsError(offset, this.length - 4);
    }
    return first * 16777216 + this[offset + 1] * 65536 + this[offset + 2] * 256 + last;
};
proto.readInt8 = function readInt8(offset) {
    var val = this.readUInt8(offset);
    return val >= 128 ? val - 256 : val;
};
proto.readInt16LE = function readInt16LE(offset) {
    var val = this.readUInt16LE(offset);
    return val >= 32768 ? val - 65536 : val;
};
proto.readInt16BE = function readInt16BE(offset) {
    var val = this.readUInt16BE(offset);
    return val >= 32768 ? val - 65536 : val;
};
proto.readInt32LE = function readInt32LE(offset) {
    if (offset === undefined) {
        offset = 0;
    } else if (typeof offset !== 'number') {
        validateNumber(offset, 'offset');
    }
    var first = this[offset];
    var last = this[offset + 3];
    if (first === undefined || last === undefined) {
        boundsError(offset, this.length - 4);
    }
    return first + this[offset + 1] * 256 + this[offset + 2] * 65536 + (last << 24);
};
proto.readInt32BE = function readInt32BE(offset) {
    if (offset === undefined) {
        offset = 0;
    } else if (typeof offset !== 'number') {
        validateNumber(offset, 'offset');
    }
    var first = this[offset];
    var last = this[offset + 3];
    if (first === undefined || last === undefined) {
        boundsError(offset, this.length - 4);
    }
    return (first << 24) + this[offset + 1] * 65536 + this[offset + 2] * 256 + last;
};

/* readUIntLE(offset, byteLength) and friends: byteLength 1 to 6. */
function checkByteLength(offset, byteLength) {
    if (offset === undefined) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('offset', 'number', offset);
    }
    if (!(byteLength >= 1 && byteLength <= 6 && Math.floor(byteLength) === byteLength)) {
        boundsError(byteLength, 6, 'byteLength');
    }
}
proto.readUIntLE = function readUIntLE(offset, byteLength) {
    checkByteLength(offset, byteLength);
    return byteLength === 1 ? this.readUInt8(offset) : readUnsignedLE(this, offset, byteLength);
};
proto.readUIntBE = function readUIntBE(offset, byteLength) {
    checkByteLength(offset, byteLength);
    return byteLength === 1 ? this.readUInt8(offset) : readUnsignedBE(this, offset, byteLength);
};
proto.readIntLE = function readIntLE(offset, byteLength) {
    checkByteLength(offset, byteLength);
    if (byteLength === 1) {
        return this.readInt8(offset);
    }
    return toSigned(readUnsignedLE(this, offset, byteLength), byteLength);
};
proto.readIntBE = function readIntBE(offset, byteLength) {
    checkByteLength(offset, byteLength);
    if (byteLength === 1) {
        return this.readInt8(offset);
    }
    return toSigned(readUnsignedBE(this, offset, byteLength), byteLength);
};

/* The fixed-size writes: written out for the same reason as the reads.  Node checks the value
 * range first, then the offset (for a byte, the offset type comes first). */
proto.writeUInt8 = function writeUInt8(value, offset) {
    return writeFixed(this, value, offset, 1, false, false);
};
proto.writeInt8 = function writeInt8(value, offset) {
    return writeFixed(this, value, offset, 1, true, false);
};
proto.writeUInt16LE = function writeUInt16LE(value, offset) {
    value = +value;
    if (offset === undefined) {
        offset = 0;
    }
    if (value > 0xffff || value < 0) {
        throw valueRangeError(value, 0, 0xffff, 2);
    }
    if (typeof offset !== 'number' || this[offset] === undefined ||
        this[offset + 1] === undefined) {
        checkBounds(this, offset, 2);
    }
    this[offset] = value;
    this[offset + 1] = value >>> 8;
    return offset + 2;
};
proto.writeUInt16BE = function writeUInt16BE(value, offset) {
    value = +value;
    if (offset === undefined) {
        offset = 0;
    }
    if (value > 0xffff || value < 0) {
        throw valueRangeError(value, 0, 0xffff, 2);
    }
    if (typeof offset !== 'number' || this[offset] === undefined ||
        this[offset + 1] === undefined) {
        checkBounds(this, offset, 2);
    }
    this[offset] = value >>> 8;
    this[offset + 1] = value;
    return offset + 2;
};
proto.writeInt16LE = function writeInt16LE(value, offset) {
    value = +value;
    if (offset === undefined) {
        offset = 0;
    }
    if (value > 0x7fff || value < -0x8000) {
        throw valueRangeError(value, -0x8000, 0x7fff, 2);
    }
    if (typeof offset !== 'number' || this[offset] === undefined ||
        this[offset + 1] === undefined) {
        checkBounds(this, offset, 2);
    }
    this[offset] = value;
    this[offset + 1] = value >>> 8;
    return offset + 2;
};
proto.writeInt16BE = function writeInt16BE(value, offset) {
    value = +value;
    if (offset === undefined) {
        offset = 0;
    }
    if (value > 0x7fff || value < -0x8000) {
        throw valueRangeError(value, -0x8000, 0x7fff, 2);
    }
    if (typeof offset !== 'number' || this[offset] === undefined ||
        this[offset + 1] === undefined) {
        checkBounds(this, offset, 2);
    }
    this[offset] = value >>> 8;
    this[offset + 1] = value;
    return offset + 2;
};
proto.writeUInt32LE = function writeUInt32LE(value, offset) {
    value = +value;
    if (offset === undefined) {
        offset = 0;
    }
    if (value > 0xffffffff || value < 0) {
        throw valueRangeError(value, 0, 0xffffffff, 4);
    }
    if (typeof offset !== 'number' || this[offset] === undefined ||
        this[offset + 3] === undefined) {
        checkBounds(this, offset, 4);
    }
    this[offset] = value;
    this[offset + 1] = value >>> 8;
    this[offset + 2] = value >>> 16;
    this[offset + 3] = value >>> 24;
    return offset + 4;
};
proto.writeUInt32BE = function writeUInt32BE(value, offset) {
    value = +value;
    if (offset === undefined) {
        offset = 0;
    }
    if (value > 0xffffffff || value < 0) {
        throw valueRangeError(value, 0, 0xffffffff, 4);
    }
    if (typeof offset !== 'number' || this[offset] === undefined ||
        this[offset + 3] === undefined) {
        checkBounds(this, offset, 4);
    }
    this[offset] = value >>> 24;
    this[offset + 1] = value >>> 16;
    this[offset + 2] = value >>> 8;
    this[offset + 3] = value;
    return offset + 4;
};
proto.writeInt32LE = function writeInt32LE(value, offset) {
    value = +value;
    if (offset === undefined) {
        offset = 0;
    }
    if (value > 0x7fffffff || value < -0x80000000) {
        throw valueRangeError(value, -0x80000000, 0x7fffffff, 4);
    }
    if (typeof offset !== 'number' || this[offset] === undefined ||
        this[offset + 3] === undefined) {
        checkBounds(this, offset, 4);
    }
    this[offset] = value;
    this[offset + 1] = value >>> 8;
    this[offset + 2] = value >>> 16;
    this[offset + 3] = value >>> 24;
    return offset + 4;
};
proto.writeInt32BE = function writeInt32BE(value, offset) {
    value = +value;
    if (offset === undefined) {
        offset = 0;
    }
    if (value > 0x7fffffff || value < -0x80000000) {
        throw valueRangeError(value, -0x80000000, 0x7fffffff, 4);
    }
    if (typeof offset !== 'number' || this[offset] === undefined ||
        this[offset + 3] === undefined) {
        checkBounds(this, offset, 4);
    }
    this[offset] = value >>> 24;
    this[offset + 1] = value >>> 16;
    this[offset + 2] = value >>> 8;
    this[offset + 3] = value;
    return offset + 4;
};

/* writeUIntLE(value, offset, byteLength) and friends: byteLength 1 to 6, no default offset. */
function writeVariable(buf, value, offset, byteLength, signed, bigEndian) {
    if (!(byteLength >= 1 && byteLength <= 6 && Math.floor(byteLength) === byteLength)) {
        boundsError(byteLength, 6, 'byteLength');
    }
    return writeInteger(buf, value, offset, byteLength, signed, bigEndian);
}
proto.writeUIntLE = function writeUIntLE(value, offset, byteLength) {
    return writeVariable(this, value, offset, byteLength, false, false);
};
proto.writeUIntBE = function writeUIntBE(value, offset, byteLength) {
    return writeVariable(this, value, offset, byteLength, false, true);
};
proto.writeIntLE = function writeIntLE(value, offset, byteLength) {
    return writeVariable(this, value, offset, byteLength, true, false);
};
proto.writeIntBE = function writeIntBE(value, offset, byteLength) {
    return writeVariable(this, value, offset, byteLength, true, true);
};

/* Floats go through one shared typed array, its bytes copied in either order. */
var float32Array = new Float32Array(1);
var uInt8Float32Array = new Uint8Array(float32Array.buffer);
var float64Array = new Float64Array(1);
var uInt8Float64Array = new Uint8Array(float64Array.buffer);
float32Array[0] = -1; /* 0xBF800000 */
var hostBigEndian = uInt8Float32Array[3] === 0;

/* Copies `size` bytes between buf at offset and the scratch bytes, reversed when `reverse`. */
function readFloatBytes(buf, offset, scratch, size, reverse) {
    if (offset === undefined) {
        offset = 0;
    }
    checkBounds(buf, offset, size);
    for (var i = 0; i < size; i++) {
        scratch[reverse ? size - 1 - i : i] = buf[offset + i];
    }
}

function writeFloatBytes(buf, offset, scratch, size, reverse) {
    for (var i = 0; i < size; i++) {
        buf[offset + i] = scratch[reverse ? size - 1 - i : i];
    }
    return offset + size;
}

function readFloat(buf, offset, bigEndian) {
    readFloatBytes(buf, offset, uInt8Float32Array, 4, bigEndian !== hostBigEndian);
    return float32Array[0];
}

function readDouble(buf, offset, bigEndian) {
    readFloatBytes(buf, offset, uInt8Float64Array, 8, bigEndian !== hostBigEndian);
    return float64Array[0];
}

function writeFloat(buf, val, offset, bigEndian) {
    val = +val;
    if (offset === undefined) {
        offset = 0;
    }
    checkBounds(buf, offset, 4);
    float32Array[0] = val;
    return writeFloatBytes(buf, offset, uInt8Float32Array, 4, bigEndian !== hostBigEndian);
}

function writeDouble(buf, val, offset, bigEndian) {
    val = +val;
    if (offset === undefined) {
        offset = 0;
    }
    checkBounds(buf, offset, 8);
    float64Array[0] = val;
    return writeFloatBytes(buf, offset, uInt8Float64Array, 8, bigEndian !== hostBigEndian);
}

proto.readFloatLE = function readFloatLE(offset) {
    return readFloat(this, offset, false);
};
proto.readFloatBE = function readFloatBE(offset) {
    return readFloat(this, offset, true);
};
proto.readDoubleLE = function readDoubleLE(offset) {
    return readDouble(this, offset, false);
};
proto.readDoubleBE = function readDoubleBE(offset) {
    return readDouble(this, offset, true);
};
proto.writeFloatLE = function writeFloatLE(val, offset) {
    return writeFloat(this, val, offset, false);
};
proto.writeFloatBE = function writeFloatBE(val, offset) {
    return writeFloat(this, val, offset, true);
};
proto.writeDoubleLE = function writeDoubleLE(val, offset) {
    return writeDouble(this, val, offset, false);
};
proto.writeDoubleBE = function writeDoubleBE(val, offset) {
    return writeDouble(this, val, offset, true);
};

/* The lower-case aliases Node has for every unsigned method. */
['readUInt8', 'readUInt16LE', 'readUInt16BE', 'readUInt32LE', 'readUInt32BE', 'readUIntLE',
 'readUIntBE', 'writeUInt8', 'writeUInt16LE', 'writeUInt16BE', 'writeUInt32LE',
 'writeUInt32BE', 'writeUIntLE', 'writeUIntBE'].forEach(function (name) {
    proto[name.replace('UInt', 'Uint')] = proto[name];
});

/* ------------------------------------------------------------------------------------------ */
/* Module functions */

var domException;

function lazyDOMException(message, name) {
    if (typeof DOMException === 'function') {
        return new DOMException(message, name);
    }
    if (domException === undefined) {
        domException = require('internal/polyfills/domexception');
    }
    return domException.create(message, name);
}

/* btoa(input): the base64 of a latin1 string. */
function btoa(input) {
    if (arguments.length === 0) {
        throw new (codes().ERR_MISSING_ARGS)('input');
    }
    var result = binding.btoa('' + input);
    if (result === -1) {
        throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
    return result;
}

/* atob(input): the latin1 string that base64 text decodes to (WHATWG forgiving base64). */
function atob(input) {
    if (arguments.length === 0) {
        throw new (codes().ERR_MISSING_ARGS)('input');
    }
    var result = binding.atob('' + input);
    if (result === -2) {
        throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
    if (result === -1) {
        throw lazyDOMException('The string to be decoded is not correctly encoded.',
                               'InvalidCharacterError');
    }
    return result;
}

function isUtf8(input) {
    if (isTypedArray(input) || isAnyArrayBuffer(input)) {
        return binding.isUtf8(input);
    }
    throw new (codes().ERR_INVALID_ARG_TYPE)('input', ['ArrayBuffer', 'Buffer', 'TypedArray'],
                                             input);
}

function isAscii(input) {
    if (isTypedArray(input) || isAnyArrayBuffer(input)) {
        return binding.isAscii(input);
    }
    throw new (codes().ERR_INVALID_ARG_TYPE)('input', ['ArrayBuffer', 'Buffer', 'TypedArray'],
                                             input);
}

var constants = Object.defineProperties({}, {
    MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
    MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true }
});

module.exports = {
    Buffer: Buffer,
    SlowBuffer: SlowBuffer,
    transcode: undefined,
    isUtf8: isUtf8,
    isAscii: isAscii,
    kMaxLength: kMaxLength,
    kStringMaxLength: kStringMaxLength,
    btoa: btoa,
    atob: atob
};

Object.defineProperties(module.exports, {
    constants: {
        configurable: false,
        enumerable: true,
        value: constants
    },
    INSPECT_MAX_BYTES: {
        configurable: true,
        enumerable: true,
        get: function () {
            return INSPECT_MAX_BYTES;
        },
        set: function (val) {
            validateNumber(val, 'INSPECT_MAX_BYTES', 0);
            INSPECT_MAX_BYTES = val;
        }
    }
});

/* Blob and File load on first use (js/internal/blob.js). */
var defineLazyExport = require('internal/util/lazy').defineLazyExport;
defineLazyExport(module.exports, 'Blob', function () { return require('internal/blob').Blob; });
/* No URL.createObjectURL, so no blob: URL ever resolves. */
module.exports.resolveObjectURL = function resolveObjectURL(url) {
    String(url);
    return undefined;
};
defineLazyExport(module.exports, 'File', function () { return require('internal/blob').File; });

/* For string_decoder: the encoding helpers, under a hidden key no reflection shows. */
Object.defineProperty(module.exports, internalBinding('util').hiddenKey('bufferInternal'), {
    value: { normalizeEncoding: normalizeEncoding, encodingIds: ENC },
    enumerable: false
});
