'use strict';
/* js/internal/crypto/util.js: helpers shared by the crypto shims: the crypto error codes
 * internal/errors lacks (registered here, with Node's messages), digest-name normalisation and
 * Node's getArrayBufferOrView.  internalBinding('crypto') is lib/crypto.c. */

var binding = internalBinding('crypto');
var errors = require('internal/errors');

/* Type checks without loading internal/util/inspect (a large module) at require('crypto'). */
var types = {
    isAnyArrayBuffer: function (value) {
        return value instanceof ArrayBuffer;
    },
    isArrayBufferView: function (value) {
        return typeof value === 'object' && value !== null && ArrayBuffer.isView(value);
    },
    isTypedArray: function (value) {
        return typeof value === 'object' && value !== null && ArrayBuffer.isView(value) &&
            !(value instanceof DataView);
    }
};

function define(code, message, Base) {
    if (errors.codes[code] === undefined) {
        errors.E(code, message, Base);
    }
}
define('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length',
       RangeError);
define('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', '%s', RangeError);
define('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);
define('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
define('ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError);
define('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error);
define('ERR_CRYPTO_INVALID_AUTH_TAG', '%s', TypeError);

/* An error as Node's C++ layer throws it: a plain Base with an own enumerable code (the stack
 * shows no [code]). */
function nativeError(Base, code, message) {
    var err = new Base(message);
    err.code = code;
    return err;
}

/* An error as Node turns an OpenSSL error into one: 'error:1C800064:Provider routines::bad
 * decrypt' with library, reason and code. */
function opensslError(hex, library, reason, code) {
    var err = new Error('error:' + hex + ':' + library + '::' + reason);
    err.library = library;
    err.reason = reason;
    err.code = code;
    return err;
}

/* Maps OpenSSL's spellings that Node accepts (SHA256, sha-256, RSA-SHA256,
 * sha256WithRSAEncryption, ssl3-md5) to our canonical names; returns the name lower-cased
 * otherwise, which lib/crypto.c then does not know. */
var digestCache = Object.create(null);

function normalizeDigest(name) {
    var cached = digestCache[name];
    if (cached !== undefined) {
        return cached;
    }
    var n = String(name).toLowerCase();
    if (n.slice(0, 4) === 'rsa-') {
        n = n.slice(4);
        if (n === 'sha1-2') {
            n = 'sha1';
        }
    } else if (n.slice(0, 5) === 'ssl3-') {
        n = n.slice(5);
    } else if (/withrsaencryption$/.test(n)) {
        n = n.slice(0, -'withrsaencryption'.length);
    }
    if (/^sha-(1|224|256|384|512)$/.test(n)) {
        n = 'sha' + n.slice(4);
    }
    if (binding.hashSize(n) !== 0) {
        digestCache[name] = n;
    }
    return n;
}

/* Returns the digest length of a (normalised) digest name, 0 when unsupported. */
function digestSize(name) {
    return binding.hashSize(name);
}

/* Node's getArrayBufferOrView: strings and buffer objects pass (lib/crypto.c reads strings as
 * UTF-8); anything else throws ERR_INVALID_ARG_TYPE. */
function getArrayBufferOrView(buffer, name, encoding) {
    if (types.isAnyArrayBuffer(buffer)) {
        return buffer;
    }
    if (typeof buffer === 'string') {
        if (encoding === undefined || encoding === 'buffer' || encoding === 'utf8' ||
            encoding === 'utf-8') {
            return buffer;
        }
        return Buffer.from(buffer, encoding);
    }
    if (!types.isArrayBufferView(buffer)) {
        throw new errors.codes.ERR_INVALID_ARG_TYPE(
            name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    return buffer;
}

/* A Buffer over the bytes of a string (in encoding, utf8 by default), ArrayBuffer or view. */
function toBuffer(value, encoding) {
    if (typeof value === 'string') {
        return Buffer.from(value, encoding === undefined || encoding === 'buffer' ||
                           !Buffer.isEncoding(encoding) ? 'utf8' : encoding);
    }
    if (types.isAnyArrayBuffer(value)) {
        return Buffer.from(value);
    }
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

module.exports = {
    binding: binding,
    defineError: define,
    nativeError: nativeError,
    opensslError: opensslError,
    toBuffer: toBuffer,
    codes: errors.codes,
    types: types,
    normalizeDigest: normalizeDigest,
    digestSize: digestSize,
    getArrayBufferOrView: getArrayBufferOrView
};
