'use strict';
/* js/internal/crypto/hash.js: Node's Hash and Hmac (crypto.createHash, crypto.createHmac) over
 * lib/crypto.c.  The digest state is a fixed buffer the binding owns the layout of; this file
 * keeps Node's semantics: validation, finalisation, encodings, and the LazyTransform that makes
 * both usable as streams without paying for stream state until a stream method is used. */

var util = require('internal/crypto/util');
var LazyTransform = require('internal/streams/lazy_transform');
var validators = require('internal/validators');

var binding = util.binding;
var codes = util.codes;
var types = util.types;

var kHandle = Symbol('kHandle');
var kState = Symbol('kState');

/* Feeds data (string in `encoding`, or a buffer object) to a state. */
function updateState(handle, data, encoding) {
    if (typeof data === 'string' && encoding && Buffer.isEncoding(encoding)) {
        var enc = String(encoding).toLowerCase();
        if (enc !== 'utf8' && enc !== 'utf-8') {
            data = Buffer.from(data, enc);
        }
    }
    binding.hashUpdate(handle, data);
}

/* Turns a digest ArrayBuffer into Node's result for outputEncoding: a string in a known
 * encoding, a Buffer otherwise ('buffer' or anything unknown, as Node's ParseEncoding). */
function encodeDigest(ab, outputEncoding) {
    var buf = Buffer.from(ab);
    if (outputEncoding !== 'buffer' && Buffer.isEncoding(outputEncoding)) {
        return buf.toString(outputEncoding);
    }
    return buf;
}

function Hash(algorithm, options) {
    if (!(this instanceof Hash)) {
        return new Hash(algorithm, options);
    }
    var handle;
    if (algorithm instanceof Hash) {
        handle = binding.hashCopy(algorithm[kHandle]);
    } else {
        validators.validateString(algorithm, 'algorithm');
        handle = binding.hashNew(util.normalizeDigest(algorithm), undefined);
        if (handle === undefined) {
            throw new Error('Digest method not supported');
        }
    }
    var xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
    if (xofLen !== undefined) {
        validators.validateUint32(xofLen, 'options.outputLength');
        /* None of our digests is an XOF: only their own length is accepted, as OpenSSL. */
        if (xofLen !== binding.hashDigestSize(handle)) {
            throw util.opensslError('030000B2', 'digital envelope routines',
                                    'not XOF or invalid length',
                                    'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH');
        }
    }
    /* Non-enumerable, so that inspecting a Hash does not print the digest state. */
    Object.defineProperty(this, kHandle, { value: handle, writable: true });
    this[kState] = { finalized: false };
    LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
    if (this[kState].finalized) {
        throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    }
    return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
    updateState(this[kHandle], chunk, encoding);
    callback();
};

/* The stream's end pushes the digest and keeps it: as Node's handle, a Hash gives the same digest
 * to a digest() call after it, an Hmac an empty one. */
Hash.prototype._flush = function _flush(callback) {
    var ab = binding.hashDigest(this[kHandle]);
    this[kState].flushed = ab;
    this.push(Buffer.from(ab));
    callback();
};

Hash.prototype.update = function update(data, encoding) {
    encoding = encoding || 'buffer';
    if (this[kState].finalized) {
        throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    }
    if (typeof data === 'string') {
        validators.validateEncoding(data, encoding);
    } else if (!types.isArrayBufferView(data)) {
        throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                             data);
    }
    updateState(this[kHandle], data, encoding);
    return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
    var state = this[kState];
    if (state.finalized) {
        throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    }
    outputEncoding = outputEncoding || 'buffer';
    var ab = state.flushed !== undefined ? state.flushed : binding.hashDigest(this[kHandle]);
    state.finalized = true;
    return encodeDigest(ab, String(outputEncoding));
};

function Hmac(hmac, key, options) {
    if (!(this instanceof Hmac)) {
        return new Hmac(hmac, key, options);
    }
    validators.validateString(hmac, 'hmac');
    var encoding;
    if (options !== null && typeof options === 'object' && options.encoding !== undefined) {
        validators.validateString(options.encoding, 'options.encoding');
        encoding = options.encoding;
    }
    key = require('internal/crypto/keys').prepareSecretKey(key, encoding);
    var handle = binding.hashNew(util.normalizeDigest(hmac), key);
    if (handle === undefined) {
        throw new codes.ERR_CRYPTO_INVALID_DIGEST(hmac);
    }
    /* Non-enumerable, so that inspecting a Hash does not print the digest state. */
    Object.defineProperty(this, kHandle, { value: handle, writable: true });
    this[kState] = { finalized: false };
    LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
    var state = this[kState];
    outputEncoding = outputEncoding || 'buffer';
    if (state.finalized || state.flushed !== undefined) {
        state.finalized = true;
        var buf = Buffer.from('');
        return outputEncoding === 'buffer' ? buf : buf.toString(outputEncoding);
    }
    var ab = binding.hashDigest(this[kHandle]);
    state.finalized = true;
    return encodeDigest(ab, String(outputEncoding));
};

Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

module.exports = {
    Hash: Hash,
    Hmac: Hmac
};
