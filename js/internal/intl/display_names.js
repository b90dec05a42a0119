'use strict';
/* js/internal/intl/display_names.js: Intl.DisplayNames, with English names (CLDR's, as Node
 * prints them) for the common languages, regions, scripts and currencies, and the calendar
 * and dateTimeField types for the values nodule knows.
 *
 * A language tag is named from its dialect name when CLDR has one ('en-GB' -> British
 * English), else as 'Language (Script, Region)'.  Differences from Node 20 (ICU): the tables
 * are small, so a valid code missing from them gives the code itself (fallback 'code') or
 * undefined (fallback 'none') where Node would name it; style 'short' and 'narrow' give the
 * long names except for the few short forms listed; every locale gets the English names. */

var locale = require('internal/intl/locale');
var getOption = locale.getOption;
var WHERE = 'Intl.DisplayNames';
var define = require('internal/polyfills/common').define;

var kState = Symbol('kDisplayNamesState');

var LANGUAGES = {
    af: 'Afrikaans', am: 'Amharic', ar: 'Arabic', az: 'Azerbaijani', be: 'Belarusian',
    bg: 'Bulgarian', bn: 'Bangla', bs: 'Bosnian', ca: 'Catalan', cs: 'Czech', cy: 'Welsh',
    da: 'Danish', de: 'German', el: 'Greek', en: 'English', eo: 'Esperanto', es: 'Spanish',
    et: 'Estonian', eu: 'Basque', fa: 'Persian', fi: 'Finnish', fil: 'Filipino', fr: 'French',
    ga: 'Irish', gl: 'Galician', gu: 'Gujarati', haw: 'Hawaiian', he: 'Hebrew', hi: 'Hindi',
    hr: 'Croatian', hu: 'Hungarian', hy: 'Armenian', id: 'Indonesian', is: 'Icelandic',
    it: 'Italian', ja: 'Japanese', ka: 'Georgian', kk: 'Kazakh', km: 'Khmer', kn: 'Kannada',
    ko: 'Korean', la: 'Latin', lt: 'Lithuanian', lv: 'Latvian', mk: 'Macedonian',
    ml: 'Malayalam', mn: 'Mongolian', mr: 'Marathi', ms: 'Malay', my: 'Burmese',
    nb: 'Norwegian Bokm\u00e5l', ne: 'Nepali', nl: 'Dutch', no: 'Norwegian', pa: 'Punjabi',
    pl: 'Polish', pt: 'Portuguese', ro: 'Romanian', ru: 'Russian', si: 'Sinhala', sk: 'Slovak',
    sl: 'Slovenian', sq: 'Albanian', sr: 'Serbian', sv: 'Swedish', sw: 'Swahili', ta: 'Tamil',
    te: 'Telugu', und: 'root', th: 'Thai', tr: 'Turkish', uk: 'Ukrainian', ur: 'Urdu', uz: 'Uzbek',
    vi: 'Vietnamese', yue: 'Cantonese', zh: 'Chinese', zu: 'Zulu'
};

/* CLDR's English names of language-region and language-script combinations. */
var DIALECTS = {
    'ar-001': 'Modern Standard Arabic', 'de-AT': 'Austrian German',
    'de-CH': 'Swiss High German', 'en-AU': 'Australian English', 'en-CA': 'Canadian English',
    'en-GB': 'British English', 'en-US': 'American English', 'es-419': 'Latin American Spanish',
    'es-ES': 'European Spanish', 'es-MX': 'Mexican Spanish', 'fr-CA': 'Canadian French',
    'fr-CH': 'Swiss French', 'nl-BE': 'Flemish', 'pt-BR': 'Brazilian Portuguese',
    'pt-PT': 'European Portuguese', 'zh-Hans': 'Simplified Chinese',
    'zh-Hant': 'Traditional Chinese'
};

/* The names whose style 'short' (and 'narrow') form differs from the long one. */
var SHORT_DIALECTS = { 'en-GB': 'UK English', 'en-US': 'US English' };
var SHORT_LANGUAGES = { az: 'Azeri' };
var SHORT_REGIONS = { GB: 'UK', HK: 'Hong Kong', US: 'US' };
var SHORT_FIELDS = {
    year: 'yr.', quarter: 'qtr.', month: 'mo.', weekOfYear: 'wk.', weekday: 'day of wk.',
    hour: 'hr.', minute: 'min.', second: 'sec.', timeZoneName: 'zone'
};
var VARIANTS = { posix: 'Computer' };

