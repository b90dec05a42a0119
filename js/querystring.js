'use strict';
/* js/querystring.js: Node's 'querystring' module, pure string work with Node 20's results:
 * parse() returns a null-prototype object, repeated keys become arrays, '+' is a space, maxKeys
 * (default 1000, 0 for no limit), multi-character sep/eq, a custom decodeURIComponent whose
 * throws fall back to unescape(); stringify() skips empty arrays, writes finite numbers,
 * bigints and booleans, and '' for anything else.  A malformed escape decodes byte-wise with
 * U+FFFD for invalid UTF-8, as Buffer#toString does.
 *
 * Differences from Node 20: unescapeBuffer() needs the 'buffer' module (it throws when the
 * runtime has none); unescape() does not. */

var internal = require('internal/querystring');
var encodeStr = internal.encodeStr;
var hexTable = internal.hexTable;
var isHexTable = internal.isHexTable;
var unescapeBytes = internal.unescapeBytes;
var utf8Decode = internal.utf8Decode;

/* querystring.unescapeBuffer(str[, decodeSpaces]): the bytes of str with escapes decoded. */
function unescapeBuffer(s, decodeSpaces) {
    var Buffer = require('buffer').Buffer;
    return Buffer.from(unescapeBytes(String(s), decodeSpaces));
}

/* querystring.unescape(str): decodeURIComponent, falling back to a byte-wise decode that
 * tolerates malformed escapes. */
function qsUnescape(s, decodeSpaces) {
    try {
        return decodeURIComponent(s);
    } catch (e) {
        return utf8Decode(unescapeBytes(String(s), decodeSpaces));
    }
}

/* Characters querystring.escape leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) * */
var noEscape = new Int8Array(128);
(function () {
    var keep = "-._~!'()*";
    var c;
    for (c = 48; c <= 57; c++) noEscape[c] = 1;
    for (c = 65; c <= 90; c++) noEscape[c] = 1;
    for (c = 97; c <= 122; c++) noEscape[c] = 1;
    for (c = 0; c < keep.length; c++) noEscape[keep.charCodeAt(c)] = 1;
})();

/* querystring.escape(str): encodeURIComponent with Node's set of kept characters. */
function qsEscape(str) {
    if (typeof str !== 'string') {
        if (typeof str === 'object') {
            str = String(str);
        } else {
            str += '';
        }
    }
    return encodeStr(str, noEscape, hexTable);
}

function stringifyPrimitive(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && isFinite(v)) return '' + v;
    if (typeof v === 'bigint') return '' + v;
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return '';
}

/* The default encoder's fast path: numbers below 1e21 need no escaping. */
function encodeStringified(v, encode) {
    if (typeof v === 'string') return v.length ? encode(v) : '';
    if (typeof v === 'number' && isFinite(v)) {
        return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
    }
    if (typeof v === 'bigint') return '' + v;
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return '';
}

function encodeStringifiedCustom(v, encode) {
    return encode(stringifyPrimitive(v));
}

/* querystring.stringify(obj[, sep[, eq[, options]]]) */
function stringify(obj, sep, eq, options) {
    sep = sep || '&';
    eq = eq || '=';
    var encode = qsEscape;
    if (options && typeof options.encodeURIComponent === 'function') {
        encode = options.encodeURIComponent;
    }
    var convert = encode === qsEscape ? encodeStringified : encodeStringifiedCustom;
    if (obj === null || typeof obj !== 'object') {
        return '';
    }
    var keys = Object.keys(obj);
    var fields = '';
    for (var i = 0; i < keys.length; i++) {
        var v = obj[keys[i]];
        var ks = convert(keys[i], encode) + eq;
        if (Array.isArray(v)) {
            if (v.length === 0) continue;
            if (fields) fields += sep;
            for (var j = 0; j < v.length; j++) {
                if (j) fields += sep;
                fields += ks + convert(v[j], encode);
            }
        } else {
            if (fields) fields += sep;
            fields += ks + convert(v, encode);
        }
    }
    return fields;
}

function charCodes(str) {
    var codes = [];
    for (var i = 0; i < str.length; i++) codes.push(str.charCodeAt(i));
    return codes;
}

function decodeStr(s, decoder) {
    try {
        return decoder(s);
    } catch (e) {
        return qsUnescape(s, true);
    }
}

function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
    if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
    if (value.length > 0 && valEncoded) value = decodeStr(value, decode);
    var cur = obj[key];
    if (cur === undefined) {
        obj[key] = value;
    } else if (cur.pop) {
        cur[cur.length] = value;
    } else {
        obj[key] = [cur, value];
    }
}

