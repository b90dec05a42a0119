'use strict';
/* js/internal/intl/number_format.js: Intl.NumberFormat, and the option and locale helpers the
 * other Intl constructors share (localeList, supportedLocalesOf, bindGetter; getOption, which
 * lives in internal/intl/locale, is passed on).
 *
 * Numbers are turned into decimal digit strings first (the shortest round-trip form that
 * String(x) gives, or the exact digits of a numeric string), and every rounding step works on
 * those digits, as ICU does: 1.005 rounds to 1.01 and 2.5 to 3, never through binary floats.
 *
 * Differences from Node 20 (ICU): every locale formats as en-US and resolvedOptions().locale is
 * always 'en-US'; supportedLocalesOf() reports only English locales; numberingSystem is always
 * 'latn'; formatRange and formatRangeToParts are missing; compound units ('kilometer-per-hour')
 * throw RangeError; currency symbols and names are known for a few dozen currencies, the others
 * print their ISO code; roundingIncrement other than 1 rounds through floating point; BigInt
 * values are not accepted. */

var common = require('internal/polyfills/common');

var kState = common.hiddenKey('numberFormat');
var kBound = common.hiddenKey('numberFormatBound');

var NBSP = '\u00a0';

/* ------------------------------------------------------------------------------------------ */
/* Helpers shared by every Intl constructor */

var locale = require('internal/intl/locale');

/* Returns the canonical list of locale tags for `locales` (CanonicalizeLocaleList); throws
 * RangeError for a malformed tag. */
var localeList = locale.canonicalizeLocaleList;

/* Returns the options argument as an object (undefined becomes an empty one).  Throws TypeError
 * for null, as ToObject does, naming the constructor. */
function toOptions(options, name) {
    if (options === undefined) {
        return Object.create(null);
    }
    if (options === null) {
        throw new TypeError(name + ' called on null or undefined');
    }
    return Object(options);
}

var getOption = locale.getOption;

/* DefaultNumberOption: an integer in [min, max] or fallback; RangeError 'P value is out of
 * range.' otherwise. */
function defaultNumber(value, min, max, fallback, prop) {
    if (value === undefined) {
        return fallback;
    }
    value = Number(value);
    if (value !== value || value < min || value > max) {
        throw new RangeError(prop + ' value is out of range.');
    }
    return Math.floor(value);
}

/* Reads and validates localeMatcher, which changes nothing here. */
function readLocaleMatcher(options, where) {
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', where);
}

/* Returns Intl[name].supportedLocalesOf (internal/intl/locale). */
var supportedLocalesOf = locale.supportedLocalesOf;

/* Returns the internal state of `obj` stored under `key`, or throws V8's TypeError for a call
 * of method `method` on something else. */
function unwrap(obj, key, method) {
    var st = (obj !== null && (typeof obj === 'object' || typeof obj === 'function')) ?
        obj[key] : undefined;
    if (st === undefined) {
        throw new TypeError('Method ' + method + ' called on incompatible receiver ' +
            common.describeReceiver(obj));
    }
    return st;
}

/* Defines `name` on proto as a getter returning a function bound to the instance, created once
 * per instance and kept under `boundKey` (Intl's format and compare). */
function bindGetter(proto, name, key, boundKey, unwrapName, fn) {
    Object.defineProperty(proto, name, {
        enumerable: false, configurable: true,
        get: function () {
            if (this === null || (typeof this !== 'object' && typeof this !== 'function') ||
                this[key] === undefined) {
                throw new TypeError('Method ' + unwrapName +
                    ' called on incompatible receiver ' +
                    'undefined');
            }
            var self = this;
            if (!Object.prototype.hasOwnProperty.call(this, boundKey)) {
                var bound = function (value) { return fn(self[key], value); };
                Object.defineProperty(bound, 'name', { value: '', configurable: true });
                Object.defineProperty(this, boundKey, { value: bound });
            }
            return this[boundKey];
        }
    });
}

/* Defines the methods of an Intl prototype, non-enumerable, and its Symbol.toStringTag. */
function defineMethods(proto, methods, tag) {
    var names = Object.keys(methods);
    for (var i = 0; i < names.length; i++) {
        common.define(proto, names[i], methods[names[i]]);
    }
    Object.defineProperty(proto, Symbol.toStringTag, {
        value: tag, writable: false, enumerable: false, configurable: true
    });
}

