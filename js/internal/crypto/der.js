'use strict';
/* js/internal/crypto/der.js: the little ASN.1 DER that key handling needs, on Buffers: reading a
 * TLV and its children, writing TLVs, and the key formats built on them: reading and writing
 * PKCS#8, PKCS#1, SEC1 and SPKI keys as their numbers (which lib/pk.c takes), PEM armour both
 * ways, and ECDSA signatures as IEEE P1363.  mbedTLS's own key parser and writer are not linked;
 * this is nodule's. */

var OID_RSA = '2a864886f70d010101';
var OID_EC = '2a8648ce3d0201';

/* Curves as Node names them, with their OID (hex), JWK name, mbedTLS name and field bytes. */
var curves = [
    { name: 'prime256v1', oid: '2a8648ce3d030107', jwk: 'P-256', mbedtls: 'secp256r1', size: 32 },
    { name: 'secp384r1', oid: '2b81040022', jwk: 'P-384', mbedtls: 'secp384r1', size: 48 },
    { name: 'secp521r1', oid: '2b81040023', jwk: 'P-521', mbedtls: 'secp521r1', size: 66 },
    { name: 'secp256k1', oid: '2b8104000a', jwk: 'secp256k1', mbedtls: 'secp256k1', size: 32 }
];

function findCurve(field, value) {
    for (var i = 0; i < curves.length; i++) {
        if (curves[i][field] === value) {
            return curves[i];
        }
    }
    return undefined;
}

/* The TLV at buf[pos]: { tag, pos, start, end } with the content in buf[start..end).  Throws a plain
 * Error on malformed input (callers turn it into Node's error). */
function read(buf, pos) {
    if (pos + 2 > buf.length) {
        throw new Error('DER: truncated');
    }
    var tag = buf[pos];
    var len = buf[pos + 1];
    var start = pos + 2;
    if (len & 0x80) {
        var n = len & 0x7f;
        if (n === 0 || n > 4 || start + n > buf.length) {
            throw new Error('DER: bad length');
        }
        len = 0;
        for (var i = 0; i < n; i++) {
            len = len * 256 + buf[start + i];
        }
        start += n;
    }
    if (start + len > buf.length) {
        throw new Error('DER: truncated');
    }
    return { tag: tag, pos: pos, start: start, end: start + len };
}

/* The TLVs inside a constructed TLV. */
function children(buf, tlv) {
    var list = [];
    for (var pos = tlv.start; pos < tlv.end;) {
        var child = read(buf, pos);
        list.push(child);
        pos = child.end;
    }
    return list;
}

function content(buf, tlv) {
    return buf.slice(tlv.start, tlv.end);
}

function encode(tag, body) {
    var n = body.length;
    var head;
    if (n < 0x80) {
        head = [tag, n];
    } else {
        var bytes = [];
        for (; n > 0; n = Math.floor(n / 256)) {
            bytes.unshift(n & 0xff);
        }
        head = [tag, 0x80 | bytes.length].concat(bytes);
    }
    return Buffer.concat([Buffer.from(head), body]);
}

function seq(items) {
    return encode(0x30, Buffer.concat(items));
}

/* An INTEGER from unsigned big-endian bytes. */
function integer(bytes) {
    var i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0) {
        i++;
    }
    bytes = bytes.slice(i);
    if (bytes.length === 0 || bytes[0] & 0x80) {
        bytes = Buffer.concat([Buffer.from([0]), bytes]);
    }
    return encode(0x02, bytes);
}

/* The unsigned big-endian bytes of an INTEGER's content. */
function unsigned(bytes) {
    var i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0) {
        i++;
    }
    return bytes.slice(i);
}

function oid(hex) {
    return encode(0x06, Buffer.from(hex, 'hex'));
}

function leftPad(bytes, size) {
    if (bytes.length >= size) {
        return bytes;
    }
    return Buffer.concat([Buffer.alloc(size - bytes.length), bytes]);
}

/* ---------------------------------------------------------------------------------------- */
/* Keys.  A key's numbers, what the readers return and the writers take:
 *   { keyType: 'rsa', ints: [n e d p q dp dq qi] or [n e] }
 *   { keyType: 'ec', curve: an entry of `curves`, point: 04 || x || y (or undefined), d }
 * with unsigned big-endian Buffers; `d` is undefined for a public key. */

