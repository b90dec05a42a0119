'use strict';
/* js/internal/polyfills/string.js: String and String.prototype methods of ES2015-ES2024.
 *
 * padStart, padEnd, trimStart/trimEnd (trimLeft/trimRight are the same functions, as in V8),
 * replaceAll, at, matchAll (with RegExp.prototype[@@matchAll] and the RegExp String Iterator),
 * normalize (internal/polyfills/normalize, loaded on the first input that needs its tables),
 * isWellFormed, toWellFormed and String.raw.  Duktape's codePointAt, fromCodePoint, startsWith,
 * endsWith, includes and repeat are correct and kept; their error messages are Duktape's
 * ('invalid args').
 *
 * Whitespace for trimStart/trimEnd is ES2016+'s set (U+180E is not whitespace); Duktape's own
 * trim() still strips U+180E. */

var common = require('internal/polyfills/common');

var define = common.define;
var isObject = common.isObject;
var toLength = common.toLength;
var toIntegerOrInfinity = common.toIntegerOrInfinity;

/* V8's String::kMaxLength: longer results are a RangeError. */
var MAX_STRING_LENGTH = 536870888;

var WS = '[\\t\\n\\v\\f\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+';
var leadingWhitespace = new RegExp('^' + WS);
var trailingWhitespace = new RegExp(WS + '$');

var kIter = common.hiddenKey('regExpStringIterator');
var RegExpStringIteratorPrototype = Object.create(common.IteratorPrototype);

function thisString(o, method) {
    if (o === null || o === undefined) {
        throw new TypeError('String.prototype.' + method + ' called on null or undefined');
    }
    return String(o);
}

function isRegExp(v) {
    if (!isObject(v)) {
        return false;
    }
    var matcher = v[Symbol.match];
    if (matcher !== undefined) {
        return !!matcher;
    }
    return Object.prototype.toString.call(v) === '[object RegExp]';
}

/* StringPad(S, maxLength, fillString, placement) */
function pad(S, maxLength, fillString, atStart) {
    var intMaxLength = toLength(maxLength);
    var stringLength = S.length;
    if (intMaxLength <= stringLength) {
        return S;
    }
    var filler = fillString === undefined ? ' ' : String(fillString);
    if (filler === '') {
        return S;
    }
    if (intMaxLength > MAX_STRING_LENGTH) {
        throw new RangeError('Invalid string length');
    }
    var fillLen = intMaxLength - stringLength;
    var truncated = filler.repeat(Math.ceil(fillLen / filler.length)).slice(0, fillLen);
    return atStart ? truncated + S : S + truncated;
}

function padStart(maxLength) {
    return pad(thisString(this, 'padStart'), maxLength, arguments[1], true);
}

function padEnd(maxLength) {
    return pad(thisString(this, 'padEnd'), maxLength, arguments[1], false);
}

function trimStart() {
    return thisString(this, 'trimLeft').replace(leadingWhitespace, '');
}

function trimEnd() {
    return thisString(this, 'trimRight').replace(trailingWhitespace, '');
}

function at(index) {
    var S = thisString(this, 'at');
    var len = S.length;
    var k = toIntegerOrInfinity(index);
    if (k < 0) {
        k += len;
    }
    return k < 0 || k >= len ? undefined : S.charAt(k);
}

/* GetSubstitution for a match without captures (replaceAll with a string pattern). */
function getSubstitution(matched, str, position, replacement) {
    if (replacement.indexOf('$') < 0) {
        return replacement;
    }
    var result = '';
    var tailPos = position + matched.length;
    var n = replacement.length;
    for (var i = 0; i < n; i++) {
        var c = replacement.charAt(i);
        if (c === '$' && i + 1 < n) {
            var d = replacement.charAt(i + 1);
            if (d === '$') {
                result += '$';
                i++;
                continue;
            }
            if (d === '&') {
                result += matched;
                i++;
                continue;
            }
            if (d === '`') {
                result += str.slice(0, position);
                i++;
                continue;
            }
            if (d === "'") {
                result += str.slice(tailPos);
                i++;
                continue;
            }
        }
        result += c;
    }
    return result;
}

