'use strict';
/* js/internal/intl/segmenter.js: Intl.Segmenter, and the Unicode set lookup (unicodeSet) that
 * collator.js shares.
 *
 * Grapheme clusters follow UAX #29's extended grapheme cluster rules GB3-GB13 over the
 * Grapheme_Cluster_Break classes of internalBinding('unicode') (the tables the lowering compiler
 * uses for \p{}); Hangul LV/LVT are computed from the syllable arithmetic.  Word boundaries
 * follow UAX #29's rules WB3-WB16 with classes derived from general properties (Alphabetic,
 * Nd, Zs, Script=Katakana ...), since there is no Word_Break table.  Sentences break after
 * . ! ? with the closing punctuation and spaces that follow, per the main rules of UAX #29
 * (SB4-SB11, simplified).
 *
 * Differences from Node 20 (ICU): no Indic conjunct rule (GB9c, Unicode 15.1); no dictionary
 * segmentation, so Chinese and Japanese ideographs and hiragana are one word each and Thai,
 * Lao, Khmer and Myanmar runs are one word; no Hebrew letter rules (WB7a-c); the sentence rules
 * ignore the finer points of SB8 (a lowercase word after a period continues the sentence, as
 * in ICU, but other look-ahead cases may differ). */

var locale = require('internal/intl/locale');
var getOption = locale.getOption;
var WHERE = 'Intl.Segmenter';
var define = require('internal/polyfills/common').define;

var kState = Symbol('kSegmenterState');
var kSegments = Symbol('kSegmentsState');
var kIter = Symbol('kSegmentIteratorState');

/* ------------------------------------------------------------------------------------------ */
/* Unicode sets */

var sets = {};

/* Returns a predicate cp -> boolean for the named set of internalBinding('unicode') (any \p{}
 * name, or 'gcb=...'), built on first use and cached; an unknown name gives the empty set. */
function unicodeSet(name) {
    var fn = sets[name];
    if (fn !== undefined) {
        return fn;
    }
    var flat = internalBinding('unicode').ranges(name) || [];
    var n = flat.length / 2;
    var lo = new Array(n);
    var hi = new Array(n);
    for (var i = 0; i < n; i++) {
        lo[i] = flat[2 * i];
        hi[i] = flat[2 * i + 1];
    }
    fn = function (cp) {
        var a = 0;
        var b = n - 1;
        while (a <= b) {
            var m = (a + b) >> 1;
            if (cp < lo[m]) {
                b = m - 1;
            } else if (cp > hi[m]) {
                a = m + 1;
            } else {
                return true;
            }
        }
        return false;
    };
    sets[name] = fn;
    return fn;
}

function cpLength(cp) {
    return cp > 0xFFFF ? 2 : 1;
}

/* ------------------------------------------------------------------------------------------ */
/* Grapheme clusters */

var G_OTHER = 0, G_CR = 1, G_LF = 2, G_CONTROL = 3, G_EXTEND = 4, G_ZWJ = 5, G_RI = 6,
    G_PREPEND = 7, G_SPACING = 8, G_L = 9, G_V = 10, G_T = 11, G_LV = 12, G_LVT = 13;

var gcbTable = null;

/* Builds the merged, sorted Grapheme_Cluster_Break range table { lo, hi, cls }. */
function buildGcbTable() {
    var names = [['CR', G_CR], ['LF', G_LF], ['Control', G_CONTROL], ['Extend', G_EXTEND],
                 ['ZWJ', G_ZWJ], ['Regional_Indicator', G_RI], ['Prepend', G_PREPEND],
                 ['SpacingMark', G_SPACING], ['L', G_L], ['V', G_V], ['T', G_T]];
    var all = [];
    for (var i = 0; i < names.length; i++) {
        var flat = internalBinding('unicode').ranges('gcb=' + names[i][0]) || [];
        for (var j = 0; j < flat.length; j += 2) {
            all.push([flat[j], flat[j + 1], names[i][1]]);
        }
    }
    all.sort(function (a, b) { return a[0] - b[0]; });
    var t = { lo: [], hi: [], cls: [] };
    for (i = 0; i < all.length; i++) {
        t.lo.push(all[i][0]);
        t.hi.push(all[i][1]);
        t.cls.push(all[i][2]);
    }
    return t;
}