/* ------------------------------------------------------------------------------------------ */
/* Data (CLDR en, as Node 20 prints it) */

/* code: [symbol, narrow symbol, singular name, plural name] */
var CURRENCIES = {
    USD: ['$', '$', 'US dollar', 'US dollars'],
    EUR: ['\u20ac', '\u20ac', 'euro', 'euros'],
    GBP: ['\u00a3', '\u00a3', 'British pound', 'British pounds'],
    JPY: ['\u00a5', '\u00a5', 'Japanese yen', 'Japanese yen'],
    CNY: ['CN\u00a5', '\u00a5', 'Chinese yuan', 'Chinese yuan'],
    INR: ['\u20b9', '\u20b9', 'Indian rupee', 'Indian rupees'],
    CAD: ['CA$', '$', 'Canadian dollar', 'Canadian dollars'],
    AUD: ['A$', '$', 'Australian dollar', 'Australian dollars'],
    CHF: ['CHF', 'CHF', 'Swiss franc', 'Swiss francs'],
    KRW: ['\u20a9', '\u20a9', 'South Korean won', 'South Korean won'],
    MXN: ['MX$', '$', 'Mexican peso', 'Mexican pesos'],
    BRL: ['R$', 'R$', 'Brazilian real', 'Brazilian reals'],
    RUB: ['RUB', '\u20bd', 'Russian ruble', 'Russian rubles'],
    HKD: ['HK$', '$', 'Hong Kong dollar', 'Hong Kong dollars'],
    NZD: ['NZ$', '$', 'New Zealand dollar', 'New Zealand dollars'],
    SEK: ['SEK', 'kr', 'Swedish krona', 'Swedish kronor']
};

/* ISO 4217 minor units other than 2. */
var CURRENCY_DIGITS = {
    BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0,
    UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
    BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3
};

/* unit: [short one, short other, narrow, long one, long other], each written after the number
 * (short and long with a space, narrow without unless it says so). */
var UNITS = {
    acre: [' ac', ' ac', 'ac', ' acre', ' acres'],
    bit: [' bit', ' bit', 'bit', ' bit', ' bits'],
    'byte': [' byte', ' byte', 'B', ' byte', ' bytes'],
    celsius: ['\u00b0C', '\u00b0C', '\u00b0C', ' degree Celsius', ' degrees Celsius'],
    centimeter: [' cm', ' cm', 'cm', ' centimeter', ' centimeters'],
    day: [' day', ' days', 'd', ' day', ' days'],
    degree: [' deg', ' deg', '\u00b0', ' degree', ' degrees'],
    fahrenheit: ['\u00b0F', '\u00b0F', '\u00b0', ' degree Fahrenheit', ' degrees Fahrenheit'],
    'fluid-ounce': [' fl oz', ' fl oz', 'fl oz', ' fluid ounce', ' fluid ounces'],
    foot: [' ft', ' ft', '\u2032', ' foot', ' feet'],
    gallon: [' gal', ' gal', 'gal', ' gallon', ' gallons'],
    gigabit: [' Gb', ' Gb', 'Gb', ' gigabit', ' gigabits'],
    gigabyte: [' GB', ' GB', 'GB', ' gigabyte', ' gigabytes'],
    gram: [' g', ' g', 'g', ' gram', ' grams'],
    hectare: [' ha', ' ha', 'ha', ' hectare', ' hectares'],
    hour: [' hr', ' hr', 'h', ' hour', ' hours'],
    inch: [' in', ' in', '\u2033', ' inch', ' inches'],
    kilobit: [' kb', ' kb', 'kb', ' kilobit', ' kilobits'],
    kilobyte: [' kB', ' kB', 'kB', ' kilobyte', ' kilobytes'],
    kilogram: [' kg', ' kg', 'kg', ' kilogram', ' kilograms'],
    kilometer: [' km', ' km', 'km', ' kilometer', ' kilometers'],
    liter: [' L', ' L', 'L', ' liter', ' liters'],
    megabit: [' Mb', ' Mb', 'Mb', ' megabit', ' megabits'],
    megabyte: [' MB', ' MB', 'MB', ' megabyte', ' megabytes'],
    meter: [' m', ' m', 'm', ' meter', ' meters'],
    microsecond: [' \u03bcs', ' \u03bcs', '\u03bcs', ' microsecond', ' microseconds'],
    mile: [' mi', ' mi', 'mi', ' mile', ' miles'],
    'mile-scandinavian': [' smi', ' smi', 'smi', ' mile-scandinavian', ' miles-scandinavian'],
    milliliter: [' mL', ' mL', 'mL', ' milliliter', ' milliliters'],
    millimeter: [' mm', ' mm', 'mm', ' millimeter', ' millimeters'],
    millisecond: [' ms', ' ms', 'ms', ' millisecond', ' milliseconds'],
    minute: [' min', ' min', 'm', ' minute', ' minutes'],
    month: [' mth', ' mths', 'm', ' month', ' months'],
    nanosecond: [' ns', ' ns', 'ns', ' nanosecond', ' nanoseconds'],
    ounce: [' oz', ' oz', 'oz', ' ounce', ' ounces'],
    percent: ['%', '%', '%', ' percent', ' percent'],
    petabyte: [' PB', ' PB', 'PB', ' petabyte', ' petabytes'],
    pound: [' lb', ' lb', '#', ' pound', ' pounds'],
    second: [' sec', ' sec', 's', ' second', ' seconds'],
    stone: [' st', ' st', 'st', ' stone', ' stones'],
    terabit: [' Tb', ' Tb', 'Tb', ' terabit', ' terabits'],
    terabyte: [' TB', ' TB', 'TB', ' terabyte', ' terabytes'],
    week: [' wk', ' wks', 'w', ' week', ' weeks'],
    yard: [' yd', ' yd', 'yd', ' yard', ' yards'],
    year: [' yr', ' yrs', 'y', ' year', ' years']
};

