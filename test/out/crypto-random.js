// Proves the random API's shapes (not values; callback results are printed at exit in a
// fixed order, since node's come from its thread pool): randomBytes sizes and types, sync and callback;
// randomFill(Sync) ranges; randomInt bounds and errors; randomUUID's v4 format;
// getRandomValues and webcrypto.getRandomValues with their errors.
const crypto = require('crypto');
const late = {};
function later(label, ...args) { late[label] = args; }
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', r); } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
for (const n of [0, 1, 16, 1000, 65537]) {
  const b = crypto.randomBytes(n);
  console.log('randomBytes', n, Buffer.isBuffer(b), b.length);
}
console.log('distinct', crypto.randomBytes(32).equals(crypto.randomBytes(32)));
t('rb neg', () => crypto.randomBytes(-1));
t('rb str', () => crypto.randomBytes('1'));
t('rb big', () => crypto.randomBytes(2 ** 31));
t('rb cb', () => crypto.randomBytes(1, 'x'));
t('rb float', () => crypto.randomBytes(3.7).length);
let order = [];
crypto.randomBytes(8, (err, buf) => { order.push('cb'); later('async', err, Buffer.isBuffer(buf), buf.length); });
order.push('sync');

const buf = Buffer.alloc(10);
crypto.randomFillSync(buf, 2, 3);
console.log('fill untouched', buf[0], buf[1], buf[5], buf[9]);
const u32 = new Uint32Array(4);
console.log('fill u32', crypto.randomFillSync(u32) === u32, crypto.randomFillSync(u32, 1, 2).length);
const ab = new ArrayBuffer(8);
console.log('fill ab', crypto.randomFillSync(ab) === ab);
t('fill offset', () => crypto.randomFillSync(Buffer.alloc(4), 5));
t('fill size', () => crypto.randomFillSync(Buffer.alloc(4), 1, 4));
t('fill u32 size', () => crypto.randomFillSync(new Uint32Array(4), 1, 4));
t('fill type', () => crypto.randomFillSync('x'));
t('fill offset type', () => crypto.randomFillSync(Buffer.alloc(4), '1'));
crypto.randomFill(Buffer.alloc(4), (err, b) => later('randomFill cb', err, b.length));
crypto.randomFill(Buffer.alloc(4), 2, (err, b) => later('randomFill cb2', err, b.length));
t('randomFill nocb', () => crypto.randomFill(Buffer.alloc(4)));

let ok = true;
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(3, 9);
  if (!(Number.isInteger(n) && n >= 3 && n < 9)) ok = false;
  const m = crypto.randomInt(5);
  if (!(Number.isInteger(m) && m >= 0 && m < 5)) ok = false;
  const k = crypto.randomInt(-10, -8);
  if (k !== -10 && k !== -9) ok = false;
}
console.log('randomInt range', ok, crypto.randomInt(1), crypto.randomInt(7, 8));
t('ri float', () => crypto.randomInt(1.5));
t('ri order', () => crypto.randomInt(5, 2));
t('ri equal', () => crypto.randomInt(5, 5));
t('ri range', () => crypto.randomInt(0, 2 ** 48 + 1));
t('ri range1', () => crypto.randomInt(2 ** 48 + 1));
t('ri str', () => crypto.randomInt('1'));
t('ri min str', () => crypto.randomInt('1', 5));
t('ri cb', () => crypto.randomInt(1, 5, 'x'));
crypto.randomInt(10, (err, n) => later('randomInt cb', err, n >= 0 && n < 10));
crypto.randomInt(10, 12, (err, n) => later('randomInt cb2', err, n === 10 || n === 11));

const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let uuidsOk = true;
const seen = new Set();
for (let i = 0; i < 500; i++) {
  const u = crypto.randomUUID();
  if (!re.test(u)) uuidsOk = false;
  seen.add(u);
}
console.log('uuid', uuidsOk, seen.size, typeof crypto.randomUUID({ disableEntropyCache: true }));
t('uuid opt', () => crypto.randomUUID(1));
t('uuid opt2', () => crypto.randomUUID({ disableEntropyCache: 1 }));

const arr = new Int16Array(8);
console.log('grv', crypto.getRandomValues(arr) === arr, crypto.webcrypto.getRandomValues(new Uint8Array(4)).length);
console.log('grv max', crypto.getRandomValues(new Uint8Array(65536)).length);
console.log('webcrypto uuid', re.test(crypto.webcrypto.randomUUID()));
t('grv float', () => crypto.getRandomValues(new Float64Array(2)));
t('grv big', () => crypto.getRandomValues(new Uint8Array(65537)));
t('grv arr', () => crypto.getRandomValues([1, 2]));
const unbound = crypto.webcrypto.getRandomValues;
t('grv this', () => unbound(new Uint8Array(2)));
process.on('exit', () => {
  console.log('order', order.join(','));
  for (const k of Object.keys(late).sort()) console.log(k, ...late[k]);
});
