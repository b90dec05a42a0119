// crypto.hkdf/hkdfSync (RFC 5869): derived bytes (RFC test case 1), secret KeyObjects, and Node's errors.
const crypto = require('crypto');
const hex = (ab) => Buffer.from(ab).toString('hex');
console.log(hex(crypto.hkdfSync('sha256', 'k', 's', 'i', 8)));
// RFC 5869 test case 1
const ikm = Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex');
const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
const okm = crypto.hkdfSync('sha256', ikm, salt, info, 42);
console.log(okm instanceof ArrayBuffer, okm.byteLength, hex(okm));
console.log(hex(crypto.hkdfSync('sha512', crypto.createSecretKey(Buffer.from('key')), '', '', 70)).length);
console.log(hex(crypto.hkdfSync('sha1', 'k', Buffer.alloc(0), 'x', 0)));
for (const bad of [() => crypto.hkdfSync('nope', 'k', 's', 'i', 8), () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1),
  () => crypto.hkdfSync('sha256', 1, 's', 'i', 8), () => crypto.hkdfSync('sha256', 'k', 's', Buffer.alloc(1025), 8),
  () => crypto.hkdfSync('sha256', 'k', 's', 'i', -1), () => crypto.hkdfSync(1, 'k', 's', 'i', 8)]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
crypto.hkdf('sha256', 'k', 's', 'i', 16, (err, key) => console.log('async', err, hex(key)));
try { crypto.hkdf('nope', 'k', 's', 'i', 16, () => {}); } catch (e) { console.log('async throws', e.code); }
console.log('sync first');
