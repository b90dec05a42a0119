'use strict';
/* js/internal/crypto/random.js: randomBytes, randomFill(Sync), randomInt, randomUUID and
 * getRandomValues over getrandom(2) (lib/crypto.c randomFill).  The callback forms fill at once
 * and call back on process.nextTick rather than on the worker pool: getrandom does not block
 * once the kernel pool is initialised, so the loop never waits in practice. */

var util = require('internal/crypto/util');
var validators = require('internal/validators');

var binding = util.binding;
var codes = util.codes;
var types = util.types;

var kMaxPossibleLength = 2147483647;
var RAND_MAX = 0xFFFFFFFFFFFF; /* 2^48 - 1, randomInt's limit, as Node's */

function assertOffset(offset, elementSize, length) {
    validators.validateNumber(offset, 'offset');
    offset *= elementSize;
    var maxLength = Math.min(length, kMaxPossibleLength);
    if (offset !== offset || offset > maxLength || offset < 0) {
        throw new codes.ERR_OUT_OF_RANGE('offset', '>= 0 && <= ' + maxLength, offset);
    }
    return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
    validators.validateNumber(size, 'size');
    size *= elementSize;
    if (size !== size || size > kMaxPossibleLength || size < 0) {
        throw new codes.ERR_OUT_OF_RANGE('size', '>= 0 && <= ' + kMaxPossibleLength, size);
    }
    if (size + offset > length) {
        throw new codes.ERR_OUT_OF_RANGE('size + offset', '<= ' + length, size + offset);
    }
    return size >>> 0;
}

function randomBytes(size, callback) {
    size = assertSize(size, 1, 0, Infinity);
    if (callback !== undefined) {
        validators.validateFunction(callback, 'callback');
    }
    var buf = Buffer.allocUnsafe(size);
    binding.randomFill(buf, 0, size);
    if (callback === undefined) {
        return buf;
    }
    process.nextTick(callback, null, buf);
}

function checkBuf(buf) {
    if (!types.isAnyArrayBuffer(buf) && !types.isArrayBufferView(buf)) {
        throw new codes.ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
    }
}

/* Fills bytes [offset, offset + size) of buf's memory (offset and size already in bytes). */
function fill(buf, offset, size) {
    if (size > 0) {
        binding.randomFill(buf, offset, size);
    }
}

function randomFillSync(buf, offset, size) {
    checkBuf(buf);
    var elementSize = buf.BYTES_PER_ELEMENT || 1;
    offset = assertOffset(offset === undefined ? 0 : offset, elementSize, buf.byteLength);
    if (size === undefined) {
        size = buf.byteLength - offset;
    } else {
        size = assertSize(size, elementSize, offset, buf.byteLength);
    }
    fill(buf, offset, size);
    return buf;
}

function randomFill(buf, offset, size, callback) {
    checkBuf(buf);
    var elementSize = buf.BYTES_PER_ELEMENT || 1;
    if (typeof offset === 'function') {
        callback = offset;
        offset = 0;
        size = buf.byteLength;
    } else if (typeof size === 'function') {
        validators.validateFunction(size, 'callback');
        callback = size;
        offset = assertOffset(offset, elementSize, buf.byteLength);
        size = buf.byteLength - offset;
    } else {
        validators.validateFunction(callback, 'callback');
        offset = assertOffset(offset, elementSize, buf.byteLength);
        if (size === undefined) {
            size = buf.byteLength - offset;
        } else {
            size = assertSize(size, elementSize, offset, buf.byteLength);
        }
    }
    fill(buf, offset, size);
    process.nextTick(callback, null, buf);
}

/* Returns a uniform integer in [min, max) from 6-byte draws with rejection, as Node. */
function drawInt(min, range) {
    var randLimit = RAND_MAX - (RAND_MAX % range);
    var b = Buffer.allocUnsafe(6);
    for (;;) {
        binding.randomFill(b, 0, 6);
        var x = b.readUIntBE(0, 6);
        if (x < randLimit) {
            return (x % range) + min;
        }
    }
}

function randomInt(min, max, callback) {
    var minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
    if (minNotSpecified) {
        callback = max;
        max = min;
        min = 0;
    }
    var isSync = typeof callback === 'undefined';
    if (!isSync) {
        validators.validateFunction(callback, 'callback');
    }
    if (!Number.isSafeInteger(min)) {
        throw new codes.ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
    }
    if (!Number.isSafeInteger(max)) {
        throw new codes.ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
    }
    if (max <= min) {
        throw new codes.ERR_OUT_OF_RANGE('max', 'greater than the value of "min" (' + min + ')',
                                         max);
    }
    var range = max - min;
    if (!(range <= RAND_MAX)) {
        throw new codes.ERR_OUT_OF_RANGE('max' + (minNotSpecified ? '' : ' - min'),
                                         '<= ' + RAND_MAX, range);
    }
    var n = drawInt(min, range);
    if (isSync) {
        return n;
    }
    process.nextTick(callback, undefined, n);
}

var hex = [];
for (var i = 0; i < 256; i++) {
    hex.push((i < 16 ? '0' : '') + i.toString(16));
}

function randomUUID(options) {
    if (options !== undefined) {
        validators.validateObject(options, 'options');
        if (options.disableEntropyCache !== undefined) {
            validators.validateBoolean(options.disableEntropyCache, 'options.disableEntropyCache');
        }
    }
    var b = Buffer.allocUnsafe(16);
    binding.randomFill(b, 0, 16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    return hex[b[0]] + hex[b[1]] + hex[b[2]] + hex[b[3]] + '-' + hex[b[4]] + hex[b[5]] + '-' +
        hex[b[6]] + hex[b[7]] + '-' + hex[b[8]] + hex[b[9]] + '-' + hex[b[10]] + hex[b[11]] +
        hex[b[12]] + hex[b[13]] + hex[b[14]] + hex[b[15]];
}

function domException(message, name) {
    if (typeof DOMException === 'function') {
        return new DOMException(message, name);
    }
    return require('internal/polyfills/domexception').create(message, name);
}

/* WebCrypto's getRandomValues: integer typed arrays up to 65536 bytes. */
function getRandomValues(data) {
    if (!types.isTypedArray(data) || data instanceof Float32Array ||
        data instanceof Float64Array) {
        throw domException('The data argument must be an integer-type TypedArray',
                           'TypeMismatchError');
    }
    if (data.byteLength > 65536) {
        throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    fill(data, 0, data.byteLength);
    return data;
}

module.exports = {
    randomBytes: randomBytes,
    randomFill: randomFill,
    randomFillSync: randomFillSync,
    randomInt: randomInt,
    randomUUID: randomUUID,
    getRandomValues: getRandomValues
};
