'use strict';
/* js/internal/intl/locale.js: BCP 47 language tags for Intl: Intl.Locale, the locale-list
 * canonicalization behind Intl.getCanonicalLocales and every constructor's `locales` argument,
 * Intl.supportedValuesOf, and locale resolution shared by the other Intl files.
 *
 * Tags are parsed by the unicode_locale_id grammar of UTS #35 (language, script, region,
 * variants, extensions, private use), then canonicalized as V8 does for the cases that need no
 * data: letter case, sorted extensions and -u- keywords, 'true' values dropped, a few deprecated
 * language codes (iw -> he ...).  Differences from Node 20 (ICU): no CLDR alias data beyond
 * that table, no grandfathered tags ('i-klingon' is rejected); maximize()/minimize() know only
 * a handful of languages (others come back unchanged); nodule has only English data, so the
 * supported locales are those whose language is 'en' and every other request resolves to 'en-US';
 * supportedValuesOf lists what nodule implements (gregory, latn, UTC...), not ICU's catalogue. */

var kTag = Symbol('kLocaleTag');

var LANGUAGE_ALIASES = { iw: 'he', 'in': 'id', ji: 'yi', jw: 'jv', mo: 'ro', tl: 'fil' };

/* language -> [script, region] for maximize()/minimize(): the most used languages only. */
var LIKELY = {
    en: ['Latn', 'US'], fr: ['Latn', 'FR'], de: ['Latn', 'DE'], es: ['Latn', 'ES'],
    it: ['Latn', 'IT'], pt: ['Latn', 'BR'], nl: ['Latn', 'NL'], sv: ['Latn', 'SE'],
    pl: ['Latn', 'PL'], ru: ['Cyrl', 'RU'], uk: ['Cyrl', 'UA'], zh: ['Hans', 'CN'],
    ja: ['Jpan', 'JP'], ko: ['Kore', 'KR'], ar: ['Arab', 'EG'], he: ['Hebr', 'IL'],
    hi: ['Deva', 'IN'], tr: ['Latn', 'TR'], el: ['Grek', 'GR'], th: ['Thai', 'TH']
};

function isAlpha(s) { return /^[a-zA-Z]+$/.test(s); }
function isDigit(s) { return /^[0-9]+$/.test(s); }
function isAlnum(s) { return /^[a-zA-Z0-9]+$/.test(s); }