var COMPACT_SHORT = ['', 'K', 'M', 'B', 'T'];
var COMPACT_LONG = ['', 'thousand', 'million', 'billion', 'trillion'];

var ROUNDING_MODES = ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor',
                      'halfExpand', 'halfTrunc', 'halfEven'];
var INCREMENTS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];

/* ------------------------------------------------------------------------------------------ */
/* Decimal digits */

/* Returns { digits, point } for a finite non-negative number or decimal string `s`: the value
 * is 0.<digits> x 10^point, digits has no leading or trailing zeros, and zero is digits ''. */
function decimalOf(s) {
    var m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
    var intPart = m[1];
    var frac = m[2] || '';
    var exp = m[3] ? parseInt(m[3], 10) : 0;
    var digits = intPart + frac;
    var point = intPart.length + exp;
    var lead = 0;
    while (lead < digits.length && digits.charAt(lead) === '0') {
        lead++;
    }
    digits = digits.slice(lead);
    point -= lead;
    digits = digits.replace(/0+$/, '');
    return { digits: digits, point: digits === '' ? 1 : point };
}

/* ToIntlMathematicalValue: returns { neg, nan, inf, d } for a format() argument.  Numeric
 * strings keep all their digits, as Node 20 does. */
function mathValue(value) {
    if (typeof value === 'string') {
        var m = /^\s*([+-]?)(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)\s*$/.exec(value);
        if (m) {
            return { neg: m[1] === '-', nan: false, inf: false, d: decimalOf(m[2]) };
        }
    }
    var x = Number(value);
    if (x !== x) {
        return { neg: false, nan: true, inf: false, d: null };
    }
    var neg = x < 0 || (x === 0 && 1 / x < 0);
    if (x === Infinity || x === -Infinity) {
        return { neg: neg, nan: false, inf: true, d: null };
    }
    return { neg: neg, nan: false, inf: false, d: decimalOf(String(Math.abs(x))) };
}

/* Returns whether rounding away the digits after the first `keep` of d increments the kept
 * part, under roundingMode `mode` for a value of sign `neg`. */
