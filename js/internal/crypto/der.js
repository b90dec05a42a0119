'use strict';
/* js/internal/crypto/der.js: the little ASN.1 DER that key handling needs, on Buffers: reading a
 * TLV and its children, writing TLVs, and the key structures built on them (PKCS#8 around
 * PKCS#1/SEC1, RSAPublicKey inside an SPKI, ECDSA signatures as IEEE P1363, PEM armour).
 * lib/pk.c hands keys over as canonical DER: private keys as PKCS#1 RSAPrivateKey or SEC1
 * ECPrivateKey, public keys as SubjectPublicKeyInfo. */

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

/* The TLV at buf[pos]: { tag, start, end } with the content in buf[start..end).  Throws a plain
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
    return { tag: tag, start: start, end: start + len };
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

/* The whole encoding of a TLV (header included). */
function whole(buf, tlv, pos) {
    return buf.slice(pos, tlv.end);
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

/* The INTEGER contents of an RSAPrivateKey (n e d p q dp dq qi) or RSAPublicKey (n e), as
 * unsigned bytes. */
function rsaIntegers(der) {
    var list = children(der, read(der, 0));
    if (list.length === 9) {
        list = list.slice(1);
    }
    return list.map(function (tlv) {
        return unsigned(content(der, tlv));
    });
}

/* The RSAPublicKey or EC point inside an SPKI, and the curve OID of an EC one. */
function spkiParts(spki) {
    var parts = children(spki, read(spki, 0));
    var alg = children(spki, parts[0]);
    var bits = content(spki, parts[1]).slice(1);
    return {
        rsa: content(spki, alg[0]).toString('hex') === OID_RSA,
        curveOid: alg.length > 1 && alg[1].tag === 0x06 ? content(spki, alg[1]).toString('hex')
                                                          : undefined,
        key: bits
    };
}

/* The parts of a SEC1 ECPrivateKey: d, the curve OID and the public point. */
function sec1Parts(der) {
    var parts = children(der, read(der, 0));
    var out = { d: content(der, parts[1]), curveOid: undefined, point: undefined };
    for (var i = 2; i < parts.length; i++) {
        var inner = read(der, parts[i].start);
        if (parts[i].tag === 0xa0) {
            out.curveOid = content(der, inner).toString('hex');
        } else if (parts[i].tag === 0xa1) {
            out.point = content(der, inner).slice(1);
        }
    }
    return out;
}

/* PKCS#8 PrivateKeyInfo around a PKCS#1 or SEC1 key, as OpenSSL writes it (a SEC1 key loses its
 * parameters field, which the AlgorithmIdentifier carries). */
function toPkcs8(der, keyType) {
    var alg;
    var inner = der;
    if (keyType === 'rsa') {
        alg = seq([oid(OID_RSA), Buffer.from([5, 0])]);
    } else {
        var p = sec1Parts(der);
        alg = seq([oid(OID_EC), oid(p.curveOid)]);
        var items = [integer(Buffer.from([1])), encode(0x04, p.d)];
        if (p.point !== undefined) {
            items.push(encode(0xa1, encode(0x03, Buffer.concat([Buffer.from([0]), p.point]))));
        }
        inner = seq(items);
    }
    return seq([integer(Buffer.from([0])), alg, encode(0x04, inner)]);
}

/* A SEC1 ECPrivateKey from its parts. */
function sec1(d, curveOid, point) {
    return seq([integer(Buffer.from([1])), encode(0x04, d), encode(0xa0, oid(curveOid)),
                encode(0xa1, encode(0x03, Buffer.concat([Buffer.from([0]), point])))]);
}

/* An SPKI for an RSAPublicKey or an EC point. */
function spki(keyType, key, curveOid) {
    var alg = keyType === 'rsa' ? seq([oid(OID_RSA), Buffer.from([5, 0])])
                                : seq([oid(OID_EC), oid(curveOid)]);
    return seq([alg, encode(0x03, Buffer.concat([Buffer.from([0]), key]))]);
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
    whole: whole,
    encode: encode,
    seq: seq,
    integer: integer,
    leftPad: leftPad,
    rsaIntegers: rsaIntegers,
    spkiParts: spkiParts,
    sec1Parts: sec1Parts,
    toPkcs8: toPkcs8,
    sec1: sec1,
    spki: spki,
    ecdsaToP1363: ecdsaToP1363,
    ecdsaFromP1363: ecdsaFromP1363,
    pem: pem
};
