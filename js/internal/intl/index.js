'use strict';
/* js/internal/intl/index.js: the Intl object.  Every constructor lives in its own file here and
 * is loaded on first use.  nodule has no locale data: every locale formats as en-US does in
 * Node (resolvedOptions().locale says 'en-US'); docs/api.md lists what is covered. */

var Intl = {};

/* Defines Intl[name] as the constructor of file internal/intl/<file>, loaded on first use. */
function lazy(name, file) {
    Object.defineProperty(Intl, name, {
        configurable: true, enumerable: false,
        get: function () {
            var value = require('internal/intl/' + file)[name];
            Object.defineProperty(Intl, name, {
                value: value, writable: true, configurable: true, enumerable: false
            });
            return value;
        },
        set: function (value) {
            Object.defineProperty(Intl, name, {
                value: value, writable: true, configurable: true, enumerable: false
            });
        }
    });
}

lazy('NumberFormat', 'number_format');
lazy('DateTimeFormat', 'date_time_format');
lazy('PluralRules', 'plural_rules');
lazy('RelativeTimeFormat', 'relative_time_format');
lazy('ListFormat', 'list_format');
lazy('Collator', 'collator');
lazy('Segmenter', 'segmenter');
lazy('Locale', 'locale');
lazy('DisplayNames', 'display_names');

Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });

/* The locales nodule formats for: all of them, as en-US. */
Object.defineProperty(Intl, 'getCanonicalLocales', {
    writable: true, configurable: true, enumerable: false,
    value: function getCanonicalLocales(locales) {
        return require('internal/intl/locale').canonicalizeLocaleList(locales);
    }
});
Object.defineProperty(Intl, 'supportedValuesOf', {
    writable: true, configurable: true, enumerable: false,
    value: function supportedValuesOf(key) {
        return require('internal/intl/locale').supportedValuesOf(key);
    }
});

module.exports = {
    Intl: Intl,
    get NumberFormat() { return Intl.NumberFormat; },
    get DateTimeFormat() { return Intl.DateTimeFormat; },
    get Collator() { return Intl.Collator; },
    dateTimeDefaults: function dateTimeDefaults(options, which) {
        return require('internal/intl/date_time_format').dateTimeDefaults(options, which);
    }
};
