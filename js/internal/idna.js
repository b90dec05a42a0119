'use strict';
/* js/internal/idna.js: domain names to and from their ASCII form, for the URL host parser and
 * the legacy url.parse (Node's internal/idna).
 *
 * toASCII follows UTS #46 as the URL Standard calls it (non-transitional, CheckHyphens off,
 * UseSTD3ASCIIRules off): map, normalize, then Punycode (RFC 3492) every label that is not
 * ASCII, and check every 'xn--' label by decoding it.  The mapping step is approximate: Duktape
 * has no Unicode tables, so it lower-cases, drops the code points UTS #46 ignores, maps the
 * ideographic full stops to '.', and applies NFKC when String.prototype.normalize can (which
 * covers full-width forms, ligatures and compatibility characters).  Characters UTS #46
 * disallows but this cannot know about pass through.  Returns '' for a failure, as Node does. */

var BASE = 36;
var TMIN = 1;
var TMAX = 26;
var SKEW = 38;
var DAMP = 700;
var INITIAL_BIAS = 72;
var INITIAL_N = 128;
var MAX_INT = 0x7FFFFFFF;

/* Returns the code points of a string (lone surrogates stay as they are). */
function toCodePoints(str) {
    var out = [];
    for (var i = 0; i < str.length; i++) {
        var c = str.charCodeAt(i);
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length) {
            var d = str.charCodeAt(i + 1);
            if (d >= 0xDC00 && d <= 0xDFFF) {
                out.push(0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00));
                i++;
                continue;
            }
        }
        out.push(c);
    }
    return out;
}

/* Returns the string of an array of code points. */
function fromCodePoints(cps) {
    var units = [];
    var out = '';
    for (var i = 0; i < cps.length; i++) {
        var cp = cps[i];
        if (cp > 0xFFFF) {
            cp -= 0x10000;
            units.push(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
        } else {
            units.push(cp);
        }
        if (units.length >= 4096) {
            out += String.fromCharCode.apply(null, units);
            units = [];
        }
    }
    return out + String.fromCharCode.apply(null, units);
}

function adapt(delta, numPoints, firstTime) {
    var k = 0;
    delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
    delta += Math.floor(delta / numPoints);
    while (delta > ((BASE - TMIN) * TMAX) >> 1) {
        delta = Math.floor(delta / (BASE - TMIN));
        k += BASE;
    }
    return k + Math.floor((BASE - TMIN + 1) * delta / (delta + SKEW));
}

function digitToBasic(d) {
    /* 0..25 -> 'a'..'z', 26..35 -> '0'..'9' */
    return d + 22 + 75 * (d < 26 ? 1 : 0);
}

function basicToDigit(c) {
    if (c >= 48 && c <= 57) return c - 22;
    if (c >= 65 && c <= 90) return c - 65;
    if (c >= 97 && c <= 122) return c - 97;
    return BASE;
}

/* Punycode-encodes a label's code points (RFC 3492).  Returns the ASCII string, or null on
 * overflow. */
function punycodeEncode(cps) {
    var output = [];
    var i;
    for (i = 0; i < cps.length; i++) {
        if (cps[i] < 0x80) output.push(cps[i]);
    }
    var basicLength = output.length;
    var handled = basicLength;
    if (basicLength > 0) output.push(45);
    var n = INITIAL_N;
    var delta = 0;
    var bias = INITIAL_BIAS;
    while (handled < cps.length) {
        var m = MAX_INT;
        for (i = 0; i < cps.length; i++) {
            if (cps[i] >= n && cps[i] < m) m = cps[i];
        }
        if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) return null;
        delta += (m - n) * (handled + 1);
        n = m;
        for (i = 0; i < cps.length; i++) {
            var c = cps[i];
            if (c < n && ++delta > MAX_INT) return null;
            if (c === n) {
                var q = delta;
                for (var k = BASE; ; k += BASE) {
                    var t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
                    if (q < t) break;
                    output.push(digitToBasic(t + (q - t) % (BASE - t)));
                    q = Math.floor((q - t) / (BASE - t));
                }
                output.push(digitToBasic(q));
                bias = adapt(delta, handled + 1, handled === basicLength);
                delta = 0;
                handled++;
            }
        }
        delta++;
        n++;
    }
    return String.fromCharCode.apply(null, output);
}

/* Decodes a Punycode label (without 'xn--') to code points, or returns null when it is not
 * valid Punycode. */
function punycodeDecode(input) {
    var output = [];
    var basic = input.lastIndexOf('-');
    if (basic < 0) basic = 0;
    var j;
    for (j = 0; j < basic; j++) {
        var b = input.charCodeAt(j);
        if (b >= 0x80) return null;
        output.push(b);
    }
    var n = INITIAL_N;
    var bias = INITIAL_BIAS;
    var i = 0;
    for (var index = basic > 0 ? basic + 1 : 0; index < input.length;) {
        var oldi = i;
        var w = 1;
        for (var k = BASE; ; k += BASE) {
            if (index >= input.length) return null;
            var digit = basicToDigit(input.charCodeAt(index++));
            if (digit >= BASE) return null;
            if (digit > Math.floor((MAX_INT - i) / w)) return null;
            i += digit * w;
            var t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
            if (digit < t) break;
            if (w > Math.floor(MAX_INT / (BASE - t))) return null;
            w *= BASE - t;
        }
        var out = output.length + 1;
        bias = adapt(i - oldi, out, oldi === 0);
        if (Math.floor(i / out) > MAX_INT - n) return null;
        n += Math.floor(i / out);
        i %= out;
        if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return null;
        output.splice(i++, 0, n);
    }
    return output;
}

