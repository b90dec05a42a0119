'use strict';
/* js/internal/intl/date_time_format.js: Intl.DateTimeFormat with the en-US patterns for every
 * locale, and dateTimeDefaults(), the ToDateTimeOptions step of Date.prototype.toLocaleString,
 * toLocaleDateString and toLocaleTimeString (js/internal/polyfills/intl.js).
 *
 * The options become a set of fields (weekday, era, year, month, day, hour, minute, second,
 * fractionalSecondDigits, dayPeriod, timeZoneName); dateStyle and timeStyle are expanded into
 * the same fields.  A date part and a time part are laid out as ICU lays out en-US ("1/5/2024",
 * "January 5, 2024", "3:04 PM") and joined with ', ' or ' at ' as CLDR's dateTimeFormats say.
 *
 * Time zones: there is no tz database.  'UTC', 'Etc/UTC', 'GMT' and their aliases are exact, and
 * so are the fixed 'Etc/GMT+5' zones.  With no timeZone option the process's local zone is used
 * through Date's local getters; resolvedOptions().timeZone then names process.env.TZ, or 'UTC'
 * when TZ is unset.  A name equal to process.env.TZ also formats in local time.  Any other
 * well-formed IANA name is accepted but formats as UTC (Node would apply the zone's rules, and
 * throws RangeError for names that do not exist, such as 'Foo/Bar').
 *
 * Other differences from Node 20 (ICU): every locale formats as en-US and
 * resolvedOptions().locale is 'en-US'; only the gregory calendar and latn digits; timeZoneName
 * for zones other than UTC prints an offset ('GMT+1'), never a name ('CET'); dayPeriod has no
 * 'noon' or 'midnight'; formatRange repeats the whole pattern on both sides ("1/5/2024 - 1/7/2024"
 * style) where ICU leaves out the fields the two dates share. */

var common = require('internal/polyfills/common');
var nf = require('internal/intl/number_format');

var kState = common.hiddenKey('dateTimeFormat');
var kBound = common.hiddenKey('dateTimeFormatBound');
var WHERE = 'Intl.DateTimeFormat';

var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
              'September', 'October', 'November', 'December'];
var WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

var TEXT = ['narrow', 'short', 'long'];
var NUMERIC = ['2-digit', 'numeric'];
var STYLES = ['full', 'long', 'medium', 'short'];

/* The component options in the order of resolvedOptions(): [name, allowed values]. */
var FIELDS = [
    ['weekday', TEXT], ['era', TEXT], ['year', NUMERIC],
    ['month', ['2-digit', 'numeric', 'narrow', 'short', 'long']], ['day', NUMERIC],
    ['dayPeriod', TEXT], ['hour', NUMERIC], ['minute', NUMERIC], ['second', NUMERIC],
    ['fractionalSecondDigits', null],
    ['timeZoneName', ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric',
                      'longGeneric']]
];

