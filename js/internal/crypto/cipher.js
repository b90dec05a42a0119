'use strict';
/* js/internal/crypto/cipher.js: Node's Cipheriv and Decipheriv (crypto.createCipheriv,
 * createDecipheriv), getCiphers and getCipherInfo over internalBinding('cipher') (lib/cipher.c).
 * CipherBase below plays the part of Node's C++ CipherBase: it owns the state machine (final
 * once, AAD before data, the tag rules) and answers false where Node's C++ does, so the public
 * methods throw the errors Node's JavaScript throws.  Both classes are LazyTransform streams. */

var util = require('internal/crypto/util');
var keys = require('internal/crypto/keys');
var validators = require('internal/validators');
var LazyTransform = require('internal/streams/lazy_transform');
var StringDecoder = require('string_decoder').StringDecoder;

var binding = internalBinding('cipher');
var codes = util.codes;
var types = util.types;

var kHandle = Symbol('kHandle');

/* OpenSSL's other spellings of the ciphers we have. */
var aliases = {
    aes128: 'aes-128-cbc', aes192: 'aes-192-cbc', aes256: 'aes-256-cbc',
    'id-aes128-gcm': 'aes-128-gcm', 'id-aes192-gcm': 'aes-192-gcm', 'id-aes256-gcm': 'aes-256-gcm'
};

/* The binding's description of a cipher name (any case, aliases too), or undefined. */
function lookupCipher(name) {
    var lower = String(name).toLowerCase();
    return binding.info(aliases[lower] || lower);
}

function isValidGCMTagLength(n) {
    return n === 4 || n === 8 || (n >= 12 && n <= 16);
}

/* The part of Node's C++ CipherBase that JS can see. */
function CipherBase(decrypt) {
    /* Non-enumerable, so that inspecting a Cipheriv shows 'CipherBase {}' as Node. */
    Object.defineProperties(this, {
        decrypt: { value: decrypt },
        state: { value: null, writable: true },  /* the binding's, null after final (ctx_) */
        info: { value: null, writable: true },
        aead: { value: false, writable: true },
        authTagLength: { value: -1, writable: true }, /* -1: not given */
        authTag: { value: null, writable: true },     /* decipher: from setAuthTag */
        tag: { value: null, writable: true }          /* cipher: computed by final */
    });
}

CipherBase.prototype.initiv = function initiv(name, key, iv, authTagLength) {
    var info = lookupCipher(name);
    if (info === undefined) {
        throw util.nativeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    }
    var aead = info.mode === 'gcm' || info.name === 'chacha20-poly1305';
    var ivLen = iv === null ? 0 : iv.length;
    if ((ivLen === 0 && info.ivLength !== 0) || (!aead && ivLen !== 0 && ivLen !== info.ivLength) ||
        (info.mode !== 'gcm' && aead && ivLen !== info.ivLength)) {
        throw new codes.ERR_CRYPTO_INVALID_IV();
    }
    if (info.mode === 'gcm' && authTagLength !== -1 && !isValidGCMTagLength(authTagLength)) {
        throw invalidTagLength(authTagLength);
    }
    if (aead && info.mode !== 'gcm') {
        if (authTagLength === -1) {
            authTagLength = 16;
        } else if (authTagLength < 1 || authTagLength > 16) {
            throw invalidTagLength(authTagLength);
        }
    }
    if (key.length !== info.keyLength) {
        throw new codes.ERR_CRYPTO_INVALID_KEYLEN();
    }
    this.info = info;
    this.aead = aead;
    this.authTagLength = authTagLength;
    this.state = binding.create(info.name, this.decrypt, key, iv === null ? Buffer.alloc(0) : iv);
};

function invalidTagLength(n) {
    return new codes.ERR_CRYPTO_INVALID_AUTH_TAG('Invalid authentication tag length: ' + n);
}