var REGIONS = {
    '001': 'world', '002': 'Africa', '019': 'Americas', '142': 'Asia', '150': 'Europe',
    '419': 'Latin America', AE: 'United Arab Emirates', AR: 'Argentina', AT: 'Austria',
    AU: 'Australia', BE: 'Belgium', BR: 'Brazil', CA: 'Canada', CH: 'Switzerland', CL: 'Chile',
    CN: 'China', CO: 'Colombia', CZ: 'Czechia', DE: 'Germany', DK: 'Denmark', EG: 'Egypt',
    ES: 'Spain', FI: 'Finland', FR: 'France', GB: 'United Kingdom', GR: 'Greece',
    HK: 'Hong Kong SAR China', HU: 'Hungary', ID: 'Indonesia', IE: 'Ireland', IL: 'Israel',
    IN: 'India', IT: 'Italy', JP: 'Japan', KE: 'Kenya', KR: 'South Korea', MX: 'Mexico',
    MY: 'Malaysia', NG: 'Nigeria', NL: 'Netherlands', NO: 'Norway', NZ: 'New Zealand',
    PH: 'Philippines', PK: 'Pakistan', PL: 'Poland', PT: 'Portugal', RO: 'Romania',
    RU: 'Russia', SA: 'Saudi Arabia', SE: 'Sweden', SG: 'Singapore', TH: 'Thailand',
    TR: 'T\u00fcrkiye', TW: 'Taiwan', UA: 'Ukraine', US: 'United States', VN: 'Vietnam',
    XK: 'Kosovo', ZA: 'South Africa', ZZ: 'Unknown Region'
};

var SCRIPTS = {
    Arab: 'Arabic', Armn: 'Armenian', Beng: 'Bangla', Cyrl: 'Cyrillic', Deva: 'Devanagari',
    Ethi: 'Ethiopic', Geor: 'Georgian', Grek: 'Greek', Gujr: 'Gujarati', Guru: 'Gurmukhi',
    Hang: 'Hangul', Hani: 'Han', Hans: 'Simplified', Hant: 'Traditional', Hebr: 'Hebrew',
    Hira: 'Hiragana', Jpan: 'Japanese', Kana: 'Katakana', Khmr: 'Khmer', Knda: 'Kannada',
    Kore: 'Korean', Latn: 'Latin', Mlym: 'Malayalam', Taml: 'Tamil', Telu: 'Telugu',
    Thai: 'Thai', Tibt: 'Tibetan', Zzzz: 'Unknown Script'
};

var CURRENCIES = {
    AED: 'United Arab Emirates Dirham', ARS: 'Argentine Peso', AUD: 'Australian Dollar',
    BRL: 'Brazilian Real', CAD: 'Canadian Dollar', CHF: 'Swiss Franc', CLP: 'Chilean Peso',
    CNY: 'Chinese Yuan', COP: 'Colombian Peso', CZK: 'Czech Koruna', DKK: 'Danish Krone',
    EGP: 'Egyptian Pound', EUR: 'Euro', GBP: 'British Pound', HKD: 'Hong Kong Dollar',
    HUF: 'Hungarian Forint', IDR: 'Indonesian Rupiah', ILS: 'Israeli New Shekel',
    INR: 'Indian Rupee', JPY: 'Japanese Yen', KRW: 'South Korean Won', MXN: 'Mexican Peso',
    MYR: 'Malaysian Ringgit', NGN: 'Nigerian Naira', NOK: 'Norwegian Krone',
    NZD: 'New Zealand Dollar', PHP: 'Philippine Peso', PKR: 'Pakistani Rupee',
    PLN: 'Polish Zloty', RON: 'Romanian Leu', RUB: 'Russian Ruble', SAR: 'Saudi Riyal',
    SEK: 'Swedish Krona', SGD: 'Singapore Dollar', THB: 'Thai Baht', TRY: 'Turkish Lira',
    TWD: 'New Taiwan Dollar', UAH: 'Ukrainian Hryvnia', USD: 'US Dollar',
    VND: 'Vietnamese Dong', ZAR: 'South African Rand'
};

var CALENDARS = { gregory: 'Gregorian Calendar', iso8601: 'Gregorian Calendar (ISO 8601 Weeks)' };

var FIELDS = {
    era: 'era', year: 'year', quarter: 'quarter', month: 'month', weekOfYear: 'week',
    weekday: 'day of the week', day: 'day', dayPeriod: 'AM/PM', hour: 'hour', minute: 'minute',
    second: 'second', timeZoneName: 'time zone'
};

var TYPES = ['language', 'region', 'script', 'currency', 'calendar', 'dateTimeField'];

function invalid() {
    return new RangeError('invalid_argument');
}