var DATE_STYLES = {
    full: { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' },
    'long': { month: 'long', day: 'numeric', year: 'numeric' },
    medium: { month: 'short', day: 'numeric', year: 'numeric' },
    'short': { month: 'numeric', day: 'numeric', year: '2-digit' }
};
var TIME_STYLES = {
    full: { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'long' },
    'long': { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'short' },
    medium: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
    'short': { hour: 'numeric', minute: '2-digit' }
};

/* ------------------------------------------------------------------------------------------ */
/* ToDateTimeOptions */

/* ToDateTimeOptions: returns options (as an object inheriting from them) with the default
 * fields added when none of the `required` ones ('date', 'time' or 'any') is set; `defaults`
 * ('date', 'time' or 'all') says which.  Throws TypeError when a date is required and timeStyle
 * is set, or a time and dateStyle. */
function toDateTimeOptions(options, which, defaults) {
    which = which === 'all' ? 'any' : which;
    var base = options === undefined ? null : nf.toOptions(options, WHERE);
    var out = Object.create(base);
    var need = true;
    var i;
    if (which !== 'time') {
        var dateKeys = ['weekday', 'year', 'month', 'day'];
        for (i = 0; i < dateKeys.length; i++) {
            if (out[dateKeys[i]] !== undefined) {
                need = false;
            }
        }
    }
    if (which !== 'date') {
        var timeKeys = ['dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits'];
        for (i = 0; i < timeKeys.length; i++) {
            if (out[timeKeys[i]] !== undefined) {
                need = false;
            }
        }
    }
    var dateStyle = out.dateStyle;
    var timeStyle = out.timeStyle;
    if (dateStyle !== undefined || timeStyle !== undefined) {
        need = false;
    }
    if (which === 'date' && timeStyle !== undefined) {
        throw new TypeError('Invalid option : timeStyle');
    }
    if (which === 'time' && dateStyle !== undefined) {
        throw new TypeError('Invalid option : dateStyle');
    }
    if (need && defaults !== 'time') {
        out.year = out.month = out.day = 'numeric';
    }
    if (need && defaults !== 'date') {
        out.hour = out.minute = out.second = 'numeric';
    }
    return out;
}

/* Returns options with the defaults that Date's toLocaleString ('all'), toLocaleDateString
 * ('date') and toLocaleTimeString ('time') add before they create a DateTimeFormat. */
function dateTimeDefaults(options, which) {
    return toDateTimeOptions(options, which, which);
}

/* ------------------------------------------------------------------------------------------ */
/* Time zones */

var UTC_NAMES = ['utc', 'etc/utc', 'gmt', 'etc/gmt', 'etc/universal', 'universal', 'etc/uct',
                 'uct', 'etc/zulu', 'zulu', 'etc/greenwich', 'greenwich', 'gmt0', 'etc/gmt0',
                 'gmt+0', 'gmt-0', 'etc/gmt+0', 'etc/gmt-0'];

/* Returns the local zone's name: process.env.TZ (without a leading ':'), else 'UTC'. */
function localZoneName() {
    var tz = typeof process === 'object' && process.env ? process.env.TZ : undefined;
    if (typeof tz === 'string' && tz.charAt(0) === ':') {
        tz = tz.slice(1);
    }
    if (!tz || /^\//.test(tz)) {
        return 'UTC';
    }
    return UTC_NAMES.indexOf(tz.toLowerCase()) >= 0 ? 'UTC' : tz;
}

/* Returns IANA's casing of a zone name: 'america/new_york' -> 'America/New_York'. */
function zoneCase(name) {
    return name.toLowerCase().replace(/(^|[\/_\-])([a-z])/g, function (m, sep, c) {
        return sep + c.toUpperCase();
    });
}

/* Returns { name, offset } for the timeZone option: offset is minutes east of UTC, or null for
 * the local zone.  Throws RangeError for a name that is not well formed. */
function resolveZone(tz) {
    if (tz === undefined) {
        var local = localZoneName();
        return { name: local, offset: local === 'UTC' ? 0 : null };
    }
    var name = String(tz);
    var lower = name.toLowerCase();
    if (UTC_NAMES.indexOf(lower) >= 0) {
        return { name: 'UTC', offset: 0 };
    }
    var m = /^etc\/gmt([+-])(\d{1,2})$/.exec(lower);
    if (m && Number(m[2]) <= (m[1] === '-' ? 14 : 12)) {
        return { name: 'Etc/GMT' + m[1] + Number(m[2]),
                 offset: (m[1] === '-' ? 60 : -60) * Number(m[2]) };
    }
    if (!/^[A-Za-z][A-Za-z0-9_+\-]*(\/[A-Za-z0-9_][A-Za-z0-9_+\-]*)*$/.test(name)) {
        throw new RangeError('Invalid time zone specified: ' + name);
    }
    if (name === localZoneName()) {
        return { name: name, offset: null };
    }
    /* No tz database: a zone we cannot resolve formats as UTC (see the header). */
    return { name: /^[A-Z]+$/.test(name) ? name : zoneCase(name), offset: 0 };
}

/* Returns the time zone name text for `style` at an offset of `offset` minutes. */
function zoneText(st, offset, style) {
    if (st.timeZone === 'UTC' && (style === 'short' || style === 'long')) {
        return style === 'long' ? 'Coordinated Universal Time' : 'UTC';
    }
    var sign = offset < 0 ? '-' : '+';
    var abs = Math.abs(offset);
    var h = Math.floor(abs / 60);
    var min = abs % 60;
    if (style === 'long' || style === 'longOffset' || style === 'longGeneric') {
        return offset === 0 && style !== 'longOffset' && style !== 'longGeneric' ? 'GMT' :
            'GMT' + sign + pad2(h) + ':' + pad2(min);
    }
    if (offset === 0) {
        return style === 'short' ? 'GMT' : 'GMT+0';
    }
    return 'GMT' + sign + h + (min ? ':' + pad2(min) : '');
}

/* ------------------------------------------------------------------------------------------ */
/* Fields of a time value */

function pad2(n) {
    return n < 10 ? '0' + n : String(n);
}

/* Returns the calendar fields of time value t in the zone of st. */
function fieldsOf(st, t) {
    var d, offset;
    if (st.offset === null) {
        d = new Date(t);
        offset = -d.getTimezoneOffset();
        return {
            year: d.getFullYear(), month: d.getMonth(), day: d.getDate(), weekday: d.getDay(),
            hour: d.getHours(), minute: d.getMinutes(), second: d.getSeconds(),
            ms: d.getMilliseconds(), offset: offset
        };
    }
    d = new Date(t + st.offset * 60000);
    return {
        year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(),
        weekday: d.getUTCDay(), hour: d.getUTCHours(), minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), offset: st.offset
    };
}