CipherBase.prototype.update = function update(data, encoding) {
    if (this.state === null) {
        throw new Error('Trying to add data in unsupported state');
    }
    if (typeof data === 'string') {
        data = util.toBuffer(data, encoding);
    }
    return Buffer.from(binding.update(this.state, data));
};

CipherBase.prototype.final = function final() {
    if (this.state === null) {
        throw util.nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
    }
    var state = this.state;
    this.state = null;
    var result = binding.final(state, this.decrypt && this.authTag !== null ? this.authTag
                                                                              : undefined);
    if (typeof result === 'string') {
        throw finalError(result);
    }
    if (this.aead && !this.decrypt) {
        var len = this.authTagLength === -1 ? 16 : this.authTagLength;
        this.tag = Buffer.from(binding.tag(state)).slice(0, len);
    }
    return Buffer.from(result);
};

function finalError(reason) {
    if (reason === 'auth') {
        return new Error('Unsupported state or unable to authenticate data');
    }
    if (reason === 'bad decrypt') {
        return util.opensslError('1C800064', 'Provider routines', reason, 'ERR_OSSL_BAD_DECRYPT');
    }
    return util.opensslError('1C80006B', 'Provider routines', reason,
                             'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH');
}

CipherBase.prototype.setAutoPadding = function setAutoPadding(on) {
    if (this.state === null) {
        return false;
    }
    binding.setPadding(this.state, on);
    return true;
};

CipherBase.prototype.getAuthTag = function getAuthTag() {
    return this.state === null && this.tag !== null ? this.tag : undefined;
};

CipherBase.prototype.setAuthTag = function setAuthTag(tag) {
    if (this.state === null || !this.aead || !this.decrypt || this.authTag !== null) {
        return false;
    }
    var valid = this.info.mode === 'gcm' ?
        (this.authTagLength === -1 || this.authTagLength === tag.length) &&
            isValidGCMTagLength(tag.length) :
        this.authTagLength === tag.length;
    if (!valid) {
        throw invalidTagLength(tag.length);
    }
    this.authTag = tag;
    return true;
};

CipherBase.prototype.setAAD = function setAAD(data) {
    return this.state !== null && this.aead && binding.setAAD(this.state, data);
};

/* Node's getUIntOption: options[key] as an unsigned 32-bit integer, -1 when absent. */
function getUIntOption(options, key) {
    var value;
    if (options && (value = options[key]) != null) {
        if (value >>> 0 !== value) {
            throw new codes.ERR_INVALID_ARG_VALUE('options.' + key, value);
        }
        return value;
    }
    return -1;
}

function getStringOption(options, key) {
    var value;
    if (options && (value = options[key]) != null) {
        validators.validateString(value, 'options.' + key);
    }
    return value;
}

function getDecoder(decoder, encoding) {
    if (decoder === null) {
        return new StringDecoder(encoding);
    }
    if (decoder.encoding !== new StringDecoder(encoding).encoding) {
        throw new codes.ERR_INTERNAL_ASSERTION('Cannot change encoding');
    }
    return decoder;
}

function createCipherWithIV(self, cipher, key, options, decrypt, iv) {
    validators.validateString(cipher, 'cipher');
    var encoding = getStringOption(options, 'encoding');
    key = util.toBuffer(keys.prepareSecretKey(key, encoding));
    if (iv !== null) {
        iv = util.toBuffer(util.getArrayBufferOrView(iv, 'iv'));
    }
    var authTagLength = getUIntOption(options, 'authTagLength');
    var handle = new CipherBase(decrypt);
    self[kHandle] = handle;
    handle.initiv(cipher, key, iv, authTagLength);
    self._decoder = null;
    LazyTransform.call(self, options);
}

function Cipheriv(cipher, key, iv, options) {
    if (!(this instanceof Cipheriv)) {
        return new Cipheriv(cipher, key, iv, options);
    }
    createCipherWithIV(this, cipher, key, options, false, iv);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);

