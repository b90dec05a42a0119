'use strict';
/* js/crypto.js: Node's 'crypto' module: hashes (md5, sha1, sha224, sha256, sha384, sha512), HMAC,
 * random values, timingSafeEqual, pbkdf2 and scrypt on mbedTLS's digests (lib/crypto.c); AES and
 * ChaCha20 ciphers (internal/crypto/cipher.js over lib/cipher.c); secret, RSA and EC KeyObjects,
 * sign/verify, RSA encryption and key generation (internal/crypto/keys, sig and keygen over
 * lib/pk.c).  docs/api.md lists the gaps. */

var util = require('internal/crypto/util');
var hash = require('internal/crypto/hash');
var random = require('internal/crypto/random');
var kdf = require('internal/crypto/kdf');
var keys = require('internal/crypto/keys');
var cipher = require('internal/crypto/cipher');
var sig = require('internal/crypto/sig');
var keygen = require('internal/crypto/keygen');
var validators = require('internal/validators');

var binding = util.binding;
var codes = util.codes;
var types = util.types;

var Hash = hash.Hash;
var Hmac = hash.Hmac;

function createHash(algorithm, options) {
    return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
    return new Hmac(hmac, key, options);
}

/* crypto.hash(algorithm, data[, outputEncoding = 'hex']): one-shot digest (Node 20.12). */
function oneShotHash(algorithm, input, outputEncoding) {
    validators.validateString(algorithm, 'algorithm');
    if (typeof input !== 'string' && !types.isArrayBufferView(input)) {
        throw new codes.ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'],
                                             input);
    }
    if (outputEncoding === undefined) {
        outputEncoding = 'hex';
    }
    validators.validateString(outputEncoding, 'outputEncoding');
    if (util.digestSize(util.normalizeDigest(algorithm)) === 0) {
        throw new Error('Digest method ' + algorithm + ' is not supported');
    }
    return new Hash(algorithm).update(input).digest(outputEncoding);
}

/* The OpenSSL names Node lists that we implement, in Node's order. */
var hashNames = ['RSA-MD5', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA384',
    'RSA-SHA512', 'md5', 'md5WithRSAEncryption', 'sha1', 'sha1WithRSAEncryption', 'sha224',
    'sha224WithRSAEncryption', 'sha256', 'sha256WithRSAEncryption', 'sha384',
    'sha384WithRSAEncryption', 'sha512', 'sha512WithRSAEncryption', 'ssl3-md5', 'ssl3-sha1'];

function createCipheriv(cipherName, key, iv, options) {
    return new cipher.Cipheriv(cipherName, key, iv, options);
}

function createDecipheriv(cipherName, key, iv, options) {
    return new cipher.Decipheriv(cipherName, key, iv, options);
}

function createSign(algorithm, options) {
    return new sig.Sign(algorithm, options);
}

function createVerify(algorithm, options) {
    return new sig.Verify(algorithm, options);
}

function getHashes() {
    return hashNames.slice();
}

/* Node checks these in C++, whose ERR_INVALID_ARG_TYPE message has no "Received" part. */
function notBufferSource(name) {
    var err = new TypeError('The "' + name + '" argument must be an instance of ArrayBuffer, ' +
                            'Buffer, TypedArray, or DataView.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    return err;
}

function timingSafeEqual(buf1, buf2) {
    if (!types.isAnyArrayBuffer(buf1) && !types.isArrayBufferView(buf1)) {
        throw notBufferSource('buf1');
    }
    if (!types.isAnyArrayBuffer(buf2) && !types.isArrayBufferView(buf2)) {
        throw notBufferSource('buf2');
    }
    if (buf1.byteLength !== buf2.byteLength) {
        throw new codes.ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
    }
    return binding.timingSafeEqual(buf1, buf2);
}

/* WebCrypto's Crypto object (globalThis.crypto in Node): getRandomValues and randomUUID; no
 * subtle yet. */
function Crypto() {
}
Crypto.prototype.getRandomValues = function getRandomValues(array) {
    if (this !== webcrypto) {
        throw new codes.ERR_INVALID_THIS('Crypto');
    }
    return random.getRandomValues(array);
};
Crypto.prototype.randomUUID = function randomUUID() {
    if (this !== webcrypto) {
        throw new codes.ERR_INVALID_THIS('Crypto');
    }
    return random.randomUUID();
};
var webcrypto = new Crypto();

/* The part of Node's crypto.constants that means something here: RSA paddings, PSS salt
 * lengths and EC point formats. */
var constants = Object.freeze(Object.assign(Object.create(null), {
    RSA_PKCS1_PADDING: 1,
    RSA_NO_PADDING: 3,
    RSA_PKCS1_OAEP_PADDING: 4,
    RSA_X931_PADDING: 5,
    RSA_PKCS1_PSS_PADDING: 6,
    RSA_PSS_SALTLEN_DIGEST: -1,
    RSA_PSS_SALTLEN_MAX_SIGN: -2,
    RSA_PSS_SALTLEN_AUTO: -2,
    POINT_CONVERSION_COMPRESSED: 2,
    POINT_CONVERSION_UNCOMPRESSED: 4,
    POINT_CONVERSION_HYBRID: 6
}));

function getRandomValues(array) {
    return webcrypto.getRandomValues(array);
}

module.exports = {
    createCipheriv: createCipheriv,
    createDecipheriv: createDecipheriv,
    createHash: createHash,
    createSign: createSign,
    createVerify: createVerify,
    createHmac: createHmac,
    getHashes: getHashes,
    getRandomValues: getRandomValues,
    hash: oneShotHash,
    hkdf: kdf.hkdf,
    hkdfSync: kdf.hkdfSync,
    pbkdf2: kdf.pbkdf2,
    privateDecrypt: cipher.privateDecrypt,
    privateEncrypt: cipher.privateEncrypt,
    publicDecrypt: cipher.publicDecrypt,
    publicEncrypt: cipher.publicEncrypt,
    pbkdf2Sync: kdf.pbkdf2Sync,
    randomBytes: random.randomBytes,
    randomFill: random.randomFill,
    randomFillSync: random.randomFillSync,
    randomInt: random.randomInt,
    randomUUID: random.randomUUID,
    scrypt: kdf.scrypt,
    scryptSync: kdf.scryptSync,
    sign: sig.signOneShot,
    timingSafeEqual: timingSafeEqual,
    verify: sig.verifyOneShot,
    generateKeyPair: keygen.generateKeyPair,
    generateKeyPairSync: keygen.generateKeyPairSync,
    getCiphers: cipher.getCiphers,
    getCipherInfo: cipher.getCipherInfo,
    getFips: function getFips() {
        return 0;
    },
    constants: constants,
    webcrypto: webcrypto,
    Cipheriv: cipher.Cipheriv,
    Decipheriv: cipher.Decipheriv,
    Hash: Hash,
    Sign: sig.Sign,
    Verify: sig.Verify,
    Hmac: Hmac,
    KeyObject: keys.KeyObject,
    createSecretKey: keys.createSecretKey,
    createPrivateKey: keys.createPrivateKey,
    createPublicKey: keys.createPublicKey,
    /* Node's aliases */
    pseudoRandomBytes: random.randomBytes,
    prng: random.randomBytes,
    rng: random.randomBytes
};
