// validator 13: string validators and sanitizers.
const v = require('validator');
console.log(v.isEmail('a@b.co'), v.isEmail('a@b'), v.isURL('https://x.org/p?q=1'), v.isURL('nope'));
console.log(v.isIP('10.0.0.1'), v.isIP('::1', 6), v.isUUID('123e4567-e89b-12d3-a456-426614174000'), v.isJSON('{"a":1}'));
console.log(v.isISO8601('2020-01-02T03:04:05Z'), v.isAlphanumeric('abc123'), v.isCreditCard('4111111111111111'));
console.log(v.escape('<a href="x">&</a>'), v.normalizeEmail('Foo.Bar@GMAIL.com'), v.trim('  x  '), v.toInt('42px'));
