'use strict';
/* js/internal/url.js: the WHATWG URL Standard for Node's 'url' module and the URL and
 * URLSearchParams globals.
 *
 * The parser is the Standard's basic URL parser, state by state, over an array of code points,
 * producing a record { scheme, username, password, host, port, path, opaque, query, fragment }
 * where host is already serialized (a domain, a dotted IPv4, '[v6]', an opaque host, '' or
 * null).  Setters run the same parser with a state override, as the Standard defines them.
 * URL objects keep their record under a hidden key; URLSearchParams keep a flat
 * [name, value, name, value ...] list and, when they belong to a URL, write the query back.
 *
 * Differences from Node 20 (Ada): the IDNA mapping is approximate (see internal/idna);
 * createObjectURL needs a Blob implementation and the registry of blob: URLs is not kept. */

var idna = require('internal/idna');
var toCodePoints = idna.toCodePoints;
var fromCodePoints = idna.fromCodePoints;

var customInspect = Symbol['for']('nodejs.util.inspect.custom');
var toStringTag = typeof Symbol.toStringTag === 'symbol' ? Symbol.toStringTag : null;
var iteratorSymbol = typeof Symbol.iterator === 'symbol' ? Symbol.iterator : null;

var hiddenKey = (function () {
    try {
        var util = internalBinding('util');
        if (util && typeof util.hiddenKey === 'function') {
            return function (name) { return util.hiddenKey(name); };
        }
    } catch (e) {
        /* No util binding: fall back to plain symbols. */
    }
    return function (name) { return Symbol(name); };
})();

var kContext = hiddenKey('url.context');
var kSearchParams = hiddenKey('url.searchParams');
var kList = hiddenKey('searchParams.list');
var kUrl = hiddenKey('searchParams.url');
var kIterator = hiddenKey('searchParams.iterator');

var errorsModule = null;
function codes() {
    if (errorsModule === null) errorsModule = require('internal/errors');
    return errorsModule.codes;
}

var EOF = -1;

/* ------------------------------------------------------------------------------------------ */
/* Code points and percent-encoding */

function isAsciiDigit(c) { return c >= 48 && c <= 57; }
function isAsciiHexDigit(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
function isAsciiAlpha(c) { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122); }
function isAsciiAlphanumeric(c) { return isAsciiAlpha(c) || isAsciiDigit(c); }
function toLowerCp(c) { return c >= 65 && c <= 90 ? c + 32 : c; }

/* A percent-encode set: an Int8Array over ASCII, 1 = encode; every code point above U+007E
 * is encoded by all of them. */
function makeSet(base, extra) {
    var set = new Int8Array(128);
    var i;
    if (base) {
        for (i = 0; i < 128; i++) set[i] = base[i];
    } else {
        for (i = 0; i < 0x20; i++) set[i] = 1;
        set[0x7F] = 1;
    }
    for (i = 0; i < extra.length; i++) set[extra.charCodeAt(i)] = 1;
    return set;
}
var C0_CONTROL_SET = makeSet(null, '');
var FRAGMENT_SET = makeSet(C0_CONTROL_SET, ' "<>`');
var QUERY_SET = makeSet(C0_CONTROL_SET, ' "#<>');
var SPECIAL_QUERY_SET = makeSet(QUERY_SET, "'");
var PATH_SET = makeSet(QUERY_SET, '?`{}');
var USERINFO_SET = makeSet(PATH_SET, '/:;=@[\\]^|');
var COMPONENT_SET = makeSet(USERINFO_SET, '$%&+,');
var FORM_SET = makeSet(COMPONENT_SET, "!'()~");

var HEX = '0123456789ABCDEF';
function pctByte(b) {
    return '%' + HEX.charAt(b >> 4) + HEX.charAt(b & 15);
}

/* Returns code point c as a string, percent-encoded (as UTF-8) when the set says so. */
function percentEncodeCp(c, set) {
    if (c < 0x80) {
        return set[c] === 1 ? pctByte(c) : String.fromCharCode(c);
    }
    if (c < 0x800) {
        return pctByte(0xC0 | (c >> 6)) + pctByte(0x80 | (c & 0x3F));
    }
    if (c < 0x10000) {
        return pctByte(0xE0 | (c >> 12)) + pctByte(0x80 | ((c >> 6) & 0x3F)) +
               pctByte(0x80 | (c & 0x3F));
    }
    return pctByte(0xF0 | (c >> 18)) + pctByte(0x80 | ((c >> 12) & 0x3F)) +
           pctByte(0x80 | ((c >> 6) & 0x3F)) + pctByte(0x80 | (c & 0x3F));
}

var HEX_CODES = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 65, 66, 67, 68, 69, 70];

function pushPctByte(units, b) {
    units.push(37, HEX_CODES[b >> 4], HEX_CODES[b & 15]);
}

/* Returns code points cps[from..to) as a string, percent-encoding what the set says.  Builds
 * an array of code units and converts it once: Duktape interns every string, so growing one
 * character at a time would be quadratic. */
function encodeCps(cps, set, from, to) {
    var units = [];
    var out = '';
    if (from === undefined) from = 0;
    if (to === undefined) to = cps.length;
    for (var i = from; i < to; i++) {
        var c = cps[i];
        if (c < 0x80) {
            if (set[c] === 1) {
                pushPctByte(units, c);
            } else {
                units.push(c);
            }
        } else if (c < 0x800) {
            pushPctByte(units, 0xC0 | (c >> 6));
            pushPctByte(units, 0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            pushPctByte(units, 0xE0 | (c >> 12));
            pushPctByte(units, 0x80 | ((c >> 6) & 0x3F));
            pushPctByte(units, 0x80 | (c & 0x3F));
        } else {
            pushPctByte(units, 0xF0 | (c >> 18));
            pushPctByte(units, 0x80 | ((c >> 12) & 0x3F));
            pushPctByte(units, 0x80 | ((c >> 6) & 0x3F));
            pushPctByte(units, 0x80 | (c & 0x3F));
        }
        if (units.length > 8192) {
            out += String.fromCharCode.apply(null, units);
            units = [];
        }
    }
    return out + String.fromCharCode.apply(null, units);
}

/* Percent-encodes a whole string (code points) with a set. */
function percentEncodeString(str, set) {
    return encodeCps(toUsvCodePoints(str), set);
}

var surrogateRe = /[\ud800-\udfff]/;

/* The code points of a string with lone surrogates replaced by U+FFFD (a USVString). */
function toUsvCodePoints(str) {
    var i;
    if (!surrogateRe.test(str)) {
        var units = new Array(str.length);
        for (i = 0; i < str.length; i++) units[i] = str.charCodeAt(i);
        return units;
    }
    var cps = toCodePoints(str);
    for (i = 0; i < cps.length; i++) {
        if (cps[i] >= 0xD800 && cps[i] <= 0xDFFF) cps[i] = 0xFFFD;
    }
    return cps;
}

/* String -> USVString (lone surrogates -> U+FFFD); Node's toUSVString. */
function toUSVString(value) {
    var str = String(value);
    if (!/[\ud800-\udfff]/.test(str)) return str;
    return fromCodePoints(toUsvCodePoints(str));
}

/* Percent-decodes a string into UTF-8 bytes. */
function percentDecodeToBytes(str) {
    var cps = toCodePoints(str);
    var bytes = [];
    for (var i = 0; i < cps.length; i++) {
        var c = cps[i];
        if (c === 37 && i + 2 < cps.length && isAsciiHexDigit(cps[i + 1]) &&
            isAsciiHexDigit(cps[i + 2])) {
            bytes.push(parseInt(String.fromCharCode(cps[i + 1], cps[i + 2]), 16));
            i += 2;
            continue;
        }
        if (c < 0x80) {
            bytes.push(c);
        } else if (c < 0x800) {
            bytes.push(0xC0 | (c >> 6), 0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            bytes.push(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F));
        } else {
            bytes.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 0x3F), 0x80 | ((c >> 6) & 0x3F),
                       0x80 | (c & 0x3F));
        }
    }
    return bytes;
}

var utf8Decode = null;
function decodeUtf8(bytes) {
    if (utf8Decode === null) utf8Decode = require('internal/querystring').utf8Decode;
    return utf8Decode(bytes);
}

/* ------------------------------------------------------------------------------------------ */
/* Schemes */

var specialSchemes = { 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };

function isSpecialScheme(scheme) {
    return Object.prototype.hasOwnProperty.call(specialSchemes, scheme);
}

function defaultPort(scheme) {
    return isSpecialScheme(scheme) ? specialSchemes[scheme] : null;
}

