// luxon 3 with fixed UTC/offset zones: DateTime maths, formatting, ISO parsing, Duration, Interval.
const { DateTime, Duration, Interval, Settings } = require('luxon');
Settings.defaultZone = 'utc';
const d = DateTime.fromISO('2024-02-28T22:30:00Z');
console.log(d.toISO(), d.plus({ days: 2, hours: 3 }).toISO(), d.startOf('month').toISODate(), d.endOf('year').toISO());
console.log(d.toFormat('yyyy LLL dd HH:mm ccc'), d.toLocaleString(DateTime.DATE_FULL), d.weekNumber, d.ordinal, d.isInLeapYear);
console.log(d.setZone('UTC+5:30').toISO(), DateTime.fromFormat('03/04/2021 10:20', 'dd/MM/yyyy HH:mm').toISO());
const dur = Duration.fromObject({ hours: 26, minutes: 75 });
console.log(dur.shiftTo('days', 'hours', 'minutes').toObject(), dur.toISO(), dur.as('minutes'), Duration.fromISO('P1DT2H').toHuman());
const iv = Interval.fromDateTimes(d, d.plus({ weeks: 2 }));
console.log(iv.length('days'), iv.contains(d.plus({ days: 3 })), iv.splitBy({ weeks: 1 }).length, iv.toISO());
console.log(DateTime.fromISO('2021-13-01').isValid, DateTime.fromISO('2021-13-01').invalidReason, d.diff(DateTime.fromISO('2024-01-01T00:00:00Z'), ['months', 'days']).toObject());
console.log(DateTime.fromMillis(0).toRFC2822(), DateTime.fromSeconds(1e9).toHTTP(), d.toRelative({ base: d.plus({ hours: 5 }) }));