/* Returns the Grapheme_Cluster_Break class of cp. */
function gcbClass(cp) {
    if (cp < 0x7F) {
        if (cp >= 0x20) return G_OTHER;
        return cp === 13 ? G_CR : cp === 10 ? G_LF : G_CONTROL;
    }
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
        return (cp - 0xAC00) % 28 === 0 ? G_LV : G_LVT;
    }
    if (gcbTable === null) {
        gcbTable = buildGcbTable();
    }
    var t = gcbTable;
    var a = 0;
    var b = t.lo.length - 1;
    while (a <= b) {
        var m = (a + b) >> 1;
        if (cp < t.lo[m]) {
            b = m - 1;
        } else if (cp > t.hi[m]) {
            a = m + 1;
        } else {
            return t.cls[m];
        }
    }
    return G_OTHER;
}

function isPictographic(cp) {
    return cp >= 0xA9 && unicodeSet('Extended_Pictographic')(cp);
}

/* Returns whether the rules keep prev and next (classes) together.  st carries the state of
 * GB11 (st.pict: the cluster so far is ExtPict Extend* [ZWJ]) and GB12/13 (st.ri: the number of
 * regional indicators in the current run). */
function graphemeJoins(prev, next, nextCp, st) {
    if (prev === G_CR && next === G_LF) return true;
    if (prev === G_CR || prev === G_LF || prev === G_CONTROL) return false;
    if (next === G_CR || next === G_LF || next === G_CONTROL) return false;
    if (prev === G_L && (next === G_L || next === G_V || next === G_LV || next === G_LVT)) {
        return true;
    }
    if ((prev === G_LV || prev === G_V) && (next === G_V || next === G_T)) return true;
    if ((prev === G_LVT || prev === G_T) && next === G_T) return true;
    if (next === G_EXTEND || next === G_ZWJ || next === G_SPACING) return true;
    if (prev === G_PREPEND) return true;
    if (prev === G_ZWJ && st.pict && isPictographic(nextCp)) return true;
    if (prev === G_RI && next === G_RI) return st.ri % 2 === 1;
    return false;
}

/* Returns the end of the grapheme cluster that starts at `start`. */
function graphemeEnd(s, start) {
    var len = s.length;
    var cp = s.codePointAt(start);
    var i = start + cpLength(cp);
    var prev = gcbClass(cp);
    var st = { pict: isPictographic(cp), ri: prev === G_RI ? 1 : 0 };
    while (i < len) {
        cp = s.codePointAt(i);
        if (cp < 0x7F && cp >= 0x20 && prev !== G_PREPEND) {
            return i;
        }
        var next = gcbClass(cp);
        if (!graphemeJoins(prev, next, cp, st)) {
            return i;
        }
        if (next === G_RI) {
            st.ri++;
        }
        if (next === G_EXTEND || next === G_ZWJ) {
            st.pict = st.pict && prev !== G_ZWJ;
        } else {
            st.pict = isPictographic(cp);
        }
        prev = next;
        i += cpLength(cp);
    }
    return i;
}

/* ------------------------------------------------------------------------------------------ */
/* Words */

var W_OTHER = 0, W_CR = 1, W_LF = 2, W_NEWLINE = 3, W_EXTEND = 4, W_ZWJ = 5, W_RI = 6,
    W_KATAKANA = 7, W_ALETTER = 8, W_MIDLETTER = 9, W_MIDNUM = 10, W_MIDNUMLET = 11,
    W_NUMERIC = 12, W_EXTENDNUMLET = 13, W_WSEGSPACE = 14, W_SQUOTE = 15, W_IDEO = 16,
    W_FORMAT = 17;