/* ------------------------------------------------------------------------------------------ */
/* Hosts */

/* Forbidden host code points; forbidden domain code points add C0 controls, '%' and DEL. */
function isForbiddenHostCp(c) {
    return c === 0 || c === 9 || c === 10 || c === 13 || c === 32 || c === 35 || c === 47 ||
           c === 58 || c === 60 || c === 62 || c === 63 || c === 64 || c === 91 || c === 92 ||
           c === 93 || c === 94 || c === 124;
}
function isForbiddenDomainCp(c) {
    return isForbiddenHostCp(c) || c <= 0x1F || c === 37 || c === 0x7F;
}

/* Parses an IPv4 number ('0x' hex, leading-zero octal or decimal); returns NaN on failure. */
function parseIPv4Number(s) {
    if (s === '') return NaN;
    var radix = 10;
    if (s.length >= 2 && s.charAt(0) === '0' && (s.charAt(1) === 'x' || s.charAt(1) === 'X')) {
        s = s.slice(2);
        radix = 16;
    } else if (s.length >= 2 && s.charAt(0) === '0') {
        s = s.slice(1);
        radix = 8;
    }
    if (s === '') return 0;
    var re = radix === 10 ? /^[0-9]+$/ : (radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/);
    if (!re.test(s)) return NaN;
    return parseInt(s, radix);
}

/* The Standard's "ends in a number" check, which decides that a host is IPv4. */
function endsInANumber(str) {
    var parts = str.split('.');
    if (parts[parts.length - 1] === '') {
        if (parts.length === 1) return false;
        parts.pop();
    }
    var last = parts[parts.length - 1];
    if (last !== '' && /^[0-9]+$/.test(last)) return true;
    return !isNaN(parseIPv4Number(last));
}

/* Returns the dotted IPv4 serialization, or null on failure. */
function parseIPv4(str) {
    var parts = str.split('.');
    if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
    if (parts.length > 4) return null;
    var numbers = [];
    var i;
    for (i = 0; i < parts.length; i++) {
        var n = parseIPv4Number(parts[i]);
        if (isNaN(n)) return null;
        numbers.push(n);
    }
    for (i = 0; i < numbers.length - 1; i++) {
        if (numbers[i] > 255) return null;
    }
    var last = numbers[numbers.length - 1];
    if (last >= Math.pow(256, 5 - numbers.length)) return null;
    var ipv4 = last;
    for (i = 0; i < numbers.length - 1; i++) {
        ipv4 += numbers[i] * Math.pow(256, 3 - i);
    }
    var out = [];
    for (i = 0; i < 4; i++) {
        out.unshift(String(ipv4 % 256));
        ipv4 = Math.floor(ipv4 / 256);
    }
    return out.join('.');
}

/* Parses the inside of '[...]'; returns eight 16-bit pieces, or null on failure. */
function parseIPv6(input) {
    var cps = toCodePoints(input);
    var address = [0, 0, 0, 0, 0, 0, 0, 0];
    var pieceIndex = 0;
    var compress = null;
    var p = 0;
    var len = cps.length;
    function c(at) { return at < len ? cps[at] : EOF; }

    if (c(p) === 58) {
        if (c(p + 1) !== 58) return null;
        p += 2;
        pieceIndex++;
        compress = pieceIndex;
    }
    while (c(p) !== EOF) {
        if (pieceIndex === 8) return null;
        if (c(p) === 58) {
            if (compress !== null) return null;
            p++;
            pieceIndex++;
            compress = pieceIndex;
            continue;
        }
        var value = 0;
        var length = 0;
        while (length < 4 && isAsciiHexDigit(c(p))) {
            value = value * 16 + parseInt(String.fromCharCode(c(p)), 16);
            p++;
            length++;
        }
        if (c(p) === 46) {
            /* An embedded IPv4 address. */
            if (length === 0) return null;
            p -= length;
            if (pieceIndex > 6) return null;
            var numbersSeen = 0;
            while (c(p) !== EOF) {
                var ipv4Piece = null;
                if (numbersSeen > 0) {
                    if (c(p) === 46 && numbersSeen < 4) {
                        p++;
                    } else {
                        return null;
                    }
                }
                if (!isAsciiDigit(c(p))) return null;
                while (isAsciiDigit(c(p))) {
                    var number = c(p) - 48;
                    if (ipv4Piece === null) {
                        ipv4Piece = number;
                    } else if (ipv4Piece === 0) {
                        return null;
                    } else {
                        ipv4Piece = ipv4Piece * 10 + number;
                    }
                    if (ipv4Piece > 255) return null;
                    p++;
                }
                address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
                numbersSeen++;
                if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
            }
            if (numbersSeen !== 4) return null;
            break;
        } else if (c(p) === 58) {
            p++;
            if (c(p) === EOF) return null;
        } else if (c(p) !== EOF) {
            return null;
        }
        address[pieceIndex] = value;
        pieceIndex++;
    }
    if (compress !== null) {
        var swaps = pieceIndex - compress;
        pieceIndex = 7;
        while (pieceIndex !== 0 && swaps > 0) {
            var tmp = address[compress + swaps - 1];
            address[compress + swaps - 1] = address[pieceIndex];
            address[pieceIndex] = tmp;
            pieceIndex--;
            swaps--;
        }
    } else if (pieceIndex !== 8) {
        return null;
    }
    return address;
}

/* Serializes eight pieces, compressing the first longest run of two or more zeros. */
function serializeIPv6(address) {
    var bestStart = -1;
    var bestLen = 1;
    var i;
    for (i = 0; i < 8;) {
        if (address[i] !== 0) {
            i++;
            continue;
        }
        var start = i;
        while (i < 8 && address[i] === 0) i++;
        if (i - start > bestLen) {
            bestStart = start;
            bestLen = i - start;
        }
    }
    var out = '';
    var ignore0 = false;
    for (i = 0; i < 8; i++) {
        if (ignore0 && address[i] === 0) continue;
        ignore0 = false;
        if (bestStart === i) {
            out += i === 0 ? '::' : ':';
            ignore0 = true;
            continue;
        }
        out += address[i].toString(16);
        if (i !== 7) out += ':';
    }
    return out;
}

/* The opaque-host parser of non-special URLs. */
function parseOpaqueHost(input) {
    var cps = toCodePoints(input);
    for (var i = 0; i < cps.length; i++) {
        if (isForbiddenHostCp(cps[i])) return null;
    }
    return encodeCps(cps, C0_CONTROL_SET);
}

/* The host parser: returns the serialized host, or null on failure. */
function parseHost(input, isNotSpecial) {
    if (input.charAt(0) === '[') {
        if (input.charAt(input.length - 1) !== ']') return null;
        var address = parseIPv6(input.slice(1, -1));
        return address === null ? null : '[' + serializeIPv6(address) + ']';
    }
    if (isNotSpecial) return parseOpaqueHost(input);
    var domain = input.indexOf('%') === -1 ? input : decodeUtf8(percentDecodeToBytes(input));
    var asciiDomain = domainToASCIIInternal(domain);
    if (asciiDomain === null) return null;
    for (var i = 0; i < asciiDomain.length; i++) {
        if (isForbiddenDomainCp(asciiDomain.charCodeAt(i))) return null;
    }
    if (endsInANumber(asciiDomain)) return parseIPv4(asciiDomain);
    return asciiDomain;
}

/* UTS #46 ToASCII with the URL Standard's options, or null. */
function domainToASCIIInternal(domain) {
    var simple = true;
    for (var i = 0; i < domain.length; i++) {
        var c = domain.charCodeAt(i);
        if (c >= 0x80) {
            simple = false;
            break;
        }
    }
    if (simple && domain.toLowerCase().indexOf('xn--') === -1) {
        return domain === '' ? null : domain.toLowerCase();
    }
    return idna.toASCII(domain);
}

/* ------------------------------------------------------------------------------------------ */
/* The basic URL parser */

var S_SCHEME_START = 1;
var S_SCHEME = 2;
var S_NO_SCHEME = 3;
var S_SPECIAL_RELATIVE_OR_AUTHORITY = 4;
var S_PATH_OR_AUTHORITY = 5;
var S_RELATIVE = 6;
var S_RELATIVE_SLASH = 7;
var S_SPECIAL_AUTHORITY_SLASHES = 8;
var S_SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
var S_AUTHORITY = 10;
var S_HOST = 11;
var S_HOSTNAME = 12;
var S_PORT = 13;
var S_FILE = 14;
var S_FILE_SLASH = 15;
var S_FILE_HOST = 16;
var S_PATH_START = 17;
var S_PATH = 18;
var S_OPAQUE_PATH = 19;
var S_QUERY = 20;
var S_FRAGMENT = 21;