function replaceAll(searchValue, replaceValue) {
    var O = this;
    if (O === null || O === undefined) {
        throw new TypeError('String.prototype.replaceAll called on null or undefined');
    }
    if (searchValue !== null && searchValue !== undefined) {
        var regexp = isRegExp(searchValue);
        if (regexp) {
            var flags = searchValue.flags;
            if (flags === null || flags === undefined || String(flags).indexOf('g') < 0) {
                throw new TypeError('String.prototype.replaceAll called with a non-global ' +
                    'RegExp argument');
            }
        }
        var replacer = searchValue[Symbol.replace];
        if (replacer !== undefined && replacer !== null) {
            return replacer.call(searchValue, O, replaceValue);
        }
        if (regexp) {
            /* Duktape's replace() with a global RegExp replaces every match. */
            return String(O).replace(searchValue, replaceValue);
        }
    }
    var string = String(O);
    var searchString = String(searchValue);
    var functional = typeof replaceValue === 'function';
    if (!functional) {
        replaceValue = String(replaceValue);
    }
    var searchLength = searchString.length;
    var advanceBy = Math.max(1, searchLength);
    var positions = [];
    var position = string.indexOf(searchString, 0);
    while (position !== -1) {
        positions[positions.length] = position;
        position = position + advanceBy > string.length ? -1 :
            string.indexOf(searchString, position + advanceBy);
    }
    var endOfLastMatch = 0;
    var result = '';
    for (var i = 0; i < positions.length; i++) {
        var p = positions[i];
        var replacement = functional ?
            String(replaceValue.call(undefined, searchString, p, string)) :
            getSubstitution(searchString, string, p, replaceValue);
        result += string.slice(endOfLastMatch, p) + replacement;
        endOfLastMatch = p + searchLength;
    }
    if (endOfLastMatch < string.length) {
        result += string.slice(endOfLastMatch);
    }
    return result;
}

/*
 * matchAll
 */
function matchAll(regexp) {
    var O = this;
    if (O === null || O === undefined) {
        throw new TypeError('String.prototype.matchAll called on null or undefined');
    }
    if (regexp !== null && regexp !== undefined) {
        if (isRegExp(regexp)) {
            var flags = regexp.flags;
            if (flags === null || flags === undefined || String(flags).indexOf('g') < 0) {
                throw new TypeError('String.prototype.matchAll called with a non-global ' +
                    'RegExp argument');
            }
        }
        var matcher = regexp[Symbol.matchAll];
        if (matcher !== undefined && matcher !== null) {
            return matcher.call(regexp, O);
        }
    }
    var S = String(O);
    var rx = new RegExp(regexp, 'g');
    return rx[Symbol.matchAll](S);
}

function advanceStringIndex(S, index, unicode) {
    if (!unicode || index + 1 >= S.length) {
        return index + 1;
    }
    var c = S.charCodeAt(index);
    if (c >= 0xd800 && c <= 0xdbff) {
        var d = S.charCodeAt(index + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
            return index + 2;
        }
    }
    return index + 1;
}

function RegExpStringIterState(R, S, global, unicode) {
    this.R = R;
    this.S = S;
    this.global = global;
    this.unicode = unicode;
    this.done = false;
}

/* RegExp.prototype[@@matchAll](string) */
function regExpMatchAll(string) {
    var R = this;
    if (!isObject(R)) {
        throw new TypeError('Method RegExp.prototype.@@matchAll called on incompatible ' +
            'receiver ' + common.describeReceiver(R));
    }
    var S = String(string);
    var C = R.constructor;
    if (C === undefined) {
        C = RegExp;
    } else {
        if (!isObject(C)) {
            throw new TypeError('The .constructor property is not an object');
        }
        C = C[Symbol.species];
        if (C === undefined || C === null) {
            C = RegExp;
        }
    }
    var flags = String(R.flags);
    var matcher = new C(R, flags);
    matcher.lastIndex = toLength(R.lastIndex);
    var it = Object.create(RegExpStringIteratorPrototype);
    it[kIter] = new RegExpStringIterState(matcher, S, flags.indexOf('g') >= 0,
        flags.indexOf('u') >= 0);
    return it;
}

function regExpExec(R, S) {
    var exec = R.exec;
    if (typeof exec === 'function') {
        var result = exec.call(R, S);
        if (result !== null && !isObject(result)) {
            throw new TypeError('object null is not a function');
        }
        return result;
    }
    return RegExp.prototype.exec.call(R, S);
}

