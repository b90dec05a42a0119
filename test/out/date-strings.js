/* date-strings.js: Date's string forms as V8 writes them (toString, toDateString, toTimeString,
 * toUTCString/toGMTString, String(date), invalid dates, four-digit and negative years) and V8's
 * legacy parser for what is not ISO 8601 (RFC 2822 and HTTP dates with zones and offsets,
 * toString's own output, month names, US numeric dates, two-digit years, AM/PM), through
 * Date.parse and new Date(string).  Runs in UTC (the test machine's zone). */
const d = new Date(Date.UTC(2030, 0, 2, 3, 4, 5, 6));
console.log(d.toString());
console.log(d.toDateString(), '|', d.toTimeString(), '|', d.toUTCString(), '|', String(d));
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString, `${d}` === d.toString());
const bad = new Date(NaN);
console.log(bad.toString(), bad.toUTCString(), bad.toDateString(), String(bad));
for (const y of [-50, 5, 999, 12345]) {
    const e = new Date(Date.UTC(2000, 5, 15, 12));
    e.setUTCFullYear(y);
    console.log(e.toUTCString(), '|', e.toDateString());
}
const strings = [
    'Wed, 02 Jan 2030 03:04:05 GMT', d.toString(), d.toUTCString(), 'Jan 2, 2030',
    'January 2 2030 10:20', '2030/01/02', '2030/1/2 10:20:30', '1/2/2030', '01/02/30',
    'Tue, 1 Nov 2022 10:00:00 +0100', '2 Jan 2030 10:00 PM', '2 Jan 2030 12:00 AM',
    'Thu, 01 Jan 1970 00:00:00 GMT-0500', 'Sunday, 06-Nov-94 08:49:37 GMT', 'Jan 2030',
    '10:00 Jan 2 2030 UTC', 'Feb 31 2020', 'Mon, 25 Dec 1995 13:30:00 +0430',
    '12/25/1995 13:30 EST', 'Jan 2 2030 25:00', 'nonsense', '', 'Jan 2 2030 13:00 PM',
    '2030-01-02T03:04:05.123Z', '2030-01-02'
];
for (const s of strings) {
    console.log(JSON.stringify(s), Date.parse(s), new Date(s).getTime());
}
console.log(new Date('Wed, 02 Jan 2030 03:04:05 GMT').toISOString());