var wordCache = {};

/* Returns the word class of cp, an approximation of Word_Break from general properties. */
function wordClassOf(cp) {
    if (cp >= 0x30 && cp <= 0x39) return W_NUMERIC;
    if ((cp >= 0x41 && cp <= 0x5A) || (cp >= 0x61 && cp <= 0x7A)) return W_ALETTER;
    switch (cp) {
    case 0x0D: return W_CR;
    case 0x0A: return W_LF;
    case 0x0B: case 0x0C: case 0x85: case 0x2028: case 0x2029: return W_NEWLINE;
    case 0x27: return W_SQUOTE;
    case 0x2E: case 0x2018: case 0x2019: case 0x2024: case 0xFE52: case 0xFF07: case 0xFF0E:
        return W_MIDNUMLET;
    case 0x3A: case 0xB7: case 0x387: case 0x55F: case 0x5F4: case 0x2027: case 0xFE13:
    case 0xFE55: case 0xFF1A:
        return W_MIDLETTER;
    case 0x2C: case 0x3B: case 0x37E: case 0x589: case 0x60C: case 0x60D: case 0x66C:
    case 0x7F8: case 0x2044: case 0xFE10: case 0xFE14: case 0xFE50: case 0xFE54: case 0xFF0C:
    case 0xFF1B:
        return W_MIDNUM;
    case 0x200D: return W_ZWJ;
    case 0x202F: return W_EXTENDNUMLET;
    }
    if (cp < 0x80) {
        return cp === 0x20 ? W_WSEGSPACE : cp === 0x5F ? W_EXTENDNUMLET : W_OTHER;
    }
    var gcb = gcbClass(cp);
    if (gcb === G_EXTEND || gcb === G_SPACING) return W_EXTEND;
    if (gcb === G_RI) return W_RI;
    if (unicodeSet('Cf')(cp)) return W_FORMAT;
    if (unicodeSet('Zs')(cp)) {
        return cp === 0xA0 || cp === 0x2007 ? W_OTHER : W_WSEGSPACE;
    }
    if (unicodeSet('Nd')(cp)) return cp >= 0xFF10 && cp <= 0xFF19 ? W_OTHER : W_NUMERIC;
    if (unicodeSet('Pc')(cp)) return W_EXTENDNUMLET;
    if (unicodeSet('Script=Katakana')(cp) || cp === 0x30FC) return W_KATAKANA;
    if (unicodeSet('Ideographic')(cp) || unicodeSet('Script=Hiragana')(cp)) return W_IDEO;
    if (unicodeSet('Alphabetic')(cp) || (gcb >= G_L && gcb <= G_LVT)) return W_ALETTER;
    return W_OTHER;
}

function wordClass(cp) {
    var c = wordCache[cp];
    if (c === undefined) {
        c = wordClassOf(cp);
        wordCache[cp] = c;
    }
    return c;
}

function isAHLetter(c) { return c === W_ALETTER; }
function isMidLetterQ(c) { return c === W_MIDLETTER || c === W_MIDNUMLET || c === W_SQUOTE; }
function isMidNumQ(c) { return c === W_MIDNUM || c === W_MIDNUMLET || c === W_SQUOTE; }
function isWordy(c) {
    return c === W_ALETTER || c === W_NUMERIC || c === W_KATAKANA || c === W_IDEO;
}
function isIgnorable(c) { return c === W_EXTEND || c === W_FORMAT || c === W_ZWJ; }

/* Returns { cls, end } for the next code point at or after i that WB4 does not skip (Extend,
 * Format and ZWJ attach to what precedes them), or cls -1 at the end of s. */
function nextWordUnit(s, i) {
    while (i < s.length) {
        var cp = s.codePointAt(i);
        var c = wordClass(cp);
        if (!isIgnorable(c)) {
            return { cls: c, at: i };
        }
        i += cpLength(cp);
    }
    return { cls: -1, at: i };
}

