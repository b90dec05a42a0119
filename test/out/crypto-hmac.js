// Proves createHmac matches node: RFC 4231/2202 vectors, keys longer than a block, empty keys
// and data, key types and encodings, multi-update, digest twice (empty result), update after
// digest (ERR_CRYPTO_HASH_FINALIZED) and bad arguments.
const crypto = require('crypto');
const algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
const keys = [Buffer.alloc(20, 0x0b), 'Jefe', Buffer.alloc(131, 0xaa), '', 'k'.repeat(64), 'k'.repeat(128)];
const data = ['Hi There', 'what do ya want for nothing?', 'Test Using Larger Than Block-Size Key - Hash Key First', ''];
for (const alg of algs) {
  for (const key of keys) {
    for (const d of data) {
      console.log(alg, key.length, d.length, crypto.createHmac(alg, key).update(d).digest('hex'));
    }
  }
  console.log(alg, 'base64', crypto.createHmac(alg, 'key').update('msg').digest('base64'));
  console.log(alg, 'buffer', crypto.createHmac(alg, 'key').update('msg').digest());
  const a = crypto.createHmac(alg, 'key').update('hello ').update('world').digest('hex');
  const b = crypto.createHmac(alg, Buffer.from('key')).update(Buffer.from('hello world')).digest('hex');
  const c = crypto.createHmac(alg, new Uint8Array([107, 101, 121])).update('hello world').digest('hex');
  const d = crypto.createHmac(alg, new Uint8Array([107, 101, 121]).buffer).update('hello world').digest('hex');
  console.log(alg, 'same', a === b, a === c, a === d);
}
// key given in an encoding
console.log(crypto.createHmac('sha256', '6b6579', { encoding: 'hex' }).update('x').digest('hex'));
console.log(crypto.createHmac('sha256', 'key').update('x').digest('hex'));
console.log(crypto.createHmac('SHA256', 'key').update('x').digest('hex'));
// unicode
console.log(crypto.createHmac('sha1', 'ключ').update('данные ✓').digest('hex'));
// digest twice: empty, then update throws
const h = crypto.createHmac('sha1', 'k');
console.log(h.digest('hex').length, JSON.stringify(h.digest('hex')), h.digest(), JSON.stringify(h.digest('base64')));
try { h.update('x'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(crypto.createHmac('sha1', 'k') instanceof crypto.Hmac, crypto.Hmac('sha1', 'k') instanceof crypto.Hmac);
for (const f of [
  () => crypto.createHmac('nope', 'k'),
  () => crypto.createHmac(5, 'k'),
  () => crypto.createHmac('sha1'),
  () => crypto.createHmac('sha1', 12),
  () => crypto.createHmac('sha1', { a: 1 }),
  () => crypto.createHmac('sha1', 'k').update(3),
  () => crypto.createHmac('sha1', 'k').update(null),
  () => crypto.createHmac('sha1', 'k').update('abc', 'hex'),
]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
