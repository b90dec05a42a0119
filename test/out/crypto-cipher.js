// Proves createCipheriv/createDecipheriv give node's bytes for every AES mode we have (cbc, ecb,
// ctr, cfb, cfb8, ofb, gcm), chacha20 and chacha20-poly1305: odd chunkings (update returns what
// OpenSSL returns), AAD in pieces, GCM with odd IV and tag lengths, round trips, setAutoPadding,
// input/output encodings through a StringDecoder, secret KeyObjects as keys, streaming, and
// getCiphers/getCipherInfo for the ciphers we have.
const crypto = require('crypto');
function bytes(n, seed) {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) & 0x7fffffff; b[i] = x >> 16; }
  return b;
}
const names = ['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-ecb', 'aes-256-ecb',
  'aes-128-ctr', 'aes-256-ctr', 'aes-128-cfb', 'aes-192-cfb8', 'aes-256-ofb', 'aes-128-gcm',
  'aes-192-gcm', 'aes-256-gcm', 'chacha20', 'chacha20-poly1305', 'AES128', 'id-aes256-GCM'];
for (const name of names) {
  const info = crypto.getCipherInfo(name);
  console.log(name, JSON.stringify(info));
  for (const len of [0, 1, 15, 16, 17, 33, 100]) {
    const key = bytes(info.keyLength, len + 1);
    const iv = info.ivLength ? bytes(info.ivLength, len + 7) : null;
    const pt = bytes(len, len + 3);
    const aead = /gcm|poly/i.test(name);
    const e = crypto.createCipheriv(name, key, iv);
    if (aead) { e.setAAD(bytes(len % 20, 9)); e.setAAD(bytes(3, 4)); }
    const parts = [];
    for (let i = 0; i < len; i += 7) parts.push(e.update(pt.subarray(i, i + 7)));
    parts.push(e.final());
    const ct = Buffer.concat(parts);
    const tag = aead ? e.getAuthTag().toString('hex') : '';
    const d = crypto.createDecipheriv(name, key, iv);
    if (aead) { d.setAAD(Buffer.concat([bytes(len % 20, 9), bytes(3, 4)])); d.setAuthTag(Buffer.from(tag, 'hex')); }
    const back = Buffer.concat([d.update(ct.subarray(0, 5)), d.update(ct.subarray(5)), d.final()]);
    console.log(' ', len, parts.map((p) => p.length).join(','), ct.toString('hex'), tag, back.equals(pt));
  }
}

for (const ivLen of [1, 8, 16, 60]) {
  const e = crypto.createCipheriv('aes-128-gcm', bytes(16, 1), bytes(ivLen, 2), { authTagLength: 8 });
  const ct = Buffer.concat([e.update(bytes(40, 3)), e.final()]);
  console.log('gcm iv', ivLen, ct.toString('hex'), e.getAuthTag().toString('hex'));
}
const cp = crypto.createCipheriv('chacha20-poly1305', bytes(32, 1), bytes(12, 2), { authTagLength: 5 });
cp.update('short tag');
cp.final();
console.log('chacha20-poly1305 tag', cp.getAuthTag().toString('hex'));

const noPad = crypto.createCipheriv('aes-128-cbc', bytes(16, 1), bytes(16, 2)).setAutoPadding(false);
console.log('no padding', noPad.update(bytes(32, 5), null, 'base64') + noPad.final('base64'));
const d3 = crypto.createDecipheriv('aes-128-ecb', bytes(16, 1), '');
d3.setAutoPadding(false);
console.log('ecb no padding', d3.update(bytes(32, 5)).length, d3.final().length);
const held = crypto.createDecipheriv('aes-128-cbc', bytes(16, 1), bytes(16, 2));
console.log('held back', held.update(bytes(16, 3)).length, held.update(bytes(1, 3)).length,
            held.update(bytes(15, 3)).length);

const text = 'héllo wörld, this is some text ✓';
const enc = crypto.createCipheriv('aes-128-cbc', 'k'.repeat(16), 'i'.repeat(16));
const b64 = enc.update(text, 'utf8', 'base64') + enc.final('base64');
console.log('base64', b64);
const dec = crypto.createDecipheriv('aes-128-cbc', crypto.createSecretKey(Buffer.from('k'.repeat(16))), 'i'.repeat(16));
console.log('utf8', dec.update(b64, 'base64', 'utf8') + dec.final('utf8'));
const hexIn = crypto.createCipheriv('aes-256-ctr', Buffer.alloc(32, 1), Buffer.alloc(16, 2));
console.log('hex in', hexIn.update('00ff10', 'hex', 'hex'), hexIn.update('latin', 'latin1', 'hex'));
const keyEnc = crypto.createCipheriv('aes-128-ecb', '000102030405060708090a0b0c0d0e0f', null, { encoding: 'hex' });
console.log('key encoding', keyEnc.final('hex'));
console.log('known vector', crypto.createCipheriv('aes-128-ecb', Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex'), null)
  .setAutoPadding(false).update(Buffer.from('00112233445566778899aabbccddeeff', 'hex')).toString('hex'));

const list = crypto.getCiphers();
console.log(['aes-128-cbc', 'aes-256-gcm', 'chacha20-poly1305', 'aes128', 'id-aes128-GCM'].map((n) => list.includes(n)));
console.log(crypto.getCipherInfo('aes-128-gcm', { ivLength: 16 }), crypto.getCipherInfo('aes-128-cbc', { ivLength: 12 }),
            crypto.getCipherInfo('aes-128-cbc', { keyLength: 12 }), crypto.getCipherInfo(419), crypto.getCipherInfo('nope'));
const c = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
console.log(c instanceof require('stream').Transform, typeof c.setAuthTag, typeof c.getAuthTag, Object.keys(c));
console.log(typeof crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)).getAuthTag);

const s = crypto.createCipheriv('aes-128-ctr', bytes(16, 1), bytes(16, 2));
const out = [];
s.on('data', (chunk) => out.push(chunk));
s.on('end', () => {
  const ct = Buffer.concat(out);
  console.log('stream', ct.toString('hex'));
  const ds = crypto.createDecipheriv('aes-128-ctr', bytes(16, 1), bytes(16, 2));
  ds.setEncoding('utf8');
  let back = '';
  ds.on('data', (chunk) => { back += chunk; });
  ds.on('end', () => console.log('stream back', back));
  ds.end(ct);
});
s.write('abc');
s.write(Buffer.from('defgh'));
s.end('ijk');