/* Returns { end, wordLike } of the word segment that starts at `start`. */
function wordSegment(s, start) {
    var len = s.length;
    var cp = s.codePointAt(start);
    var first = wordClass(cp);
    var i = start + cpLength(cp);
    var wordLike = isWordy(first);
    if (first === W_CR) {
        return { end: i < len && s.charCodeAt(i) === 10 ? i + 1 : i, wordLike: false };
    }
    if (first === W_LF || first === W_NEWLINE) {
        return { end: i, wordLike: false };
    }
    /* WB3c, WB3d and WB4 */
    var prev = first;
    var lastCp = cp;
    while (i < len) {
        cp = s.codePointAt(i);
        var c = wordClass(cp);
        if (c === W_CR || c === W_LF || c === W_NEWLINE) {
            return { end: i, wordLike: wordLike };
        }
        if (lastCp === 0x200D && isPictographic(cp)) {
            /* WB3c */
        } else if (prev === W_WSEGSPACE && c === W_WSEGSPACE) {
            /* WB3d: horizontal whitespace stays together */
        } else if (isIgnorable(c)) {
            lastCp = cp;
            i += cpLength(cp);
            continue;
        } else if (!wordJoins(s, prev, c, i + cpLength(cp))) {
            return { end: i, wordLike: wordLike };
        }
        if (c === W_RI && prev === W_RI) {
            /* WB15/16: a pair is complete; the next RI starts a new segment */
            i += cpLength(cp);
            prev = -2;
            lastCp = cp;
            continue;
        }
        if (isMidLetterQ(c) || c === W_MIDNUM) {
            /* WB6/7, WB11/12: the middle character was accepted because a letter or digit
             * follows; take it and the next unit together. */
            i += cpLength(cp);
            var nx = nextWordUnit(s, i);
            cp = s.codePointAt(nx.at);
            c = nx.cls;
            i = nx.at;
        }
        wordLike = wordLike || isWordy(c);
        prev = c;
        lastCp = cp;
        i += cpLength(cp);
    }
    return { end: i, wordLike: wordLike };
}

/* Returns whether the word rules WB5-WB13b and WB15/16 keep a unit of class prev and the next
 * unit of class next (at index after-1) together; `after` indexes what follows next. */
function wordJoins(s, prev, next, after) {
    if (isAHLetter(prev) && isAHLetter(next)) return true;
    if (isAHLetter(prev) && isMidLetterQ(next)) {
        return isAHLetter(nextWordUnit(s, after).cls);
    }
    if (prev === W_NUMERIC && next === W_NUMERIC) return true;
    if (isAHLetter(prev) && next === W_NUMERIC) return true;
    if (prev === W_NUMERIC && isAHLetter(next)) return true;
    if (prev === W_NUMERIC && isMidNumQ(next)) {
        return nextWordUnit(s, after).cls === W_NUMERIC;
    }
    if (prev === W_KATAKANA && next === W_KATAKANA) return true;
    if ((isAHLetter(prev) || prev === W_NUMERIC || prev === W_KATAKANA ||
         prev === W_EXTENDNUMLET) && next === W_EXTENDNUMLET) {
        return true;
    }
    if (prev === W_EXTENDNUMLET && (isAHLetter(next) || next === W_NUMERIC ||
                                    next === W_KATAKANA)) {
        return true;
    }
    if (prev === W_RI && next === W_RI) return true;
    return false;
}

/* ------------------------------------------------------------------------------------------ */
/* Sentences */

function isSentenceTerm(c) {
    return c === 0x21 || c === 0x3F || c === 0x2E || c === 0x203C || c === 0x203D ||
        c === 0x2047 || c === 0x2048 || c === 0x2049 || c === 0x3002 || c === 0xFF01 ||
        c === 0xFF1F || c === 0xFF0E || c === 0x2026;
}

function isSentenceClose(c) {
    return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5D || c === 0x7D || c === 0xBB ||
        c === 0x2019 || c === 0x201D || c === 0x203A;
}

