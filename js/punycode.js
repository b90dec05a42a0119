'use strict';
/* js/punycode.js: Node's deprecated 'punycode' module (packages such as whatwg-url still load
 * it): RFC 3492 over js/internal/idna.js.  Node prints DEP0040 only for the command line's own
 * use; loading it from node_modules is silent there too, so no warning here. */

var idna = require('internal/idna');

function decode(input) {
    var cps = idna.punycodeDecode(String(input));
    if (cps === null) {
        throw new RangeError('Invalid input');
    }
    return idna.fromCodePoints(cps);
}

function encode(input) {
    var out = idna.punycodeEncode(idna.toCodePoints(String(input)));
    if (out === null) {
        throw new RangeError('Overflow: input needs wider integers to process');
    }
    return out;
}

function mapLabels(domain, fn) {
    var parts = String(domain).split('@');
    var result = parts.length > 1 ? parts[0] + '@' : '';
    var host = parts.length > 1 ? parts[1] : parts[0];
    host = host.replace(/[\u3002\uFF0E\uFF61]/g, '.');
    return result + host.split('.').map(fn).join('.');
}

function toASCII(domain) {
    return mapLabels(domain, function (label) {
        return /[^\0-\x7F]/.test(label) ? 'xn--' + encode(label) : label;
    });
}

function toUnicode(domain) {
    return mapLabels(domain, function (label) {
        return /^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label;
    });
}

module.exports = {
    version: '2.1.0',
    ucs2: {
        decode: idna.toCodePoints,
        encode: idna.fromCodePoints
    },
    decode: decode,
    encode: encode,
    toASCII: toASCII,
    toUnicode: toUnicode
};
