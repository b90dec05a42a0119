// date-fns 4: formatting, arithmetic, parsing and comparison on fixed local dates.
const d = require('date-fns');
const a = new Date(2020, 0, 31, 13, 5, 9);
console.log(d.format(a, "yyyy-MM-dd'T'HH:mm:ss EEEE do MMMM"), d.format(d.addMonths(a, 1), 'yyyy-MM-dd'));
console.log(d.differenceInDays(new Date(2021, 0, 1), a), d.isLeapYear(a), d.getISOWeek(a), d.isWeekend(a));
console.log(d.format(d.parse('15/03/2021', 'dd/MM/yyyy', new Date()), 'yyyy-MM-dd'), d.isValid(new Date('x')));
console.log(d.eachDayOfInterval({ start: a, end: d.addDays(a, 2) }).map((x) => d.format(x, 'd')));
console.log(d.formatDistance(a, d.addHours(a, 3)), d.startOfWeek(a, { weekStartsOn: 1 }).getDate());