function isSentenceSep(c) {
    return c === 0x0A || c === 0x0D || c === 0x85 || c === 0x2028 || c === 0x2029;
}

function isSpace(c) {
    return c === 0x20 || c === 0x09 || c === 0x0B || c === 0x0C || c === 0xA0 ||
        (c >= 0x2000 && c <= 0x200A) || c === 0x3000;
}

/* Returns whether the text from index i (after a period and its closing punctuation and
 * spaces) continues the sentence (SB8): the first letter ahead is lowercase, with only
 * characters that are not letters, terminators or separators before it. */
function continuesAfterPeriod(s, i) {
    for (; i < s.length; i++) {
        var ch = s.charAt(i);
        var c = s.charCodeAt(i);
        if (isSentenceTerm(c) || isSentenceSep(c)) {
            return false;
        }
        if (ch.toLowerCase() !== ch.toUpperCase() || unicodeSet('Alphabetic')(c)) {
            return ch === ch.toLowerCase() && ch !== ch.toUpperCase();
        }
    }
    return false;
}

/* Returns the end of the sentence that starts at `start`. */
function sentenceEnd(s, start) {
    var len = s.length;
    var i = start;
    while (i < len) {
        var c = s.charCodeAt(i);
        if (isSentenceSep(c)) {
            return c === 0x0D && s.charCodeAt(i + 1) === 0x0A ? i + 2 : i + 1;
        }
        if (!isSentenceTerm(c)) {
            i++;
            continue;
        }
        var period = c === 0x2E || c === 0xFF0E;
        var before = i > start ? s.charAt(i - 1) : '';
        i++;
        if (period && i < len && /[0-9]/.test(s.charAt(i))) {
            continue;                       /* SB6: 3.14 */
        }
        if (period && /[A-Za-z]/.test(before) && i < len && /[A-Z]/.test(s.charAt(i))) {
            continue;                       /* SB7: U.S. */
        }
        while (i < len && isSentenceTerm(s.charCodeAt(i))) {
            i++;
        }
        while (i < len && isSentenceClose(s.charCodeAt(i))) {
            i++;
        }
        var afterClose = i;
        while (i < len && isSpace(s.charCodeAt(i))) {
            i++;
        }
        if (period && i < len && /[,;:\-]/.test(s.charAt(i))) {
            continue;                       /* SB8a */
        }
        if (period && continuesAfterPeriod(s, i)) {
            continue;                       /* SB8 */
        }
        if (i === afterClose && i < len && !isSentenceSep(s.charCodeAt(i)) && !period) {
            return i;
        }
        if (i < len && isSentenceSep(s.charCodeAt(i))) {
            c = s.charCodeAt(i);
            return c === 0x0D && s.charCodeAt(i + 1) === 0x0A ? i + 2 : i + 1;
        }
        return i;
    }
    return len;
}

/* ------------------------------------------------------------------------------------------ */
/* Intl.Segmenter, %Segments%, %SegmentIterator% */

var GRANULARITIES = ['grapheme', 'word', 'sentence'];

/* Returns { end, wordLike } of the segment of s that starts at index start. */
function segmentAt(granularity, s, start) {
    if (granularity === 'grapheme') {
        return { end: graphemeEnd(s, start), wordLike: undefined };
    }
    if (granularity === 'word') {
        return wordSegment(s, start);
    }
    return { end: sentenceEnd(s, start), wordLike: undefined };
}

/* Builds the segment data object ({ segment, index, input [, isWordLike] }). */
function segmentData(granularity, s, start, seg) {
    var data = { segment: s.slice(start, seg.end), index: start, input: s };
    if (granularity === 'word') {
        data.isWordLike = seg.wordLike;
    }
    return data;
}