function normalizeIfPossible(str, form) {
    if (typeof str.normalize !== 'function') return str;
    try {
        return str.normalize(form);
    } catch (e) {
        /* No normalization tables in this build: leave the string as is. */
        return str;
    }
}

/* The UTS #46 mapping step, approximated (see the file header).  Returns the mapped string, or
 * null when a code point is disallowed. */
function mapDomain(domain) {
    var cps = toCodePoints(domain);
    var out = [];
    var ascii = true;
    for (var i = 0; i < cps.length; i++) {
        var c = cps[i];
        if (c < 0x80) {
            out.push(c >= 65 && c <= 90 ? c + 32 : c);
            continue;
        }
        ascii = false;
        /* Ignored: soft hyphen, combining grapheme joiner, Mongolian variation selectors,
         * zero width space, word joiner, variation selectors, BOM. */
        if (c === 0xAD || c === 0x34F || (c >= 0x180B && c <= 0x180D) || c === 0x180F ||
            c === 0x200B || c === 0x2060 || c === 0x2064 || (c >= 0xFE00 && c <= 0xFE0F) ||
            c === 0xFEFF || (c >= 0xE0100 && c <= 0xE01EF)) {
            continue;
        }
        /* Full stops that UTS #46 maps to '.'. */
        if (c === 0x3002 || c === 0xFF0E || c === 0xFF61) {
            out.push(46);
            continue;
        }
        /* C0/C1 controls, surrogates and noncharacters are disallowed. */
        if (c < 0xA0 || (c >= 0xD800 && c <= 0xDFFF) || (c >= 0xFDD0 && c <= 0xFDEF) ||
            (c & 0xFFFE) === 0xFFFE) {
            return null;
        }
        out.push(c);
    }
    var mapped = fromCodePoints(out);
    if (ascii) return mapped;
    mapped = normalizeIfPossible(mapped, 'NFKC').toLowerCase();
    return normalizeIfPossible(mapped, 'NFC');
}

function isAsciiCodePoints(cps) {
    for (var i = 0; i < cps.length; i++) {
        if (cps[i] >= 0x80) return false;
    }
    return true;
}

/* A label's code points are acceptable after decoding or mapping: no controls, no joiners
 * outside the contexts CheckJoiners allows (approximated as never), no upper case. */
function validLabelCodePoints(cps) {
    for (var i = 0; i < cps.length; i++) {
        var c = cps[i];
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c === 0x200C || c === 0x200D) return false;
        if (c >= 65 && c <= 90) return false;
    }
    return true;
}

/* domainToASCII for the URL host parser: returns the ASCII domain, or null on failure. */
function toASCII(domain) {
    var mapped = mapDomain(domain);
    if (mapped === null) return null;
    var labels = mapped.split('.');
    for (var i = 0; i < labels.length; i++) {
        var label = labels[i];
        if (label.slice(0, 4) === 'xn--') {
            var decoded = punycodeDecode(label.slice(4));
            if (decoded === null || decoded.length === 0 || isAsciiCodePoints(decoded) ||
                !validLabelCodePoints(decoded)) {
                return null;
            }
            /* A valid 'xn--' label decodes to text the mapping step leaves unchanged. */
            var text = fromCodePoints(decoded);
            if (text.toLowerCase() !== text || normalizeIfPossible(text, 'NFC') !== text) {
                return null;
            }
            continue;
        }
        var cps = toCodePoints(label);
        if (isAsciiCodePoints(cps)) continue;
        if (!validLabelCodePoints(cps)) return null;
        var encoded = punycodeEncode(cps);
        if (encoded === null) return null;
        labels[i] = 'xn--' + encoded;
    }
    var result = labels.join('.');
    return result === '' ? null : result;
}

/* domainToUnicode: decodes every 'xn--' label; returns null when one is not valid. */
function toUnicode(domain) {
    var mapped = mapDomain(domain);
    if (mapped === null) return null;
    var labels = mapped.split('.');
    for (var i = 0; i < labels.length; i++) {
        var label = labels[i];
        if (label.slice(0, 4) === 'xn--') {
            var decoded = punycodeDecode(label.slice(4));
            if (decoded === null || decoded.length === 0 || isAsciiCodePoints(decoded) ||
                !validLabelCodePoints(decoded)) {
                return null;
            }
            labels[i] = fromCodePoints(decoded);
        } else if (!validLabelCodePoints(toCodePoints(label))) {
            return null;
        }
    }
    return labels.join('.');
}

module.exports = {
    toASCII: toASCII,
    toUnicode: toUnicode,
    punycodeEncode: punycodeEncode,
    punycodeDecode: punycodeDecode,
    toCodePoints: toCodePoints,
    fromCodePoints: fromCodePoints
};
