'use strict';
/* js/internal/intl/collator.js: Intl.Collator (and through it String.prototype.localeCompare),
 * an approximation of ICU's CLDR root collation, which is what Node uses for English.
 *
 * Each string becomes collation elements with three weights, compared level by level over the
 * whole string as the Unicode Collation Algorithm does:
 *   primary    the base character: after NFKD, whitespace and punctuation (variable), then
 *              symbols, currency, digits (by numeric value), then letters (Latin a-z
 *              case-insensitively, other scripts by code point); controls and format
 *              characters are ignorable
 *   secondary  accents: each combining mark (U+0300-U+036F in ICU's order, others after) and
 *              the implicit marks of letters like ø ł ß æ
 *   tertiary   case (lowercase first by default) and compatibility forms (ﬁ ² ｂ after their
 *              base)
 * The orders of punctuation, symbols and combining marks are CLDR root's, as Node sorts them.
 *
 * Differences from Node 20 (ICU): Latin letters outside a-z that are not decomposable
 * variants of them (ƀ ɓ ʒ ...) sort after z instead of next to their base letter; other scripts
 * sort by code point (so within Cyrillic, Greek, Han ... the order is Unicode's, not CLDR's);
 * contractions and script-specific rules (Thai prevowels, Hangul jamo, Japanese length marks)
 * are not applied; usage 'search' compares as 'sort' (and resolves 'en-GB' to 'en-GB' where
 * Node says 'en'); the collation option and -u-co are accepted but resolvedOptions().collation
 * is always 'default' (Node reports e.g. 'emoji'); only English locales are supported
 * (supportedLocalesOf drops the rest, which resolve to 'en-US'). */

var locale = require('internal/intl/locale');
var getOption = locale.getOption;
var WHERE = 'Intl.Collator';
var describeReceiver = require('internal/polyfills/common').describeReceiver;
var unicodeSet = require('internal/intl/segmenter').unicodeSet;

var kState = Symbol('kCollatorState');

/* CLDR root order of whitespace and punctuation (the variable characters ignorePunctuation
 * skips), then of symbols and currency signs; '\u0000' means "same primary as the previous
 * character".  Fullwidth forms are not listed: NFKD maps them to ASCII. */
var VARIABLE_ORDER =
    '\t\n\u000b\f\r\u0085\u2028\u2029 \u203e_\u2017-\u2010\u0000\u2011\u2012\u2013\u2014' +
    '\u2015\u2053,\u3001;\u204f:!\u203c\u2049\u00a1?\u2048\u2047\u00bf\u203d.\u2025\u2026' +
    '\u3002\u00b7\u2055\u2056\u2058\u2059\u205a\u205b\u205c\u205d\u205e\'\u0000\u2018' +
    '\u0000\u2019\u0000\u201a\u0000\u201b\u2039\u203a"\u0000\u201c\u0000\u201d\u0000\u201e' +
    '\u0000\u201f\u00ab\u00bb()[]{}\u2045\u2046\u2016\u00a7\u00b6\u204b@*\u204e\u2051/\\&' +
    '\u204a#%\u2030\u2031\u2020\u2021\u2022\u2023\u2027\u2043\u204c\u204d\u2032\u2033\u2034' +
    '\u2057\u2035\u2036\u2037\u3003\u2038\u203b\u203f\u2054\u2040\u2050\u2041\u2042';
var SYMBOL_ORDER =
    '`\u00b4^\u00af\u00a8\u00b8\u00b0\u00a9\u00ae+\u00b1\u00f7\u00d7<=>\u00ac|\u00a6~\u2052' +
    '\u2044';
var CURRENCY_ORDER =
    '\u00a4\u00a2$\u00a3\u00a5\u20a0\u20a1\u20a2\u20a3\u20a4\u20a5\u20a6\u20a9\u20aa' +
    '\u20ab\u20ac\u20ad\u20ae\u20af\u20b0\u20b1\u20b2\u20b3\u20b4\u20b5\u20b6\u20b7\u20b8' +
    '\u20b9\u20ba\u20bb\u20bc\u20bd\u20be\u20bf\u20c0\u20a7\u20a8';