/* new Intl.Segmenter(locales, options) */
function Segmenter(locales, options) {
    if (!(this instanceof Segmenter)) {
        throw new TypeError("Constructor Intl.Segmenter requires 'new'");
    }
    var resolved = locale.resolveLocale(locales, []);
    if (options !== undefined && (options === null || typeof options !== 'object')) {
        throw new TypeError('invalid_argument');
    }
    var o = options === undefined ? {} : options;
    getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', WHERE);
    var granularity = getOption(o, 'granularity', 'string', GRANULARITIES, 'grapheme', WHERE);
    Object.defineProperty(this, kState, {
        value: { locale: resolved.locale, granularity: granularity }
    });
}

function segmenterState(self, name) {
    var st = self !== null && typeof self === 'object' ? self[kState] : undefined;
    if (st === undefined) {
        throw new TypeError('Method Intl.Segmenter.prototype.' + name +
            ' called on incompatible receiver ' + String(self));
    }
    return st;
}

function Segments() {}
function SegmentIterator() {}

/* segmenter.segment(string): the %Segments% object over String(string). */
function segment(string) {
    var st = segmenterState(this, 'segment');
    var segs = Object.create(Segments.prototype);
    Object.defineProperty(segs, kSegments, {
        value: { granularity: st.granularity, input: String(string) }
    });
    return segs;
}

/* segments.containing(index): the segment data of the segment holding code unit index, or
 * undefined when the index is outside the string. */
function containing(index) {
    var st = this !== null && typeof this === 'object' ? this[kSegments] : undefined;
    if (st === undefined) {
        throw new TypeError('Method %Segments.prototype%.containing called on incompatible ' +
            'receiver ' + String(this));
    }
    var n = Number(index);
    n = n !== n ? 0 : (n < 0 ? Math.ceil(n) : Math.floor(n));
    var s = st.input;
    if (n < 0 || n >= s.length) {
        return undefined;
    }
    var start = 0;
    for (;;) {
        var seg = segmentAt(st.granularity, s, start);
        if (seg.end > n) {
            return segmentData(st.granularity, s, start, seg);
        }
        start = seg.end;
    }
}

function segmentsIterator() {
    var st = this[kSegments];
    var it = Object.create(SegmentIterator.prototype);
    Object.defineProperty(it, kIter, {
        value: { granularity: st.granularity, input: st.input, pos: 0 }
    });
    return it;
}

function iteratorNext() {
    var st = this !== null && typeof this === 'object' ? this[kIter] : undefined;
    if (st === undefined) {
        throw new TypeError('Method %SegmentIterator.prototype%.next called on incompatible ' +
            'receiver ' + String(this));
    }
    var s = st.input;
    if (st.pos >= s.length) {
        return { value: undefined, done: true };
    }
    var start = st.pos;
    var seg = segmentAt(st.granularity, s, start);
    st.pos = seg.end;
    return { value: segmentData(st.granularity, s, start, seg), done: false };
}

function resolvedOptions() {
    var st = segmenterState(this, 'resolvedOptions');
    return { locale: st.locale, granularity: st.granularity };
}

(function build() {
    define(Segmenter.prototype, 'resolvedOptions', resolvedOptions);
    define(Segmenter.prototype, 'segment', segment);
    Object.defineProperty(Segmenter.prototype, Symbol.toStringTag, {
        value: 'Intl.Segmenter', configurable: true
    });
    define(Segmenter, 'supportedLocalesOf', locale.supportedLocalesOf('Segmenter'));
    Segments.prototype = Object.create(Object.prototype);
    define(Segments.prototype, 'containing', containing);
    define(Segments.prototype, Symbol.iterator, segmentsIterator);
    var iteratorProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
    SegmentIterator.prototype = Object.create(iteratorProto);
    define(SegmentIterator.prototype, 'next', iteratorNext);
    Object.defineProperty(SegmentIterator.prototype, Symbol.toStringTag, {
        value: 'Segmenter String Iterator', configurable: true
    });
})();

module.exports = {
    Segmenter: Segmenter,
    unicodeSet: unicodeSet
};