function UrlRecord() {
    this.scheme = '';
    this.username = '';
    this.password = '';
    this.host = null;
    this.port = null;
    this.path = [];
    this.opaque = false;
    this.query = null;
    this.fragment = null;
}

function cloneRecord(r) {
    var c = new UrlRecord();
    c.scheme = r.scheme;
    c.username = r.username;
    c.password = r.password;
    c.host = r.host;
    c.port = r.port;
    c.path = r.opaque ? r.path : r.path.slice();
    c.opaque = r.opaque;
    c.query = r.query;
    c.fragment = r.fragment;
    return c;
}

function includesCredentials(url) {
    return url.username !== '' || url.password !== '';
}

function cannotHaveUsernamePasswordPort(url) {
    return url.host === null || url.host === '' || url.scheme === 'file';
}

/* Two code points: an ASCII letter then ':' (or '|' unless normalized only). */
function isWindowsDriveLetterCps(a, b, normalizedOnly) {
    return isAsciiAlpha(a) && (b === 58 || (!normalizedOnly && b === 124));
}

function isWindowsDriveLetterString(s, normalizedOnly) {
    return s.length === 2 &&
           isWindowsDriveLetterCps(s.charCodeAt(0), s.charCodeAt(1), normalizedOnly);
}

/* The code points from index p start with a Windows drive letter. */
function startsWithWindowsDriveLetter(cps, p) {
    var len = cps.length - p;
    if (len < 2) return false;
    if (!isWindowsDriveLetterCps(cps[p], cps[p + 1], false)) return false;
    if (len === 2) return true;
    var t = cps[p + 2];
    return t === 47 || t === 92 || t === 63 || t === 35;
}

function shortenPath(url) {
    var path = url.path;
    if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetterString(path[0], true)) {
        return;
    }
    path.pop();
}

function isSingleDot(s) {
    return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
    var l = s.toLowerCase();
    return l === '..' || l === '.%2e' || l === '%2e.' || l === '%2e%2e';
}

/* Strips leading and trailing C0 controls and spaces, and removes every tab and newline. */
function preprocess(input, trim) {
    if (trim && (input.charCodeAt(0) <= 0x20 || input.charCodeAt(input.length - 1) <= 0x20)) {
        input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
    }
    return tabOrNewlineRe.test(input) ? input.replace(/[\t\n\r]/g, '') : input;
}

var tabOrNewlineRe = /[\t\n\r]/;

var FAILURE = {};

/*
 * The basic URL parser.  Without `url`, parses input (against base, a record or null) into a
 * new record and returns it, or returns FAILURE.  With `url` and `stateOverride`, modifies url
 * in place as a setter does; returns FAILURE when the Standard says "return failure",
 * otherwise undefined.
 */
