// Proves createHash's errors read as node's: unknown digest, bad algorithm and data types,
// odd-length hex input, and ERR_CRYPTO_HASH_FINALIZED after digest for digest, update and copy.
const crypto = require('crypto');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', r); } catch (e) {
    console.log(label, e instanceof Error, e.name, e.code, e.message);
  }
}
t('unknown', () => crypto.createHash('sha3-999'));
t('unknown2', () => crypto.createHash(''));
t('number', () => crypto.createHash(1));
t('undefined', () => crypto.createHash());
t('object', () => crypto.createHash({}));
t('data number', () => crypto.createHash('sha1').update(1));
t('data undefined', () => crypto.createHash('sha1').update());
t('data object', () => crypto.createHash('sha1').update({}));
t('data array', () => crypto.createHash('sha1').update([1, 2]));
t('odd hex', () => crypto.createHash('sha1').update('abc', 'hex'));
t('twice', () => { const h = crypto.createHash('sha1'); h.digest(); return h.digest('hex'); });
t('update after', () => { const h = crypto.createHash('sha1'); h.digest(); h.update('x'); });
t('copy after', () => { const h = crypto.createHash('sha1'); h.digest(); h.copy(); });
t('hash input', () => crypto.hash('sha1', 1));
t('hash alg', () => crypto.hash(1, 'x'));
t('hash unknown', () => crypto.hash('nope', 'x'));
t('tse length', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
t('tse type', () => crypto.timingSafeEqual('a', Buffer.from('a')));
t('tse type2', () => crypto.timingSafeEqual(Buffer.from('a'), [1]));
t('tse equal', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
t('tse differ', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
t('tse empty', () => crypto.timingSafeEqual(Buffer.alloc(0), new Uint8Array(0)));
t('tse views', () => crypto.timingSafeEqual(new Uint16Array([1, 2]), new Uint8Array([1, 0, 2, 0])));
t('tse arraybuffer', () => crypto.timingSafeEqual(new Uint8Array([9, 9]).buffer, Buffer.from([9, 9])));
t('xof wrong', () => crypto.createHash('sha256', { outputLength: 16 }));
t('xof own', () => crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
t('xof type', () => crypto.createHash('sha256', { outputLength: -1 }));
t('float64 data', () => crypto.createHash('sha1').update(new Float64Array([1.5])).digest('hex'));
t('ascii out', () => crypto.createHash('sha1').update('abc').digest('ascii'));
t('copy fresh', () => crypto.createHash('sha1').copy().digest('hex'));
