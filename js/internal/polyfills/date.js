'use strict';
/* js/internal/polyfills/date.js: V8's Date string formats, which Duktape writes as ISO 8601.
 *
 * toString, toDateString, toTimeString and toUTCString (toGMTString is the same function) print
 * what Node prints: 'Wed Jan 02 2030 03:04:05 GMT+0000 (Coordinated Universal Time)' and
 * 'Wed, 02 Jan 2030 03:04:05 GMT'.  The zone's name in parentheses is ICU's in Node; without a
 * tz database it is 'Coordinated Universal Time' for UTC and 'GMT+01:00' otherwise.
 *
 * parse(str) is V8's legacy date parser for what Duktape's ISO 8601 parser refuses (RFC 2822 and
 * HTTP dates, toString's output, 'Jan 2, 2030 10:20 PM', '1/2/2030'): Duktape calls it for
 * Date.parse and new Date(string) through the dateParse entry point of the bootstrap (the
 * DUK_USE_DATE_PARSE_STRING hook of src/nd_dukconfig.h).  It returns a time value or NaN. */

var common = require('internal/polyfills/common');

var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
              'Dec'];
/* US zone abbreviations V8 knows, in minutes east of UTC. */
var ZONES = { ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300,
              mst: -420, mdt: -360, pst: -480, pdt: -420 };

var getTime = Date.prototype.getTime;

function pad(n, width) {
    var s = String(Math.abs(n));
    while (s.length < width) {
        s = '0' + s;
    }
    return (n < 0 ? '-' : '') + s;
}

/* Returns the fields of the Date `d` in local time, or in UTC when `utc` is set; null for an
 * invalid date.  Throws TypeError when `d` is not a Date. */
function fields(d, utc) {
    if (isNaN(getTime.call(d))) {
        return null;
    }
    return utc ? { y: d.getUTCFullYear(), mo: d.getUTCMonth(), day: d.getUTCDate(),
                   wd: d.getUTCDay(), h: d.getUTCHours(), mi: d.getUTCMinutes(),
                   s: d.getUTCSeconds(), off: 0 }
               : { y: d.getFullYear(), mo: d.getMonth(), day: d.getDate(), wd: d.getDay(),
                   h: d.getHours(), mi: d.getMinutes(), s: d.getSeconds(),
                   off: -d.getTimezoneOffset() };
}

function datePart(f) {
    return DAYS[f.wd] + ' ' + MONTHS[f.mo] + ' ' + pad(f.day, 2) + ' ' + pad(f.y, 4);
}

function timePart(f) {
    var a = Math.abs(f.off);
    var hhmm = (f.off < 0 ? '-' : '+') + pad(Math.floor(a / 60), 2);
    var name;
    var tz = typeof process === 'object' && process.env ? process.env.TZ : undefined;
    if (f.off === 0 && (!tz || /^:?(UTC|Etc\/UTC|GMT|Etc\/GMT|UCT|Universal|Zulu)$/i.test(tz))) {
        name = 'Coordinated Universal Time';
    } else {
        name = 'GMT' + hhmm + ':' + pad(a % 60, 2);
    }
    return pad(f.h, 2) + ':' + pad(f.mi, 2) + ':' + pad(f.s, 2) + ' GMT' + hhmm + pad(a % 60, 2) +
        ' (' + name + ')';
}

function toString() {
    var f = fields(this, false);
    return f === null ? 'Invalid Date' : datePart(f) + ' ' + timePart(f);
}

function toDateString() {
    var f = fields(this, false);
    return f === null ? 'Invalid Date' : datePart(f);
}

function toTimeString() {
    var f = fields(this, false);
    return f === null ? 'Invalid Date' : timePart(f);
}

function toUTCString() {
    var f = fields(this, true);
    return f === null ? 'Invalid Date' :
        DAYS[f.wd] + ', ' + pad(f.day, 2) + ' ' + MONTHS[f.mo] + ' ' + pad(f.y, 4) + ' ' +
        pad(f.h, 2) + ':' + pad(f.mi, 2) + ':' + pad(f.s, 2) + ' GMT';
}

/* Splits `str` into words, numbers (with their digit count), times, signs and separators;
 * parenthesised comments are dropped. */
function tokenize(str) {
    var re = new RegExp('\\s*(?:(\\([^)]*\\)?)|([A-Za-z]+)\\.?|' +
        '(\\d+):(\\d+)(?::(\\d+)(?:\\.(\\d+))?)?|(\\d+)|([+-])|([,\\/.]))', 'g');
    var out = [];
    var m;
    var last = 0;
    while ((m = re.exec(str)) !== null && m.index === last) {
        last = re.lastIndex;
        if (m[1] !== undefined) {
            continue;
        }
        if (m[2] !== undefined) {
            out.push({ word: m[2].toLowerCase() });
        } else if (m[3] !== undefined) {
            out.push({ time: [Number(m[3]), Number(m[4]), Number(m[5] || 0),
                              m[6] ? Number((m[6] + '00').slice(0, 3)) : 0] });
        } else if (m[7] !== undefined) {
            out.push({ num: Number(m[7]), digits: m[7].length });
        } else if (m[8] !== undefined) {
            out.push({ sign: m[8] === '-' ? -1 : 1 });
        }
    }
    return /^\s*$/.test(str.slice(last)) ? out : null;
}