function roundsUp(d, keep, neg, mode) {
    var rest = keep < 0 ? '' : d.digits.slice(keep);
    if (keep >= 0 && rest === '') {
        return false;
    }
    var half;        /* -1 below half, 0 exactly half, 1 above */
    if (keep < 0) {
        half = -1;
    } else {
        var first = rest.charCodeAt(0) - 48;
        half = first > 5 ? 1 : first < 5 ? -1 : (rest.length > 1 ? 1 : 0);
    }
    switch (mode) {
    case 'ceil': return !neg;
    case 'floor': return neg;
    case 'expand': return true;
    case 'trunc': return false;
    case 'halfCeil': return half > 0 || (half === 0 && !neg);
    case 'halfFloor': return half > 0 || (half === 0 && neg);
    case 'halfTrunc': return half > 0;
    case 'halfEven':
        if (half !== 0) {
            return half > 0;
        }
        var last = keep > 0 ? d.digits.charCodeAt(keep - 1) - 48 : 0;
        return last % 2 === 1;
    default: return half >= 0;
    }
}

/* Returns d rounded to its first `keep` digits (keep may be <= 0 or past the end). */
function roundKeep(d, keep, neg, mode) {
    if (d.digits === '' || keep >= d.digits.length) {
        return d;
    }
    var up = roundsUp(d, keep, neg, mode);
    var point = d.point;
    var kept = keep > 0 ? d.digits.slice(0, keep) : '';
    if (up) {
        if (keep <= 0) {
            return { digits: '1', point: point - keep + 1 };
        }
        var chars = kept.split('');
        var i = chars.length - 1;
        while (i >= 0 && chars[i] === '9') {
            chars[i] = '0';
            i--;
        }
        if (i < 0) {
            chars.unshift('1');
            point++;
        } else {
            chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
        }
        kept = chars.join('');
    }
    kept = kept.replace(/0+$/, '');
    return { digits: kept, point: kept === '' ? 1 : point };
}

/* Returns { d, minFrac, mag } for the significant-digits rounding of d. */
function roundSignificant(d, st, neg) {
    var r = roundKeep(d, st.maximumSignificantDigits, neg, st.roundingMode);
    var point = r.digits === '' ? 1 : r.point;
    return {
        d: r,
        minFrac: Math.max(0, st.minimumSignificantDigits - point),
        mag: (d.digits === '' ? 1 : d.point) - st.maximumSignificantDigits
    };
}

/* Returns { d, minFrac, mag } for the fraction-digits rounding of d. */
function roundFraction(d, st, neg) {
    var r;
    if (st.roundingIncrement !== 1) {
        var scale = Math.pow(10, st.maximumFractionDigits);
        var x = Number('0.' + (d.digits || '0') + 'e' + d.point) * scale / st.roundingIncrement;
        var dx = decimalOf(String(x));
        dx = roundKeep(dx, dx.point, neg, st.roundingMode);
        var n = dx.digits === '' ? 0 : Number('0.' + dx.digits + 'e' + dx.point);
        r = decimalOf(String(n * st.roundingIncrement / scale));
    } else {
        r = roundKeep(d, d.point + st.maximumFractionDigits, neg, st.roundingMode);
    }
    return { d: r, minFrac: st.minimumFractionDigits, mag: -st.maximumFractionDigits };
}

/* Rounds d as the state's rounding type says: returns { d, minFrac }. */
function roundDecimal(d, st, neg) {
    if (st.roundingType === 'significantDigits') {
        return roundSignificant(d, st, neg);
    }
    if (st.roundingType === 'fractionDigits') {
        return roundFraction(d, st, neg);
    }
    var s = roundSignificant(d, st, neg);
    var f = roundFraction(d, st, neg);
    if (st.roundingType === 'morePrecision') {
        return s.mag <= f.mag ? s : f;
    }
    return s.mag <= f.mag ? f : s;
}

/* Returns the integer digits of d, grouped by threes when `grouping` says so, as parts. */
function integerParts(intStr, grouping, parts) {
    var group = grouping === 'always' || grouping === 'auto' ||
        (grouping === 'min2' && intStr.length >= 5);
    if (!group || intStr.length <= 3) {
        parts.push({ type: 'integer', value: intStr });
        return;
    }
    var first = intStr.length % 3 || 3;
    parts.push({ type: 'integer', value: intStr.slice(0, first) });
    for (var i = first; i < intStr.length; i += 3) {
        parts.push({ type: 'group', value: ',' });
        parts.push({ type: 'integer', value: intStr.slice(i, i + 3) });
    }
}

