// debug + ms: namespaces enabled programmatically, a custom log sink, %o/%d/%j formatters,
// ms() parsing and formatting both ways.
const debug = require('debug');
const ms = require('ms');
const lines = [];
debug.log = (...args) => lines.push(args.join(' ').replace(/ \+\d+m?s$/, ''));
debug.useColors = () => false;
debug.enable('app:*,-app:secret');
const a = debug('app:main');
const s = debug('app:secret');
const x = a.extend('sub');
a('hello %s %d %j', 'world', 42, { k: [1, 2] });
s('hidden');
x('nested %o', { deep: { v: true } });
console.log(a.enabled, s.enabled, x.namespace, debug.enabled('other'));
console.log(lines.map((l) => l.replace(/^\S+ /, '')));
console.log(ms('2 days'), ms('1.5h'), ms('10s'), ms('-3m'), ms('100'), ms('nope'));
console.log(ms(60000), ms(2 * 60 * 60 * 1000, { long: true }), ms(1500), ms(-86400000));
debug.disable();
console.log(a.enabled, debug.names.length);
