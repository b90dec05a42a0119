'use strict';
/* js/internal/crypto/keys.js: KeyObject, as Node's: secret keys (createSecretKey) and RSA and EC
 * public and private keys (createPublicKey, createPrivateKey) read from PEM, DER or JWK and
 * exported to the same, plus Node's prepare*Key helpers that sign, verify and the RSA encryption
 * functions use to accept a key in any of its forms.  An asymmetric key is held as its numbers
 * (read and written by js/internal/crypto/der.js, checked by lib/pk.c when it is made) and the
 * array lib/pk.c takes them as. */

var util = require('internal/crypto/util');
var validators = require('internal/validators');
var notSupported = require('internal/unsupported').notSupported;
var der = require('internal/crypto/der');
var inherits = require('internal/util/inherit_class');

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
inherits(SecretKeyObject, KeyObject);
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

/* ---------------------------------------------------------------------------------------- */
/* Asymmetric keys */

var pkBinding = internalBinding('pk');

/* Key input contexts, as Node's. */
var kConsumePublic = 0;
var kConsumePrivate = 1;
var kCreatePublic = 2;
var kCreatePrivate = 3;

/* What a key input must give. */
var kWantPrivate = 0;
var kWantPublic = 1;

var kAsymmetric = Symbol('kAsymmetric');