/* Returns { d, minFrac, exp, compact } for the number: rounded, and scaled for the scientific,
 * engineering and compact notations (exp is the power of ten taken out). */
function scaleAndRound(d, st, neg) {
    var notation = st.notation;
    if (notation === 'standard' || d.digits === '') {
        var r0 = roundDecimal(d, st, neg);
        r0.exp = 0;
        return r0;
    }
    var mag = d.point - 1;
    var exp;
    if (notation === 'scientific') {
        exp = mag;
    } else if (notation === 'engineering') {
        exp = Math.floor(mag / 3) * 3;
    } else {
        exp = mag < 3 ? 0 : Math.min(Math.floor(mag / 3) * 3, 12);
    }
    for (;;) {
        var r = roundDecimal({ digits: d.digits, point: d.point - exp }, st, neg);
        var intDigits = r.d.digits === '' ? 1 : r.d.point;
        var limit = notation === 'scientific' ? 1 : 3;
        if (intDigits > limit && !(notation === 'compact' && exp >= 12)) {
            exp += notation === 'scientific' ? 1 : 3;
            continue;
        }
        r.exp = exp;
        return r;
    }
}

/* Returns the parts of the absolute value (no sign, no currency or unit), and sets
 * info.one when English would say 'one' of it. */
function numberParts(st, mv, info) {
    var parts = [];
    if (mv.nan) {
        parts.push({ type: 'nan', value: 'NaN' });
        return parts;
    }
    if (mv.inf) {
        parts.push({ type: 'infinity', value: '\u221e' });
        return parts;
    }
    var d = mv.d;
    if (st.style === 'percent') {
        d = { digits: d.digits, point: d.point + 2 };
    }
    var r = scaleAndRound(d, st, mv.neg);
    info.zero = r.d.digits === '';
    var digits = r.d.digits;
    var point = digits === '' ? 1 : r.d.point;
    var intStr = point <= 0 ? '0' : digits.slice(0, point);
    while (intStr.length < point) {
        intStr += '0';
    }
    var frac = point < 0 ? new Array(1 - point).join('0') + digits : digits.slice(point);
    while (frac.length < r.minFrac) {
        frac += '0';
    }
    if (st.trailingZeroDisplay === 'stripIfInteger' && /^0*$/.test(frac)) {
        frac = '';
    }
    while (intStr.length < st.minimumIntegerDigits) {
        intStr = '0' + intStr;
    }
    info.one = intStr === '1' && frac === '' && r.exp === 0;
    integerParts(intStr, st.useGrouping, parts);
    if (frac !== '') {
        parts.push({ type: 'decimal', value: '.' });
        parts.push({ type: 'fraction', value: frac });
    }
    if (st.notation === 'compact') {
        if (r.exp > 0) {
            if (st.compactDisplay === 'long') {
                parts.push({ type: 'literal', value: ' ' });
                parts.push({ type: 'compact', value: COMPACT_LONG[r.exp / 3] });
            } else {
                parts.push({ type: 'compact', value: COMPACT_SHORT[r.exp / 3] });
            }
        }
    } else if (st.notation !== 'standard') {
        parts.push({ type: 'exponentSeparator', value: 'E' });
        if (r.exp < 0) {
            parts.push({ type: 'exponentMinusSign', value: '-' });
        }
        parts.push({ type: 'exponentInteger', value: String(Math.abs(r.exp)) });
    }
    return parts;
}

/* Returns '-', '+' or '' for the number as signDisplay says. */
function signOf(st, mv, zero) {
    switch (st.signDisplay) {
    case 'never': return '';
    case 'always': return mv.neg ? '-' : '+';
    case 'exceptZero':
        if (zero || mv.nan) {
            return '';
        }
        return mv.neg ? '-' : '+';
    case 'negative': return mv.neg && !zero ? '-' : '';
    default: return mv.neg ? '-' : '';
    }
}

