// Proves createHash for md5/sha1/sha224/sha256/sha384/sha512 matches node: fixed and empty inputs,
// every output encoding, multi-update, unicode and non-utf8 input encodings, TypedArray and
// DataView input, copy(), algorithm aliases and crypto.hash().
const crypto = require('crypto');
const algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
const inputs = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000),
  'héllo wörld ✓ 😀'];
for (const alg of algs) {
  for (const input of inputs) {
    console.log(alg, JSON.stringify(input.slice(0, 20)), crypto.createHash(alg).update(input).digest('hex'));
  }
  const h = crypto.createHash(alg).update('abc');
  const buf = h.digest();
  console.log(alg, 'buffer', Buffer.isBuffer(buf), buf.length, buf);
  for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary']) {
    console.log(alg, enc, JSON.stringify(crypto.createHash(alg).update('abc').digest(enc)));
  }
  // the same message in pieces, and as bytes of several kinds
  const whole = crypto.createHash(alg).update('hello world').digest('hex');
  const parts = crypto.createHash(alg).update('hel').update('lo').update(' ').update('world').digest('hex');
  const bytes = Buffer.from('hello world');
  const u8 = crypto.createHash(alg).update(new Uint8Array(bytes)).digest('hex');
  const dv = crypto.createHash(alg).update(new DataView(bytes.buffer, bytes.byteOffset, bytes.length)).digest('hex');
  const u16 = crypto.createHash(alg).update(new Uint16Array([0x6568, 0x6c6c])).digest('hex');
  console.log(alg, 'pieces', whole === parts, whole === u8, whole === dv, u16);
  // copy() forks the state
  const base = crypto.createHash(alg).update('one');
  const copy = base.copy();
  base.update('two');
  copy.update('three');
  console.log(alg, 'copy', base.digest('hex'), copy.digest('hex'));
  // large input crossing many blocks
  console.log(alg, 'large', crypto.createHash(alg).update(Buffer.alloc(100000, 7)).digest('base64'));
}
// input encodings
console.log(crypto.createHash('sha256').update('616263', 'hex').digest('hex'));
console.log(crypto.createHash('sha256').update('YWJj', 'base64').digest('hex'));
console.log(crypto.createHash('sha256').update('\u00e9\u00ff', 'latin1').digest('hex'));
console.log(crypto.createHash('sha256').update('\u00e9\u00ff', 'binary').digest('hex'));
console.log(crypto.createHash('sha256').update('\u00e9\u00ff', 'utf8').digest('hex'));
console.log(crypto.createHash('sha256').update('\u00e9\u00ff').digest('hex'));
console.log(crypto.createHash('sha256').update('abc', 'utf16le').digest('hex'));
console.log(crypto.createHash('sha256').update('abc', 'nonsense').digest('hex'));
// lone surrogates are hashed as U+FFFD, as node's UTF-8 conversion does
console.log(crypto.createHash('sha1').update('a\ud800b').digest('hex'));
// output encodings beyond the usual
console.log(JSON.stringify(crypto.createHash('md5').update('abc').digest('utf16le')));
console.log(crypto.createHash('md5').update('abc').digest('buffer'));
console.log(crypto.createHash('md5').update('abc').digest('no-such-encoding'));
console.log(crypto.createHash('md5').update('abc').digest('HEX'));
// aliases
for (const name of ['SHA256', 'sha-256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'RSA-SHA1-2', 'ssl3-md5', 'MD5', 'SHA-512']) {
  console.log(name, crypto.createHash(name).update('abc').digest('hex').slice(0, 16));
}
// update returns the hash; Hash without new
const h = crypto.createHash('sha1');
console.log(h.update('a') === h, h instanceof crypto.Hash, crypto.Hash('sha1') instanceof crypto.Hash);
// one-shot crypto.hash
console.log(crypto.hash('sha1', 'abc'), crypto.hash('md5', Buffer.from('abc'), 'base64'), crypto.hash('sha256', 'abc', 'buffer'));
const names = crypto.getHashes();
console.log(Array.isArray(names), algs.every((a) => names.includes(a)));
// odd chunk sizes across block boundaries give the one-shot digest
const big = Buffer.alloc(20000);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 8)) & 255;
for (const alg of algs) {
  const h2 = crypto.createHash(alg);
  const sizes = [1, 3, 63, 64, 65, 127, 128, 129, 1000, 5, 4096, 17];
  let off = 0;
  for (let i = 0; off < big.length; i++) {
    const n = sizes[i % sizes.length];
    h2.update(big.subarray(off, off + n));
    off += n;
  }
  console.log(alg, 'chunks', h2.digest('hex'), crypto.createHash(alg).update(big).digest('hex').slice(0, 16));
}
