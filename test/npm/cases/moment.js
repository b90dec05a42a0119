const moment = require('moment');
const m = moment.utc('2020-01-02T03:04:05Z');
console.log(m.add(1, 'month').format('YYYY-MM-DD HH:mm'), m.isLeapYear(), moment.duration(90, 'minutes').humanize());