util.defineError('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error);

/* The error Node gives for an OpenSSL failure named by lib/pk.c's reason. */
var opensslErrors = {
    decode: ['1E08010C', 'DECODER routines', 'unsupported', 'ERR_OSSL_UNSUPPORTED'],
    'header too long': ['0680007B', 'asn1 encoding routines', 'header too long',
        'ERR_OSSL_ASN1_HEADER_TOO_LONG'],
    'wrong tag': ['068000A8', 'asn1 encoding routines', 'wrong tag', 'ERR_OSSL_ASN1_WRONG_TAG'],
    'no passphrase': ['07880109', 'common libcrypto routines', 'interrupted or cancelled',
        'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED'],
    'too large': ['0200006E', 'rsa routines', 'data too large for key size',
        'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE'],
    oaep: ['02000079', 'rsa routines', 'oaep decoding error', 'ERR_OSSL_RSA_OAEP_DECODING_ERROR'],
    padding: ['0200008A', 'rsa routines', 'invalid padding', 'ERR_OSSL_RSA_INVALID_PADDING'],
    'padding mode': ['1C8000A5', 'Provider routines', 'illegal or unsupported padding mode',
        'ERR_OSSL_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE'],
    'key type': ['1C8000A4', 'Provider routines', 'operation not supported for this keytype',
        'ERR_OSSL_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE'],
    failed: ['1C880004', 'Provider routines', 'RSA lib', 'ERR_OSSL_RSA_LIB']
};

function opensslKeyError(reason) {
    var e = opensslErrors[reason] || opensslErrors.failed;
    return util.opensslError(e[0], e[1], e[2], e[3]);
}

/* A key handle from a key's numbers (der.readKey), as private or public (its public half):
 * { type keyType key curve bits der parts } with `der` the canonical encoding (PKCS#1 or SEC1
 * private, SPKI public; what equals compares) and `parts` what lib/pk.c takes.  Checks the key
 * with lib/pk.c unless `trusted`; throws Node's decoder error for a bad one. */
function keyHandle(key, type, trusted) {
    var isPrivate = type === 'private';
    if (isPrivate && (key.keyType === 'rsa' ? key.ints.length !== 8 : key.d === undefined)) {
        throw opensslKeyError('decode');
    }
    if (!trusted) {
        var checked = pkBinding.check(bindingParts(key, true));
        if (typeof checked === 'string') {
            throw opensslKeyError(checked);
        }
        if (key.keyType === 'ec') {
            key.point = Buffer.from(checked);
        }
    }
    if (!isPrivate) {
        key = key.keyType === 'rsa' ? { keyType: 'rsa', ints: key.ints.slice(0, 2) } :
            { keyType: 'ec', curve: key.curve, point: key.point, d: undefined };
    }
    return {
        type: type,
        keyType: key.keyType,
        key: key,
        curve: key.curve,
        bits: key.keyType === 'rsa' ? bitLength(key.ints[0]) : undefined,
        der: der.writeKey(key, isPrivate ? (key.keyType === 'rsa' ? 'pkcs1' : 'sec1') : 'spki'),
        parts: bindingParts(key, isPrivate)
    };
}

/* The array lib/pk.c takes for a key (see its header). */
function bindingParts(key, withPrivate) {
    if (key.keyType === 'rsa') {
        return ['rsa'].concat(withPrivate && key.ints.length === 8 ? key.ints.slice(0, 5)
                                                                   : key.ints.slice(0, 2));
    }
    var parts = ['ec', key.curve.mbedtls, key.point];
    if (withPrivate && key.d !== undefined) {
        parts.push(key.d);
    }
    return parts;
}

/* The bit length of an unsigned big-endian number without leading zero bytes. */
function bitLength(bytes) {
    var bits = (bytes.length - 1) * 8;
    for (var top = bytes[0]; top > 0; top >>= 1) {
        bits++;
    }
    return bits;
}

function AsymmetricKeyObject(type, handle) {
    KeyObject.call(this, type, handle.der);
    Object.defineProperty(this, kAsymmetric, { value: handle });
}
inherits(AsymmetricKeyObject, KeyObject);
Object.defineProperty(AsymmetricKeyObject.prototype, 'asymmetricKeyType', {
    configurable: true, enumerable: false,
    get: function () { return this[kAsymmetric].keyType; }
});
/* NOTE: Node's publicExponent is a BigInt; Duktape has none, so it is a Number here. */
Object.defineProperty(AsymmetricKeyObject.prototype, 'asymmetricKeyDetails', {
    configurable: true, enumerable: false,
    get: function () {
        var h = this[kAsymmetric];
        if (h.details === undefined) {
            h.details = h.keyType === 'rsa' ?
                { modulusLength: h.bits, publicExponent: rsaExponent(h) } :
                { namedCurve: h.curve.name };
        }
        return h.details;
    }
});

function rsaExponent(handle) {
    var e = handle.key.ints[1];
    var value = 0;
    for (var i = 0; i < e.length; i++) {
        value = value * 256 + e[i];
    }
    return value;
}

function PublicKeyObject(handle) {
    AsymmetricKeyObject.call(this, 'public', handle);
}
inherits(PublicKeyObject, AsymmetricKeyObject);

function PrivateKeyObject(handle) {
    AsymmetricKeyObject.call(this, 'private', handle);
}
inherits(PrivateKeyObject, AsymmetricKeyObject);

PublicKeyObject.prototype.export = function exportKey(options) {
    var handle = this[kAsymmetric];
    if (options && options.format === 'jwk') {
        return exportJwk(handle);
    }
    var enc = parseKeyEncoding(options, handle.keyType, true);
    if (enc.type === 'pkcs1') {
        return encodeKey(der.writeKey(handle.key, 'pkcs1'), enc.format, 'RSA PUBLIC KEY');
    }
    return encodeKey(handle.der, enc.format, 'PUBLIC KEY');
};

PrivateKeyObject.prototype.export = function exportKey(options) {
    var handle = this[kAsymmetric];
    if (options && options.format === 'jwk') {
        if (options.passphrase !== undefined) {
            throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
        }
        return exportJwk(handle);
    }
    var enc = parseKeyEncoding(options, handle.keyType, false);
    var label = handle.keyType === 'rsa' ? 'RSA PRIVATE KEY' : 'EC PRIVATE KEY';
    var bytes = enc.type === 'pkcs8' ? der.writeKey(handle.key, 'pkcs8') : handle.der;
    if (enc.cipher == null) {
        return encodeKey(bytes, enc.format, enc.type === 'pkcs8' ? 'PRIVATE KEY' : label);
    }
    var keycrypt = require('internal/crypto/keycrypt');
    var info = require('internal/crypto/cipher').getCipherInfo(enc.cipher);
    var cipher = info === undefined ? enc.cipher : info.name;
    if (enc.type === 'pkcs8') {
        return encodeKey(keycrypt.encryptPkcs8(bytes, cipher, enc.passphrase), enc.format,
                         'ENCRYPTED PRIVATE KEY');
    }
    return keycrypt.encryptTraditional(label, bytes, cipher, enc.passphrase);
};

function encodeKey(bytes, format, label) {
    return format === 'pem' ? der.pem(label, bytes) : Buffer.from(bytes);
}

function exportJwk(handle) {
    var key = handle.key;
    if (key.keyType === 'rsa') {
        var ints = key.ints.map(function (b) { return b.toString('base64url'); });
        var jwk = { kty: 'RSA', n: ints[0], e: ints[1] };
        if (handle.type === 'private') {
            jwk.d = ints[2];
            jwk.p = ints[3];
            jwk.q = ints[4];
            jwk.dp = ints[5];
            jwk.dq = ints[6];
            jwk.qi = ints[7];
        }
        return jwk;
    }
    var size = key.curve.size;
    var ec = {
        kty: 'EC',
        x: key.point.slice(1, 1 + size).toString('base64url'),
        y: key.point.slice(1 + size).toString('base64url'),
        crv: key.curve.jwk
    };
    if (handle.type === 'private') {
        ec.d = key.d.toString('base64url');
    }
    return ec;
}

/* Node's parseKeyFormat/parseKeyType/parseKeyEncoding.  keyType is undefined for an input
 * encoding (format defaults to PEM, type is needed for DER only) and the key's type for an
 * output one; isPublic is true, false, or undefined when either kind may come. */
function parseKeyEncoding(enc, keyType, isPublic, objName) {
    if (enc === null || typeof enc !== 'object') {
        throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', enc);
    }
    var isInput = keyType === undefined;
    var format = enc.format;
    if (!(format === undefined && isInput) && format !== 'pem' && format !== 'der') {
        throw new codes.ERR_INVALID_ARG_VALUE(option('format', objName), format);
    }
    if (format === undefined) {
        format = 'pem';
    }
    var type = parseKeyType(enc.type, !isInput || format === 'der', keyType, isPublic,
                            option('type', objName));
    var cipher;
    var passphrase;
    if (isPublic !== true) {
        cipher = enc.cipher;
        passphrase = enc.passphrase;
        if (!isInput) {
            if (cipher != null) {
                if (typeof cipher !== 'string') {
                    throw new codes.ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
                }
                if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
                    throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type,
                                                                        'does not support encryption');
                }
            } else if (passphrase !== undefined) {
                throw new codes.ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
            }
        }
        if ((isInput && passphrase !== undefined && !isStringOrBuffer(passphrase)) ||
            (!isInput && cipher != null && !isStringOrBuffer(passphrase))) {
            throw new codes.ERR_INVALID_ARG_VALUE(option('passphrase', objName), passphrase);
        }
    }
    if (passphrase !== undefined) {
        passphrase = util.toBuffer(util.getArrayBufferOrView(passphrase, 'key.passphrase',
                                                             enc.encoding), enc.encoding);
    }
    return { format: format, type: type, cipher: cipher, passphrase: passphrase };
}