/* Returns the time value V8's legacy parser gives `str`, or NaN. */
function parse(str) {
    var toks = tokenize(String(str));
    if (toks === null) {
        return NaN;
    }
    var nums = [];
    var month = -1;
    var time = null;
    var zone = null;
    var ampm = 0;
    var seenNumber = false;
    for (var i = 0; i < toks.length; i++) {
        var t = toks[i];
        if (t.word !== undefined) {
            var w = t.word;
            var mi = w.length >= 3 ? MONTHS.map(function (x) { return x.toLowerCase(); })
                .indexOf(w.slice(0, 3)) : -1;
            if (w === 'am' || w === 'pm') {
                ampm = w === 'am' ? 1 : 2;
            } else if (ZONES[w] !== undefined) {
                zone = ZONES[w];
            } else if (w === 't' && time === null) {
                continue;
            } else if (mi >= 0 && month < 0) {
                month = mi;
            } else if (seenNumber && !(w.length >= 3 &&
                       DAYS.some(function (x) { return x.toLowerCase() === w.slice(0, 3); }))) {
                return NaN;
            }
        } else if (t.time !== undefined) {
            if (time !== null) {
                return NaN;
            }
            time = t.time;
            seenNumber = true;
        } else if (t.sign !== undefined) {
            var n = toks[i + 1];
            if (n !== undefined && n.num !== undefined && (zone !== null || time !== null)) {
                var off = n.digits <= 2 ? n.num * 60 : Math.floor(n.num / 100) * 60 + n.num % 100;
                var nn = toks[i + 2];
                if (n.digits <= 2 && nn !== undefined && nn.time !== undefined) {
                    return NaN;
                }
                zone = (zone || 0) + t.sign * off;
                i++;
            } else if (n !== undefined && n.time !== undefined &&
                       (zone !== null || time !== null)) {
                zone = (zone || 0) + t.sign * (n.time[0] * 60 + n.time[1]);
                i++;
            } else if (n !== undefined && n.num !== undefined) {
                /* A '-' between date numbers is a separator ('06-Nov-94'). */
                continue;
            }
        } else if (t.num !== undefined) {
            nums.push(t);
            seenNumber = true;
        }
    }
    var year;
    var day = 1;
    var mon = month;
    if (month >= 0) {
        if (nums.length === 1) {
            year = nums[0];
        } else if (nums.length === 2) {
            if (nums[0].digits >= 3 || nums[0].num > 31) {
                year = nums[0]; day = nums[1].num;
            } else {
                day = nums[0].num; year = nums[1];
            }
        } else {
            return NaN;
        }
    } else if (nums.length === 3) {
        if (nums[0].digits >= 3) {
            year = nums[0]; mon = nums[1].num - 1; day = nums[2].num;
        } else {
            mon = nums[0].num - 1; day = nums[1].num; year = nums[2];
        }
    } else if (nums.length === 2 && nums[0].digits >= 3) {
        year = nums[0]; mon = nums[1].num - 1;
    } else {
        return NaN;
    }
    var y = year.num;
    if (year.digits <= 2) {
        y += y < 50 ? 2000 : 1900;
    }
    var h = time ? time[0] : 0;
    if (ampm !== 0) {
        if (h > 12) {
            return NaN;
        }
        h = h % 12 + (ampm === 2 ? 12 : 0);
    }
    if (mon < 0 || mon > 11 || day < 1 || day > 31 || h > 24 ||
        (time && (time[1] > 59 || time[2] > 59 || (h === 24 && (time[1] || time[2] || time[3]))))) {
        return NaN;
    }
    var args = [y, mon, day, h, time ? time[1] : 0, time ? time[2] : 0, time ? time[3] : 0];
    if (zone === null) {
        var local = new Date(y, mon, day, args[3], args[4], args[5], args[6]);
        local.setFullYear(y);
        return getTime.call(local);
    }
    var utc = new Date(Date.UTC(y, mon, day, args[3], args[4], args[5], args[6]));
    utc.setUTCFullYear(y);
    return getTime.call(utc) - zone * 60000;
}

function install() {
    common.define(Date.prototype, 'toString', toString);
    common.define(Date.prototype, 'toDateString', toDateString);
    common.define(Date.prototype, 'toTimeString', toTimeString);
    common.define(Date.prototype, 'toUTCString', toUTCString);
    common.define(Date.prototype, 'toGMTString', toUTCString);
}

module.exports = {
    install: install,
    parse: parse
};