function basicParse(input, base, url, stateOverride) {
    /* The states and EOF as locals (same values as the module's S_* constants): Duktape reads
     * a register much faster than a variable of an outer scope, and the loop reads them on
     * every step. */
    var S_SCHEME_START = 1, S_SCHEME = 2, S_NO_SCHEME = 3, S_SPECIAL_RELATIVE_OR_AUTHORITY = 4,
        S_PATH_OR_AUTHORITY = 5, S_RELATIVE = 6, S_RELATIVE_SLASH = 7,
        S_SPECIAL_AUTHORITY_SLASHES = 8, S_SPECIAL_AUTHORITY_IGNORE_SLASHES = 9,
        S_AUTHORITY = 10, S_HOST = 11, S_HOSTNAME = 12, S_PORT = 13, S_FILE = 14,
        S_FILE_SLASH = 15, S_FILE_HOST = 16, S_PATH_START = 17, S_PATH = 18,
        S_OPAQUE_PATH = 19, S_QUERY = 20, S_FRAGMENT = 21, EOF = -1, PATH_SET_L = PATH_SET;

    if (!url) {
        url = new UrlRecord();
        input = preprocess(input, true);
    } else {
        input = preprocess(input, false);
    }
    var cps = toUsvCodePoints(input);
    var len = cps.length;
    var state = stateOverride || S_SCHEME_START;
    var buffer = [];
    var atSignSeen = false;
    var insideBrackets = false;
    var passwordTokenSeen = false;
    var special = isSpecialScheme(url.scheme);
    var p = 0;
    var i;

    /* After each step the pointer moves on, unless it already points at EOF (a state that
     * decrements it at EOF sees EOF again in the next state). */
    for (; ; p++) {
        var c = p < len && p >= 0 ? cps[p] : EOF;
        switch (state) {
        case S_PATH:
            /* A run of plain ASCII characters goes straight into the buffer. */
            while (c >= 0 && c < 0x80 && PATH_SET_L[c] === 0 && c !== 47 &&
                   (c !== 92 || !special)) {
                buffer.push(c);
                c = ++p < len ? cps[p] : EOF;
            }
            if (c === EOF || c === 47 || (special && c === 92) ||
                (!stateOverride && (c === 63 || c === 35))) {
                var seg = fromCodePoints(buffer);
                var slash = c === 47 || (special && c === 92);
                if (isDoubleDot(seg)) {
                    shortenPath(url);
                    if (!slash) url.path.push('');
                } else if (isSingleDot(seg) && !slash) {
                    url.path.push('');
                } else if (!isSingleDot(seg)) {
                    if (url.scheme === 'file' && url.path.length === 0 &&
                        isWindowsDriveLetterString(seg, false)) {
                        seg = seg.charAt(0) + ':';
                    }
                    url.path.push(seg);
                }
                buffer = [];
                if (c === 63) {
                    url.query = '';
                    state = S_QUERY;
                }
                if (c === 35) {
                    url.fragment = '';
                    state = S_FRAGMENT;
                }
            } else if (c < 0x80 && PATH_SET_L[c] === 0) {
                buffer.push(c);
            } else {
                var pe = percentEncodeCp(c, PATH_SET);
                for (i = 0; i < pe.length; i++) buffer.push(pe.charCodeAt(i));
            }
            break;
        case S_QUERY:
            while (c >= 0 && (c !== 35 || stateOverride)) {
                buffer.push(c);
                c = ++p < len ? cps[p] : EOF;
            }
            if ((!stateOverride && c === 35) || c === EOF) {
                var q = encodeCps(buffer, special ? SPECIAL_QUERY_SET : QUERY_SET);
                url.query = (url.query === null ? '' : url.query) + q;
                buffer = [];
                if (c === 35) {
                    url.fragment = '';
                    state = S_FRAGMENT;
                }
            } else if (c !== EOF) {
                buffer.push(c);
            }
            break;
        case S_FRAGMENT:
            /* The fragment runs to the end: encoded in one go there. */
            while (c >= 0) {
                buffer.push(c);
                c = ++p < len ? cps[p] : EOF;
            }
            if (c !== EOF) {
                buffer.push(c);
            } else {
                url.fragment += encodeCps(buffer, FRAGMENT_SET);
                buffer = [];
            }
            break;
        case S_HOST:
        case S_HOSTNAME:
            if (stateOverride && url.scheme === 'file') {
                p--;
                state = S_FILE_HOST;
                break;
            }
            while (c >= 0 && c !== 58 && c !== 47 && c !== 63 && c !== 35 && c !== 91 &&
                   c !== 93 && (c !== 92 || !special)) {
                buffer.push(c);
                c = ++p < len ? cps[p] : EOF;
            }
            if (c === 58 && !insideBrackets) {
                if (buffer.length === 0) return FAILURE;
                if (stateOverride === S_HOSTNAME) return FAILURE;
                var host = parseHost(fromCodePoints(buffer), !special);
                if (host === null) return FAILURE;
                url.host = host;
                buffer = [];
                state = S_PORT;
            } else if (c === EOF || c === 47 || c === 63 || c === 35 || (special && c === 92)) {
                p--;
                if (special && buffer.length === 0) return FAILURE;
                if (stateOverride && buffer.length === 0 &&
                    (includesCredentials(url) || url.port !== null)) {
                    return FAILURE;
                }
                var host2 = parseHost(fromCodePoints(buffer), !special);
                if (host2 === null) return FAILURE;
                url.host = host2;
                buffer = [];
                state = S_PATH_START;
                if (stateOverride) return undefined;
            } else {
                if (c === 91) insideBrackets = true;
                if (c === 93) insideBrackets = false;
                buffer.push(c);
            }
            break;
        case S_AUTHORITY:
            while (c >= 0 && c !== 64 && c !== 47 && c !== 63 && c !== 35 &&
                   (c !== 92 || !special)) {
                buffer.push(c);
                c = ++p < len ? cps[p] : EOF;
            }
            if (c === 64) {
                if (atSignSeen) buffer = [37, 52, 48].concat(buffer);
                atSignSeen = true;
                var userEnd = buffer.length;
                if (!passwordTokenSeen) {
                    userEnd = buffer.indexOf(58);
                    if (userEnd === -1) userEnd = buffer.length;
                    url.username += encodeCps(buffer, USERINFO_SET, 0, userEnd);
                    if (userEnd < buffer.length) {
                        passwordTokenSeen = true;
                        userEnd++;
                    }
                } else {
                    userEnd = 0;
                }
                if (passwordTokenSeen) {
                    url.password += encodeCps(buffer, USERINFO_SET, userEnd, buffer.length);
                }
                buffer = [];
            } else if (c === EOF || c === 47 || c === 63 || c === 35 || (special && c === 92)) {
                if (atSignSeen && buffer.length === 0) return FAILURE;
                p -= buffer.length + 1;
                buffer = [];
                state = S_HOST;
            } else {
                buffer.push(c);
            }
            break;
        case S_OPAQUE_PATH:
            /* Code points are collected and encoded once the path ends. */
            if (c === 63 || c === 35 || c === EOF) {
                url.path += encodeCps(buffer, C0_CONTROL_SET);
                buffer = [];
            }
            if (c === 63) {
                url.query = '';
                state = S_QUERY;
            } else if (c === 35) {
                url.fragment = '';
                state = S_FRAGMENT;
            } else if (c !== EOF) {
                buffer.push(c);
            }
            break;
        case S_PATH_START:
            if (special) {
                state = S_PATH;
                if (c !== 47 && c !== 92) p--;
            } else if (!stateOverride && c === 63) {
                url.query = '';
                state = S_QUERY;
            } else if (!stateOverride && c === 35) {
                url.fragment = '';
                state = S_FRAGMENT;
            } else if (c !== EOF) {
                state = S_PATH;
                if (c !== 47) p--;
            } else if (stateOverride && url.host === null) {
                url.path.push('');
            }
            break;
        case S_PORT:
            if (isAsciiDigit(c)) {
                buffer.push(c);
            } else if (c === EOF || c === 47 || c === 63 || c === 35 || (special && c === 92) ||
                       stateOverride) {
                if (buffer.length !== 0) {
                    var port = parseInt(fromCodePoints(buffer), 10);
                    if (port > 65535) return FAILURE;
                    url.port = port === defaultPort(url.scheme) ? null : port;
                    buffer = [];
                    if (stateOverride) return undefined;
                }
                if (stateOverride) return FAILURE;
                state = S_PATH_START;
                p--;
            } else {
                return FAILURE;
            }
            break;
        case S_SCHEME_START:
            if (isAsciiAlpha(c)) {
                buffer.push(toLowerCp(c));
                state = S_SCHEME;
            } else if (!stateOverride) {
                state = S_NO_SCHEME;
                p--;
            } else {
                return FAILURE;
            }
            break;
        case S_SCHEME:
            if (isAsciiAlphanumeric(c) || c === 43 || c === 45 || c === 46) {
                buffer.push(toLowerCp(c));
            } else if (c === 58) {
                var scheme = fromCodePoints(buffer);
                if (stateOverride) {
                    if (isSpecialScheme(url.scheme) !== isSpecialScheme(scheme)) return undefined;
                    if ((includesCredentials(url) || url.port !== null) && scheme === 'file') {
                        return undefined;
                    }
                    if (url.scheme === 'file' && url.host === '') return undefined;
                }
                url.scheme = scheme;
                special = isSpecialScheme(scheme);
                if (stateOverride) {
                    if (url.port === defaultPort(url.scheme)) url.port = null;
                    return undefined;
                }
                buffer = [];
                if (url.scheme === 'file') {
                    state = S_FILE;
                } else if (special && base !== null && base.scheme === url.scheme) {
                    state = S_SPECIAL_RELATIVE_OR_AUTHORITY;
                } else if (special) {
                    state = S_SPECIAL_AUTHORITY_SLASHES;
                } else if (p + 1 < len && cps[p + 1] === 47) {
                    state = S_PATH_OR_AUTHORITY;
                    p++;
                } else {
                    url.path = '';
                    url.opaque = true;
                    state = S_OPAQUE_PATH;
                }
            } else if (!stateOverride) {
                buffer = [];
                state = S_NO_SCHEME;
                p = -1;
            } else {
                return FAILURE;
            }
            break;
        case S_NO_SCHEME:
            if (base === null || (base.opaque && c !== 35)) {
                return FAILURE;
            } else if (base.opaque && c === 35) {
                url.scheme = base.scheme;
                special = isSpecialScheme(url.scheme);
                url.path = base.path;
                url.opaque = true;
                url.query = base.query;
                url.fragment = '';
                state = S_FRAGMENT;
            } else if (base.scheme !== 'file') {
                state = S_RELATIVE;
                p--;
            } else {
                state = S_FILE;
                p--;
            }
            break;
        case S_SPECIAL_RELATIVE_OR_AUTHORITY:
            if (c === 47 && p + 1 < len && cps[p + 1] === 47) {
                state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
                p++;
            } else {
                state = S_RELATIVE;
                p--;
            }
            break;
        case S_PATH_OR_AUTHORITY:
            if (c === 47) {
                state = S_AUTHORITY;
            } else {
                state = S_PATH;
                p--;
            }
            break;
        case S_RELATIVE:
            url.scheme = base.scheme;
            special = isSpecialScheme(url.scheme);
            if (c === 47) {
                state = S_RELATIVE_SLASH;
            } else if (special && c === 92) {
                state = S_RELATIVE_SLASH;
            } else {
                url.username = base.username;
                url.password = base.password;
                url.host = base.host;
                url.port = base.port;
                url.path = base.path.slice();
                url.query = base.query;
                if (c === 63) {
                    url.query = '';
                    state = S_QUERY;
                } else if (c === 35) {
                    url.fragment = '';
                    state = S_FRAGMENT;
                } else if (c !== EOF) {
                    url.query = null;
                    shortenPath(url);
                    state = S_PATH;
                    p--;
                }
            }
            break;
        case S_RELATIVE_SLASH:
            if (special && (c === 47 || c === 92)) {
                state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
            } else if (c === 47) {
                state = S_AUTHORITY;
            } else {
                url.username = base.username;
                url.password = base.password;
                url.host = base.host;
                url.port = base.port;
                state = S_PATH;
                p--;
            }
            break;
        case S_SPECIAL_AUTHORITY_SLASHES:
            if (c === 47 && p + 1 < len && cps[p + 1] === 47) {
                state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
                p++;
            } else {
                state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
                p--;
            }
            break;
        case S_SPECIAL_AUTHORITY_IGNORE_SLASHES:
            if (c !== 47 && c !== 92) {
                state = S_AUTHORITY;
                p--;
            }
            break;
        case S_FILE:
            url.scheme = 'file';
            special = true;
            url.host = '';
            if (c === 47 || c === 92) {
                state = S_FILE_SLASH;
            } else if (base !== null && base.scheme === 'file') {
                url.host = base.host;
                url.path = base.path.slice();
                url.query = base.query;
                if (c === 63) {
                    url.query = '';
                    state = S_QUERY;
                } else if (c === 35) {
                    url.fragment = '';
                    state = S_FRAGMENT;
                } else if (c !== EOF) {
                    url.query = null;
                    if (!startsWithWindowsDriveLetter(cps, p)) {
                        shortenPath(url);
                    } else {
                        url.path = [];
                    }
                    state = S_PATH;
                    p--;
                }
            } else {
                state = S_PATH;
                p--;
            }
            break;
        case S_FILE_SLASH:
            if (c === 47 || c === 92) {
                state = S_FILE_HOST;
            } else {
                if (base !== null && base.scheme === 'file') {
                    url.host = base.host;
                    if (!startsWithWindowsDriveLetter(cps, p) && base.path.length > 0 &&
                        isWindowsDriveLetterString(base.path[0], true)) {
                        url.path.push(base.path[0]);
                    }
                }
                state = S_PATH;
                p--;
            }
            break;
        case S_FILE_HOST:
            if (c === EOF || c === 47 || c === 92 || c === 63 || c === 35) {
                p--;
                if (!stateOverride && buffer.length === 2 &&
                    isWindowsDriveLetterCps(buffer[0], buffer[1], false)) {
                    /* The buffer is kept: the path state takes it as the first segment. */
                    state = S_PATH;
                } else if (buffer.length === 0) {
                    url.host = '';
                    if (stateOverride) return undefined;
                    state = S_PATH_START;
                } else {
                    var fhost = parseHost(fromCodePoints(buffer), !special);
                    if (fhost === null) return FAILURE;
                    if (fhost === 'localhost') fhost = '';
                    url.host = fhost;
                    if (stateOverride) return undefined;
                    buffer = [];
                    state = S_PATH_START;
                }
            } else {
                buffer.push(c);
            }
            break;
        }
        if (p >= len) break;
    }
    return stateOverride ? undefined : url;
}