/* Secondary order of the combining diacritical marks U+0300-U+036F as CLDR root has it
 * (hex code points; '=' joins marks of equal weight). */
var MARK_ORDER = '332 313=343 314 301=341 300=340 306 302 30c 30a 342 308=344 30b 303 307 ' +
    '338 327 328 304 30d=30e 312=315=31a=33d=33e=33f=346=34a=34b=34c=350=351=352=357=35b=' +
    '35d=35e 316=317=318=319=31c=31d=31e=31f=320=329=32a=32b=32c=32f=333=33a=33b=33c=347=' +
    '348=349=34d=34e=353=354=355=356=359=35a=35c=35f=362 336=337 335 305 309 30f 310 311 ' +
    '31b 321 322 323 324 325 326 32d 32e 330 331 334 339 345 358 360 361 363 368 369 364 36a ' +
    '365 36b 366 36c 36d 367 36e 36f';

/* Latin letters in primary order; anything else alphabetic sorts after them by code point. */
var LATIN_ORDER = 'abcdefghi\u0131jklmn\u014bopq\u0138rstuvwxyz\u00fe';

/* Letters that CLDR root treats as a base letter (or two) plus an accent-level difference:
 * the strokes and ligatures that NFD does not decompose.  Eth's difference is larger than
 * the d stroke's. */
var SPECIAL = {
    '\u00e6': 'ae', '\u00c6': 'AE', '\u0153': 'oe', '\u0152': 'OE', '\u00df': 'ss',
    '\u1e9e': 'SS', '\u00f8': 'o', '\u00d8': 'O', '\u0142': 'l', '\u0141': 'L', '\u0111': 'd',
    '\u0110': 'D', '\u00f0': 'd', '\u00d0': 'D', '\u0127': 'h', '\u0126': 'H', '\u0167': 't',
    '\u0166': 'T'
};

var P_VARIABLE = 1;             /* whitespace and punctuation: 1 .. */
var P_SYMBOL = 1000;            /* listed symbols, then other symbols by code point */
var P_CURRENCY = 1200000;       /* listed currency signs, then others by code point */
var P_DIGIT = 3000000;
var P_LETTER = 4000000;         /* Latin, then other letters by code point */
var P_OTHER = 6000000;          /* anything unassigned or unclassified, by code point */

var S_COMMON = 1;
var S_SPECIAL = 500;

var tables = null;

/* Builds the lookup tables from the order strings above, once. */
function buildTables() {
    var primary = {};
    var w = P_VARIABLE;
    var i;
    for (i = 0; i < VARIABLE_ORDER.length; i++) {
        if (VARIABLE_ORDER.charAt(i) === '\u0000') {
            primary[VARIABLE_ORDER.charAt(++i)] = w;
        } else {
            primary[VARIABLE_ORDER.charAt(i)] = ++w;
        }
    }
    w = P_SYMBOL;
    for (i = 0; i < SYMBOL_ORDER.length; i++) {
        primary[SYMBOL_ORDER.charAt(i)] = ++w;
    }
    w = P_CURRENCY;
    for (i = 0; i < CURRENCY_ORDER.length; i++) {
        primary[CURRENCY_ORDER.charAt(i)] = ++w;
    }
    for (i = 0; i < LATIN_ORDER.length; i++) {
        primary[LATIN_ORDER.charAt(i)] = P_LETTER + 1 + i;
    }
    var marks = {};
    var groups = MARK_ORDER.split(' ');
    for (i = 0; i < groups.length; i++) {
        var same = groups[i].split('=');
        for (var j = 0; j < same.length; j++) {
            marks[parseInt(same[j], 16)] = S_COMMON + 1 + i;
        }
    }
    return { primary: primary, marks: marks };
}