function option(name, objName) {
    return objName === undefined ? 'options.' + name : 'options.' + objName + '.' + name;
}

function parseKeyType(type, required, keyType, isPublic, optionName) {
    if (type === undefined && !required) {
        return undefined;
    }
    if (type === 'pkcs1') {
        if (keyType !== undefined && keyType !== 'rsa') {
            throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for RSA keys');
        }
        return type;
    }
    if ((type === 'spki' && isPublic !== false) || (type === 'pkcs8' && isPublic !== true)) {
        return type;
    }
    if (type === 'sec1' && isPublic !== true) {
        if (keyType !== undefined && keyType !== 'ec') {
            throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for EC keys');
        }
        return type;
    }
    throw new codes.ERR_INVALID_ARG_VALUE(optionName, type);
}

function isStringOrBuffer(value) {
    return typeof value === 'string' || types.isArrayBufferView(value) ||
        types.isAnyArrayBuffer(value);
}

function keyInputTypes(allowKeyObject) {
    var list = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
    return allowKeyObject ? list.concat(['KeyObject', 'CryptoKey']) : list;
}

/* The handle of a KeyObject used in context ctx, as Node's getKeyObjectHandle. */
function keyObjectHandle(key, ctx) {
    if (ctx === kCreatePrivate) {
        throw new codes.ERR_INVALID_ARG_TYPE('key', keyInputTypes(false), key);
    }
    if (key.type !== 'private') {
        if (ctx === kConsumePrivate || ctx === kCreatePublic) {
            throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
        }
        if (key.type !== 'public') {
            throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private or public');
        }
    }
    return key[kAsymmetric];
}

/* Node's prepareAsymmetricKey, down to a handle: parses a PEM/DER/JWK input (want is the parse
 * mode) or takes a KeyObject's. */