function titleCase(s) {
    return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/* Parses a -u- extension's subtags (lower-cased) into { attributes, keywords: [[key, value]] }
 * sorted by key; returns null when the grammar or a duplicate key makes it invalid. */
function parseUnicodeExtension(subtags) {
    var attributes = [];
    var keywords = [];
    var seen = {};
    var i = 0;
    while (i < subtags.length && subtags[i].length >= 3) {
        attributes.push(subtags[i++]);
    }
    while (i < subtags.length) {
        var key = subtags[i++];
        if (key.length !== 2 || !/^[a-z0-9][a-z]$/.test(key) || seen[key]) {
            return null;
        }
        seen[key] = true;
        var types = [];
        while (i < subtags.length && subtags[i].length >= 3) {
            types.push(subtags[i++]);
        }
        var value = types.join('-');
        keywords.push([key, value === 'true' ? '' : value]);
    }
    keywords.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
    return { attributes: attributes, keywords: keywords };
}

/* Parses a language tag.  Returns { language, script, region, variants, extensions:
 * [[singleton, text]], unicode: { attributes, keywords } or null, privateUse } with canonical
 * case, or null if the tag is not well-formed. */
function parseTag(tag) {
    if (typeof tag !== 'string' || !/^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$/.test(tag)) {
        return null;
    }
    var parts = tag.toLowerCase().split('-');
    var r = { language: '', script: '', region: '', variants: [], extensions: [], unicode: null,
              privateUse: '', duplicateVariant: false };
    var i = 0;
    var p = parts[i];
    if (!(isAlpha(p) && (p.length === 2 || p.length === 3 || (p.length >= 5 && p.length <= 8)))) {
        return null;
    }
    r.language = LANGUAGE_ALIASES[p] || p;
    i++;
    if (i < parts.length && parts[i].length === 4 && isAlpha(parts[i])) {
        r.script = titleCase(parts[i++]);
    }
    if (i < parts.length && ((parts[i].length === 2 && isAlpha(parts[i])) ||
                             (parts[i].length === 3 && isDigit(parts[i])))) {
        r.region = parts[i++].toUpperCase();
    }
    while (i < parts.length && ((parts[i].length >= 5 && parts[i].length <= 8) ||
                                (parts[i].length === 4 && /^[0-9]/.test(parts[i])))) {
        if (r.variants.indexOf(parts[i]) >= 0) {
            r.duplicateVariant = true;
        }
        r.variants.push(parts[i++]);
    }
    var singletons = {};
    while (i < parts.length) {
        var s = parts[i++];
        if (s.length !== 1) {
            return null;
        }
        var sub = [];
        if (s === 'x') {
            while (i < parts.length) {
                if (parts[i].length > 8) {
                    return null;
                }
                sub.push(parts[i++]);
            }
            if (sub.length === 0) {
                return null;
            }
            r.privateUse = 'x-' + sub.join('-');
            break;
        }
        while (i < parts.length && parts[i].length >= 2 && parts[i].length <= 8) {
            sub.push(parts[i++]);
        }
        if (sub.length === 0 || singletons[s]) {
            return null;
        }
        singletons[s] = true;
        if (s === 'u') {
            r.unicode = parseUnicodeExtension(sub);
            if (r.unicode === null) {
                return null;
            }
        } else {
            r.extensions.push([s, sub.join('-')]);
        }
    }
    r.variants.sort();
    return r;
}

/* Returns the -u- extension text ('u-ca-gregory-kn') of a parsed tag, or ''. */
function unicodeText(u) {
    if (u === null || (u.attributes.length === 0 && u.keywords.length === 0)) {
        return '';
    }
    var out = ['u'].concat(u.attributes);
    for (var i = 0; i < u.keywords.length; i++) {
        out.push(u.keywords[i][0]);
        if (u.keywords[i][1] !== '') {
            out.push(u.keywords[i][1]);
        }
    }
    return out.join('-');
}

function baseNameOf(r) {
    var out = [r.language];
    if (r.script) out.push(r.script);
    if (r.region) out.push(r.region);
    return out.concat(r.variants).join('-');
}

/* Serializes a parsed tag in canonical form. */
function tagToString(r) {
    var exts = r.extensions.slice();
    var u = unicodeText(r.unicode);
    if (u !== '') {
        exts.push(['u', u.slice(2)]);
    }
    exts.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
    var out = [baseNameOf(r)];
    for (var i = 0; i < exts.length; i++) {
        out.push(exts[i][0] + '-' + exts[i][1]);
    }
    if (r.privateUse) {
        out.push(r.privateUse);
    }
    return out.join('-');
}

function invalidTag() {
    return new RangeError('Incorrect locale information provided');
}

/* Returns the canonical form of one tag; throws RangeError if it is not well-formed (with
 * V8's other wording for a repeated variant). */
function canonicalizeTag(tag) {
    var r = parseTag(tag);
    if (r === null) {
        throw invalidTag();
    }
    if (r.duplicateVariant) {
        throw new RangeError('Invalid language tag: ' + tag.toLowerCase());
    }
    return tagToString(r);
}

/* CanonicalizeLocaleList (ECMA-402 9.2.1): undefined -> [], a string or Intl.Locale -> one
 * tag, otherwise an array-like of them; duplicates are dropped.  Throws TypeError for entries
 * that are neither strings nor objects, RangeError for malformed tags. */
function canonicalizeLocaleList(locales) {
    var seen = [];
    if (locales === undefined) {
        return seen;
    }
    var list;
    if (typeof locales === 'string' || isLocale(locales)) {
        list = [locales];
    } else {
        if (locales === null) {
            throw new TypeError('Cannot convert undefined or null to object');
        }
        list = Object(locales);
    }
    var len = Math.min(Math.max(Math.floor(Number(list.length)) || 0, 0), 9007199254740991);
    for (var k = 0; k < len; k++) {
        if (!(k in list)) {
            continue;
        }
        var v = list[k];
        if (typeof v !== 'string' && (v === null || (typeof v !== 'object' &&
                                                      typeof v !== 'function'))) {
            throw new TypeError('Language ID should be string or object.');
        }
        var tag = canonicalizeTag(isLocale(v) ? v[kTag] : String(v));
        if (seen.indexOf(tag) < 0) {
            seen.push(tag);
        }
    }
    return seen;
}

/* Returns true when nodule has data for the canonical tag: English only. */
function isSupported(tag) {
    return tag === 'en' || tag.slice(0, 3) === 'en-';
}

/* Returns Intl[name].supportedLocalesOf: the supported (English) subset of a locale list.  The
 * option errors name the constructor, as V8's do. */
function supportedLocalesOf(name) {
    var where = 'Intl.' + name + '.supportedLocalesOf';
    return function supportedLocalesOf(locales) {
        var list = canonicalizeLocaleList(locales);
        var options = arguments[1];
        if (options !== undefined) {
            if (options === null) {
                throw new TypeError('Cannot convert undefined or null to object');
            }
            var m = Object(options).localeMatcher;
            if (m !== undefined && String(m) !== 'lookup' && String(m) !== 'best fit') {
                throw new RangeError('Value ' + String(m) + ' out of range for ' + where +
                    ' options property localeMatcher');
            }
        }
        return list.filter(isSupported);
    };
}

/* Resolves a locale list for a constructor: returns { locale, keywords } where locale is the
 * first supported request's base name (or 'en-US'), and keywords maps each -u- key listed in
 * `relevant` (['kn', 'kf']) that the request carried to its value ('' for true). */
function resolveLocale(locales, relevant) {
    var list = canonicalizeLocaleList(locales);
    var keywords = {};
    for (var i = 0; i < list.length; i++) {
        if (!isSupported(list[i])) {
            continue;
        }
        var r = parseTag(list[i]);
        if (r.unicode !== null) {
            for (var j = 0; j < r.unicode.keywords.length; j++) {
                var kw = r.unicode.keywords[j];
                if ((relevant || []).indexOf(kw[0]) >= 0) {
                    keywords[kw[0]] = kw[1];
                }
            }
        }
        return { locale: baseNameOf(r), keywords: keywords };
    }
    return { locale: 'en-US', keywords: keywords };
}

function isLocale(v) {
    return v !== null && typeof v === 'object' && typeof v[kTag] === 'string';
}

/* Reads option `name` of `options` as a string, checked against `test` (an array of values:
 * RangeError naming the option; or a RegExp: RangeError for a bad tag); undefined when
 * absent. */
function localeOption(options, name, test) {
    var v = options[name];
    if (v === undefined) {
        return undefined;
    }
    v = String(v);
    if (Array.isArray(test) ? test.indexOf(v) < 0 : !test.test(v)) {
        if (Array.isArray(test)) {
            throw new RangeError('Value ' + v + ' out of range for locale options property ' +
                name);
        }
        throw invalidTag();
    }
    return v;
}

var TYPE_RE = /^[a-zA-Z0-9]{3,8}(-[a-zA-Z0-9]{3,8})*$/;

/* Sets (or replaces) -u- keyword `key` of a parsed tag. */
function setKeyword(r, key, value) {
    if (r.unicode === null) {
        r.unicode = { attributes: [], keywords: [] };
    }
    var kws = r.unicode.keywords;
    for (var i = 0; i < kws.length; i++) {
        if (kws[i][0] === key) {
            kws[i][1] = value;
            return;
        }
    }
    kws.push([key, value]);
    kws.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
}

function getKeyword(r, key) {
    var kws = r.unicode ? r.unicode.keywords : [];
    for (var i = 0; i < kws.length; i++) {
        if (kws[i][0] === key) {
            return kws[i][1];
        }
    }
    return undefined;
}

/* new Intl.Locale(tag, options) */
function Locale(tag, options) {
    if (!(this instanceof Locale)) {
        throw new TypeError("Constructor Intl.Locale requires 'new'");
    }
    if (tag === undefined) {
        throw new TypeError('First argument to Intl.Locale constructor can\'t be empty or missing');
    }
    if (typeof tag !== 'string' && !isLocale(tag) && (tag === null || typeof tag !== 'object')) {
        throw new TypeError('First argument to Intl.Locale constructor can\'t be empty or missing');
    }
    var text = isLocale(tag) ? tag[kTag] : String(tag);
    if (text === '') {
        throw new RangeError('First argument to Intl.Locale constructor can\'t be empty or ' +
            'missing');
    }
    var r = parseTag(text);
    if (r === null || r.duplicateVariant) {
        throw invalidTag();
    }
    var o = options === undefined ? {} : Object(options);
    var language = localeOption(o, 'language', /^([a-zA-Z]{2,3}|[a-zA-Z]{5,8})$/);
    var script = localeOption(o, 'script', /^[a-zA-Z]{4}$/);
    var region = localeOption(o, 'region', /^([a-zA-Z]{2}|[0-9]{3})$/);
    if (language !== undefined) r.language = language.toLowerCase();
    if (script !== undefined) r.script = titleCase(script);
    if (region !== undefined) r.region = region.toUpperCase();
    var keys = [['calendar', 'ca', TYPE_RE], ['collation', 'co', TYPE_RE],
                ['hourCycle', 'hc', ['h11', 'h12', 'h23', 'h24']],
                ['caseFirst', 'kf', ['upper', 'lower', 'false']],
                ['numberingSystem', 'nu', TYPE_RE]];
    for (var i = 0; i < keys.length; i++) {
        var v = localeOption(o, keys[i][0], keys[i][2]);
        if (v !== undefined) {
            setKeyword(r, keys[i][1], v.toLowerCase());
        }
    }
    if (o.numeric !== undefined) {
        setKeyword(r, 'kn', o.numeric ? '' : 'false');
    }
    Object.defineProperty(this, kTag, { value: tagToString(r) });
}

function localeThis(self, name) {
    if (!isLocale(self)) {
        throw new TypeError('Method Intl.Locale.prototype.' + name +
            ' called on incompatible receiver ' + String(self));
    }
    return parseTag(self[kTag]);
}

function keywordGetter(name, key) {
    return function () {
        var v = getKeyword(localeThis(this, name), key);
        return v === undefined ? undefined : v;
    };
}

var getters = {
    baseName: function () { return baseNameOf(localeThis(this, 'baseName')); },
    calendar: keywordGetter('calendar', 'ca'),
    caseFirst: function () {
        var v = getKeyword(localeThis(this, 'caseFirst'), 'kf');
        return v === undefined ? undefined : (v === '' ? 'true' : v);
    },
    collation: keywordGetter('collation', 'co'),
    hourCycle: keywordGetter('hourCycle', 'hc'),
    numeric: function () {
        var v = getKeyword(localeThis(this, 'numeric'), 'kn');
        return v === '' || v === 'true';
    },
    numberingSystem: keywordGetter('numberingSystem', 'nu'),
    language: function () { return localeThis(this, 'language').language; },
    script: function () { return localeThis(this, 'script').script || undefined; },
    region: function () { return localeThis(this, 'region').region || undefined; }
};

/* Returns a new Locale like `r` with script and region filled in (maximize) or removed when
 * the likely-subtags table would add them back (minimize). */
function likely(self, name, maximize) {
    var r = localeThis(self, name);
    var data = LIKELY[r.language];
    if (data !== undefined) {
        if (maximize) {
            r.script = r.script || data[0];
            r.region = r.region || data[1];
        } else {
            if (r.script === data[0]) r.script = '';
            if (r.region === data[1] && r.script === '') r.region = '';
        }
    }
    return new Locale(tagToString(r));
}

var methods = {
    maximize: function maximize() { return likely(this, 'maximize', true); },
    minimize: function minimize() { return likely(this, 'minimize', false); },
    toString: function toString() { return tagToString(localeThis(this, 'toString')); }
};

(function build() {
    var names = Object.keys(methods);
    var i;
    for (i = 0; i < names.length; i++) {
        Object.defineProperty(Locale.prototype, names[i], {
            value: methods[names[i]], writable: true, configurable: true, enumerable: false
        });
    }
    names = Object.keys(getters);
    for (i = 0; i < names.length; i++) {
        Object.defineProperty(Locale.prototype, names[i], {
            get: getters[names[i]], configurable: true, enumerable: false
        });
    }
    Object.defineProperty(Locale.prototype, Symbol.toStringTag, {
        value: 'Intl.Locale', configurable: true
    });
})();

var CURRENCIES = [
    'AED', 'ARS', 'AUD', 'BRL', 'CAD', 'CHF', 'CLP', 'CNY', 'COP', 'CZK', 'DKK', 'EGP', 'EUR',
    'GBP', 'HKD', 'HUF', 'IDR', 'ILS', 'INR', 'JPY', 'KRW', 'MXN', 'MYR', 'NGN', 'NOK', 'NZD',
    'PHP', 'PKR', 'PLN', 'RON', 'RUB', 'SAR', 'SEK', 'SGD', 'THB', 'TRY', 'TWD', 'UAH', 'USD',
    'VND', 'ZAR'
];

/* ECMA-402's sanctioned simple units (6.6.2), which every implementation supports. */
var UNITS = [
    'acre', 'bit', 'byte', 'celsius', 'centimeter', 'day', 'degree', 'fahrenheit',
    'fluid-ounce', 'foot', 'gallon', 'gigabit', 'gigabyte', 'gram', 'hectare', 'hour', 'inch',
    'kilobit', 'kilobyte', 'kilogram', 'kilometer', 'liter', 'megabit', 'megabyte', 'meter',
    'microsecond', 'mile', 'mile-scandinavian', 'milliliter', 'millimeter', 'millisecond',
    'minute', 'month', 'nanosecond', 'ounce', 'percent', 'petabyte', 'pound', 'second', 'stone',
    'terabit', 'terabyte', 'week', 'yard', 'year'
];

/* Intl.supportedValuesOf(key): what nodule itself implements for each key, sorted. */
function supportedValuesOf(key) {
    key = String(key);
    switch (key) {
    case 'calendar': return ['gregory'];
    case 'collation': return [];
    case 'currency': return CURRENCIES.slice();
    case 'numberingSystem': return ['latn'];
    case 'timeZone': return ['UTC'];
    case 'unit': return UNITS.slice();
    default: throw new RangeError('Invalid key : ' + key);
    }
}

/* GetOption, for every Intl constructor: options[prop] as a string or boolean, checked against
 * `values` (RangeError with V8's message naming `where`), or `fallback` when undefined. */
function getOption(options, prop, type, values, fallback, where) {
    var value = options[prop];
    if (value === undefined) {
        return fallback;
    }
    if (type === 'boolean') {
        return Boolean(value);
    }
    value = String(value);
    if (values && values.indexOf(value) < 0) {
        throw new RangeError('Value ' + value + ' out of range for ' + where +
            ' options property ' + prop);
    }
    return value;
}

module.exports = {
    Locale: Locale,
    getOption: getOption,
    canonicalizeLocaleList: canonicalizeLocaleList,
    supportedValuesOf: supportedValuesOf,
    supportedLocalesOf: supportedLocalesOf,
    resolveLocale: resolveLocale,
    parseTag: parseTag
};