function isCombiningMark(cp) {
    return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
        (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
        (cp >= 0xFE20 && cp <= 0xFE2F) || cp === 0x3099 || cp === 0x309A;
}

function isIgnorable(cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp === 0x34F || unicodeSet('Cf')(cp);
}

/* Returns the primary weight of a code point that is not a combining mark (0: ignorable). */
function primaryOf(ch, cp) {
    var p = tables.primary[ch];
    if (p !== undefined) {
        return p;
    }
    if (isIgnorable(cp)) {
        return 0;
    }
    if (unicodeSet('Nd')(cp)) {
        return P_DIGIT + digitValue(cp);
    }
    if (unicodeSet('L')(cp) || unicodeSet('M')(cp) || unicodeSet('Nl')(cp)) {
        return P_LETTER + 100 + cp;
    }
    if (unicodeSet('P')(cp) || unicodeSet('Z')(cp)) {
        return P_VARIABLE + 500;
    }
    if (unicodeSet('Sc')(cp)) {
        return P_CURRENCY + 1000 + cp;
    }
    if (unicodeSet('S')(cp) || unicodeSet('N')(cp)) {
        return P_SYMBOL + 1000 + cp;
    }
    return P_OTHER + cp;
}

/* The value of a decimal digit: Unicode allocates each script's digits 0-9 contiguously. */
function digitValue(cp) {
    if (cp <= 0x39) {
        return cp - 0x30;
    }
    var i = 0;
    while (unicodeSet('Nd')(cp - i - 1) && i < 9) {
        i++;
    }
    return i;
}

/* Returns the collation key of s for the collator state st: { p, s, t, c }, the primary,
 * secondary and tertiary weight lists and the case bits of the primary elements. */
function collationKey(str, st) {
    if (tables === null) {
        tables = buildTables();
    }
    var key = { p: [], s: [], t: [], c: [] };
    var nfd = str.normalize('NFD');
    var i = 0;
    var shifted = false;            /* the last base character was skipped as punctuation */
    while (i < nfd.length) {
        var cp = nfd.codePointAt(i);
        var ch = String.fromCharCode.apply(null, cp > 0xFFFF ?
            [nfd.charCodeAt(i), nfd.charCodeAt(i + 1)] : [cp]);
        i += ch.length;
        if (isCombiningMark(cp)) {
            if (shifted) {
                continue;
            }
            var m = tables.marks[cp];
            key.s.push(m === undefined ? S_SPECIAL - 1 : m);
            key.t.push(0);
            continue;
        }
        if (st.numeric && primaryOf(ch, cp) >= P_DIGIT && primaryOf(ch, cp) < P_LETTER) {
            i = addNumber(key, nfd, i - ch.length);
            continue;
        }
        shifted = !addCharacter(key, ch, cp, st);
    }
    return key;
}

/* Appends the elements of one character (not a combining mark).  Returns false when
 * ignorePunctuation skipped it, so the marks on it are skipped too (ICU's 'shifted'). */
function addCharacter(key, ch, cp, st) {
    var kept = true;
    var compat = false;
    var special = SPECIAL[ch];
    var base = special !== undefined ? special : ch;
    if (special === undefined && cp >= 0xA0) {
        var k = ch.normalize('NFKD');
        if (k !== ch) {
            base = k;
            compat = true;
        }
        if (cp >= 0x30A1 && cp <= 0x30F6) {
            base = String.fromCharCode(cp - 0x60);
            compat = true;
        }
    }
    for (var j = 0; j < base.length; j += b.length) {
        var bcp = base.codePointAt(j);
        var b = base.slice(j, j + (bcp > 0xFFFF ? 2 : 1));
        if (isCombiningMark(bcp)) {
            var m = tables.marks[bcp];
            key.s.push(m === undefined ? S_SPECIAL - 1 : m);
            key.t.push(0);
            continue;
        }
        var lower = b.toLowerCase();
        var upper = lower !== b;
        var p = lower.length === 1 ? primaryOf(lower, lower.charCodeAt(0)) : primaryOf(b, bcp);
        if (p === 0) {
            continue;
        }
        if (st.ignorePunctuation && p < P_SYMBOL) {
            kept = false;
            continue;
        }
        key.p.push(p);
        key.s.push(S_COMMON);
        key.c.push(upper ? 1 : 0);
        key.t.push(tertiary(upper, compat, st.caseFirst));
    }
    if (special !== undefined) {
        key.s.push(cp === 0xF0 || cp === 0xD0 ? S_SPECIAL + 1 : S_SPECIAL);
        key.t.push(0);
    }
    return kept;
}

/* Returns the tertiary weight: case (ordered by caseFirst) above compatibility variants. */
function tertiary(upper, compat, caseFirst) {
    var caseRank = caseFirst === 'upper' ? (upper ? 0 : 1) : (upper ? 1 : 0);
    return 1 + caseRank * 2 + (compat ? 1 : 0);
}

/* Appends a run of decimal digits starting at i as one number (numeric: true): its digit
 * count, then its digits, leading zeros dropped, so that 2 < 10.  Returns the index after it. */
function addNumber(key, s, i) {
    var digits = [];
    while (i < s.length) {
        var cp = s.codePointAt(i);
        var ch = s.slice(i, i + (cp > 0xFFFF ? 2 : 1));
        var p = cp < 0x80 && !(cp >= 0x30 && cp <= 0x39) ? 0 : primaryOf(ch, cp);
        if (p < P_DIGIT || p >= P_LETTER) {
            break;
        }
        if (!(digits.length === 0 && p === P_DIGIT)) {
            digits.push(p);
        }
        i += ch.length;
    }
    if (digits.length === 0) {
        digits.push(P_DIGIT);
    }
    key.p.push(P_DIGIT - 1000000 + digits.length);
    for (var j = 0; j < digits.length; j++) {
        key.p.push(digits[j]);
    }
    key.s.push(S_COMMON);
    key.t.push(1);
    key.c.push(0);
    return i;
}

function compareLists(a, b) {
    var n = Math.min(a.length, b.length);
    for (var i = 0; i < n; i++) {
        if (a[i] !== b[i]) {
            return a[i] < b[i] ? -1 : 1;
        }
    }
    return a.length === b.length ? 0 : (a.length < b.length ? -1 : 1);
}

/* Returns the collation key of s, from the collator's cache when a sort asked for it
 * before; the cache is dropped when it grows past KEY_CACHE_SIZE strings. */
var KEY_CACHE_SIZE = 2000;
function cachedKey(s, st) {
    var k = st.keys['$' + s];
    if (k === undefined) {
        if (st.keyCount >= KEY_CACHE_SIZE) {
            st.keys = Object.create(null);
            st.keyCount = 0;
        }
        k = collationKey(s, st);
        st.keys['$' + s] = k;
        st.keyCount++;
    }
    return k;
}

/* Compares two strings under the collator state: -1, 0 or 1. */
function compareStrings(st, x, y) {
    if (x === y) {
        return 0;
    }
    var a = cachedKey(x, st);
    var b = cachedKey(y, st);
    var r = compareLists(a.p, b.p);
    if (r !== 0 || st.sensitivity === 'base') {
        return r;
    }
    if (st.sensitivity === 'case') {
        r = compareLists(a.c, b.c);
        return st.caseFirst === 'upper' ? -r : r;
    }
    r = compareLists(a.s, b.s);
    if (r !== 0 || st.sensitivity === 'accent') {
        return r;
    }
    return compareLists(a.t, b.t);
}


/* Intl.Collator(locales, options), callable without new as the spec allows (length 0). */
function Collator() {
    var locales = arguments[0];
    var options = arguments[1];
    if (!(this instanceof Collator)) {
        return new Collator(arguments[0], arguments[1]);
    }
    var requested = locale.canonicalizeLocaleList(locales);
    if (options === null) {
        throw new TypeError('Intl.Collator called on null or undefined');
    }
    var o = options === undefined ? {} : Object(options);
    var usage = getOption(o, 'usage', 'string', ['sort', 'search'], 'sort', WHERE);
    getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', WHERE);
    var collation = o.collation;
    var typeRe = /^[a-zA-Z0-9]{3,8}(-[a-zA-Z0-9]{3,8})*$/;
    if (collation !== undefined && !typeRe.test(String(collation))) {
        throw new RangeError('Invalid collation : ' + String(collation));
    }
    var numeric = getOption(o, 'numeric', 'boolean', null, undefined, WHERE);
    var caseFirst = getOption(o, 'caseFirst', 'string', ['upper', 'lower', 'false'], undefined,
        WHERE);
    var resolved = locale.resolveLocale(requested, ['kn', 'kf']);
    var kw = resolved.keywords;
    var ext = [];
    if (kw.kn !== undefined && (kw.kn === '' || kw.kn === 'true' || kw.kn === 'false')) {
        var knValue = kw.kn !== 'false';
        if (numeric === undefined || numeric === knValue) {
            ext.push(kw.kn === 'false' ? 'kn-false' : 'kn');
            numeric = knValue;
        }
    }
    if (kw.kf !== undefined && ['upper', 'lower', 'false'].indexOf(kw.kf) >= 0) {
        if (caseFirst === undefined || caseFirst === kw.kf) {
            ext.push('kf-' + kw.kf);
            caseFirst = kw.kf;
        }
    }
    var sensitivity = getOption(o, 'sensitivity', 'string',
        ['base', 'accent', 'case', 'variant'], 'variant', WHERE);
    var ignorePunctuation = getOption(o, 'ignorePunctuation', 'boolean', null, false, WHERE);
    ext.sort();
    Object.defineProperty(this, kState, {
        value: {
            locale: resolved.locale + (ext.length ? '-u-' + ext.join('-') : ''),
            usage: usage,
            sensitivity: sensitivity,
            ignorePunctuation: ignorePunctuation,
            collation: 'default',
            numeric: numeric === true,
            caseFirst: caseFirst === undefined ? 'false' : caseFirst,
            bound: null,
            keys: Object.create(null),
            keyCount: 0
        }
    });
}

function collatorState(self, name) {
    var st = self !== null && typeof self === 'object' ? self[kState] : undefined;
    if (st === undefined) {
        throw new TypeError('Method ' + name + ' called on incompatible receiver ' +
            describeReceiver(self));
    }
    return st;
}

/* The compare getter: a function bound to this collator, created once. */
function getCompare() {
    var st = collatorState(this, 'get Intl.Collator.prototype.compare');
    if (st.bound === null) {
        st.bound = function (x, y) {
            return compareStrings(st, String(x), String(y));
        };
    }
    return st.bound;
}

function resolvedOptions() {
    var st = collatorState(this, 'Intl.Collator.prototype.resolvedOptions');
    return {
        locale: st.locale,
        usage: st.usage,
        sensitivity: st.sensitivity,
        ignorePunctuation: st.ignorePunctuation,
        collation: st.collation,
        numeric: st.numeric,
        caseFirst: st.caseFirst
    };
}

(function build() {
    Object.defineProperty(Collator.prototype, 'compare', {
        get: getCompare, configurable: true, enumerable: false
    });
    Object.defineProperty(Collator.prototype, 'resolvedOptions', {
        value: resolvedOptions, writable: true, configurable: true, enumerable: false
    });
    Object.defineProperty(Collator.prototype, Symbol.toStringTag, {
        value: 'Intl.Collator', configurable: true
    });
    Object.defineProperty(Collator, 'supportedLocalesOf', {
        value: locale.supportedLocalesOf('Collator'), writable: true, configurable: true,
        enumerable: false
    });
})();

module.exports = {
    Collator: Collator
};
