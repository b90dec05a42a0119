'use strict';
/* js/internal/crypto/kdf.js: pbkdf2/pbkdf2Sync and scrypt/scryptSync with Node's checks; the
 * work is lib/crypto.c's (PBKDF2-HMAC on mbedTLS digests; scrypt per RFC 7914), on the worker
 * pool for the callback forms. */

var util = require('internal/crypto/util');
var validators = require('internal/validators');

var binding = util.binding;
var codes = util.codes;

function pbkdf2Check(password, salt, iterations, keylen, digest) {
    validators.validateString(digest, 'digest');
    password = util.getArrayBufferOrView(password, 'password');
    salt = util.getArrayBufferOrView(salt, 'salt');
    validators.validateInt32(iterations, 'iterations', 1);
    validators.validateInt32(keylen, 'keylen', 0);
    var name = util.normalizeDigest(digest);
    return { password: password, salt: salt, iterations: iterations, keylen: keylen,
             digest: digest, name: name };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
    if (typeof digest === 'function') {
        callback = digest;
        digest = undefined;
    }
    var a = pbkdf2Check(password, salt, iterations, keylen, digest);
    validators.validateFunction(callback, 'callback');
    if (util.digestSize(a.name) === 0) {
        throw new codes.ERR_CRYPTO_INVALID_DIGEST(digest);
    }
    var err = binding.pbkdf2(a.password, a.salt, a.iterations, a.keylen, a.name,
                             function (status, ab) {
        callback(null, Buffer.from(ab));
    });
    if (err < 0) {
        throw require('internal/errors').uvException({ errno: err, syscall: 'pbkdf2' });
    }
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
    var a = pbkdf2Check(password, salt, iterations, keylen, digest);
    if (util.digestSize(a.name) === 0) {
        throw new codes.ERR_CRYPTO_INVALID_DIGEST(digest);
    }
    return Buffer.from(binding.pbkdf2(a.password, a.salt, a.iterations, a.keylen, a.name,
                                      undefined));
}

var defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptCheck(password, salt, keylen, options) {
    password = util.getArrayBufferOrView(password, 'password');
    salt = util.getArrayBufferOrView(salt, 'salt');
    validators.validateInt32(keylen, 'keylen', 0);
    var N = defaults.N;
    var r = defaults.r;
    var p = defaults.p;
    var maxmem = defaults.maxmem;
    if (options && options !== defaults) {
        var hasN = options.N !== undefined;
        if (hasN) {
            N = options.N;
            validators.validateUint32(N, 'N');
        }
        if (options.cost !== undefined) {
            if (hasN) {
                throw new codes.ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
            }
            N = options.cost;
            validators.validateUint32(N, 'cost');
        }
        var hasR = options.r !== undefined;
        if (hasR) {
            r = options.r;
            validators.validateUint32(r, 'r');
        }
        if (options.blockSize !== undefined) {
            if (hasR) {
                throw new codes.ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
            }
            r = options.blockSize;
            validators.validateUint32(r, 'blockSize');
        }
        var hasP = options.p !== undefined;
        if (hasP) {
            p = options.p;
            validators.validateUint32(p, 'p');
        }
        if (options.parallelization !== undefined) {
            if (hasP) {
                throw new codes.ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
            }
            p = options.parallelization;
            validators.validateUint32(p, 'parallelization');
        }
        if (options.maxmem !== undefined) {
            maxmem = options.maxmem;
            validators.validateInteger(maxmem, 'maxmem', 0);
        }
        if (N === 0) {
            N = defaults.N;
        }
        if (r === 0) {
            r = defaults.r;
        }
        if (p === 0) {
            p = defaults.p;
        }
        if (maxmem === 0) {
            maxmem = defaults.maxmem;
        }
    }
    /* OpenSSL's EVP_PBE_scrypt checks, which Node reports. */
    if (N < 2 || (N & (N - 1)) !== 0 || r * p >= 0x40000000) {
        throw new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS('Invalid scrypt params');
    }
    if (128 * r * p + 128 * r * (N + 2) > maxmem) {
        throw new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS(
            'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit ' +
            'exceeded');
    }
    return { password: password, salt: salt, keylen: keylen, N: N, r: r, p: p };
}

function scrypt(password, salt, keylen, options, callback) {
    if (callback === undefined) {
        callback = options;
        options = defaults;
    }
    var a = scryptCheck(password, salt, keylen, options);
    validators.validateFunction(callback, 'callback');
    var err = binding.scrypt(a.password, a.salt, a.N, a.r, a.p, a.keylen, function (status, ab) {
        if (status < 0) {
            callback(require('internal/errors').uvException({ errno: status, syscall: 'scrypt' }));
            return;
        }
        callback(null, Buffer.from(ab));
    });
    if (err < 0) {
        throw require('internal/errors').uvException({ errno: err, syscall: 'scrypt' });
    }
}

function scryptSync(password, salt, keylen, options) {
    var a = scryptCheck(password, salt, keylen, options || defaults);
    return Buffer.from(binding.scrypt(a.password, a.salt, a.N, a.r, a.p, a.keylen, undefined));
}

module.exports = {
    pbkdf2: pbkdf2,
    pbkdf2Sync: pbkdf2Sync,
    scrypt: scrypt,
    scryptSync: scryptSync
};