/* Returns the currency symbol, code or name to print, and whether it goes after the number. */
function currencyText(st, one) {
    var data = CURRENCIES[st.currency];
    switch (st.currencyDisplay) {
    case 'code': return st.currency;
    case 'name': return data ? data[one ? 2 : 3] : st.currency;
    case 'narrowSymbol': return data ? data[1] : st.currency;
    default: return data ? data[0] : st.currency;
    }
}

/* FormatNumericToParts: returns the list of { type, value } parts of `value`. */
function formatToPartsOf(st, value) {
    var mv = mathValue(value);
    var info = { one: false, zero: false };
    var num = numberParts(st, mv, info);
    var sign = signOf(st, mv, info.zero);
    var parts = [];
    var accounting = st.style === 'currency' && st.currencySign === 'accounting' &&
        st.currencyDisplay !== 'name' && sign === '-';
    var signPart = sign === '-' ? { type: 'minusSign', value: '-' } :
        sign === '+' ? { type: 'plusSign', value: '+' } : null;
    if (accounting) {
        parts.push({ type: 'literal', value: '(' });
    } else if (signPart) {
        parts.push(signPart);
    }
    var i;
    if (st.style === 'currency' && st.currencyDisplay !== 'name') {
        var sym = currencyText(st, info.one);
        parts.push({ type: 'currency', value: sym });
        if (/[A-Za-z]$/.test(sym)) {
            parts.push({ type: 'literal', value: NBSP });
        }
    }
    for (i = 0; i < num.length; i++) {
        parts.push(num[i]);
    }
    if (st.style === 'percent') {
        parts.push({ type: 'percentSign', value: '%' });
    } else if (st.style === 'currency' && st.currencyDisplay === 'name') {
        parts.push({ type: 'literal', value: ' ' });
        parts.push({ type: 'currency', value: currencyText(st, info.one) });
    } else if (st.style === 'unit') {
        var u = UNITS[st.unit];
        var text = st.unitDisplay === 'narrow' ? u[2] :
            st.unitDisplay === 'long' ? u[info.one ? 3 : 4] : u[info.one ? 0 : 1];
        if (text.charAt(0) === ' ') {
            parts.push({ type: 'literal', value: ' ' });
            text = text.slice(1);
        }
        parts.push({ type: text === '%' ? 'percentSign' : 'unit', value: text });
    }
    if (accounting) {
        parts.push({ type: 'literal', value: ')' });
    }
    return parts;
}

/* Returns the formatted string of `value`. */
function formatOf(st, value) {
    if (typeof value === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a number');
    }
    var parts = formatToPartsOf(st, value);
    var s = '';
    for (var i = 0; i < parts.length; i++) {
        s += parts[i].value;
    }
    return s;
}

/* ------------------------------------------------------------------------------------------ */
/* The constructor */

var WHERE = 'Intl.NumberFormat';

/* Reads the style, currency and unit options into st (InitializeNumberFormat, part 1). */
function readStyle(options, st) {
    st.style = getOption(options, 'style', 'string',
        ['decimal', 'percent', 'currency', 'unit'], 'decimal', WHERE);
    var currency = getOption(options, 'currency', 'string', null, undefined, WHERE);
    if (currency !== undefined && !/^[A-Za-z]{3}$/.test(currency)) {
        throw new RangeError('Invalid currency code : ' + currency);
    }
    var currencyDisplay = getOption(options, 'currencyDisplay', 'string',
        ['code', 'symbol', 'narrowSymbol', 'name'], 'symbol', WHERE);
    var currencySign = getOption(options, 'currencySign', 'string',
        ['standard', 'accounting'], 'standard', WHERE);
    var unit = getOption(options, 'unit', 'string', null, undefined, WHERE);
    if (unit !== undefined && !Object.prototype.hasOwnProperty.call(UNITS, unit)) {
        throw new RangeError('Invalid unit argument for Intl.NumberFormat() \'' + unit + '\'');
    }
    var unitDisplay = getOption(options, 'unitDisplay', 'string',
        ['short', 'narrow', 'long'], 'short', WHERE);
    if (st.style === 'currency') {
        if (currency === undefined) {
            throw new TypeError('Currency code is required with currency style.');
        }
        st.currency = currency.toUpperCase();
        st.currencyDisplay = currencyDisplay;
        st.currencySign = currencySign;
    }
    if (st.style === 'unit') {
        if (unit === undefined) {
            throw new TypeError('Invalid unit argument for Intl.NumberFormat() \'\'');
        }
        st.unit = unit;
        st.unitDisplay = unitDisplay;
    }
}

