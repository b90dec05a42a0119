'use strict';
/* js/internal/crypto/kdf.js: pbkdf2/pbkdf2Sync and scrypt/scryptSync with Node's checks; the
 * work is lib/crypto.c's (PBKDF2-HMAC on mbedTLS digests; scrypt per RFC 7914), on the worker
 * pool for the callback forms.  hkdf/hkdfSync (RFC 5869) run HMAC in JavaScript, small as
 * their output is (at most 255 digests). */

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

/* ---- hkdf (RFC 5869) over HMAC ---- */

/* The input key material as bytes: a string, buffer or secret KeyObject, as Node's prepareKey. */
function hkdfKey(key) {
    var secret = require('internal/crypto/keys').secretKeyData(key);
    if (secret !== undefined) {
        return secret;
    }
    if (typeof key !== 'string' && !util.types.isAnyArrayBuffer(key) &&
        !util.types.isArrayBufferView(key)) {
        throw new codes.ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer',
            'TypedArray', 'DataView', 'Buffer'], key);
    }
    return util.toBuffer(key);
}

function hkdfCheck(digest, key, salt, info, keylen) {
    validators.validateString(digest, 'digest');
    var a = {
        digest: digest,
        key: hkdfKey(key),
        salt: util.toBuffer(util.getArrayBufferOrView(salt, 'salt')),
        info: util.toBuffer(util.getArrayBufferOrView(info, 'info')),
        keylen: keylen
    };
    validators.validateInteger(keylen, 'length', 0, 4294967296); /* kMaxLength */
    if (a.info.length > 1024) {
        throw new codes.ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes',
            a.info.length);
    }
    return a;
}

/* The derived bytes as an ArrayBuffer; throws what Node's job throws when it is made (also for
 * the callback form). */
function hkdfRun(a) {
    var name = util.normalizeDigest(a.digest);
    var size = util.digestSize(name);
    if (size === 0) {
        throw new codes.ERR_CRYPTO_INVALID_DIGEST(a.digest);
    }
    if (a.keylen > 255 * size) {
        throw new codes.ERR_CRYPTO_INVALID_KEYLEN();
    }
    var Hmac = require('internal/crypto/hash').Hmac;
    var prk = new Hmac(name, a.salt.length > 0 ? a.salt : Buffer.alloc(size)).update(a.key)
        .digest();
    var out = Buffer.alloc(a.keylen);
    var t = Buffer.alloc(0);
    for (var i = 1, done = 0; done < a.keylen; i++) {
        t = new Hmac(name, prk).update(t).update(a.info).update(Buffer.from([i])).digest();
        done += t.copy(out, done);
    }
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.length);
}

function hkdf(digest, key, salt, info, keylen, callback) {
    var a = hkdfCheck(digest, key, salt, info, keylen);
    validators.validateFunction(callback, 'callback');
    var r = hkdfRun(a);
    setImmediate(function () {
        callback(null, r);
    });
}

function hkdfSync(digest, key, salt, info, keylen) {
    return hkdfRun(hkdfCheck(digest, key, salt, info, keylen));
}

module.exports = {
    hkdf: hkdf,
    hkdfSync: hkdfSync,
    pbkdf2: pbkdf2,
    pbkdf2Sync: pbkdf2Sync,
    scrypt: scrypt,
    scryptSync: scryptSync
};