/* ------------------------------------------------------------------------------------------ */
/* Serializers */

function serializePath(url) {
    if (url.opaque) return url.path;
    var out = '';
    for (var i = 0; i < url.path.length; i++) out += '/' + url.path[i];
    return out;
}

function serializeUrl(url, excludeFragment) {
    var out = url.scheme + ':';
    if (url.host !== null) {
        out += '//';
        if (includesCredentials(url)) {
            out += url.username;
            if (url.password !== '') out += ':' + url.password;
            out += '@';
        }
        out += url.host;
        if (url.port !== null) out += ':' + url.port;
    } else if (!url.opaque && url.path.length > 1 && url.path[0] === '') {
        out += '/.';
    }
    out += serializePath(url);
    if (url.query !== null) out += '?' + url.query;
    if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
    return out;
}

function serializeOrigin(url) {
    switch (url.scheme) {
    case 'blob':
        if (url.opaque || url.path.length > 0) {
            var inner = basicParse(serializePath(url), null);
            if (inner !== FAILURE && (inner.scheme === 'http' || inner.scheme === 'https')) {
                return serializeOrigin(inner);
            }
        }
        return 'null';
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
        return url.scheme + '://' + url.host + (url.port !== null ? ':' + url.port : '');
    default:
        return 'null';
    }
}

/* Removes trailing spaces from an opaque path once query and fragment are both gone. */
function stripTrailingSpacesFromOpaquePath(url) {
    if (!url.opaque || url.fragment !== null || url.query !== null) return;
    url.path = url.path.replace(/ +$/, '');
}

/* ------------------------------------------------------------------------------------------ */
/* application/x-www-form-urlencoded */

var qsUnescape = null;

/* Parses a query into a flat [name, value, ...] list; a leading '?' is skipped. */
function parseParams(qs) {
    if (qsUnescape === null) qsUnescape = require('querystring').unescape;
    var out = [];
    var start = qs.charCodeAt(0) === 63 ? 1 : 0;
    var pairs = qs.slice(start).split('&');
    for (var i = 0; i < pairs.length; i++) {
        var pair = pairs[i];
        if (pair === '') continue;
        var eq = pair.indexOf('=');
        var name = eq === -1 ? pair : pair.slice(0, eq);
        var value = eq === -1 ? '' : pair.slice(eq + 1);
        out.push(formDecode(name), formDecode(value));
    }
    return out;
}

function formDecode(s) {
    if (s.indexOf('+') !== -1) s = s.replace(/\+/g, ' ');
    if (/%[0-9a-fA-F]{2}/.test(s)) s = qsUnescape(s);
    return s;
}

/* The urlencoded serializer for one string: '*-._' and alphanumerics stay, space is '+'.
 * (A '%20' in the encoded text can only come from a space: a '%' itself becomes '%25'.) */
function formEncode(str) {
    var out = encodeCps(toUsvCodePoints(str), FORM_SET);
    return out.indexOf('%20') === -1 ? out : out.replace(/%20/g, '+');
}

function serializeParams(list) {
    var out = '';
    for (var i = 0; i < list.length; i += 2) {
        if (i) out += '&';
        out += formEncode(list[i]) + '=' + formEncode(list[i + 1]);
    }
    return out;
}

/* ------------------------------------------------------------------------------------------ */
/* class URL */

function throwNoPrivate() {
    throw new TypeError('Receiver must be an instance of class URL');
}

function contextOf(self) {
    if (self === null || (typeof self !== 'object' && typeof self !== 'function')) {
        throwNoPrivate();
    }
    var ctx = self[kContext];
    if (ctx === undefined) throwNoPrivate();
    return ctx;
}

/* After the record changed by other means than the search params: refresh their list. */
function updateSearchParamsFromUrl(self) {
    var params = self[kSearchParams];
    if (params) {
        var query = self[kContext].query;
        params[kList] = query ? parseParams(query) : [];
    }
}

/* new URL(input[, base]) */
/* Returns the error Node's C++ parser throws for new URL(): a TypeError 'Invalid URL' with code,
 * input and base as own properties, whose name shows no '[ERR_INVALID_URL]' (the JS
 * ERR_INVALID_URL that the href setter throws does). */
function invalidUrl(input, base) {
    var err = new TypeError('Invalid URL');
    err.code = 'ERR_INVALID_URL';
    err.input = input;
    if (base !== undefined) {
        err.base = base;
    }
    return err;
}

function URL(input, base) {
    if (!(this instanceof URL) || this[kContext] !== undefined) {
        throw new TypeError("Class constructor URL cannot be invoked without 'new'");
    }
    if (arguments.length === 0) {
        throw new (codes().ERR_MISSING_ARGS)('url');
    }
    input = '' + input;
    var baseRecord = null;
    if (base !== undefined) {
        base = '' + base;
        baseRecord = basicParse(base, null);
    }
    var record = baseRecord === FAILURE ? FAILURE : basicParse(input, baseRecord);
    if (record === FAILURE) {
        throw invalidUrl(input, base);
    }
    Object.defineProperty(this, kContext, { value: record, writable: true });
    Object.defineProperty(this, kSearchParams, { value: null, writable: true });
}

/* Parses input (and base) to a record, or returns null. */
function parseToRecord(input, base) {
    input = '' + input;
    var baseRecord = null;
    if (base !== undefined) {
        baseRecord = basicParse('' + base, null);
        if (baseRecord === FAILURE) return null;
    }
    var record = basicParse(input, baseRecord);
    return record === FAILURE ? null : record;
}

/* Defines an enumerable accessor of URL.prototype.  A setter on a non-URL throws V8's
 * private-field error, as Node's setters do (its getters say 'Receiver must be ...'). */
function defineAccessor(name, get, set) {
    var setter;
    if (set !== undefined) {
        setter = function (value) {
            if (this === null || (typeof this !== 'object' && typeof this !== 'function') ||
                this[kContext] === undefined) {
                throw new TypeError('Cannot read private member #context from an object ' +
                                    'whose class did not declare it');
            }
            set.call(this, value);
        };
        Object.defineProperty(setter, 'name', { value: 'set ' + name, configurable: true });
    }
    Object.defineProperty(URL.prototype, name, {
        get: get, set: setter, enumerable: true, configurable: true
    });
}

function defineMethod(proto, name, fn, enumerable) {
    Object.defineProperty(proto, name, {
        value: fn, writable: true, enumerable: enumerable, configurable: true
    });
}

defineMethod(URL.prototype, 'toString', function toString() {
    return serializeUrl(contextOf(this), false);
}, true);

defineAccessor('href', function () {
    return serializeUrl(contextOf(this), false);
}, function (value) {
    contextOf(this);
    value = '' + value;
    var record = basicParse(value, null);
    if (record === FAILURE) throw new (codes().ERR_INVALID_URL)(value);
    this[kContext] = record;
    updateSearchParamsFromUrl(this);
});

defineAccessor('origin', function () {
    return serializeOrigin(contextOf(this));
}, undefined);

defineAccessor('protocol', function () {
    return contextOf(this).scheme + ':';
}, function (value) {
    var ctx = contextOf(this);
    basicParse(toUSVString(value) + ':', null, ctx, S_SCHEME_START);
});

defineAccessor('username', function () {
    return contextOf(this).username;
}, function (value) {
    var ctx = contextOf(this);
    if (cannotHaveUsernamePasswordPort(ctx)) return;
    ctx.username = percentEncodeString('' + value, USERINFO_SET);
});

defineAccessor('password', function () {
    return contextOf(this).password;
}, function (value) {
    var ctx = contextOf(this);
    if (cannotHaveUsernamePasswordPort(ctx)) return;
    ctx.password = percentEncodeString('' + value, USERINFO_SET);
});