function regExpStringIteratorNext() {
    var st = isObject(this) ? this[kIter] : undefined;
    if (!(st instanceof RegExpStringIterState)) {
        throw new TypeError('Method %RegExpStringIterator%.prototype.next called on ' +
            'incompatible receiver ' + common.describeReceiver(this));
    }
    if (st.done) {
        return { value: undefined, done: true };
    }
    var match = regExpExec(st.R, st.S);
    if (match === null) {
        st.done = true;
        return { value: undefined, done: true };
    }
    if (st.global) {
        if (String(match[0]) === '') {
            var thisIndex = toLength(st.R.lastIndex);
            st.R.lastIndex = advanceStringIndex(st.S, thisIndex, st.unicode);
        }
        return { value: match, done: false };
    }
    st.done = true;
    return { value: match, done: false };
}

/*
 * normalize, well-formedness
 */
var FORMS = { NFC: true, NFD: true, NFKC: true, NFKD: true };
var nonAscii = /[^\x00-\x7f]/;
/* Below U+0300 every character is NFC-stable and none composes with another (checked against
 * the Unicode data when normalize.js was generated), so such strings skip the tables for NFC. */
var beyondLatin = /[^\x00-\u02ff]/;

function normalize() {
    var S = thisString(this, 'normalize');
    var form = arguments[0];
    var f = form === undefined ? 'NFC' : String(form);
    if (FORMS[f] !== true) {
        throw new RangeError('The normalization form should be one of NFC, NFD, NFKC, NFKD.');
    }
    if (!nonAscii.test(S) || (f === 'NFC' && !beyondLatin.test(S))) {
        return S;
    }
    return require('internal/polyfills/normalize').normalize(S, f);
}

function isWellFormed() {
    var S = thisString(this, 'isWellFormed');
    for (var i = 0; i < S.length; i++) {
        var c = S.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff) {
            if (c >= 0xdc00 || i + 1 >= S.length) {
                return false;
            }
            var d = S.charCodeAt(i + 1);
            if (d < 0xdc00 || d > 0xdfff) {
                return false;
            }
            i++;
        }
    }
    return true;
}

function toWellFormed() {
    var S = thisString(this, 'toWellFormed');
    var out = null;
    var last = 0;
    for (var i = 0; i < S.length; i++) {
        var c = S.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff) {
            if (c <= 0xdbff && i + 1 < S.length) {
                var d = S.charCodeAt(i + 1);
                if (d >= 0xdc00 && d <= 0xdfff) {
                    i++;
                    continue;
                }
            }
            out = (out === null ? '' : out) + S.slice(last, i) + '\ufffd';
            last = i + 1;
        }
    }
    return out === null ? S : out + S.slice(last);
}

/*
 * String.raw
 */
function raw(template) {
    var cooked = common.toObject(template);
    var literals = common.toObject(cooked.raw);
    var literalCount = toLength(literals.length);
    if (literalCount <= 0) {
        return '';
    }
    var R = '';
    var nextIndex = 0;
    for (;;) {
        R += String(literals[nextIndex]);
        if (nextIndex + 1 === literalCount) {
            return R;
        }
        if (nextIndex + 1 < arguments.length) {
            R += String(arguments[nextIndex + 1]);
        }
        nextIndex++;
    }
}

var built = false;

function build() {
    built = true;
    define(RegExpStringIteratorPrototype, 'next', common.setName(regExpStringIteratorNext,
        'next'));
    common.defineTag(RegExpStringIteratorPrototype, 'RegExp String Iterator');
}

/* Installs the methods on String, String.prototype and RegExp.prototype[@@matchAll]. */
function install(global) {
    if (!built) {
        build();
    }
    var SP = String.prototype;
    common.defineMissing(SP, {
        at: at,
        isWellFormed: isWellFormed,
        matchAll: matchAll,
        normalize: common.setLength(normalize, 0),
        padEnd: padEnd,
        padStart: padStart,
        replaceAll: replaceAll,
        toWellFormed: toWellFormed
    });
    if (SP.trimStart === undefined) {
        define(SP, 'trimStart', trimStart);
        define(SP, 'trimLeft', trimStart);
        define(SP, 'trimEnd', trimEnd);
        define(SP, 'trimRight', trimEnd);
    }
    common.defineMissing(String, { raw: raw });
    if (RegExp.prototype[Symbol.matchAll] === undefined) {
        define(RegExp.prototype, Symbol.matchAll,
            common.setName(regExpMatchAll, '[Symbol.matchAll]'));
    }
}

module.exports = {
    install: install
};
