'use strict';
/* js/internal/intl/plural_rules.js: Intl.PluralRules with the English rules for every locale.
 *
 * A number is first formatted with the digit options (minimumFractionDigits and the rest, through
 * Intl.NumberFormat), then the rules look at the digits: cardinal 'one' is exactly 1 with no
 * visible fraction; ordinal is one/two/few for 1st, 2nd, 3rd (not 11th-13th), 'other' otherwise.
 *
 * Differences from Node 20 (ICU): every locale uses these English rules; resolvedOptions().locale
 * is 'en' when a locale is given (what V8 reports for 'en-US') and 'en-US' when none is; a
 * numeric string keeps no trailing zeros ('1.0' is 'one'). */

var common = require('internal/polyfills/common');
var nf = require('internal/intl/number_format');

var kState = common.hiddenKey('pluralRules');
var WHERE = 'Intl.PluralRules';

var DIGIT_OPTIONS = ['minimumIntegerDigits', 'minimumFractionDigits', 'maximumFractionDigits',
    'minimumSignificantDigits', 'maximumSignificantDigits', 'roundingPriority',
    'roundingIncrement', 'roundingMode', 'trailingZeroDisplay'];

function PluralRules(locales, options) {
    if (!(this instanceof PluralRules)) {
        throw new TypeError('Constructor Intl.PluralRules requires \'new\'');
    }
    var requested = nf.localeList(locales);
    options = nf.toOptions(options, WHERE);
    nf.readLocaleMatcher(options, WHERE);
    var type = nf.getOption(options, 'type', 'string', ['cardinal', 'ordinal'], 'cardinal',
        WHERE);
    var numberOptions = { useGrouping: false };
    for (var i = 0; i < DIGIT_OPTIONS.length; i++) {
        numberOptions[DIGIT_OPTIONS[i]] = options[DIGIT_OPTIONS[i]];
    }
    var format = new nf.NumberFormat('en-US', numberOptions);
    Object.defineProperty(this, kState, {
        value: { locale: requested.length ? 'en' : 'en-US', type: type, format: format,
                 digits: format.resolvedOptions() }
    });
}

/* Returns the English plural category of the formatted absolute value `s`. */
function categoryOf(type, s) {
    if (type === 'cardinal') {
        return s === '1' ? 'one' : 'other';
    }
    if (!/^\d+$/.test(s)) {
        return 'other';
    }
    var n10 = Number(s.slice(-1));
    var n100 = Number(s.slice(-2));
    if (n10 === 1 && n100 !== 11) {
        return 'one';
    }
    if (n10 === 2 && n100 !== 12) {
        return 'two';
    }
    if (n10 === 3 && n100 !== 13) {
        return 'few';
    }
    return 'other';
}

/* Returns the category of a number for the rules in st. */
function selectOf(st, n) {
    n = Number(n);
    if (n !== n || n === Infinity || n === -Infinity) {
        return 'other';
    }
    return categoryOf(st.type, st.format.format(Math.abs(n)));
}

var RESOLVED_KEYS = ['minimumIntegerDigits', 'minimumFractionDigits', 'maximumFractionDigits',
    'minimumSignificantDigits', 'maximumSignificantDigits'];

nf.defineMethods(PluralRules.prototype, {
    resolvedOptions: function resolvedOptions() {
        var st = nf.unwrap(this, kState, 'Intl.PluralRules.prototype.resolvedOptions');
        var out = { locale: st.locale, type: st.type };
        for (var i = 0; i < RESOLVED_KEYS.length; i++) {
            if (st.digits[RESOLVED_KEYS[i]] !== undefined) {
                out[RESOLVED_KEYS[i]] = st.digits[RESOLVED_KEYS[i]];
            }
        }
        out.pluralCategories = st.type === 'cardinal' ? ['one', 'other'] :
            ['few', 'one', 'two', 'other'];
        return out;
    },
    select: function select(value) {
        var st = nf.unwrap(this, kState, 'Intl.PluralRules.prototype.select');
        return selectOf(st, value);
    },
    selectRange: function selectRange(start, end) {
        var st = nf.unwrap(this, kState, 'Intl.PluralRules.prototype.selectRange');
        if (start === undefined) {
            throw new TypeError('Invalid startRange : undefined');
        }
        if (end === undefined) {
            throw new TypeError('Invalid endRange : undefined');
        }
        var x = Number(start);
        var y = Number(end);
        if (x !== x) {
            throw new RangeError('Invalid startRange : NaN');
        }
        if (y !== y) {
            throw new RangeError('Invalid endRange : NaN');
        }
        /* CLDR's English plural ranges all end in 'other'. */
        void st;
        return 'other';
    }
}, 'Intl.PluralRules');

Object.defineProperty(PluralRules, 'length', { value: 0, configurable: true });
common.define(PluralRules, 'supportedLocalesOf', nf.supportedLocalesOf('PluralRules'));

module.exports = {
    PluralRules: PluralRules
};
