'use strict';
/* js/internal/crypto/keys.js: KeyObject and createSecretKey, as Node's.  Secret keys are complete
 * (export as a buffer or a JWK, equals, symmetricKeySize, use with createHmac).  Asymmetric keys
 * need public-key code nodule does not have yet: createPrivateKey and createPublicKey refuse a
 * PEM or DER key with ERR_NOT_SUPPORTED, and anything else with the error OpenSSL's decoder
 * gives in Node (libraries such as jsonwebtoken try them first and fall back to a secret). */

var util = require('internal/crypto/util');
var validators = require('internal/validators');
var notSupported = require('internal/unsupported').notSupported;

var codes = util.codes;
var types = util.types;

var kKeyType = Symbol('kKeyType');
var kKeyData = Symbol('kKeyData');

function KeyObject(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
        throw new codes.ERR_INVALID_ARG_VALUE('type', type);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kKeyData, { value: handle, writable: false });
}
Object.defineProperty(KeyObject.prototype, 'type', {
    configurable: true, enumerable: false, get: function () { return this[kKeyType]; }
});
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
    configurable: true, value: 'KeyObject'
});
KeyObject.from = function from() {
    throw notSupported('CryptoKey', 'KeyObject.from');
};
KeyObject.prototype.equals = function equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
        throw new codes.ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type &&
        Buffer.compare(this[kKeyData], otherKeyObject[kKeyData]) === 0;
};

function SecretKeyObject(data) {
    KeyObject.call(this, 'secret', data);
}
SecretKeyObject.prototype = Object.create(KeyObject.prototype, {
    constructor: { value: SecretKeyObject, writable: true, configurable: true }
});
Object.setPrototypeOf(SecretKeyObject, KeyObject);
Object.defineProperty(SecretKeyObject.prototype, 'symmetricKeySize', {
    configurable: true, enumerable: false,
    get: function () { return this[kKeyData].length; }
});
SecretKeyObject.prototype.export = function exportKey(options) {
    var data = this[kKeyData];
    if (options !== undefined) {
        validators.validateObject(options, 'options');
        if (options.format === 'jwk') {
            return { kty: 'oct', k: data.toString('base64url') };
        }
        if (options.format !== undefined && options.format !== 'buffer') {
            throw new codes.ERR_INVALID_ARG_VALUE('options.format', options.format,
                "must be one of: undefined, 'buffer', 'jwk'");
        }
    }
    return Buffer.from(data);
};

function createSecretKey(key, encoding) {
    if (typeof key === 'string') {
        key = Buffer.from(key, encoding === undefined ? 'utf8' : encoding);
    } else if (types.isAnyArrayBuffer(key)) {
        key = Buffer.from(new Uint8Array(key));
    } else if (types.isArrayBufferView(key)) {
        key = Buffer.from(new Uint8Array(key.buffer, key.byteOffset, key.byteLength));
    } else {
        throw new codes.ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer',
            'TypedArray', 'DataView'], key);
    }
    return new SecretKeyObject(key);
}

/* The key material of a PEM/DER/JWK input, to tell a real key (refused for now) from garbage. */
function looksLikeAsymmetricKey(key) {
    if (key !== null && typeof key === 'object' && !types.isArrayBufferView(key) &&
        !types.isAnyArrayBuffer(key)) {
        if (key.format === 'jwk') {
            return true;
        }
        key = key.key;
    }
    if (typeof key === 'string') {
        return key.indexOf('-----BEGIN ') !== -1;
    }
    if (types.isArrayBufferView(key)) {
        var b = Buffer.from(key.buffer, key.byteOffset, key.byteLength);
        return b.length > 1 && b[0] === 0x30;    /* DER: a SEQUENCE */
    }
    return false;
}

function asymmetricKey(key, what) {
    if (key instanceof KeyObject) {
        throw new codes.ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer',
            'TypedArray', 'DataView'], key);
    }
    if (looksLikeAsymmetricKey(key)) {
        throw notSupported('public-key cryptography', 'crypto.' + what);
    }
    return util.opensslError('1E08010C', 'DECODER routines', 'unsupported', 'ERR_OSSL_UNSUPPORTED');
}

function createPrivateKey(key) {
    throw asymmetricKey(key, 'createPrivateKey');
}

function createPublicKey(key) {
    throw asymmetricKey(key, 'createPublicKey');
}

/* The bytes of an HMAC key given as a KeyObject (secret keys only), or undefined. */
function secretKeyData(key) {
    if (key instanceof KeyObject) {
        if (key.type !== 'secret') {
            throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
        }
        return key[kKeyData];
    }
    return undefined;
}

/* Node's prepareSecretKey: the bytes of an HMAC or cipher key given as a secret KeyObject, a
 * string (in encoding) or a buffer object. */
function prepareSecretKey(key, encoding) {
    var secret = secretKeyData(key);
    if (secret !== undefined) {
        return secret;
    }
    if (typeof key === 'string') {
        return util.getArrayBufferOrView(key, 'key', encoding);
    }
    if (types.isAnyArrayBuffer(key) || types.isArrayBufferView(key)) {
        return key;
    }
    throw new codes.ERR_INVALID_ARG_TYPE(
        'key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject',
                'CryptoKey'], key);
}

module.exports = {
    prepareSecretKey: prepareSecretKey,
    KeyObject: KeyObject,
    SecretKeyObject: SecretKeyObject,
    createSecretKey: createSecretKey,
    createPrivateKey: createPrivateKey,
    createPublicKey: createPublicKey,
    secretKeyData: secretKeyData
};