/* Returns the en flexible day period of an hour (dayPeriod option): the whole 12 o'clock hour
 * is 'noon', as ICU says it when the pattern shows no minutes. */
function dayPeriodOf(hour, style) {
    if (hour === 12) {
        return style === 'narrow' ? 'n' : 'noon';
    }
    if (hour < 12) {
        return 'in the morning';
    }
    if (hour < 18) {
        return 'in the afternoon';
    }
    if (hour < 21) {
        return 'in the evening';
    }
    return 'at night';
}

/* ------------------------------------------------------------------------------------------ */
/* Patterns */

/* Appends a part to parts, merging adjacent literals. */
function push(parts, type, value) {
    var last = parts[parts.length - 1];
    if (type === 'literal' && last && last.type === 'literal') {
        last.value += value;
        return;
    }
    parts.push({ type: type, value: value });
}

function numberText(value, style) {
    return style === '2-digit' ? pad2(value % 100) : String(value);
}

function monthText(month, style) {
    if (style === 'numeric' || style === '2-digit') {
        return numberText(month + 1, style);
    }
    var name = MONTHS[month];
    return style === 'long' ? name : style === 'short' ? name.slice(0, 3) : name.charAt(0);
}

function weekdayText(weekday, style) {
    var name = WEEKDAYS[weekday];
    return style === 'long' ? name : style === 'short' ? name.slice(0, 3) : name.charAt(0);
}