/* SetNumberFormatDigitOptions: reads the digit and rounding options into st. */
function readDigits(options, st, mnfdDefault, mxfdDefault) {
    st.minimumIntegerDigits = defaultNumber(options.minimumIntegerDigits, 1, 21, 1,
        'minimumIntegerDigits');
    var mnfd = options.minimumFractionDigits;
    var mxfd = options.maximumFractionDigits;
    var mnsd = options.minimumSignificantDigits;
    var mxsd = options.maximumSignificantDigits;
    var inc = defaultNumber(options.roundingIncrement, 1, 5000, 1, 'roundingIncrement');
    if (INCREMENTS.indexOf(inc) < 0) {
        throw new RangeError('roundingIncrement value is out of range.');
    }
    st.roundingIncrement = inc;
    st.roundingMode = getOption(options, 'roundingMode', 'string', ROUNDING_MODES,
        'halfExpand', WHERE);
    var priority = getOption(options, 'roundingPriority', 'string',
        ['auto', 'morePrecision', 'lessPrecision'], 'auto', WHERE);
    st.trailingZeroDisplay = getOption(options, 'trailingZeroDisplay', 'string',
        ['auto', 'stripIfInteger'], 'auto', WHERE);
    if (inc !== 1) {
        mxfdDefault = mnfdDefault;
    }
    var hasSd = mnsd !== undefined || mxsd !== undefined;
    var hasFd = mnfd !== undefined || mxfd !== undefined;
    var needSd = true;
    var needFd = true;
    if (priority === 'auto') {
        needSd = hasSd;
        if (needSd || (!hasFd && st.notation === 'compact')) {
            needFd = false;
        }
    }
    if (needSd) {
        if (hasSd) {
            mnsd = defaultNumber(mnsd, 1, 21, 1, 'minimumSignificantDigits');
            mxsd = defaultNumber(mxsd, mnsd, 21, 21, 'maximumSignificantDigits');
        } else {
            mnsd = 1;
            mxsd = 21;
        }
        st.minimumSignificantDigits = mnsd;
        st.maximumSignificantDigits = mxsd;
    }
    if (needFd) {
        if (hasFd) {
            mnfd = defaultNumber(mnfd, 0, 100, undefined, 'minimumFractionDigits');
            mxfd = defaultNumber(mxfd, 0, 100, undefined, 'maximumFractionDigits');
            if (mnfd === undefined) {
                mnfd = Math.min(mnfdDefault, mxfd);
            } else if (mxfd === undefined) {
                mxfd = Math.max(mxfdDefault, mnfd);
            } else if (mnfd > mxfd) {
                throw new RangeError('maximumFractionDigits value is out of range.');
            }
        } else {
            mnfd = mnfdDefault;
            mxfd = mxfdDefault;
        }
        st.minimumFractionDigits = mnfd;
        st.maximumFractionDigits = mxfd;
    }
    if (!needSd && !needFd) {
        st.minimumFractionDigits = 0;
        st.maximumFractionDigits = 0;
        st.minimumSignificantDigits = 1;
        st.maximumSignificantDigits = 2;
        st.roundingType = 'morePrecision';
        st.roundingPriority = 'morePrecision';
    } else if (priority === 'auto') {
        st.roundingType = needSd ? 'significantDigits' : 'fractionDigits';
        st.roundingPriority = 'auto';
    } else {
        st.roundingType = priority;
        st.roundingPriority = priority;
    }
    if (inc !== 1) {
        if (st.roundingType !== 'fractionDigits') {
            throw new TypeError('roundingIncrement is only valid with fraction digits');
        }
        if (st.maximumFractionDigits !== st.minimumFractionDigits) {
            throw new RangeError('maximumFractionDigits not equal to minimumFractionDigits');
        }
    }
}

/* Reads useGrouping as V8 does: true -> 'always', false/null/'' -> false, the strings 'true'
 * and 'false' -> the default. */