defineAccessor('host', function () {
    var ctx = contextOf(this);
    if (ctx.host === null) return '';
    return ctx.port === null ? ctx.host : ctx.host + ':' + ctx.port;
}, function (value) {
    var ctx = contextOf(this);
    if (ctx.opaque) return;
    setWithOverride(this, ctx, toUSVString(value), S_HOST);
});

defineAccessor('hostname', function () {
    var ctx = contextOf(this);
    return ctx.host === null ? '' : ctx.host;
}, function (value) {
    var ctx = contextOf(this);
    if (ctx.opaque) return;
    setWithOverride(this, ctx, toUSVString(value), S_HOSTNAME);
});

defineAccessor('port', function () {
    var ctx = contextOf(this);
    return ctx.port === null ? '' : String(ctx.port);
}, function (value) {
    var ctx = contextOf(this);
    if (cannotHaveUsernamePasswordPort(ctx)) return;
    value = toUSVString(value);
    if (value === '') {
        ctx.port = null;
        return;
    }
    setWithOverride(this, ctx, value, S_PORT);
});

defineAccessor('pathname', function () {
    return serializePath(contextOf(this));
}, function (value) {
    var ctx = contextOf(this);
    if (ctx.opaque) return;
    ctx.path = [];
    basicParse(toUSVString(value), null, ctx, S_PATH_START);
});

defineAccessor('search', function () {
    var ctx = contextOf(this);
    return ctx.query === null || ctx.query === '' ? '' : '?' + ctx.query;
}, function (value) {
    var ctx = contextOf(this);
    value = toUSVString(value);
    if (value === '') {
        ctx.query = null;
        stripTrailingSpacesFromOpaquePath(ctx);
        updateSearchParamsFromUrl(this);
        return;
    }
    var input = value.charAt(0) === '?' ? value.slice(1) : value;
    ctx.query = '';
    basicParse(input, null, ctx, S_QUERY);
    updateSearchParamsFromUrl(this);
});

defineAccessor('searchParams', function () {
    var ctx = contextOf(this);
    var params = this[kSearchParams];
    if (params == null) {
        params = new URLSearchParams();
        params[kList] = ctx.query ? parseParams(ctx.query) : [];
        params[kUrl] = this;
        this[kSearchParams] = params;
    }
    return params;
}, undefined);

defineAccessor('hash', function () {
    var ctx = contextOf(this);
    return ctx.fragment === null || ctx.fragment === '' ? '' : '#' + ctx.fragment;
}, function (value) {
    var ctx = contextOf(this);
    value = toUSVString(value);
    if (value === '') {
        ctx.fragment = null;
        stripTrailingSpacesFromOpaquePath(ctx);
        return;
    }
    var input = value.charAt(0) === '#' ? value.slice(1) : value;
    ctx.fragment = '';
    basicParse(input, null, ctx, S_FRAGMENT);
});

defineMethod(URL.prototype, 'toJSON', function toJSON() {
    return serializeUrl(contextOf(this), false);
}, true);

/* Runs a setter's parse with a state override.  As in the Standard (and Node), what the
 * parser set before it failed stays set: `url.host = 'b.com:x'` changes the host only. */
function setWithOverride(self, ctx, value, state) {
    basicParse(value, null, ctx, state);
}

if (toStringTag) {
    Object.defineProperty(URL.prototype, toStringTag, { value: 'URL', configurable: true });
}

Object.defineProperty(URL.prototype, customInspect, {
    value: function (depth, opts, inspect) {
        if (typeof depth === 'number' && depth < 0) return this;
        if (typeof inspect !== 'function') inspect = require('internal/util/inspect').inspect;
        var ctor = this.constructor;
        var obj = Object.create({ constructor: ctor });
        obj.href = this.href;
        obj.origin = this.origin;
        obj.protocol = this.protocol;
        obj.username = this.username;
        obj.password = this.password;
        obj.host = this.host;
        obj.hostname = this.hostname;
        obj.port = this.port;
        obj.pathname = this.pathname;
        obj.search = this.search;
        obj.searchParams = this.searchParams;
        obj.hash = this.hash;
        return (ctor && ctor.name ? ctor.name : 'URL') + ' ' + inspect(obj, opts);
    },
    writable: true, configurable: true, enumerable: false
});

function validateUrlArgs(args) {
    if (args.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
}

defineMethod(URL, 'parse', function parse(input, base) {
    validateUrlArgs(arguments);
    if (parseToRecord(input, base) === null) return null;
    return base === undefined ? new URL(input) : new URL(input, base);
}, false);

defineMethod(URL, 'canParse', function canParse(input, base) {
    validateUrlArgs(arguments);
    return parseToRecord(input, base) !== null;
}, false);

defineMethod(URL, 'createObjectURL', function createObjectURL(obj) {
    var Blob = typeof globalThis !== 'undefined' ? globalThis.Blob : undefined;
    if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('obj', 'Blob', obj);
    }
    throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('createObjectURL()');
}, false);

defineMethod(URL, 'revokeObjectURL', function revokeObjectURL(url) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
}, false);

Object.defineProperty(URL, 'length', { value: 1, configurable: true });
Object.defineProperty(URL.parse, 'length', { value: 1, configurable: true });
Object.defineProperty(URL.canParse, 'length', { value: 1, configurable: true });
Object.defineProperty(URLSearchParams, 'length', { value: 0, configurable: true });

/* ------------------------------------------------------------------------------------------ */
/* class URLSearchParams */

function listOf(self) {
    if (self === null || typeof self !== 'object' || self[kList] === undefined) {
        throw new (codes().ERR_INVALID_THIS)('URLSearchParams');
    }
    return self[kList];
}

/* Writes the list back to the URL the params belong to (the Standard's "update" steps). */
function updateUrlFromParams(self) {
    var url = self[kUrl];
    if (!url) return;
    var ctx = url[kContext];
    var serialized = serializeParams(self[kList]);
    ctx.query = serialized === '' ? null : serialized;
    if (ctx.query === null) stripTrailingSpacesFromOpaquePath(ctx);
}

function isIterable(obj) {
    return iteratorSymbol !== null && obj[iteratorSymbol] != null;
}

/* Calls fn(item) for each item an iterable yields. */
function iterate(obj, fn) {
    if (Array.isArray(obj) && iteratorSymbol !== null &&
        obj[iteratorSymbol] === Array.prototype[iteratorSymbol]) {
        for (var i = 0; i < obj.length; i++) fn(obj[i]);
        return;
    }
    var method = obj[iteratorSymbol];
    if (typeof method !== 'function') {
        throw new (codes().ERR_ARG_NOT_ITERABLE)('Query pairs');
    }
    var it = method.call(obj);
    for (;;) {
        var step = it.next();
        if (step.done) break;
        fn(step.value);
    }
}

