'use strict';
/* js/internal/crypto/keycrypt.js: password-protected private keys, as OpenSSL writes and reads them
 * for Node: PKCS#8 EncryptedPrivateKeyInfo with PBES2 (PBKDF2 with an HMAC-SHA digest, AES-CBC;
 * what KeyObject.export({ type: 'pkcs8', cipher, passphrase }) writes), and the traditional PEM
 * encryption of PKCS#1/SEC1 keys ('Proc-Type: 4,ENCRYPTED', key from EVP_BytesToKey with MD5).
 * Both are read and written here with our own pbkdf2, Hash and Cipheriv, for AES-CBC only (DES,
 * PBES1 and PKCS#12 schemes are refused with ERR_NOT_SUPPORTED). */

var der = require('internal/crypto/der');

var OID_PBES2 = '2a864886f70d01050d';
var OID_PBKDF2 = '2a864886f70d01050c';

/* PBKDF2's PRF OIDs and the ciphers PBES2 may name, with our names. */
var prfs = {
    '2a864886f70d0207': 'sha1', '2a864886f70d0208': 'sha224', '2a864886f70d0209': 'sha256',
    '2a864886f70d020a': 'sha384', '2a864886f70d020b': 'sha512'
};
var pbes2Ciphers = {
    '608648016503040102': 'aes-128-cbc', '608648016503040116': 'aes-192-cbc',
    '60864801650304012a': 'aes-256-cbc'
};

function keyOf(table, value) {
    for (var k in table) {
        if (table[k] === value) {
            return k;
        }
    }
    return undefined;
}

function crypto() {
    return require('crypto');
}

/* The decrypted PKCS#8 DER of an EncryptedPrivateKeyInfo, or undefined when its scheme is not
 * ours.  A wrong passphrase throws the decipher's 'bad decrypt', as OpenSSL. */
function decryptPkcs8(data, passphrase) {
    var top = der.children(data, der.read(data, 0));
    var alg = der.children(data, top[0]);
    if (der.content(data, alg[0]).toString('hex') !== OID_PBES2) {
        return undefined;
    }
    var params = der.children(data, alg[1]);
    var kdf = der.children(data, params[0]);
    var scheme = der.children(data, params[1]);
    var cipher = pbes2Ciphers[der.content(data, scheme[0]).toString('hex')];
    if (der.content(data, kdf[0]).toString('hex') !== OID_PBKDF2 || cipher === undefined) {
        return undefined;
    }
    var kdfParams = der.children(data, kdf[1]);
    var salt = der.content(data, kdfParams[0]);
    var iterations = der.content(data, kdfParams[1]).readUIntBE(0, kdfParams[1].end - kdfParams[1].start);
    var prf = 'sha1';
    var last = kdfParams[kdfParams.length - 1];
    if (kdfParams.length > 2 && last.tag === 0x30) {
        prf = prfs[der.content(data, der.children(data, last)[0]).toString('hex')];
        if (prf === undefined) {
            return undefined;
        }
    }
    var keyLength = crypto().getCipherInfo(cipher).keyLength;
    var key = crypto().pbkdf2Sync(passphrase, salt, iterations, keyLength, prf);
    var d = crypto().createDecipheriv(cipher, key, der.content(data, scheme[1]));
    return Buffer.concat([d.update(der.content(data, top[1])), d.final()]);
}

/* An EncryptedPrivateKeyInfo around PKCS#8 DER, as OpenSSL 3 writes it: PBES2, PBKDF2 with an
 * 8-byte salt, 2048 iterations and HMAC-SHA256, the cipher with a random IV. */
function encryptPkcs8(pkcs8, cipher, passphrase) {
    var cipherOid = keyOf(pbes2Ciphers, cipher);
    if (cipherOid === undefined) {
        throw unsupportedCipher(cipher);
    }
    var salt = crypto().randomBytes(8);
    var iv = crypto().randomBytes(16);
    var key = crypto().pbkdf2Sync(passphrase, salt, 2048, crypto().getCipherInfo(cipher).keyLength,
                                  'sha256');
    var c = crypto().createCipheriv(cipher, key, iv);
    var body = Buffer.concat([c.update(pkcs8), c.final()]);
    var oid = function (hex) {
        return der.encode(0x06, Buffer.from(hex, 'hex'));
    };
    var kdf = der.seq([oid(OID_PBKDF2), der.seq([
        der.encode(0x04, salt), der.integer(Buffer.from([8, 0])),
        der.seq([oid(keyOf(prfs, 'sha256')), Buffer.from([5, 0])])])]);
    var scheme = der.seq([oid(cipherOid), der.encode(0x04, iv)]);
    return der.seq([der.seq([oid(OID_PBES2), der.seq([kdf, scheme])]), der.encode(0x04, body)]);
}

/* OpenSSL's EVP_BytesToKey with MD5 and one round: the key of traditional PEM encryption. */
function bytesToKey(passphrase, salt, length) {
    var out = Buffer.alloc(0);
    var prev = Buffer.alloc(0);
    while (out.length < length) {
        prev = crypto().createHash('md5').update(prev).update(passphrase).update(salt).digest();
        out = Buffer.concat([out, prev]);
    }
    return out.slice(0, length);
}

/* Decrypts the DER of a traditionally encrypted PEM whose DEK-Info header is dekInfo
 * ('AES-128-CBC,<hex IV>'); undefined for a cipher we do not have. */
function decryptTraditional(dekInfo, data, passphrase) {
    var m = /^([A-Za-z0-9-]+),([0-9A-Fa-f]+)$/.exec(dekInfo || '');
    var cipher = m === null ? undefined : m[1].toLowerCase();
    if (keyOf(pbes2Ciphers, cipher) === undefined) {
        return undefined;
    }
    var iv = Buffer.from(m[2], 'hex');
    var key = bytesToKey(passphrase, iv.slice(0, 8), crypto().getCipherInfo(cipher).keyLength);
    var d = crypto().createDecipheriv(cipher, key, iv);
    return Buffer.concat([d.update(data), d.final()]);
}

/* A traditionally encrypted PEM of PKCS#1 or SEC1 DER. */
function encryptTraditional(label, data, cipher, passphrase) {
    if (keyOf(pbes2Ciphers, cipher) === undefined) {
        throw unsupportedCipher(cipher);
    }
    var iv = crypto().randomBytes(16);
    var key = bytesToKey(passphrase, iv.slice(0, 8), crypto().getCipherInfo(cipher).keyLength);
    var c = crypto().createCipheriv(cipher, key, iv);
    var body = der.pem(label, Buffer.concat([c.update(data), c.final()]));
    var lines = body.split('\n');
    lines.splice(1, 0, 'Proc-Type: 4,ENCRYPTED', 'DEK-Info: ' + cipher.toUpperCase() + ',' +
                 iv.toString('hex').toUpperCase(), '');
    return lines.join('\n');
}

/* Node's error for a cipher OpenSSL knows and we cannot use here, or one nobody knows. */
function unsupportedCipher(cipher) {
    if (crypto().getCipherInfo(cipher) === undefined) {
        var util = require('internal/crypto/util');
        return util.nativeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    }
    return require('internal/unsupported').notSupported('the ' + cipher + ' key encryption',
                                                        'KeyObject.export');
}

module.exports = {
    decryptPkcs8: decryptPkcs8,
    encryptPkcs8: encryptPkcs8,
    decryptTraditional: decryptTraditional,
    encryptTraditional: encryptTraditional
};
