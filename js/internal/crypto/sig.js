'use strict';
/* js/internal/crypto/sig.js: Node's Sign and Verify (crypto.createSign, createVerify, both
 * Writable streams) and the one-shot crypto.sign and crypto.verify: RSA PKCS#1 v1.5 and PSS,
 * ECDSA with DER or IEEE P1363 signatures.  The digest is computed here with the Hash state of
 * lib/crypto.c; lib/pk.c signs or verifies it. */

var util = require('internal/crypto/util');
var keys = require('internal/crypto/keys');
var der = require('internal/crypto/der');
var validators = require('internal/validators');
var Writable = require('internal/streams/writable');

var binding = util.binding;
var pk = keys.pkBinding;
var codes = util.codes;
var types = util.types;

var kState = Symbol('kState');

var RSA_PKCS1_PADDING = 1;
var RSA_NO_PADDING = 3;
var RSA_PKCS1_PSS_PADDING = 6;
var RSA_PSS_SALTLEN_MAX = -2;

util.defineError('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);

/* A digest state for algorithm (Node's names and aliases), or undefined when unknown. */
function digestState(algorithm) {
    var name = util.normalizeDigest(algorithm);
    var state = binding.hashNew(name, undefined);
    return state === undefined ? undefined : { name: name, hash: state };
}

function getIntOption(name, options) {
    var value = options[name];
    if (value !== undefined) {
        if (value === value >> 0) {
            return value;
        }
        throw new codes.ERR_INVALID_ARG_VALUE('options.' + name, value);
    }
    return undefined;
}

function getDSASignatureEncoding(options) {
    if (typeof options === 'object') {
        var enc = options.dsaEncoding === undefined ? 'der' : options.dsaEncoding;
        if (enc === 'der' || enc === 'ieee-p1363') {
            return enc;
        }
        throw new codes.ERR_INVALID_ARG_VALUE('options.dsaEncoding', enc);
    }
    return 'der';
}

/* The signature options of a key argument, validated as Node does before the key is read. */
function signatureOptions(options) {
    return {
        padding: getIntOption('padding', options),
        saltLength: getIntOption('saltLength', options),
        dsaEncoding: getDSASignatureEncoding(options)
    };
}

/* Signs a finished digest with a key handle (keys.js); throws Node's error. */
function signDigest(handle, digest, hash, opts) {
    var padding = opts.padding === undefined ? RSA_PKCS1_PADDING : opts.padding;
    if (handle.keyType === 'rsa' && padding !== RSA_PKCS1_PADDING &&
        padding !== RSA_PKCS1_PSS_PADDING) {
        if (padding === RSA_NO_PADDING) {
            throw util.opensslError('1C8000A8', 'Provider routines', 'invalid padding mode',
                                    'ERR_OSSL_INVALID_PADDING_MODE');
        }
        throw keys.opensslKeyError('padding mode');
    }
    var salt = opts.saltLength === undefined ? RSA_PSS_SALTLEN_MAX : opts.saltLength;
    var sig = pk.sign(handle.parts, digest, hash, padding, salt);
    if (typeof sig === 'string') {
        throw keys.opensslKeyError(sig);
    }
    sig = Buffer.from(sig);
    if (handle.keyType === 'ec' && opts.dsaEncoding === 'ieee-p1363') {
        sig = der.ecdsaToP1363(sig, handle.curve.size);
    }
    return sig;
}

/* Verifies a signature of a finished digest with a key handle; returns a boolean. */
function verifyDigest(handle, digest, hash, signature, opts) {
    var padding = opts.padding === undefined ? RSA_PKCS1_PADDING : opts.padding;
    var salt = opts.saltLength === undefined ? RSA_PSS_SALTLEN_MAX : opts.saltLength;
    signature = util.toBuffer(signature);
    if (handle.keyType === 'ec' && opts.dsaEncoding === 'ieee-p1363') {
        if (signature.length !== 2 * handle.curve.size) {
            return false;
        }
        signature = der.ecdsaFromP1363(signature, handle.curve.size);
    }
    var ok = pk.verify(handle.parts, digest, hash, padding, salt, signature);
    if (typeof ok === 'string') {
        throw keys.opensslKeyError(ok);
    }
    return ok;
}

function notInitialised() {
    return util.nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Not initialised');
}

/* Feeds data (a string in encoding, or a buffer object) to a Sign or Verify. */
function update(data, encoding) {
    encoding = encoding || 'utf8';
    if (typeof data === 'string') {
        validators.validateEncoding(data, encoding);
    } else if (!types.isArrayBufferView(data)) {
        throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                             data);
    }
    var state = this[kState];
    if (state === null) {
        throw notInitialised();
    }
    binding.hashUpdate(state.hash, typeof data === 'string' ? util.toBuffer(data, encoding) : data);
    return this;
}