/* Key algorithms Node knows and we do not, by OID. */
var otherAlgorithms = {
    '2b6570': 'ed25519', '2b6571': 'ed448', '2b656e': 'x25519', '2b656f': 'x448',
    '2a864886f70d01010a': 'rsa-pss', '2a8648ce380401': 'dsa', '2a864886f70d010301': 'dh'
};

function fail() {
    throw new Error('DER: unexpected structure');
}

/* The children of a SEQUENCE, the first ones checked against tags (null: any); throws on a
 * mismatch or when fewer than tags.length are there. */
function expect(buf, tlv, tags) {
    if (tlv.tag !== 0x30) {
        fail();
    }
    var list = children(buf, tlv);
    for (var i = 0; i < tags.length; i++) {
        if (i >= list.length || (tags[i] !== null && list[i].tag !== tags[i])) {
            fail();
        }
    }
    return list;
}

function top(buf) {
    var tlv = read(buf, 0);
    if (tlv.end !== buf.length) {
        fail();
    }
    return tlv;
}

function curveByOid(hex) {
    var curve = findCurve('oid', hex);
    if (curve === undefined) {
        fail();
    }
    return curve;
}

/* An AlgorithmIdentifier: { keyType, curve }; throws Node's ERR_NOT_SUPPORTED for key types
 * Node has and we do not. */
function readAlgorithm(buf, tlv) {
    var parts = expect(buf, tlv, [0x06]);
    var id = content(buf, parts[0]).toString('hex');
    if (id === OID_RSA) {
        return { keyType: 'rsa' };
    }
    if (id === OID_EC && parts.length > 1 && parts[1].tag === 0x06) {
        return { keyType: 'ec', curve: curveByOid(content(buf, parts[1]).toString('hex')) };
    }
    if (otherAlgorithms[id] !== undefined) {
        throw require('internal/unsupported').notSupported(otherAlgorithms[id] + ' keys',
                                                           'this key');
    }
    return fail();
}

function readRsaPrivate(buf) {
    var parts = expect(buf, top(buf), [0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02]);
    return { keyType: 'rsa', ints: parts.slice(1, 9).map(function (tlv) {
        return unsigned(content(buf, tlv));
    }) };
}

function readRsaPublic(buf) {
    var parts = expect(buf, top(buf), [0x02, 0x02]);
    if (parts.length !== 2) {
        fail();
    }
    return { keyType: 'rsa', ints: [unsigned(content(buf, parts[0])), unsigned(content(buf, parts[1]))] };
}

/* A SEC1 ECPrivateKey; the curve comes from its parameters or, inside PKCS#8, from outside. */
function readSec1(buf, curve) {
    var parts = expect(buf, top(buf), [0x02, 0x04]);
    var key = { keyType: 'ec', curve: curve, point: undefined, d: content(buf, parts[1]) };
    for (var i = 2; i < parts.length; i++) {
        var inner = read(buf, parts[i].start);
        if (parts[i].tag === 0xa0 && inner.tag === 0x06) {
            key.curve = curveByOid(content(buf, inner).toString('hex'));
        } else if (parts[i].tag === 0xa1 && inner.tag === 0x03) {
            key.point = content(buf, inner).slice(1);
        }
    }
    if (key.curve === undefined) {
        fail();
    }
    key.d = leftPad(unsigned(key.d), key.curve.size);
    return key;
}

function readPkcs8(buf) {
    var parts = expect(buf, top(buf), [0x02, 0x30, 0x04]);
    var alg = readAlgorithm(buf, parts[1]);
    var inner = content(buf, parts[2]);
    return alg.keyType === 'rsa' ? readRsaPrivate(inner) : readSec1(inner, alg.curve);
}

function readSpki(buf) {
    var parts = expect(buf, top(buf), [0x30, 0x03]);
    var alg = readAlgorithm(buf, parts[0]);
    var bits = content(buf, parts[1]).slice(1);
    if (alg.keyType === 'rsa') {
        return readRsaPublic(bits);
    }
    return { keyType: 'ec', curve: alg.curve, point: bits, d: undefined };
}

/* The subject public key of an X.509 certificate: TBSCertificate's SubjectPublicKeyInfo, after
 * the optional [0] version, serial, signature, issuer, validity and subject. */
function readCertificate(buf) {
    var tbs = expect(buf, expect(buf, top(buf), [0x30])[0], []);
    var index = tbs.length > 0 && tbs[0].tag === 0xa0 ? 6 : 5;
    if (index >= tbs.length) {
        fail();
    }
    return readSpki(buf.slice(tbs[index].pos, tbs[index].end));
}

