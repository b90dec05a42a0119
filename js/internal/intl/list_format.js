'use strict';
/* js/internal/intl/list_format.js: Intl.ListFormat with the English patterns for every locale:
 * "a, b, and c", "a, b, or c", "a, b, c" and their short and narrow forms.
 *
 * Differences from Node 20 (ICU): every locale uses the English patterns and
 * resolvedOptions().locale is 'en-US'. */

var common = require('internal/polyfills/common');
var nf = require('internal/intl/number_format');

var kState = common.hiddenKey('listFormat');
var WHERE = 'Intl.ListFormat';

/* type -> style -> [between two, before the last of three or more, between the others] */
var PATTERNS = {
    conjunction: {
        'long': [' and ', ', and ', ', '],
        'short': [' & ', ', & ', ', '],
        narrow: [', ', ', ', ', ']
    },
    disjunction: {
        'long': [' or ', ', or ', ', '],
        'short': [' or ', ', or ', ', '],
        narrow: [' or ', ', or ', ', ']
    },
    unit: {
        'long': [', ', ', ', ', '],
        'short': [', ', ', ', ', '],
        narrow: [' ', ' ', ' ']
    }
};

function ListFormat(locales, options) {
    if (!(this instanceof ListFormat)) {
        throw new TypeError('Constructor Intl.ListFormat requires \'new\'');
    }
    nf.localeList(locales);
    options = nf.toOptions(options, WHERE);
    nf.readLocaleMatcher(options, WHERE);
    var type = nf.getOption(options, 'type', 'string', ['conjunction', 'disjunction', 'unit'],
        'conjunction', WHERE);
    var style = nf.getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long',
        WHERE);
    Object.defineProperty(this, kState, { value: { type: type, style: style } });
}

/* StringListFromIterable: the strings of `list`; undefined is the empty list. */
function stringList(list) {
    var out = [];
    if (list === undefined) {
        return out;
    }
    common.forOf(list, function (item) {
        if (typeof item !== 'string') {
            throw new TypeError('Iterable yielded ' +
                (typeof item === 'symbol' ? item.toString() : String(item)) +
                ' which is not a string');
        }
        out.push(item);
    });
    return out;
}

/* Returns the parts of the list as the patterns of st join it. */
function partsOf(st, list) {
    var items = stringList(list);
    var pat = PATTERNS[st.type][st.style];
    var parts = [];
    for (var i = 0; i < items.length; i++) {
        if (i > 0) {
            var sep = items.length === 2 ? pat[0] : i === items.length - 1 ? pat[1] : pat[2];
            parts.push({ type: 'literal', value: sep });
        }
        parts.push({ type: 'element', value: items[i] });
    }
    return parts;
}

nf.defineMethods(ListFormat.prototype, {
    resolvedOptions: function resolvedOptions() {
        var st = nf.unwrap(this, kState, 'Intl.ListFormat.prototype.resolvedOptions');
        return { locale: 'en-US', type: st.type, style: st.style };
    },
    format: function format(list) {
        var st = nf.unwrap(this, kState, 'Intl.ListFormat.prototype.format');
        var parts = partsOf(st, list);
        var s = '';
        for (var i = 0; i < parts.length; i++) {
            s += parts[i].value;
        }
        return s;
    },
    formatToParts: function formatToParts(list) {
        var st = nf.unwrap(this, kState, 'Intl.ListFormat.prototype.formatToParts');
        return partsOf(st, list);
    }
}, 'Intl.ListFormat');

Object.defineProperty(ListFormat, 'length', { value: 0, configurable: true });
common.define(ListFormat, 'supportedLocalesOf', nf.supportedLocalesOf('ListFormat'));

module.exports = {
    ListFormat: ListFormat
};
