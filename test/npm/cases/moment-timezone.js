// moment-timezone: its packed zone data, conversions across DST, zone names and offsets.
const moment = require('moment-timezone');
const ny = moment.tz('2020-06-01 12:00', 'America/New_York');
console.log(ny.format(), ny.utc().format(), moment.tz('2020-01-01 12:00', 'America/New_York').format('Z z'));
console.log(moment.tz('2021-03-28 00:30', 'UTC').tz('Europe/Berlin').format('YYYY-MM-DD HH:mm Z'), moment.tz('2021-03-28 01:30', 'UTC').tz('Europe/Berlin').format('HH:mm Z'));
console.log(moment.tz.zone('Asia/Tokyo').utcOffset(Date.UTC(2020, 0, 1)), moment.tz.names().length > 300, moment.tz.zone('Nowhere/Zone'));