function prepareAsymmetricKey(key, ctx) {
    if (key instanceof KeyObject) {
        return keyObjectHandle(key, ctx);
    }
    var want = ctx === kConsumePrivate || ctx === kCreatePrivate ? kWantPrivate : kWantPublic;
    if (isStringOrBuffer(key)) {
        return parseKey(util.toBuffer(util.getArrayBufferOrView(key, 'key')), 'pem', undefined,
                        undefined, want);
    }
    if (key !== null && typeof key === 'object') {
        var data = key.key;
        if (data instanceof KeyObject) {
            return keyObjectHandle(data, ctx);
        }
        if (key.format === 'jwk') {
            validators.validateObject(data, 'key.key');
            return jwkHandle(data, want);
        }
        if (!isStringOrBuffer(data)) {
            throw new codes.ERR_INVALID_ARG_TYPE('key.key', keyInputTypes(ctx !== kCreatePrivate),
                                                 data);
        }
        var isPublic = ctx === kConsumePrivate || ctx === kCreatePrivate ? false : undefined;
        var enc = parseKeyEncoding(key, undefined, isPublic);
        data = util.toBuffer(util.getArrayBufferOrView(data, 'key', key.encoding), key.encoding);
        return parseKey(data, enc.format, enc.type, enc.passphrase, want);
    }
    throw new codes.ERR_INVALID_ARG_TYPE('key', keyInputTypes(ctx !== kCreatePrivate), key);
}

/* PEM labels we read, and the DER kind inside. */
var pemKinds = {
    'PRIVATE KEY': 'pkcs8', 'ENCRYPTED PRIVATE KEY': 'encrypted', 'RSA PRIVATE KEY': 'pkcs1',
    'EC PRIVATE KEY': 'sec1', 'PUBLIC KEY': 'spki', 'RSA PUBLIC KEY': 'pkcs1-public',
    CERTIFICATE: 'certificate'
};

/* Reads a PEM or DER key input into a handle; throws Node's error for what it cannot read. */
function parseKey(data, format, type, passphrase, want) {
    var input = format === 'pem' ? readPemKey(data) : readDerKey(data, type);
    var isPublicKind = input.kind === 'spki' || input.kind === 'pkcs1-public' ||
        input.kind === 'certificate';
    if (isPublicKind && want === kWantPrivate) {
        throw opensslKeyError('decode');
    }
    var plain = decryptKey(input, passphrase);
    var key;
    try {
        key = der.readKey(plain.der, plain.kind);
    } catch (err) {
        if (err.code === 'ERR_NOT_SUPPORTED') {
            throw err;
        }
        throw opensslKeyError(isPublicKind && format === 'pem' ? 'wrong tag' : 'decode');
    }
    return keyHandle(key, want === kWantPrivate ? 'private' : 'public');
}

/* The first key block of a PEM text: { kind, der, headers }. */
function readPemKey(data) {
    var blocks = der.readPem(data.toString('latin1'));
    for (var i = 0; i < blocks.length; i++) {
        var kind = pemKinds[blocks[i].label];
        if (kind !== undefined) {
            return { kind: kind, der: blocks[i].der, headers: blocks[i].headers };
        }
    }
    throw opensslKeyError('decode');
}

/* A DER key input of Node's `type`: { kind, der } (a 'pkcs1' input may be public or private). */
function readDerKey(data, type) {
    var shape = derShape(data, type);
    if (shape !== 'ok') {
        throw opensslKeyError(type === 'pkcs8' || type === 'spki' ? shape : 'decode');
    }
    var top = der.children(data, der.read(data, 0));
    var kind = type;
    if (type === 'pkcs1' && top.length === 2) {
        kind = 'pkcs1-public';
    } else if (type === 'pkcs8' && top[0].tag === 0x30) {
        kind = 'encrypted';
    }
    return { kind: kind, der: data, headers: {} };
}

/* The plain { kind, der } of a key input: an EncryptedPrivateKeyInfo (as PKCS#8) or a
 * traditionally encrypted PEM decrypted with the passphrase; anything else as it is. */
function decryptKey(input, passphrase) {
    var traditional = input.headers['Proc-Type'] === '4,ENCRYPTED';
    if (!traditional && input.kind !== 'encrypted') {
        return input;
    }
    if (passphrase === undefined) {
        throw opensslKeyError('no passphrase');
    }
    var keycrypt = require('internal/crypto/keycrypt');
    var plain = traditional ?
        keycrypt.decryptTraditional(input.headers['DEK-Info'], input.der, passphrase) :
        keycrypt.decryptPkcs8(input.der, passphrase);
    if (plain === undefined) {
        throw notSupported('this key encryption', 'crypto.createPrivateKey');
    }
    return { kind: traditional ? input.kind : 'pkcs8', der: plain };
}