/* Reads a key's numbers from DER of a kind: 'pkcs8', 'pkcs1' (private), 'pkcs1-public', 'sec1',
 * 'spki' or 'certificate' (its public key).  Throws a plain Error on a malformed key. */
function readKey(buf, kind) {
    switch (kind) {
    case 'certificate':
        return readCertificate(buf);
    case 'pkcs8':
        return readPkcs8(buf);
    case 'pkcs1':
        return readRsaPrivate(buf);
    case 'pkcs1-public':
        return readRsaPublic(buf);
    case 'sec1':
        return readSec1(buf, undefined);
    default:
        return readSpki(buf);
    }
}

var ALG_RSA = [oid(OID_RSA), Buffer.from([5, 0])];

function bitString(bytes) {
    return encode(0x03, Buffer.concat([Buffer.from([0]), bytes]));
}

/* The DER of a key's numbers in a format: 'pkcs1' (RSAPrivateKey or RSAPublicKey by the key),
 * 'sec1', 'pkcs8' or 'spki' (public half). */
function writeKey(key, format) {
    var isPrivate = key.keyType === 'rsa' ? key.ints.length === 8 : key.d !== undefined;
    if (format === 'spki') {
        return key.keyType === 'rsa' ?
            seq([seq(ALG_RSA), bitString(seq(key.ints.slice(0, 2).map(integer)))]) :
            seq([seq([oid(OID_EC), oid(key.curve.oid)]), bitString(key.point)]);
    }
    if (key.keyType === 'rsa') {
        var body = seq((isPrivate ? [integer(Buffer.from([0]))] : []).concat(key.ints.map(integer)));
        return format === 'pkcs8' ? seq([integer(Buffer.from([0])), seq(ALG_RSA), encode(0x04, body)])
                                  : body;
    }
    var items = [integer(Buffer.from([1])), encode(0x04, key.d)];
    if (format === 'pkcs8') {
        /* OpenSSL leaves the parameters out of a SEC1 key inside PKCS#8. */
        items.push(encode(0xa1, bitString(key.point)));
        return seq([integer(Buffer.from([0])), seq([oid(OID_EC), oid(key.curve.oid)]),
                    encode(0x04, seq(items))]);
    }
    items.push(encode(0xa0, oid(key.curve.oid)), encode(0xa1, bitString(key.point)));
    return seq(items);
}

/* The blocks of a PEM text: [{ label, headers, der }], headers as 'Name: value' lines. */
function readPem(text) {
    var blocks = [];
    var re = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
    for (var m = re.exec(text); m !== null; m = re.exec(text)) {
        var body = m[2];
        var headers = {};
        var split = /^((?:[A-Za-z-]+: [^\r\n]*\r?\n)+)\r?\n/.exec(body);
        if (split !== null) {
            split[1].split(/\r?\n/).forEach(function (line) {
                var colon = line.indexOf(': ');
                if (colon > 0) {
                    headers[line.slice(0, colon)] = line.slice(colon + 2);
                }
            });
            body = body.slice(split[0].length);
        }
        blocks.push({ label: m[1], headers: headers, der: Buffer.from(body.replace(/\s+/g, ''), 'base64') });
    }
    return blocks;
}

/* ECDSA signatures: DER SEQUENCE { r, s } <-> r || s, each `size` bytes. */
function ecdsaToP1363(sig, size) {
    var parts = children(sig, read(sig, 0));
    return Buffer.concat([leftPad(unsigned(content(sig, parts[0])), size),
                          leftPad(unsigned(content(sig, parts[1])), size)]);
}

function ecdsaFromP1363(sig, size) {
    return seq([integer(sig.slice(0, size)), integer(sig.slice(size))]);
}

/* PEM armour with 64-character lines, as OpenSSL writes it. */
function pem(label, der) {
    var b64 = der.toString('base64');
    var lines = [];
    for (var i = 0; i < b64.length; i += 64) {
        lines.push(b64.slice(i, i + 64));
    }
    return '-----BEGIN ' + label + '-----\n' + lines.join('\n') + '\n-----END ' + label + '-----\n';
}

module.exports = {
    curves: curves,
    findCurve: findCurve,
    read: read,
    children: children,
    content: content,
    encode: encode,
    seq: seq,
    integer: integer,
    leftPad: leftPad,
    unsigned: unsigned,
    readKey: readKey,
    writeKey: writeKey,
    readPem: readPem,
    ecdsaToP1363: ecdsaToP1363,
    ecdsaFromP1363: ecdsaFromP1363,
    pem: pem
};
