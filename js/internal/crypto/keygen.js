'use strict';
/* js/internal/crypto/keygen.js: crypto.generateKeyPairSync and generateKeyPair for 'rsa' and
 * 'ec' keys (lib/pk.c generates them with mbedTLS), with Node's option checks and its
 * publicKeyEncoding/privateKeyEncoding exports.  generateKeyPair generates on the worker pool,
 * as Node. */

var util = require('internal/crypto/util');
var keys = require('internal/crypto/keys');
var der = require('internal/crypto/der');
var validators = require('internal/validators');
var notSupported = require('internal/unsupported').notSupported;

var codes = util.codes;

util.defineError('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError);

/* Names OpenSSL accepts for the curves we have, to the entry in der.curves. */
var curveAliases = {
    'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1'
};

/* Node's keygen parseKeyEncoding: the export wanted for each half, or undefined. */
function parseEncodings(keyType, options) {
    var pub = options === undefined ? undefined : options.publicKeyEncoding;
    var priv = options === undefined ? undefined : options.privateKeyEncoding;
    if (pub != null && typeof pub !== 'object') {
        throw new codes.ERR_INVALID_ARG_VALUE('options.publicKeyEncoding', pub);
    }
    if (priv != null && typeof priv !== 'object') {
        throw new codes.ERR_INVALID_ARG_VALUE('options.privateKeyEncoding', priv);
    }
    if (pub != null) {
        keys.parseKeyEncoding(pub, keyType, true, 'publicKeyEncoding');
    }
    if (priv != null) {
        keys.parseKeyEncoding(priv, keyType, false, 'privateKeyEncoding');
    }
    return { pub: pub == null ? undefined : pub, priv: priv == null ? undefined : priv };
}

/* The binding's arguments for a key of `type`, after Node's checks. */
function keyParams(type, options) {
    switch (type) {
    case 'rsa': {
        validators.validateObject(options, 'options');
        validators.validateUint32(options.modulusLength, 'options.modulusLength');
        var exponent = options.publicExponent;
        if (exponent == null) {
            exponent = 0x10001;
        } else {
            validators.validateUint32(exponent, 'options.publicExponent');
        }
        return ['rsa', options.modulusLength, exponent];
    }
    case 'ec': {
        validators.validateObject(options, 'options');
        validators.validateString(options.namedCurve, 'options.namedCurve');
        var enc = options.paramEncoding;
        if (enc === 'explicit') {
            throw notSupported('explicit EC parameters', 'crypto.generateKeyPair');
        }
        if (enc != null && enc !== 'named') {
            throw new codes.ERR_INVALID_ARG_VALUE('options.paramEncoding', enc);
        }
        var curve = der.findCurve('name', curveAliases[options.namedCurve] || options.namedCurve);
        if (curve === undefined) {
            throw new codes.ERR_CRYPTO_INVALID_CURVE();
        }
        return ['ec', curve.mbedtls, 0];
    }
    case 'rsa-pss':
    case 'dsa':
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448':
    case 'dh':
        throw notSupported(type + ' keys', 'crypto.generateKeyPair');
    default:
        throw new codes.ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
    }
}

/* The pair { publicKey, privateKey } (each a KeyObject or its export) from the numbers
 * lib/pk.c generated; throws for a failed generation. */
function makePair(params, encodings, numbers) {
    if (typeof numbers === 'string') {
        throw keys.opensslKeyError(numbers);
    }
    numbers = numbers.map(function (ab) { return Buffer.from(ab); });
    var key = params[0] === 'rsa' ? { keyType: 'rsa', ints: numbers } :
        { keyType: 'ec', curve: der.findCurve('mbedtls', params[1]), point: numbers[0], d: numbers[1] };
    var privateKey = new keys.PrivateKeyObject(keys.keyHandle(key, 'private', true));
    var publicKey = new keys.PublicKeyObject(keys.keyHandle(key, 'public', true));
    return {
        publicKey: encodings.pub === undefined ? publicKey : publicKey.export(encodings.pub),
        privateKey: encodings.priv === undefined ? privateKey : privateKey.export(encodings.priv)
    };
}

function prepare(type, options) {
    validators.validateString(type, 'type');
    var encodings = parseEncodings(type, options);
    return [keyParams(type, options), encodings];
}

function generateKeyPairSync(type, options) {
    var job = prepare(type, options);
    var params = job[0];
    return makePair(params, job[1], keys.pkBinding.generate(params[0], params[1], params[2]));
}

function generateKeyPair(type, options, callback) {
    if (typeof options === 'function') {
        callback = options;
        options = undefined;
    }
    validators.validateFunction(callback, 'callback');
    var job = prepare(type, options);
    var params = job[0];
    var done = function (numbers) {
        var pair;
        try {
            pair = makePair(params, job[1], numbers);
        } catch (err) {
            callback(err);
            return;
        }
        callback(null, pair.publicKey, pair.privateKey);
    };
    var err = keys.pkBinding.generate(params[0], params[1], params[2], done);
    if (err < 0) {
        /* The pool could not start: generate here, call back on a later tick. */
        var numbers = keys.pkBinding.generate(params[0], params[1], params[2]);
        process.nextTick(done, numbers);
    }
}

module.exports = {
    generateKeyPair: generateKeyPair,
    generateKeyPairSync: generateKeyPairSync
};