/* Returns the parts of the date fields (weekday, era, year, month, day) of f. */
function dateParts(o, f) {
    var parts = [];
    var year = f.year <= 0 ? 1 - f.year : f.year;
    var core = [];
    var textMonth = o.month !== undefined && o.month !== 'numeric' && o.month !== '2-digit';
    if (o.month !== undefined) {
        var sep = textMonth ? ' ' : '/';
        push(core, 'month', monthText(f.month, o.month));
        if (o.day !== undefined) {
            push(core, 'literal', sep);
            push(core, 'day', numberText(f.day, o.day));
        }
        if (o.year !== undefined) {
            push(core, 'literal', !textMonth ? '/' : o.day !== undefined ? ', ' : ' ');
            push(core, 'year', numberText(year, o.year));
        }
    } else if (o.year !== undefined) {
        push(core, 'year', numberText(year, o.year));
        if (o.day !== undefined) {
            push(core, 'literal', ' (day: ');
            push(core, 'day', numberText(f.day, o.day));
            push(core, 'literal', ')');
        }
    } else if (o.day !== undefined) {
        push(core, 'day', numberText(f.day, o.day));
    }
    if (o.weekday !== undefined) {
        var wd = weekdayText(f.weekday, o.weekday);
        if (core.length === 0) {
            push(parts, 'weekday', wd);
        } else if (o.month !== undefined) {
            push(parts, 'weekday', wd);
            push(parts, 'literal', ', ');
        } else {
            core.push({ type: 'literal', value: ' ' }, { type: 'weekday', value: wd });
        }
    }
    for (var i = 0; i < core.length; i++) {
        push(parts, core[i].type, core[i].value);
    }
    if (o.era !== undefined) {
        var bc = f.year <= 0;
        var era = o.era === 'long' ? (bc ? 'Before Christ' : 'Anno Domini') :
            o.era === 'short' ? (bc ? 'BC' : 'AD') : (bc ? 'B' : 'A');
        push(parts, 'literal', ' ');
        push(parts, 'era', era);
    }
    return parts;
}

/* Returns the parts of the time fields (hour, minute, second, fraction, day period) of f. */
function timeParts(o, hc, f) {
    var parts = [];
    var h12 = hc === 'h11' || hc === 'h12';
    var hasMinute = o.minute !== undefined || (o.hour !== undefined && o.second !== undefined);
    if (o.hour !== undefined) {
        var h = f.hour;
        if (hc === 'h12') {
            h = h % 12 || 12;
        } else if (hc === 'h11') {
            h = h % 12;
        } else if (hc === 'h24') {
            h = h || 24;
        }
        push(parts, 'hour', numberText(h, h12 ? o.hour : '2-digit'));
    }
    if (hasMinute) {
        if (parts.length) {
            push(parts, 'literal', ':');
        }
        /* ICU prints a lone minute unpadded, even when '2-digit' is asked for. */
        push(parts, 'minute', numberText(f.minute, parts.length || o.second !== undefined ?
            '2-digit' : 'numeric'));
    }
    if (o.second !== undefined) {
        if (parts.length) {
            push(parts, 'literal', ':');
        }
        push(parts, 'second', numberText(f.second, hasMinute ? '2-digit' : o.second));
    }
    if (o.fractionalSecondDigits !== undefined) {
        if (parts.length) {
            push(parts, 'literal', '.');
        }
        var ms = String(f.ms + 1000).slice(1, 1 + o.fractionalSecondDigits);
        push(parts, 'fractionalSecond', ms);
    }
    if (o.hour !== undefined && h12) {
        if (o.dayPeriod !== undefined) {
            push(parts, 'literal', ' ');
            push(parts, 'dayPeriod', dayPeriodOf(f.hour, o.dayPeriod));
        } else {
            push(parts, 'literal', '\u202f');
            push(parts, 'dayPeriod', f.hour < 12 ? 'AM' : 'PM');
        }
    } else if (o.dayPeriod !== undefined && o.hour === undefined) {
        if (parts.length) {
            push(parts, 'literal', ' ');
        }
        push(parts, 'dayPeriod', dayPeriodOf(f.hour, o.dayPeriod));
    }
    return parts;
}

/* Returns the separator between the date and the time part. */
function glueOf(st) {
    var o = st.fields;
    if (st.dateStyle !== undefined) {
        return st.dateStyle === 'full' || st.dateStyle === 'long' ? ' at ' : ', ';
    }
    if (o.month === undefined && o.year === undefined && o.day === undefined) {
        return ' ';
    }
    return o.month === 'long' ? ' at ' : ', ';
}

/* FormatDateTimePattern: returns the parts of time value t. */
function partsOf(st, t) {
    var f = fieldsOf(st, t);
    var o = st.fields;
    var parts = dateParts(o, f);
    var time = timeParts(o, st.hourCycle, f);
    var i;
    if (time.length) {
        if (parts.length) {
            push(parts, 'literal', glueOf(st));
        }
        for (i = 0; i < time.length; i++) {
            push(parts, time[i].type, time[i].value);
        }
    }
    if (o.timeZoneName !== undefined) {
        if (parts.length) {
            push(parts, 'literal', time.length ? ' ' : ', ');
        }
        push(parts, 'timeZoneName', zoneText(st, f.offset, o.timeZoneName));
    }
    return parts;
}