/* Whether DER bytes have the outer shape of `type` (OpenSSL decodes DER as the type it is told):
 * 'ok', or the ASN.1 reason OpenSSL gives.  The tags of the first two elements tell the types
 * apart. */
function derShape(data, type) {
    var tags;
    try {
        tags = der.children(data, der.read(data, 0)).map(function (tlv) { return tlv.tag; });
    } catch (e) {
        return 'header too long';
    }
    return derHasType(tags, type) ? 'ok' : 'wrong tag';
}

function derHasType(tags, type) {
    switch (type) {
    case 'pkcs8': /* PrivateKeyInfo, or EncryptedPrivateKeyInfo */
        return (tags[0] === 0x02 && tags[1] === 0x30) || (tags[0] === 0x30 && tags[1] === 0x04);
    case 'spki':
        return tags[0] === 0x30 && tags[1] === 0x03;
    case 'sec1':
        return tags[0] === 0x02 && tags[1] === 0x04;
    default: /* pkcs1: RSAPrivateKey or RSAPublicKey */
        return tags[0] === 0x02 && tags[1] === 0x02;
    }
}

/* Reads a JWK (RSA or EC) into a handle, as Node's getKeyObjectHandleFromJwk. */
function jwkHandle(jwk, want) {
    var isPublic = want === kWantPublic;
    validators.validateOneOf(jwk.kty, 'key.kty', ['RSA', 'EC', 'OKP']);
    if (jwk.kty === 'OKP') {
        validators.validateString(jwk.crv, 'key.crv');
        validators.validateOneOf(jwk.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
        throw notSupported(jwk.crv + ' keys', 'crypto.create' + (isPublic ? 'Public' : 'Private') +
                           'Key');
    }
    var names = jwk.kty === 'EC' ? ['x', 'y'] : ['n', 'e'];
    if (jwk.kty === 'EC') {
        validators.validateString(jwk.crv, 'key.crv');
        validators.validateOneOf(jwk.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
    }
    if (!isPublic) {
        names = names.concat(jwk.kty === 'EC' ? ['d'] : ['d', 'p', 'q', 'dp', 'dq', 'qi']);
    }
    var parts = names.map(function (name) {
        validators.validateString(jwk[name], 'key.' + name);
        return Buffer.from(jwk[name], 'base64url');
    });
    var key;
    if (jwk.kty === 'EC') {
        var curve = der.findCurve('jwk', jwk.crv);
        key = { keyType: 'ec', curve: curve, d: isPublic ? undefined : der.leftPad(parts[2], curve.size),
                point: Buffer.concat([Buffer.from([4]), der.leftPad(parts[0], curve.size),
                                      der.leftPad(parts[1], curve.size)]) };
    } else {
        key = { keyType: 'rsa', ints: parts.map(der.unsigned) };
    }
    try {
        return keyHandle(key, isPublic ? 'public' : 'private');
    } catch (err) {
        throw util.nativeError(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK ' + jwk.kty + ' key');
    }
}

function preparePrivateKey(key) {
    return prepareAsymmetricKey(key, kConsumePrivate);
}

function preparePublicOrPrivateKey(key) {
    return prepareAsymmetricKey(key, kConsumePublic);
}

function createPrivateKey(key) {
    return new PrivateKeyObject(prepareAsymmetricKey(key, kCreatePrivate));
}

function createPublicKey(key) {
    var handle = prepareAsymmetricKey(key, kCreatePublic);
    if (handle.type === 'private') {
        /* A private KeyObject: its public half. */
        handle = keyHandle(handle.key, 'public', true);
    }
    return new PublicKeyObject(handle);
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
    preparePrivateKey: preparePrivateKey,
    parseKeyEncoding: parseKeyEncoding,
    preparePublicOrPrivateKey: preparePublicOrPrivateKey,
    keyHandle: keyHandle,
    pkBinding: pkBinding,
    opensslKeyError: opensslKeyError,
    PublicKeyObject: PublicKeyObject,
    PrivateKeyObject: PrivateKeyObject,
    KeyObject: KeyObject,
    SecretKeyObject: SecretKeyObject,
    createSecretKey: createSecretKey,
    createPrivateKey: createPrivateKey,
    createPublicKey: createPublicKey,
    secretKeyData: secretKeyData
};