function Decipheriv(cipher, key, iv, options) {
    if (!(this instanceof Decipheriv)) {
        return new Decipheriv(cipher, key, iv, options);
    }
    createCipherWithIV(this, cipher, key, options, true, iv);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);

function transform(chunk, encoding, callback) {
    this.push(this[kHandle].update(chunk, encoding));
    callback();
}

function flush(callback) {
    try {
        this.push(this[kHandle].final());
    } catch (e) {
        callback(e);
        return;
    }
    callback();
}

function update(data, inputEncoding, outputEncoding) {
    if (typeof data === 'string') {
        validators.validateEncoding(data, inputEncoding);
    } else if (!types.isArrayBufferView(data)) {
        throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                             data);
    }
    var ret = this[kHandle].update(data, inputEncoding);
    if (outputEncoding && outputEncoding !== 'buffer') {
        this._decoder = getDecoder(this._decoder, outputEncoding);
        return this._decoder.write(ret);
    }
    return ret;
}

function final(outputEncoding) {
    var ret = this[kHandle].final();
    if (outputEncoding && outputEncoding !== 'buffer') {
        this._decoder = getDecoder(this._decoder, outputEncoding);
        return this._decoder.end(ret);
    }
    return ret;
}

function setAutoPadding(ap) {
    if (!this[kHandle].setAutoPadding(!!ap)) {
        throw new codes.ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    }
    return this;
}

function getAuthTag() {
    var ret = this[kHandle].getAuthTag();
    if (ret === undefined) {
        throw new codes.ERR_CRYPTO_INVALID_STATE('getAuthTag');
    }
    return ret;
}

function setAuthTag(tagbuf, encoding) {
    tagbuf = util.toBuffer(util.getArrayBufferOrView(tagbuf, 'buffer', encoding));
    if (!this[kHandle].setAuthTag(tagbuf)) {
        throw new codes.ERR_CRYPTO_INVALID_STATE('setAuthTag');
    }
    return this;
}

function setAAD(aadbuf, options) {
    var encoding = getStringOption(options, 'encoding');
    getUIntOption(options, 'plaintextLength');
    aadbuf = util.getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
    if (!this[kHandle].setAAD(util.toBuffer(aadbuf))) {
        throw new codes.ERR_CRYPTO_INVALID_STATE('setAAD');
    }
    return this;
}

[Cipheriv, Decipheriv].forEach(function (constructor) {
    var proto = constructor.prototype;
    proto._transform = transform;
    proto._flush = flush;
    proto.update = update;
    proto.final = final;
    proto.setAutoPadding = setAutoPadding;
    if (constructor === Cipheriv) {
        proto.getAuthTag = getAuthTag;
    } else {
        proto.setAuthTag = setAuthTag;
    }
    proto.setAAD = setAAD;
});

/* ---------------------------------------------------------------------------------------- */
/* RSA encryption: publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt */

var RSA_PKCS1_PADDING = 1;
var RSA_PKCS1_OAEP_PADDING = 4;

/* lib/pk.c's operation numbers. */
var kPublicEncrypt = 0;
var kPrivateDecrypt = 1;
var kPrivateEncrypt = 2;
var kPublicDecrypt = 3;