/* Returns the time value that format() formats for `date`, or throws RangeError. */
function timeValue(date) {
    var t = date === undefined ? Date.now() : Number(date);
    if (t !== t || Math.abs(t) > 8.64e15) {
        throw new RangeError('Invalid time value');
    }
    return t === 0 ? 0 : (t < 0 ? Math.ceil(t) : Math.floor(t));
}

function joinParts(parts) {
    var s = '';
    for (var i = 0; i < parts.length; i++) {
        s += parts[i].value;
    }
    return s;
}

/* format() prints a plain space where ICU puts U+202F before AM/PM, as Node 20 does;
 * formatToParts and formatRange keep it. */
function formatOf(st, date) {
    return joinParts(partsOf(st, timeValue(date))).replace(/\u202f/g, ' ');
}

/* ------------------------------------------------------------------------------------------ */
/* The constructor */

/* Reads the component options into an object of the fields that are set. */
function readFields(options) {
    var o = {};
    for (var i = 0; i < FIELDS.length; i++) {
        var name = FIELDS[i][0];
        if (name === 'fractionalSecondDigits') {
            var v = nf.defaultNumber(options[name], 1, 3, undefined, name);
            if (v !== undefined) {
                o[name] = v;
            }
        } else {
            var s = nf.getOption(options, name, 'string', FIELDS[i][1], undefined, WHERE);
            if (s !== undefined) {
                o[name] = s;
            }
        }
    }
    return o;
}

/* Resolves the hour cycle: hour12 wins over hourCycle; en-US defaults to h12, and, as in V8,
 * hour12: false gives h24. */
function readHourCycle(options) {
    var hour12 = nf.getOption(options, 'hour12', 'boolean', null, undefined, WHERE);
    var hc = nf.getOption(options, 'hourCycle', 'string', ['h11', 'h12', 'h23', 'h24'],
        undefined, WHERE);
    if (hour12 !== undefined) {
        return hour12 ? 'h12' : 'h24';
    }
    return hc === undefined ? 'h12' : hc;
}

/* Returns the state of a DateTimeFormat (CreateDateTimeFormat). */
function createState(locales, options) {
    nf.localeList(locales);
    options = toDateTimeOptions(options, 'any', 'date');
    nf.readLocaleMatcher(options, WHERE);
    nf.getOption(options, 'calendar', 'string', null, undefined, WHERE);
    nf.getOption(options, 'numberingSystem', 'string', null, undefined, WHERE);
    var hc = readHourCycle(options);
    var zone = resolveZone(options.timeZone);
    var o = readFields(options);
    nf.getOption(options, 'formatMatcher', 'string', ['basic', 'best fit'], 'best fit', WHERE);
    var dateStyle = nf.getOption(options, 'dateStyle', 'string', STYLES, undefined, WHERE);
    var timeStyle = nf.getOption(options, 'timeStyle', 'string', STYLES, undefined, WHERE);
    var st = { timeZone: zone.name, offset: zone.offset, hourCycle: hc, resolved: o };
    var key;
    if (dateStyle !== undefined || timeStyle !== undefined) {
        for (key in o) {
            if (Object.prototype.hasOwnProperty.call(o, key)) {
                throw new TypeError('Can\'t set option ' + key + ' when ' +
                    (dateStyle !== undefined ? 'dateStyle' : 'timeStyle') + ' is used');
            }
        }
        o = {};
        var ds = dateStyle !== undefined ? DATE_STYLES[dateStyle] : {};
        var ts = timeStyle !== undefined ? TIME_STYLES[timeStyle] : {};
        for (key in ds) {
            o[key] = ds[key];
        }
        for (key in ts) {
            o[key] = ts[key];
        }
        st.dateStyle = dateStyle;
        st.timeStyle = timeStyle;
        st.resolved = {};
    } else {
        /* The fields as the chosen pattern shows them. */
        if (o.hour !== undefined && (hc === 'h23' || hc === 'h24')) {
            o.hour = '2-digit';
        }
        if (o.minute !== undefined && (o.hour !== undefined || o.second !== undefined)) {
            o.minute = '2-digit';
        }
        if (o.second !== undefined && o.minute !== undefined) {
            o.second = '2-digit';
        }
    }
    st.fields = o;
    st.hasHour = o.hour !== undefined;
    return st;
}

