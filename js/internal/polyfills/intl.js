'use strict';
/* js/internal/polyfills/intl.js: the Intl area of the lazy polyfills (index.js): the Intl global
 * (js/internal/intl/) and the locale-sensitive methods built on it, which Duktape either lacks
 * or answers without a locale: Number.prototype.toLocaleString, Date.prototype.toLocaleString,
 * toLocaleDateString and toLocaleTimeString, String.prototype.localeCompare. */

var common = require('internal/polyfills/common');

var built = false;
var intl = null;

function thisNumber(value) {
    if (typeof value === 'number') {
        return value;
    }
    if (value !== null && typeof value === 'object' &&
        Object.prototype.toString.call(value) === '[object Number]') {
        return Number.prototype.valueOf.call(value);
    }
    throw new TypeError('Number.prototype.toLocaleString requires that \'this\' be a Number');
}

function thisTime(value, name) {
    if (Object.prototype.toString.call(value) !== '[object Date]') {
        var shown = value !== null && typeof value === 'object' ? '#<' +
            (value.constructor && value.constructor.name || 'Object') + '>' : String(value);
        throw new TypeError('Method Date.prototype.' + name + ' called on incompatible ' +
            'receiver ' + shown);
    }
    return Date.prototype.getTime.call(value);
}

/* Runs fn, naming `method` instead of Intl.X in its option errors, as V8 does. */
function asMethod(method, ctor, fn) {
    try {
        return fn();
    } catch (e) {
        if (e instanceof RangeError && typeof e.message === 'string') {
            e.message = e.message.replace('Intl.' + ctor + ' ', method + ' ');
        }
        throw e;
    }
}

/* Date's toLocale*String: the date part, the time part or both, as Intl.DateTimeFormat gives
 * them when the options ask for none. */
function dateMethod(name, defaults) {
    return function (locales, options) {
        var t = thisTime(this, name);
        if (t !== t) {
            return 'Invalid Date';
        }
        return asMethod('Date.prototype.' + name, 'DateTimeFormat', function () {
            return new intl.DateTimeFormat(locales, intl.dateTimeDefaults(options, defaults))
                .format(t);
        });
    };
}

function install(global) {
    if (!built) {
        built = true;
        intl = require('internal/intl/index');
        common.define(Number.prototype, 'toLocaleString', function toLocaleString(locales, options) {
            var n = thisNumber(this);
            return asMethod('Number.prototype.toLocaleString', 'NumberFormat', function () {
                return new intl.NumberFormat(locales, options).format(n);
            });
        });
        common.define(Date.prototype, 'toLocaleString', dateMethod('toLocaleString', 'all'));
        common.define(Date.prototype, 'toLocaleDateString', dateMethod('toLocaleDateString', 'date'));
        common.define(Date.prototype, 'toLocaleTimeString', dateMethod('toLocaleTimeString', 'time'));
        common.define(String.prototype, 'localeCompare', function localeCompare(that, locales, options) {
            if (this === null || this === undefined) {
                throw new TypeError('String.prototype.localeCompare called on null or undefined');
            }
            return new intl.Collator(locales, options).compare(String(this), String(that));
        });
    }
    common.defineGlobal(global, 'Intl', intl.Intl);
}

module.exports = {
    install: install
};
