'use strict';
/* js/internal/querystring.js: the percent-encoding helpers shared by 'querystring' and 'url'
 * (Node's internal/querystring): the '%XX' table, a hex-digit test, encodeStr (percent-encodes
 * as UTF-8 every character its table does not keep), and the byte-wise '%XX' decoder with a
 * WHATWG UTF-8 decoder for the bytes, used where decodeURIComponent would throw. */

var hexTable = new Array(256);
for (var i = 0; i < 256; i++) {
    hexTable[i] = '%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase();
}

/* isHexTable[c] is 1 for the char codes of 0-9, A-F and a-f. */
var isHexTable = new Int8Array(256);
(function () {
    var c;
    for (c = 48; c <= 57; c++) isHexTable[c] = 1;
    for (c = 65; c <= 70; c++) isHexTable[c] = 1;
    for (c = 97; c <= 102; c++) isHexTable[c] = 1;
})();

var uriError = null;

function throwInvalidUri() {
    if (uriError === null) {
        uriError = require('internal/errors').codes.ERR_INVALID_URI;
    }
    throw new uriError();
}

/* Returns str with every code unit c < 128 for which noEscapeTable[c] is 0, and every non-ASCII
 * character, written as '%XX' escapes of its UTF-8 bytes (upper-case hex).  A surrogate that
 * ends the string throws URIError ERR_INVALID_URI ('URI malformed'). */

function encodeStr(str, noEscapeTable, table) {
    var len = str.length;
    if (len === 0) {
        return '';
    }
    var out = '';
    var lastPos = 0;
    for (var i = 0; i < len; i++) {
        var c = str.charCodeAt(i);
        if (c < 0x80) {
            if (noEscapeTable[c] === 1) {
                continue;
            }
            if (lastPos < i) out += str.slice(lastPos, i);
            lastPos = i + 1;
            out += table[c];
            continue;
        }
        if (lastPos < i) out += str.slice(lastPos, i);
        if (c < 0x800) {
            lastPos = i + 1;
            out += table[0xC0 | (c >> 6)] + table[0x80 | (c & 0x3F)];
            continue;
        }
        if (c < 0xD800 || c >= 0xE000) {
            lastPos = i + 1;
            out += table[0xE0 | (c >> 12)] + table[0x80 | ((c >> 6) & 0x3F)] +
                   table[0x80 | (c & 0x3F)];
            continue;
        }
        /* A surrogate pair.  As in Node, only a surrogate at the very end throws; otherwise
         * the next code unit's low ten bits are taken, whatever it is. */
        i++;
        if (i >= len) {
            throwInvalidUri();
        }
        var c2 = str.charCodeAt(i) & 0x3FF;
        lastPos = i + 1;
        c = 0x10000 + (((c & 0x3FF) << 10) | c2);
        out += table[0xF0 | (c >> 18)] + table[0x80 | ((c >> 12) & 0x3F)] +
               table[0x80 | ((c >> 6) & 0x3F)] + table[0x80 | (c & 0x3F)];
    }
    if (lastPos === 0) {
        return str;
    }
    if (lastPos < len) {
        return out + str.slice(lastPos);
    }
    return out;
}

/* Value of a hex digit's char code, or -1. */
function hexValue(c) {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 65 && c <= 70) return c - 55;
    if (c >= 97 && c <= 102) return c - 87;
    return -1;
}

/* Returns the bytes of s with '%XX' escapes decoded (and '+' as a space when decodeSpaces),
 * as an array of numbers; other characters keep their low byte, as a Buffer store would. */
function unescapeBytes(s, decodeSpaces) {
    var out = [];
    var len = s.length;
    for (var i = 0; i < len; i++) {
        var c = s.charCodeAt(i);
        if (c === 43 && decodeSpaces) {
            out.push(32);
            continue;
        }
        if (c === 37 && i < len - 2) {
            var hi = hexValue(s.charCodeAt(i + 1));
            var lo = hi < 0 ? -1 : hexValue(s.charCodeAt(i + 2));
            if (lo >= 0) {
                out.push(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out.push(c & 0xFF);
    }
    return out;
}

/* Decodes UTF-8 bytes to a string, each maximal invalid subpart becoming U+FFFD (the WHATWG
 * decoder, which Buffer#toString follows). */
function utf8Decode(bytes) {
    var out = '';
    var chunk = [];
    var len = bytes.length;
    var i = 0;
    function push(cp) {
        if (cp > 0xFFFF) {
            cp -= 0x10000;
            chunk.push(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
        } else {
            chunk.push(cp);
        }
        if (chunk.length > 4096) {
            out += String.fromCharCode.apply(null, chunk);
            chunk = [];
        }
    }
    while (i < len) {
        var b = bytes[i];
        if (b < 0x80) {
            push(b);
            i++;
            continue;
        }
        var need;
        var cp;
        var lower = 0x80;
        var upper = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            cp = b & 0x0F;
            if (b === 0xE0) lower = 0xA0;
            if (b === 0xED) upper = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            cp = b & 0x07;
            if (b === 0xF0) lower = 0x90;
            if (b === 0xF4) upper = 0x8F;
        } else {
            push(0xFFFD);
            i++;
            continue;
        }
        var j = i + 1;
        var ok = true;
        for (var k = 0; k < need; k++, j++) {
            var t = j < len ? bytes[j] : -1;
            if (t < lower || t > upper) {
                ok = false;
                break;
            }
            lower = 0x80;
            upper = 0xBF;
            cp = (cp << 6) | (t & 0x3F);
        }
        if (!ok) {
            push(0xFFFD);
            i = j;
            continue;
        }
        push(cp);
        i = j;
    }
    return out + String.fromCharCode.apply(null, chunk);
}

module.exports = {
    encodeStr: encodeStr,
    hexTable: hexTable,
    isHexTable: isHexTable,
    unescapeBytes: unescapeBytes,
    utf8Decode: utf8Decode
};