function rsaFunctionFor(op, defaultPadding, keyType) {
    return function (options, buffer) {
        var handle = keyType === 'private' ? keys.preparePrivateKey(options)
                                           : keys.preparePublicOrPrivateKey(options);
        var padding = options.padding || defaultPadding;
        var oaepHash = options.oaepHash;
        var oaepLabel = options.oaepLabel;
        var encoding = options.encoding;
        if (oaepHash !== undefined) {
            validators.validateString(oaepHash, 'key.oaepHash');
        }
        if (oaepLabel !== undefined) {
            oaepLabel = util.toBuffer(util.getArrayBufferOrView(oaepLabel, 'key.oaepLabel', encoding),
                                      encoding);
        }
        buffer = util.toBuffer(util.getArrayBufferOrView(buffer, 'buffer', encoding), encoding);
        if (op === kPrivateDecrypt && padding === RSA_PKCS1_PADDING) {
            throw util.nativeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be ' +
                'reverted with --security-revert=CVE-2023-46809');
        }
        var digest = util.normalizeDigest(oaepHash === undefined ? 'sha1' : oaepHash);
        if (padding === RSA_PKCS1_OAEP_PADDING && util.digestSize(digest) === 0) {
            throw util.nativeError(TypeError, 'ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest used');
        }
        var out = keys.pkBinding.crypt(handle.parts, op, buffer, padding, digest, oaepLabel);
        if (typeof out === 'string') {
            throw keys.opensslKeyError(out);
        }
        return Buffer.from(out);
    };
}

var publicEncrypt = rsaFunctionFor(kPublicEncrypt, RSA_PKCS1_OAEP_PADDING, 'public');
var publicDecrypt = rsaFunctionFor(kPublicDecrypt, RSA_PKCS1_PADDING, 'public');
var privateEncrypt = rsaFunctionFor(kPrivateEncrypt, RSA_PKCS1_PADDING, 'private');
var privateDecrypt = rsaFunctionFor(kPrivateDecrypt, RSA_PKCS1_OAEP_PADDING, 'private');

/* Node's list (OpenSSL's names, sorted) restricted to what lib/cipher.c implements. */
function getCiphers() {
    var names = binding.names.concat(Object.keys(aliases).map(function (alias) {
        return alias.replace('gcm', 'GCM');
    }));
    return names.sort();
}

function findByNid(nid) {
    for (var i = 0; i < binding.names.length; i++) {
        var info = binding.info(binding.names[i]);
        if (info.nid === nid) {
            return info;
        }
    }
    return undefined;
}

/* getCipherInfo(nameOrNid[, { keyLength, ivLength }]): undefined when unknown or when the
 * lengths do not fit the cipher. */
function getCipherInfo(nameOrNid, options) {
    if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
        throw new codes.ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
    }
    if (typeof nameOrNid === 'number') {
        validators.validateInt32(nameOrNid, 'nameOrNid');
    }
    var keyLength;
    var ivLength;
    if (options !== undefined) {
        validators.validateObject(options, 'options');
        keyLength = options.keyLength;
        ivLength = options.ivLength;
        if (keyLength !== undefined) {
            validators.validateInt32(keyLength, 'options.keyLength');
        }
        if (ivLength !== undefined) {
            validators.validateInt32(ivLength, 'options.ivLength');
        }
    }
    var info = typeof nameOrNid === 'number' ? findByNid(nameOrNid) : lookupCipher(nameOrNid);
    if (info === undefined || (keyLength !== undefined && keyLength !== info.keyLength)) {
        return undefined;
    }
    if (ivLength !== undefined && ivLength !== info.ivLength) {
        if (info.mode !== 'gcm' || ivLength < 1) {
            return undefined;
        }
        info.ivLength = ivLength;
    }
    var ret = { mode: info.mode, name: info.name, nid: info.nid };
    if (info.mode === 'gcm') {
        ret.name = 'id-' + info.name.replace('-', '');
    }
    if (info.mode !== 'stream') {
        ret.blockSize = info.blockSize;
    }
    if (info.ivLength !== 0) {
        ret.ivLength = info.ivLength;
    }
    ret.keyLength = info.keyLength;
    return ret;
}

module.exports = {
    Cipheriv: Cipheriv,
    Decipheriv: Decipheriv,
    getCiphers: getCiphers,
    getCipherInfo: getCipherInfo,
    publicEncrypt: publicEncrypt,
    publicDecrypt: publicDecrypt,
    privateEncrypt: privateEncrypt,
    privateDecrypt: privateDecrypt
};
