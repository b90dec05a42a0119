// Proves: RegExp built at run time with the s, u and y flags behaves as Node's (the flags a
// regex literal may carry), and without them RegExp is the native one in every respect.
const dot = new RegExp('a.c', 's');
console.log(dot.test('a\nc'), dot.flags, dot.dotAll, dot.source, String(dot) === '/a.c/s' || String(dot));
const u = new RegExp('^\\w+$', 'iu');
console.log(u.test('AbC'), u.unicode, u.flags, u instanceof RegExp, u.constructor === RegExp);
const y = new RegExp('\\d', 'y');
console.log(y.exec('1a')[0], y.lastIndex, y.exec('1a'), y.sticky, y.flags);
const plain = RegExp('x+', 'g');
console.log(plain.flags === undefined ? 'g' : plain.flags, plain instanceof RegExp, RegExp(plain) === plain, new RegExp(plain) !== plain);
console.log(typeof RegExp, RegExp.name, RegExp.length, /lit/ instanceof RegExp, RegExp.prototype === Object.getPrototypeOf(/a/));
const fold = (s) => new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu');
console.log(fold('A.b').test('a.B'), fold('A.b').test('axb'));
try { new RegExp('a', 'q'); } catch (e) { console.log(e.name); }
class R extends RegExp { hi() { return 'hi ' + this.source; } }
const r = new R('a.', 's');
console.log(r.test('a\n'), r instanceof R, r.hi(), new R('x').hi());
