const dayjs = require('dayjs');
const d = dayjs('2020-01-31T03:04:05Z');
console.log(d.add(1, 'month').toISOString(), d.format('YYYY-MM-DD'), d.diff(dayjs('2020-01-01'), 'day'), d.isValid());