function invalidTuple() {
    return new (codes().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
}

/* new URLSearchParams([init]): a string (leading '?' dropped), a sequence of pairs, or a
 * record. */
function URLSearchParams(init) {
    if (!(this instanceof URLSearchParams) || this[kList] !== undefined) {
        throw new TypeError("Class constructor URLSearchParams cannot be invoked without 'new'");
    }
    var list = [];
    Object.defineProperty(this, kList, { value: list, writable: true });
    Object.defineProperty(this, kUrl, { value: null, writable: true });
    if (init === undefined || init === null) {
        return;
    }
    if (typeof init === 'object' || typeof init === 'function') {
        if (init[kList] !== undefined && iteratorSymbol !== null &&
            init[iteratorSymbol] === URLSearchParams.prototype[iteratorSymbol]) {
            this[kList] = init[kList].slice();
        } else if (isIterable(init)) {
            iterate(init, function (pair) {
                if (pair == null) throw invalidTuple();
                if (Array.isArray(pair)) {
                    if (pair.length !== 2) throw invalidTuple();
                    list.push(toUSVString(pair[0]), toUSVString(pair[1]));
                    return;
                }
                if ((typeof pair !== 'object' && typeof pair !== 'function') ||
                    typeof pair[iteratorSymbol] !== 'function') {
                    throw invalidTuple();
                }
                var count = 0;
                iterate(pair, function (el) {
                    count++;
                    list.push(toUSVString(el));
                });
                if (count !== 2) throw invalidTuple();
            });
        } else {
            var keys = Object.keys(init);
            var seen = {};
            for (var i = 0; i < keys.length; i++) {
                var key = toUSVString(keys[i]);
                var value = toUSVString(init[keys[i]]);
                if (Object.prototype.hasOwnProperty.call(seen, key)) {
                    list[seen[key]] = value;
                } else {
                    seen[key] = list.length + 1;
                    list.push(key, value);
                }
            }
        }
        return;
    }
    init = toUSVString(init);
    this[kList] = init ? parseParams(init) : [];
}

function missingArgs() {
    var E = codes().ERR_MISSING_ARGS;
    return arguments.length === 1 ? new E(arguments[0]) : new E(arguments[0], arguments[1]);
}

var usp = URLSearchParams.prototype;

Object.defineProperty(usp, 'size', {
    get: function () { return listOf(this).length / 2; },
    enumerable: true, configurable: true
});

defineMethod(usp, 'append', function append(name, value) {
    var list = listOf(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    list.push(toUSVString(name), toUSVString(value));
    updateUrlFromParams(this);
}, true);

defineMethod(usp, 'delete', function (name, value) {
    var list = listOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    var out = [];
    if (value !== undefined) {
        value = toUSVString(value);
        for (var i = 0; i < list.length; i += 2) {
            if (!(list[i] === name && list[i + 1] === value)) out.push(list[i], list[i + 1]);
        }
    } else {
        for (var j = 0; j < list.length; j += 2) {
            if (list[j] !== name) out.push(list[j], list[j + 1]);
        }
    }
    list.length = 0;
    for (var k = 0; k < out.length; k++) list.push(out[k]);
    updateUrlFromParams(this);
}, true);

defineMethod(usp, 'get', function get(name) {
    var list = listOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    for (var i = 0; i < list.length; i += 2) {
        if (list[i] === name) return list[i + 1];
    }
    return null;
}, true);

defineMethod(usp, 'getAll', function getAll(name) {
    var list = listOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    var values = [];
    for (var i = 0; i < list.length; i += 2) {
        if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
}, true);

defineMethod(usp, 'has', function has(name, value) {
    var list = listOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (var i = 0; i < list.length; i += 2) {
        if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
}, true);

defineMethod(usp, 'set', function set(name, value) {
    var list = listOf(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    var found = false;
    var out = [];
    for (var i = 0; i < list.length; i += 2) {
        if (list[i] === name) {
            if (found) continue;
            found = true;
            out.push(name, value);
        } else {
            out.push(list[i], list[i + 1]);
        }
    }
    if (!found) out.push(name, value);
    list.length = 0;
    for (var k = 0; k < out.length; k++) list.push(out[k]);
    updateUrlFromParams(this);
}, true);

/* Compares names by UTF-16 code units, as the Standard's sort does. */
function compareNames(a, b) {
    return a < b ? -1 : (a > b ? 1 : 0);
}

defineMethod(usp, 'sort', function sort() {
    var list = listOf(this);
    var pairs = [];
    for (var i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    pairs = mergeSort(pairs);
    list.length = 0;
    for (var j = 0; j < pairs.length; j++) list.push(pairs[j][0], pairs[j][1]);
    updateUrlFromParams(this);
}, true);

/* A stable sort of [name, value] pairs by name. */
function mergeSort(a) {
    if (a.length < 2) return a;
    var mid = a.length >> 1;
    var left = mergeSort(a.slice(0, mid));
    var right = mergeSort(a.slice(mid));
    var out = [];
    var i = 0;
    var j = 0;
    while (i < left.length && j < right.length) {
        if (compareNames(right[j][0], left[i][0]) < 0) {
            out.push(right[j++]);
        } else {
            out.push(left[i++]);
        }
    }
    while (i < left.length) out.push(left[i++]);
    while (j < right.length) out.push(right[j++]);
    return out;
}

defineMethod(usp, 'entries', function entries() {
    listOf(this);
    return createIterator(this, 'key+value');
}, true);

defineMethod(usp, 'forEach', function forEach(callback, thisArg) {
    listOf(this);
    if (typeof callback !== 'function') {
        throw new (codes().ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
    }
    var i = 0;
    var list = this[kList];
    while (i < list.length) {
        callback.call(thisArg, list[i + 1], list[i], this);
        list = this[kList];
        i += 2;
    }
}, true);

defineMethod(usp, 'keys', function keys() {
    listOf(this);
    return createIterator(this, 'key');
}, true);

defineMethod(usp, 'values', function values() {
    listOf(this);
    return createIterator(this, 'value');
}, true);

defineMethod(usp, 'toString', function toString() {
    return serializeParams(listOf(this));
}, true);

if (iteratorSymbol !== null) {
    defineMethod(usp, iteratorSymbol, usp.entries, false);
}
if (toStringTag) {
    Object.defineProperty(usp, toStringTag, { value: 'URLSearchParams', configurable: true });
}

/* Node's format: URLSearchParams { 'a' => '1', 'b' => '2' }, one pair a line when long. */
Object.defineProperty(usp, customInspect, {
    value: function (recurseTimes, ctx, inspect) {
        var list = listOf(this);
        if (typeof recurseTimes === 'number' && recurseTimes < 0) {
            return ctx.stylize('[Object]', 'special');
        }
        if (typeof inspect !== 'function') inspect = require('internal/util/inspect').inspect;
        var inner = copyOptions(ctx);
        if (recurseTimes !== null) inner.depth = recurseTimes - 1;
        var output = [];
        for (var i = 0; i < list.length; i += 2) {
            output.push(inspect(list[i], inner) + ' => ' + inspect(list[i + 1], inner));
        }
        var length = -2;
        for (var j = 0; j < output.length; j++) length += removeColors(output[j]).length + 2;
        var name = this.constructor && this.constructor.name ? this.constructor.name :
                   'URLSearchParams';
        if (length > ctx.breakLength) {
            return name + ' {\n  ' + output.join(',\n  ') + ' }';
        } else if (output.length) {
            return name + ' { ' + output.join(', ') + ' }';
        }
        return name + ' {}';
    },
    writable: true, configurable: true, enumerable: false
});

function copyOptions(ctx) {
    var out = {};
    for (var k in ctx) out[k] = ctx[k];
    return out;
}

function removeColors(str) {
    return str.replace(/\u001b\[\d\d?m/g, '');
}

/* The iterators returned by entries(), keys() and values(): live over the list. */
var iteratorProto = Object.create(
    iteratorSymbol !== null && typeof [][iteratorSymbol] === 'function' ?
        Object.getPrototypeOf(Object.getPrototypeOf([][iteratorSymbol]())) : Object.prototype);

defineMethod(iteratorProto, 'next', function next() {
    var state = this[kIterator];
    if (!state) throw new (codes().ERR_INVALID_THIS)('URLSearchParamsIterator');
    var values = state.target[kList];
    if (state.index >= values.length) return { value: undefined, done: true };
    var name = values[state.index];
    var value = values[state.index + 1];
    state.index += 2;
    var result;
    if (state.kind === 'key') {
        result = name;
    } else if (state.kind === 'value') {
        result = value;
    } else {
        result = [name, value];
    }
    return { value: result, done: false };
}, true);

if (iteratorSymbol !== null && !(iteratorSymbol in iteratorProto)) {
    defineMethod(iteratorProto, iteratorSymbol, function () { return this; }, false);
}
if (toStringTag) {
    Object.defineProperty(iteratorProto, toStringTag, {
        value: 'URLSearchParams Iterator', configurable: true
    });
}

Object.defineProperty(iteratorProto, customInspect, {
    value: function (recurseTimes, ctx, inspect) {
        var state = this[kIterator];
        if (!state) throw new (codes().ERR_INVALID_THIS)('URLSearchParamsIterator');
        if (typeof recurseTimes === 'number' && recurseTimes < 0) {
            return ctx.stylize('[Object]', 'special');
        }
        if (typeof inspect !== 'function') inspect = require('internal/util/inspect').inspect;
        var inner = copyOptions(ctx);
        if (recurseTimes !== null) inner.depth = recurseTimes - 1;
        var list = state.target[kList];
        var output = [];
        for (var i = state.index; i < list.length; i += 2) {
            if (state.kind === 'key') {
                output.push(list[i]);
            } else if (state.kind === 'value') {
                output.push(list[i + 1]);
            } else {
                output.push([list[i], list[i + 1]]);
            }
        }
        var breakLn = inspect(output, inner).indexOf('\n') !== -1;
        var strs = output.map(function (v) { return inspect(v, inner); });
        var body = breakLn ? '\n  ' + strs.join(',\n  ') : ' ' + strs.join(', ');
        return 'URLSearchParams Iterator {' + body + ' }';
    },
    writable: true, configurable: true, enumerable: false
});

function createIterator(target, kind) {
    var it = Object.create(iteratorProto);
    Object.defineProperty(it, kIterator, {
        value: { target: target, kind: kind, index: 0 }
    });
    return it;
}

/* ------------------------------------------------------------------------------------------ */
/* Utilities of the url module */

function isURL(self) {
    return self != null && typeof self === 'object' && self[kContext] !== undefined;
}

/* Sets `domain` as the hostname of ws://x, as Node's binding does, and returns the host, or
 * null when the setter fails.  So 'a/b' gives 'a' and 'a:b' fails. */
function hostnameOf(domain) {
    if (domain === '') return null;
    var record = basicParse('ws://x', null);
    if (basicParse(domain, null, record, S_HOSTNAME) === FAILURE) return null;
    return record.host;
}

/* url.domainToASCII(domain): the ASCII (Punycode) form of a domain, or '' when invalid. */
function domainToASCII(domain) {
    if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('domain');
    var host = hostnameOf('' + domain);
    return host === null ? '' : host;
}

/* url.domainToUnicode(domain): the Unicode form of a domain, or '' when invalid. */
function domainToUnicode(domain) {
    if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('domain');
    var host = hostnameOf('' + domain);
    if (host === null) return '';
    if (host.charAt(0) === '[') return host;
    var unicode = idna.toUnicode(host);
    return unicode === null ? '' : unicode;
}

var isWindows = false;

/* url.fileURLToPath(url[, options]) */
function fileURLToPath(path, options) {
    var windows = options != null && options.windows !== undefined && options.windows !== null ?
                  !!options.windows : isWindows;
    if (typeof path === 'string') {
        path = new URL(path);
    } else if (!isURL(path)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('path', ['string', 'URL'], path);
    }
    if (path.protocol !== 'file:') throw new (codes().ERR_INVALID_URL_SCHEME)('file');
    return windows ? pathFromUrlWin32(path) : pathFromUrlPosix(path);
}

function pathFromUrlPosix(url) {
    if (url.hostname !== '') throw new (codes().ERR_INVALID_FILE_URL_HOST)('linux');
    var pathname = url.pathname;
    for (var n = 0; n < pathname.length; n++) {
        if (pathname.charAt(n) === '%') {
            var third = pathname.charCodeAt(n + 2) | 0x20;
            if (pathname.charAt(n + 1) === '2' && third === 102) {
                throw new (codes().ERR_INVALID_FILE_URL_PATH)(
                    'must not include encoded / characters');
            }
        }
    }
    return decodeURIComponent(pathname);
}

function pathFromUrlWin32(url) {
    var hostname = url.hostname;
    var pathname = url.pathname;
    for (var n = 0; n < pathname.length; n++) {
        if (pathname.charAt(n) === '%') {
            var third = pathname.charCodeAt(n + 2) | 0x20;
            if ((pathname.charAt(n + 1) === '2' && third === 102) ||
                (pathname.charAt(n + 1) === '5' && third === 99)) {
                throw new (codes().ERR_INVALID_FILE_URL_PATH)(
                    'must not include encoded \\ or / characters');
            }
        }
    }
    pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
    if (hostname !== '') {
        return '\\\\' + domainToUnicode(hostname) + pathname;
    }
    var letter = pathname.charCodeAt(1) | 0x20;
    var sep = pathname.charAt(2);
    if (letter < 97 || letter > 122 || sep !== ':') {
        throw new (codes().ERR_INVALID_FILE_URL_PATH)('must be absolute');
    }
    return pathname.slice(1);
}

/* Escapes what the URL parser would otherwise read as syntax, drop, or leave as is although
 * RFC 1738 calls it unsafe: '%' first, then tab, newline, CR, space, '"', '#', '?', '[',
 * '\\' (not on Windows, where it separates), ']', '^', '|' and '~'. */
var pathCharEscapes = [
    [/\t/g, '%09'], [/\n/g, '%0A'], [/\r/g, '%0D'], [/ /g, '%20'], [/"/g, '%22'],
    [/#/g, '%23'], [/\?/g, '%3F'], [/\[/g, '%5B'], null, [/\]/g, '%5D'], [/\^/g, '%5E'],
    [/\|/g, '%7C'], [/~/g, '%7E']
];

function encodePathChars(filepath, windows) {
    if (filepath.indexOf('%') !== -1) filepath = filepath.replace(/%/g, '%25');
    for (var i = 0; i < pathCharEscapes.length; i++) {
        var e = pathCharEscapes[i];
        if (e === null) {
            if (!windows && filepath.indexOf('\\') !== -1) {
                filepath = filepath.replace(/\\/g, '%5C');
            }
            continue;
        }
        filepath = filepath.replace(e[0], e[1]);
    }
    return filepath;
}

/* url.pathToFileURL(path[, options]) */
function pathToFileURL(filepath, options) {
    var windows = options != null && options.windows !== undefined && options.windows !== null ?
                  !!options.windows : isWindows;
    var path = require('path');
    if (windows && filepath.slice(0, 2) === '\\\\') {
        var outURL = new URL('file://');
        var isExtendedUNC = filepath.slice(0, 4) === '\\\\?\\';
        var prefixLength = isExtendedUNC ? 8 : 2;
        var hostnameEndIndex = filepath.indexOf('\\', prefixLength);
        if (hostnameEndIndex === -1) {
            throw new (codes().ERR_INVALID_ARG_VALUE)(
                'path', filepath, 'Missing UNC resource path');
        }
        if (hostnameEndIndex === 2) {
            throw new (codes().ERR_INVALID_ARG_VALUE)('path', filepath, 'Empty UNC servername');
        }
        var hostname = filepath.slice(prefixLength, hostnameEndIndex);
        outURL.hostname = domainToASCII(hostname);
        outURL.pathname = encodePathChars(
            filepath.slice(hostnameEndIndex).replace(/\\/g, '/'), windows);
        return outURL;
    }
    var resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
    var last = filepath.charCodeAt(filepath.length - 1);
    if ((last === 47 || (windows && last === 92)) &&
        resolved.charAt(resolved.length - 1) !== (windows ? '\\' : '/')) {
        resolved += '/';
    }
    return new URL('file://' + encodePathChars(resolved, windows));
}

/* url.urlToHttpOptions(url): the options object http.request takes. */
function urlToHttpOptions(url) {
    var options = Object.create(null);
    var keys = Object.keys(url);
    for (var i = 0; i < keys.length; i++) options[keys[i]] = url[keys[i]];
    var hostname = url.hostname;
    var pathname = url.pathname;
    var search = url.search;
    options.protocol = url.protocol;
    options.hostname = hostname && hostname.charAt(0) === '[' ? hostname.slice(1, -1) : hostname;
    options.hash = url.hash;
    options.search = search;
    options.pathname = pathname;
    options.path = (pathname || '') + (search || '');
    options.href = url.href;
    if (url.port !== '') options.port = Number(url.port);
    if (url.username || url.password) {
        options.auth = decodeURIComponent(url.username) + ':' + decodeURIComponent(url.password);
    }
    return options;
}

/* The legacy url.parse()'s protocol tables. */
var unsafeProtocol = { 'javascript': true, 'javascript:': true };
var hostlessProtocol = { 'javascript': true, 'javascript:': true };
var slashedProtocol = {
    'http': true, 'http:': true, 'https': true, 'https:': true, 'ftp': true, 'ftp:': true,
    'gopher': true, 'gopher:': true, 'file': true, 'file:': true, 'ws': true, 'ws:': true,
    'wss': true, 'wss:': true
};

module.exports = {
    URL: URL,
    URLSearchParams: URLSearchParams,
    domainToASCII: domainToASCII,
    domainToUnicode: domainToUnicode,
    fileURLToPath: fileURLToPath,
    pathToFileURL: pathToFileURL,
    urlToHttpOptions: urlToHttpOptions,
    isURL: isURL,
    toUSVString: toUSVString,
    encodePathChars: encodePathChars,
    unsafeProtocol: unsafeProtocol,
    hostlessProtocol: hostlessProtocol,
    slashedProtocol: slashedProtocol,
    /* for url.format(URL, options) */
    formatURL: formatURL
};

/* url.format(URL, { fragment, unicode, search, auth }) */
function formatURL(url, fragment, unicode, search, auth) {
    var ctx = contextOf(url);
    var copy = cloneRecord(ctx);
    if (!fragment) copy.fragment = null;
    if (!search) copy.query = null;
    if (!auth) {
        copy.username = '';
        copy.password = '';
    }
    if (unicode && copy.host !== null && copy.host.charAt(0) !== '[') {
        var u = idna.toUnicode(copy.host);
        if (u !== null) copy.host = u;
    }
    return serializeUrl(copy, false);
}
