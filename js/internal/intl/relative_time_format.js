'use strict';
/* js/internal/intl/relative_time_format.js: Intl.RelativeTimeFormat with the English phrases for
 * every locale: "in 3 days", "2 hr. ago", "in 1.5s", and with numeric: 'auto' "yesterday",
 * "next month", "now".  The number itself comes from Intl.NumberFormat.
 *
 * Differences from Node 20 (ICU): every locale uses the English phrases and
 * resolvedOptions().locale is 'en-US'; numberingSystem is always 'latn'. */

var common = require('internal/polyfills/common');
var nf = require('internal/intl/number_format');

var kState = common.hiddenKey('relativeTimeFormat');
var WHERE = 'Intl.RelativeTimeFormat';

var UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];

/* style -> unit -> [singular, plural, separator between number and unit] */
var NAMES = {
    'long': {
        second: ['second', 'seconds', ' '], minute: ['minute', 'minutes', ' '],
        hour: ['hour', 'hours', ' '], day: ['day', 'days', ' '], week: ['week', 'weeks', ' '],
        month: ['month', 'months', ' '], quarter: ['quarter', 'quarters', ' '],
        year: ['year', 'years', ' ']
    },
    'short': {
        second: ['sec.', 'sec.', ' '], minute: ['min.', 'min.', ' '], hour: ['hr.', 'hr.', ' '],
        day: ['day', 'days', ' '], week: ['wk.', 'wk.', ' '], month: ['mo.', 'mo.', ' '],
        quarter: ['qtr.', 'qtrs.', ' '], year: ['yr.', 'yr.', ' ']
    },
    narrow: {
        second: ['s', 's', ''], minute: ['m', 'm', ''], hour: ['h', 'h', ''],
        day: ['d', 'd', ''], week: ['w', 'w', ''], month: ['mo', 'mo', ''],
        quarter: ['q', 'q', ''], year: ['y', 'y', '']
    }
};

/* numeric: 'auto' phrases: style -> unit -> { '-1', '0', '1' } (short and narrow agree). */
var AUTO_LONG = {
    second: { '0': 'now' }, minute: { '0': 'this minute' }, hour: { '0': 'this hour' },
    day: { '-1': 'yesterday', '0': 'today', '1': 'tomorrow' },
    week: { '-1': 'last week', '0': 'this week', '1': 'next week' },
    month: { '-1': 'last month', '0': 'this month', '1': 'next month' },
    quarter: { '-1': 'last quarter', '0': 'this quarter', '1': 'next quarter' },
    year: { '-1': 'last year', '0': 'this year', '1': 'next year' }
};
var AUTO_SHORT = {
    second: AUTO_LONG.second, minute: AUTO_LONG.minute, hour: AUTO_LONG.hour,
    day: AUTO_LONG.day,
    week: { '-1': 'last wk.', '0': 'this wk.', '1': 'next wk.' },
    month: { '-1': 'last mo.', '0': 'this mo.', '1': 'next mo.' },
    quarter: { '-1': 'last qtr.', '0': 'this qtr.', '1': 'next qtr.' },
    year: { '-1': 'last yr.', '0': 'this yr.', '1': 'next yr.' }
};

function RelativeTimeFormat(locales, options) {
    if (!(this instanceof RelativeTimeFormat)) {
        throw new TypeError('Constructor Intl.RelativeTimeFormat requires \'new\'');
    }
    nf.localeList(locales);
    options = nf.toOptions(options, WHERE);
    nf.readLocaleMatcher(options, WHERE);
    nf.getOption(options, 'numberingSystem', 'string', null, undefined, WHERE);
    var style = nf.getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long',
        WHERE);
    var numeric = nf.getOption(options, 'numeric', 'string', ['always', 'auto'], 'always',
        WHERE);
    Object.defineProperty(this, kState, {
        value: { style: style, numeric: numeric, format: new nf.NumberFormat('en-US') }
    });
}

/* Returns the singular unit name of `unit` ('days' -> 'day'), or throws V8's RangeError. */
function singularUnit(unit) {
    var u = String(unit);
    var s = u.charAt(u.length - 1) === 's' ? u.slice(0, -1) : u;
    if (UNITS.indexOf(s) < 0) {
        throw new RangeError('Invalid unit argument for ' +
            'Intl.RelativeTimeFormat.prototype.format() \'' + u + '\'');
    }
    return s;
}

/* Returns the parts of the phrase for `value` `unit`s. */
function partsOf(st, value, unit) {
    var x = Number(value);
    var u = singularUnit(unit);
    if (x !== x || x === Infinity || x === -Infinity) {
        throw new RangeError('Value need to be finite number for ' +
            'Intl.RelativeTimeFormat.prototype.format()');
    }
    if (st.numeric === 'auto' && (x === 0 || x === 1 || x === -1)) {
        var phrases = (st.style === 'long' ? AUTO_LONG : AUTO_SHORT)[u];
        var key = x === 0 ? '0' : String(x);
        if (phrases[key] !== undefined) {
            return [{ type: 'literal', value: phrases[key] }];
        }
    }
    var past = x < 0 || (x === 0 && 1 / x < 0);
    var numParts = st.format.formatToParts(Math.abs(x));
    var digits = '';
    var parts = [];
    if (!past) {
        parts.push({ type: 'literal', value: 'in ' });
    }
    for (var i = 0; i < numParts.length; i++) {
        digits += numParts[i].value;
        parts.push({ type: numParts[i].type, value: numParts[i].value, unit: u });
    }
    var name = NAMES[st.style][u];
    var text = name[2] + name[digits === '1' ? 0 : 1];
    parts.push({ type: 'literal', value: past ? text + ' ago' : text });
    return parts;
}

nf.defineMethods(RelativeTimeFormat.prototype, {
    resolvedOptions: function resolvedOptions() {
        var st = nf.unwrap(this, kState, 'Intl.RelativeTimeFormat.prototype.resolvedOptions');
        return { locale: 'en-US', style: st.style, numeric: st.numeric, numberingSystem: 'latn' };
    },
    format: function format(value, unit) {
        var st = nf.unwrap(this, kState, 'Intl.RelativeTimeFormat.prototype.format');
        var parts = partsOf(st, value, unit);
        var s = '';
        for (var i = 0; i < parts.length; i++) {
            s += parts[i].value;
        }
        return s;
    },
    formatToParts: function formatToParts(value, unit) {
        var st = nf.unwrap(this, kState, 'Intl.RelativeTimeFormat.prototype.formatToParts');
        return partsOf(st, value, unit);
    }
}, 'Intl.RelativeTimeFormat');

Object.defineProperty(RelativeTimeFormat, 'length', { value: 0, configurable: true });
common.define(RelativeTimeFormat, 'supportedLocalesOf',
    nf.supportedLocalesOf('RelativeTimeFormat'));

module.exports = {
    RelativeTimeFormat: RelativeTimeFormat
};