function DateTimeFormat(locales, options) {
    var self = this instanceof DateTimeFormat ? this : Object.create(DateTimeFormat.prototype);
    Object.defineProperty(self, kState, { value: createState(locales, options) });
    return self;
}

/* Returns the parts of a range: both ends in full unless they format alike. */
function rangeParts(st, start, end) {
    if (start === undefined || end === undefined) {
        throw new TypeError('Invalid time value');
    }
    var a = partsOf(st, timeValue(start));
    var b = partsOf(st, timeValue(end));
    var out = [];
    var i;
    if (joinParts(a) === joinParts(b)) {
        for (i = 0; i < a.length; i++) {
            out.push({ type: a[i].type, value: a[i].value, source: 'shared' });
        }
        return out;
    }
    for (i = 0; i < a.length; i++) {
        out.push({ type: a[i].type, value: a[i].value, source: 'startRange' });
    }
    out.push({ type: 'literal', value: '\u2009\u2013\u2009', source: 'shared' });
    for (i = 0; i < b.length; i++) {
        out.push({ type: b[i].type, value: b[i].value, source: 'endRange' });
    }
    return out;
}

nf.defineMethods(DateTimeFormat.prototype, {
    resolvedOptions: function resolvedOptions() {
        var st = nf.unwrap(this, kState, 'Intl.DateTimeFormat.prototype.resolvedOptions');
        var out = { locale: 'en-US', calendar: 'gregory', numberingSystem: 'latn',
                    timeZone: st.timeZone };
        if (st.hasHour) {
            out.hourCycle = st.hourCycle;
            out.hour12 = st.hourCycle === 'h11' || st.hourCycle === 'h12';
        }
        if (st.dateStyle !== undefined || st.timeStyle !== undefined) {
            if (st.dateStyle !== undefined) {
                out.dateStyle = st.dateStyle;
            }
            if (st.timeStyle !== undefined) {
                out.timeStyle = st.timeStyle;
            }
            return out;
        }
        for (var i = 0; i < FIELDS.length; i++) {
            var name = FIELDS[i][0];
            if (st.fields[name] !== undefined) {
                out[name] = st.fields[name];
            }
        }
        return out;
    },
    formatToParts: function formatToParts(date) {
        var st = nf.unwrap(this, kState, 'Intl.DateTimeFormat.prototype.formatToParts');
        return partsOf(st, timeValue(date));
    }
}, 'Intl.DateTimeFormat');

nf.bindGetter(DateTimeFormat.prototype, 'format', kState, kBound, 'get ' +
    'Intl.DateTimeFormat.prototype.format', formatOf);

nf.defineMethods(DateTimeFormat.prototype, {
    formatRange: function formatRange(start, end) {
        var st = nf.unwrap(this, kState, 'Intl.DateTimeFormat.prototype.formatRange');
        return joinParts(rangeParts(st, start, end));
    },
    formatRangeToParts: function formatRangeToParts(start, end) {
        var st = nf.unwrap(this, kState, 'Intl.DateTimeFormat.prototype.formatRangeToParts');
        return rangeParts(st, start, end);
    }
}, 'Intl.DateTimeFormat');

Object.defineProperty(DateTimeFormat, 'length', { value: 0, configurable: true });
common.define(DateTimeFormat, 'supportedLocalesOf', nf.supportedLocalesOf('DateTimeFormat'));

module.exports = {
    DateTimeFormat: DateTimeFormat,
    dateTimeDefaults: dateTimeDefaults
};