function readGrouping(options, fallback) {
    var g = options.useGrouping;
    if (g === undefined) {
        return fallback;
    }
    if (g === true) {
        return 'always';
    }
    if (!g) {
        return false;
    }
    g = String(g);
    if (g === 'true' || g === 'false') {
        return fallback;
    }
    if (g !== 'always' && g !== 'auto' && g !== 'min2') {
        throw new RangeError('Value ' + g + ' out of range for ' + WHERE +
            ' options property useGrouping');
    }
    return g;
}

/* Builds the internal state of a NumberFormat (InitializeNumberFormat). */
function createState(locales, options) {
    localeList(locales);
    options = toOptions(options, WHERE);
    var st = { locale: 'en-US', numberingSystem: 'latn' };
    readLocaleMatcher(options, WHERE);
    getOption(options, 'numberingSystem', 'string', null, undefined, WHERE);
    readStyle(options, st);
    var mnfd = 0;
    var mxfd = 3;
    if (st.style === 'currency') {
        mnfd = mxfd = Object.prototype.hasOwnProperty.call(CURRENCY_DIGITS, st.currency) ?
            CURRENCY_DIGITS[st.currency] : 2;
    } else if (st.style === 'percent') {
        mxfd = 0;
    }
    st.notation = getOption(options, 'notation', 'string',
        ['standard', 'scientific', 'engineering', 'compact'], 'standard', WHERE);
    readDigits(options, st, mnfd, mxfd);
    st.compactDisplay = getOption(options, 'compactDisplay', 'string', ['short', 'long'],
        'short', WHERE);
    st.useGrouping = readGrouping(options, st.notation === 'compact' ? 'min2' : 'auto');
    st.signDisplay = getOption(options, 'signDisplay', 'string',
        ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto', WHERE);
    return st;
}

function NumberFormat(locales, options) {
    var self = this instanceof NumberFormat ? this : Object.create(NumberFormat.prototype);
    Object.defineProperty(self, kState, { value: createState(locales, options) });
    return self;
}

var RESOLVED_KEYS = ['locale', 'numberingSystem', 'style', 'currency', 'currencyDisplay',
    'currencySign', 'unit', 'unitDisplay', 'minimumIntegerDigits', 'minimumSignificantDigits',
    'maximumSignificantDigits', 'minimumFractionDigits', 'maximumFractionDigits',
    'useGrouping', 'notation', 'compactDisplay', 'signDisplay', 'roundingMode',
    'roundingIncrement', 'trailingZeroDisplay', 'roundingPriority'];

defineMethods(NumberFormat.prototype, {
    resolvedOptions: function resolvedOptions() {
        var st = unwrap(this, kState, 'Intl.NumberFormat.prototype.resolvedOptions');
        var out = {};
        for (var i = 0; i < RESOLVED_KEYS.length; i++) {
            var key = RESOLVED_KEYS[i];
            if (key === 'compactDisplay' && st.notation !== 'compact') {
                continue;
            }
            if (st[key] !== undefined) {
                out[key] = st[key];
            }
        }
        return out;
    },
    formatToParts: function formatToParts(value) {
        var st = unwrap(this, kState, 'Intl.NumberFormat.prototype.formatToParts');
        if (typeof value === 'symbol') {
            throw new TypeError('Cannot convert a Symbol value to a number');
        }
        return formatToPartsOf(st, value);
    }
}, 'Intl.NumberFormat');

bindGetter(NumberFormat.prototype, 'format', kState, kBound, 'UnwrapNumberFormat', formatOf);

Object.defineProperty(NumberFormat, 'length', { value: 0, configurable: true });
common.define(NumberFormat, 'supportedLocalesOf', supportedLocalesOf('NumberFormat'));

module.exports = {
    NumberFormat: NumberFormat,
    /* shared with the other Intl files */
    localeList: localeList,
    toOptions: toOptions,
    getOption: getOption,
    defaultNumber: defaultNumber,
    readLocaleMatcher: readLocaleMatcher,
    supportedLocalesOf: supportedLocalesOf,
    unwrap: unwrap,
    bindGetter: bindGetter,
    defineMethods: defineMethods
};