/* new Intl.DisplayNames(locales, options): options.type is required. */
function DisplayNames(locales, options) {
    if (!(this instanceof DisplayNames)) {
        throw new TypeError("Constructor Intl.DisplayNames requires 'new'");
    }
    var resolved = locale.resolveLocale(locales, []);
    if (options === undefined || options === null || typeof options !== 'object') {
        throw new TypeError('invalid_argument');
    }
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', WHERE);
    var style = getOption(options, 'style', 'string', ['narrow', 'short', 'long'], 'long', WHERE);
    var type = getOption(options, 'type', 'string', TYPES, undefined, WHERE);
    if (type === undefined) {
        throw new TypeError('invalid_argument');
    }
    var fallback = getOption(options, 'fallback', 'string', ['code', 'none'], 'code', WHERE);
    var languageDisplay = getOption(options, 'languageDisplay', 'string', ['dialect', 'standard'],
        'dialect', WHERE);
    Object.defineProperty(this, kState, {
        value: { locale: resolved.locale, style: style, type: type, fallback: fallback,
                 languageDisplay: languageDisplay }
    });
}

function displayNamesState(self, name) {
    var st = self !== null && typeof self === 'object' ? self[kState] : undefined;
    if (st === undefined) {
        throw new TypeError('Method Intl.DisplayNames.prototype.' + name +
            ' called on incompatible receiver ' + String(self));
    }
    return st;
}

/* Returns the English name of a language tag, or undefined when its language is unknown and
 * nothing else is to be named. */
function languageName(st, code) {
    var r = locale.parseTag(code);
    if (r === null || r.extensions.length || r.unicode || r.privateUse ||
        !/^[a-zA-Z]{2,3}(-|$)/.test(code)) {
        throw invalid();
    }
    var short = st.style !== 'long';
    var name = (short && SHORT_LANGUAGES[r.language]) || LANGUAGES[r.language];
    var extra = [];
    var script = r.script;
    var region = r.region;
    var onePart = (script === '') !== (region === '');
    if (st.languageDisplay === 'dialect' && name !== undefined && onePart) {
        var tag = r.language + '-' + (script || region);
        var dialect = (short && SHORT_DIALECTS[tag]) || DIALECTS[tag];
        if (dialect !== undefined) {
            name = dialect;
            script = region = '';
        }
    }
    if (script) extra.push(SCRIPTS[script] || script);
    if (region) extra.push((short && SHORT_REGIONS[region]) || REGIONS[region] || region);
    for (var i = 0; i < r.variants.length; i++) {
        extra.push(VARIANTS[r.variants[i]] || r.variants[i].toUpperCase());
    }
    if (extra.length === 0) {
        return name;
    }
    return (name === undefined ? r.language : name) + ' (' + extra.join(', ') + ')';
}

/* displayNames.of(code): the name, the canonical code (fallback 'code') or undefined. */
function of(code) {
    var st = displayNamesState(this, 'of');
    code = String(code);
    var name;
    var canonical = code;
    switch (st.type) {
    case 'language':
        name = languageName(st, code);
        canonical = locale.canonicalizeLocaleList(code)[0];
        break;
    case 'region':
        if (!/^([a-zA-Z]{2}|[0-9]{3})$/.test(code)) throw invalid();
        name = (st.style !== 'long' && SHORT_REGIONS[code]) || REGIONS[code];
        break;
    case 'script':
        if (!/^[a-zA-Z]{4}$/.test(code)) throw invalid();
        name = SCRIPTS[code];
        break;
    case 'currency':
        if (!/^[a-zA-Z]{3}$/.test(code)) throw invalid();
        canonical = code.toUpperCase();
        name = CURRENCIES[canonical];
        break;
    case 'calendar':
        if (!/^[a-zA-Z0-9]{3,8}(-[a-zA-Z0-9]{3,8})*$/.test(code)) throw invalid();
        canonical = code.toLowerCase();
        name = CALENDARS[canonical];
        break;
    default:
        if (!Object.prototype.hasOwnProperty.call(FIELDS, code)) throw invalid();
        name = (st.style !== 'long' && SHORT_FIELDS[code]) || FIELDS[code];
    }
    if (name !== undefined) {
        return name;
    }
    return st.fallback === 'code' ? canonical : undefined;
}

function resolvedOptions() {
    var st = displayNamesState(this, 'resolvedOptions');
    var r = { locale: st.locale, style: st.style, type: st.type, fallback: st.fallback };
    if (st.type === 'language') {
        r.languageDisplay = st.languageDisplay;
    }
    return r;
}

(function build() {
    define(DisplayNames.prototype, 'of', of);
    define(DisplayNames.prototype, 'resolvedOptions', resolvedOptions);
    Object.defineProperty(DisplayNames.prototype, Symbol.toStringTag, {
        value: 'Intl.DisplayNames', configurable: true
    });
    define(DisplayNames, 'supportedLocalesOf', locale.supportedLocalesOf('DisplayNames'));
})();

module.exports = {
    DisplayNames: DisplayNames
};