/* querystring.parse(str[, sep[, eq[, options]]]): a null-prototype object of the pairs.
 * Keys and values are decoded only when they contain '+' or a valid '%XX' escape (or when a
 * custom decoder is given), as in Node. */
function parse(qs, sep, eq, options) {
    var obj = Object.create(null);
    if (typeof qs !== 'string' || qs.length === 0) {
        return obj;
    }
    var sepCodes = sep ? charCodes(String(sep)) : [38];
    var eqCodes = eq ? charCodes(String(eq)) : [61];
    var sepLen = sepCodes.length;
    var eqLen = eqCodes.length;

    var pairs = 1000;
    if (options && typeof options.maxKeys === 'number') {
        /* maxKeys <= 0 means no limit: the count then never reaches 0. */
        pairs = options.maxKeys > 0 ? options.maxKeys : -1;
    }
    var decode = qsUnescape;
    if (options && typeof options.decodeURIComponent === 'function') {
        decode = options.decodeURIComponent;
    }
    var customDecode = decode !== qsUnescape;

    var lastPos = 0;
    var sepIdx = 0;
    var eqIdx = 0;
    var key = '';
    var value = '';
    var keyEncoded = customDecode;
    var valEncoded = customDecode;
    var plusChar = customDecode ? '%20' : ' ';
    var encodeCheck = 0;
    for (var i = 0; i < qs.length; i++) {
        var code = qs.charCodeAt(i);

        if (code === sepCodes[sepIdx]) {
            if (++sepIdx === sepLen) {
                /* A whole separator: the pair before it is complete. */
                var end = i - sepIdx + 1;
                if (eqIdx < eqLen) {
                    /* No '=' seen: the text is the key. */
                    if (lastPos < end) {
                        key += qs.slice(lastPos, end);
                    } else if (key.length === 0) {
                        /* An empty pair ('&&') is skipped but counts towards maxKeys. */
                        if (--pairs === 0) return obj;
                        lastPos = i + 1;
                        sepIdx = eqIdx = 0;
                        continue;
                    }
                } else if (lastPos < end) {
                    value += qs.slice(lastPos, end);
                }
                addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
                if (--pairs === 0) return obj;
                keyEncoded = valEncoded = customDecode;
                key = value = '';
                encodeCheck = 0;
                lastPos = i + 1;
                sepIdx = eqIdx = 0;
            }
            continue;
        }
        sepIdx = 0;
        if (eqIdx < eqLen) {
            /* Still in the key. */
            if (code === eqCodes[eqIdx]) {
                if (++eqIdx === eqLen) {
                    var keyEnd = i - eqIdx + 1;
                    if (lastPos < keyEnd) key += qs.slice(lastPos, keyEnd);
                    encodeCheck = 0;
                    lastPos = i + 1;
                }
                continue;
            }
            eqIdx = 0;
            if (!keyEncoded) {
                /* Decoding is needed only once a valid '%XX' shows up. */
                if (code === 37) {
                    encodeCheck = 1;
                    continue;
                } else if (encodeCheck > 0) {
                    if (code < 256 && isHexTable[code] === 1) {
                        if (++encodeCheck === 3) keyEncoded = true;
                        continue;
                    }
                    encodeCheck = 0;
                }
            }
            if (code === 43) {
                if (lastPos < i) key += qs.slice(lastPos, i);
                key += plusChar;
                lastPos = i + 1;
                continue;
            }
        }
        if (code === 43) {
            if (lastPos < i) value += qs.slice(lastPos, i);
            value += plusChar;
            lastPos = i + 1;
        } else if (!valEncoded) {
            if (code === 37) {
                encodeCheck = 1;
            } else if (encodeCheck > 0) {
                if (code < 256 && isHexTable[code] === 1) {
                    if (++encodeCheck === 3) valEncoded = true;
                } else {
                    encodeCheck = 0;
                }
            }
        }
    }

    /* What follows the last separator. */
    if (lastPos < qs.length) {
        if (eqIdx < eqLen) {
            key += qs.slice(lastPos);
        } else if (sepIdx < sepLen) {
            value += qs.slice(lastPos);
        }
    } else if (eqIdx === 0 && key.length === 0) {
        return obj;
    }
    addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
    return obj;
}

module.exports = {
    unescapeBuffer: unescapeBuffer,
    unescape: qsUnescape,
    escape: qsEscape,
    stringify: stringify,
    encode: stringify,
    parse: parse,
    decode: parse
};

