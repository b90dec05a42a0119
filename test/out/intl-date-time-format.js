// Intl.DateTimeFormat with the en-US locale and timeZone 'UTC': default pattern, dateStyle and
// timeStyle, every component option, hour cycles, time zone names, parts, resolvedOptions and
// validation.
'use strict';
function show(f) {
    try {
        console.log(JSON.stringify(f()));
    } catch (e) {
        console.log(e.name + ': ' + e.message);
    }
}
var d = new Date(Date.UTC(2024, 0, 5, 15, 4, 9, 45));
var d2 = new Date(Date.UTC(2024, 11, 25, 0, 30, 0, 0));
function dtf(o) { return new Intl.DateTimeFormat('en-US', Object.assign({ timeZone: 'UTC' }, o)); }
function f(o, x) { return dtf(o).format(x || d); }

show(() => [f({}), f({}, d2), dtf().format(0)]);
['full', 'long', 'medium', 'short'].forEach((s) => show(() => [f({ dateStyle: s }),
    f({ timeStyle: s }), f({ dateStyle: s, timeStyle: s }), f({ dateStyle: s, timeStyle: 'short' }),
    f({ dateStyle: s }, d2), f({ timeStyle: s }, d2)]));
show(() => [f({ timeStyle: 'medium', hour12: false }), f({ timeStyle: 'short', hourCycle: 'h23' }),
    f({ dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h11' })]);
show(() => ['numeric', '2-digit', 'long', 'short', 'narrow'].map((m) => [f({ month: m }),
    f({ month: m, day: 'numeric' }), f({ month: m, year: 'numeric' }),
    f({ month: m, day: 'numeric', year: 'numeric' }),
    f({ month: m, day: 'numeric', year: 'numeric', weekday: 'long' }),
    f({ month: m, day: 'numeric', weekday: 'short' }), f({ month: m, year: '2-digit' })]));
show(() => [f({ year: 'numeric' }), f({ year: '2-digit' }), f({ day: 'numeric' }),
    f({ day: '2-digit' }), f({ weekday: 'long' }), f({ weekday: 'short' }), f({ weekday: 'narrow' }),
    f({ weekday: 'long', day: 'numeric' }), f({ weekday: 'long', year: 'numeric' }),
    f({ year: 'numeric', month: '2-digit', day: '2-digit' })]);
show(() => [f({ hour: 'numeric' }), f({ hour: '2-digit' }), f({ minute: 'numeric' }),
    f({ minute: '2-digit' }), f({ second: 'numeric' }), f({ hour: 'numeric', minute: 'numeric' }),
    f({ hour: 'numeric', minute: '2-digit', second: '2-digit' }),
    f({ hour: '2-digit', minute: '2-digit' }), f({ minute: '2-digit', second: '2-digit' })]);
show(() => [f({ hour: 'numeric', hour12: false }), f({ hour: 'numeric', minute: 'numeric', hour12: false }),
    f({ hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }),
    f({ hour: 'numeric', minute: 'numeric', hourCycle: 'h24' }, d2),
    f({ hour: 'numeric', minute: 'numeric', hourCycle: 'h11' }, d2),
    f({ hour: 'numeric', minute: 'numeric', hourCycle: 'h12' }, d2),
    f({ hour: 'numeric', minute: 'numeric', hour12: false }, d2),
    f({ hour: 'numeric', hour12: true }, d2),
    f({ hour: 'numeric', hour12: false }, new Date(Date.UTC(2024, 0, 1, 5)))]);
show(() => [f({ second: 'numeric', fractionalSecondDigits: 3 }),
    f({ hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 2 }),
    f({ minute: 'numeric', second: 'numeric', fractionalSecondDigits: 3 })]);
show(() => [f({ timeZoneName: 'short' }), f({ hour: 'numeric', timeZoneName: 'short' }),
    f({ year: 'numeric', timeZoneName: 'short' }), f({ timeZoneName: 'long' }),
    f({ timeZoneName: 'shortOffset' }), f({ timeZoneName: 'longOffset' }),
    f({ timeStyle: 'long', timeZone: 'Etc/UTC' }), f({ timeStyle: 'long', timeZone: 'GMT' }),
    f({ timeStyle: 'full', timeZone: 'Etc/GMT' })]);
show(() => [f({ timeZoneName: 'short', timeZone: 'Etc/GMT-1' }),
    f({ timeZoneName: 'long', timeZone: 'Etc/GMT-1' }),
    f({ timeZoneName: 'shortOffset', timeZone: 'Etc/GMT+5' }),
    f({ timeZoneName: 'longOffset', timeZone: 'Etc/GMT+5' }),
    f({ hour: 'numeric', timeZone: 'Etc/GMT+5' })]);
show(() => [f({ era: 'short' }), f({ era: 'long' }), f({ era: 'narrow' }),
    f({ era: 'short', year: 'numeric' }), f({ era: 'long', year: 'numeric', month: 'long', day: 'numeric' }),
    f({ era: 'short' }, new Date(Date.UTC(-50, 0, 1)))]);
show(() => [f({ dayPeriod: 'short' }), f({ dayPeriod: 'long', hour: 'numeric' }),
    f({ dayPeriod: 'narrow' }, d2)]);
show(() => [0, 1, 6, 11, 12, 13, 17, 18, 20, 21, 23].map((h) => f({ dayPeriod: 'long' },
    new Date(Date.UTC(2024, 0, 1, h, 30)))));
show(() => [f({ year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    second: 'numeric' }), f({ month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric' }),
    f({ weekday: 'long', hour: 'numeric' }), f({ weekday: 'long', hour: 'numeric', minute: 'numeric' }),
    f({ weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric' }),
    f({ year: 'numeric', month: 'short', hour: 'numeric' }),
    f({ month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit',
        timeZoneName: 'short' })]);
show(() => [f({ year: 'numeric' }, new Date(Date.UTC(5, 0, 1))),
    f({ year: '2-digit' }, new Date(Date.UTC(5, 0, 1))), f({}, new Date(Date.UTC(-5, 0, 1))),
    f({}, new Date(-8.64e15)), f({}, new Date(8.64e15))]);

// parts and ranges
show(() => dtf({ dateStyle: 'full', timeStyle: 'long' }).formatToParts(d));
show(() => dtf({ hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 3 })
    .formatToParts(d));
show(() => dtf({ dayPeriod: 'long', hour: 'numeric' }).formatToParts(d));
show(() => dtf().formatToParts(d));
show(() => dtf().formatRange(d, d2));
show(() => dtf().formatRange(d, d));
show(() => dtf().formatRangeToParts(d, d2));

// format is a bound getter; time values
show(() => { var g = dtf().format; return [typeof g, g.name, g.length, g(d), g(0)]; });
show(() => { var x = dtf(); return x.format === x.format; });
show(() => [dtf().format(new Date(0)), dtf().format(86400000.9), dtf().format(true)]);
show(() => dtf().format(NaN));
show(() => dtf().format(new Date(NaN)));
show(() => dtf().format(8.64e15 + 1));
show(() => dtf().format('2024-01-01'));
show(() => typeof dtf().format());

// resolvedOptions
show(() => dtf().resolvedOptions());
show(() => dtf({ dateStyle: 'full', timeStyle: 'full' }).resolvedOptions());
show(() => dtf({ dateStyle: 'short' }).resolvedOptions());
show(() => dtf({ hour: 'numeric', minute: '2-digit', hour12: false }).resolvedOptions());
show(() => dtf({ hour: 'numeric', hourCycle: 'h23' }).resolvedOptions());
show(() => dtf({ weekday: 'long', era: 'short', year: '2-digit', month: 'long', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 2,
    timeZoneName: 'short' }).resolvedOptions());
show(() => dtf({ minute: 'numeric', second: 'numeric' }).resolvedOptions());
show(() => dtf({ minute: 'numeric' }).resolvedOptions());
show(() => ['utc', 'etc/utc', 'gmt', 'Etc/GMT+5', 'America/New_York', 'america/new_york']
    .map((z) => new Intl.DateTimeFormat('en-US', { timeZone: z }).resolvedOptions().timeZone));

// the API's shape and validation
show(() => [Intl.DateTimeFormat.length, Intl.DateTimeFormat.name,
    Intl.DateTimeFormat('en-US') instanceof Intl.DateTimeFormat]);
show(() => Object.getOwnPropertyNames(Intl.DateTimeFormat.prototype));
show(() => Object.prototype.toString.call(dtf()));
show(() => Intl.DateTimeFormat.supportedLocalesOf('en-US'));
show(() => Intl.DateTimeFormat.prototype.formatToParts.call({}, 0));
show(() => dtf({ timeZone: 'not a zone' }));
show(() => dtf({ timeZone: '+01:00' }));
show(() => dtf({ dateStyle: 'full', weekday: 'long' }));
show(() => dtf({ hour: 'numeric', timeStyle: 'short' }));
show(() => dtf({ dateStyle: 'x' }));
show(() => dtf({ month: 'x' }));
show(() => dtf({ fractionalSecondDigits: 4 }));
show(() => dtf({ hourCycle: 'x' }));
show(() => dtf({ timeZoneName: 'x' }));