function write(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
}

/* Finishes the digest of a Sign or Verify: [name, digest bytes]. */
function finishDigest(self) {
    var state = self[kState];
    if (state === null) {
        throw notInitialised();
    }
    self[kState] = null;
    return [state.name, binding.hashDigest(state.hash)];
}

function initSignVerify(self, algorithm, options) {
    validators.validateString(algorithm, 'algorithm');
    var state = digestState(algorithm);
    if (state === undefined) {
        throw util.nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
    }
    Object.defineProperty(self, kState, { value: state, writable: true });
    Writable.call(self, options);
}

function Sign(algorithm, options) {
    if (!(this instanceof Sign)) {
        return new Sign(algorithm, options);
    }
    initSignVerify(this, algorithm, options);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);
Sign.prototype._write = write;
Sign.prototype.update = update;

Sign.prototype.sign = function sign(options, encoding) {
    if (!options) {
        throw new codes.ERR_CRYPTO_SIGN_KEY_REQUIRED();
    }
    var handle = keys.preparePrivateKey(options);
    var opts = signatureOptions(options);
    var digest = finishDigest(this);
    var ret = signDigest(handle, digest[0], digest[1], opts);
    if (encoding && encoding !== 'buffer') {
        return ret.toString(encoding);
    }
    return ret;
};

function Verify(algorithm, options) {
    if (!(this instanceof Verify)) {
        return new Verify(algorithm, options);
    }
    initSignVerify(this, algorithm, options);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);
Verify.prototype._write = write;
Verify.prototype.update = update;

Verify.prototype.verify = function verify(options, signature, sigEncoding) {
    var handle = keys.preparePublicOrPrivateKey(options);
    var opts = signatureOptions(options);
    signature = util.toBuffer(util.getArrayBufferOrView(signature, 'signature', sigEncoding));
    var digest = finishDigest(this);
    return verifyDigest(handle, digest[0], digest[1], signature, opts);
};

/* The digest of data for a one-shot call; a null algorithm means sha256 (RSA and EC keys). */
function oneShotDigest(algorithm, data) {
    var state = digestState(algorithm == null ? 'sha256' : algorithm);
    if (state === undefined) {
        throw new codes.ERR_CRYPTO_INVALID_DIGEST(algorithm);
    }
    binding.hashUpdate(state.hash, data);
    return [state.name, binding.hashDigest(state.hash)];
}

/* Runs fn() now, or hands its result or error to callback on a later tick. */
function runJob(fn, callback) {
    if (callback === undefined) {
        return fn();
    }
    var result;
    var error = null;
    try {
        result = fn();
    } catch (err) {
        error = err;
    }
    process.nextTick(function () {
        if (error !== null) {
            callback(error);
        } else {
            callback(null, result);
        }
    });
    return undefined;
}

function signOneShot(algorithm, data, key, callback) {
    if (algorithm != null) {
        validators.validateString(algorithm, 'algorithm');
    }
    if (callback !== undefined) {
        validators.validateFunction(callback, 'callback');
    }
    data = util.toBuffer(util.getArrayBufferOrView(data, 'data'));
    if (!key) {
        throw new codes.ERR_CRYPTO_SIGN_KEY_REQUIRED();
    }
    var opts = signatureOptions(key);
    var handle = keys.preparePrivateKey(key);
    return runJob(function () {
        var digest = oneShotDigest(algorithm, data);
        return signDigest(handle, digest[0], digest[1], opts);
    }, callback);
}

function verifyOneShot(algorithm, data, key, signature, callback) {
    if (algorithm != null) {
        validators.validateString(algorithm, 'algorithm');
    }
    if (callback !== undefined) {
        validators.validateFunction(callback, 'callback');
    }
    data = util.getArrayBufferOrView(data, 'data');
    if (typeof data === 'string') {
        data = util.toBuffer(data);
    }
    if (!types.isArrayBufferView(data)) {
        throw new codes.ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView'], data);
    }
    var opts = signatureOptions(key);
    if (!types.isArrayBufferView(signature)) {
        throw new codes.ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'],
                                             signature);
    }
    var handle = keys.preparePublicOrPrivateKey(key);
    return runJob(function () {
        var digest = oneShotDigest(algorithm, data);
        return verifyDigest(handle, digest[0], digest[1], signature, opts);
    }, callback);
}

module.exports = {
    Sign: Sign,
    Verify: Verify,
    signOneShot: signOneShot,
    verifyOneShot: verifyOneShot
};
