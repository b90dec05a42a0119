// Proves pbkdf2Sync/pbkdf2 and scryptSync/scrypt against RFC 6070 and RFC 7914 vectors and node,
// digests sha1/sha256/sha512 (and others), key lengths across block boundaries, input types,
// and node's argument errors.  Callback results print at exit in a fixed order (pool timing).
const crypto = require('crypto');
const late = {};
process.on('exit', () => { for (const k of Object.keys(late).sort()) console.log(k, ...late[k]); });
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', r); } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
console.log(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('pass\0word', 'sa\0lt', 4096, 16, 'sha1').toString('hex'));
for (const d of ['sha1', 'sha256', 'sha512', 'md5', 'sha224', 'sha384', 'SHA256']) {
  for (const len of [0, 1, 32, 33, 64, 100]) {
    console.log(d, len, crypto.pbkdf2Sync('secret', 'NaCl', 10, len, d).toString('hex'));
  }
}
console.log(crypto.pbkdf2Sync(Buffer.from('secret'), new Uint8Array([1, 2, 3]), 3, 16, 'sha256').toString('base64'));
console.log(crypto.pbkdf2Sync('ünïcödé', 'sålt', 3, 16, 'sha256').toString('base64'));
console.log(crypto.pbkdf2Sync(new Uint8Array([1, 2]).buffer, '', 3, 16, 'sha256').toString('base64'));
t('digest', () => crypto.pbkdf2Sync('a', 'b', 1, 10, 'foo'));
t('iter0', () => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'));
t('keylen', () => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'));
t('password', () => crypto.pbkdf2Sync(1, 'b', 1, 1, 'sha1'));
t('salt', () => crypto.pbkdf2Sync('a', {}, 1, 1, 'sha1'));
t('no digest', () => crypto.pbkdf2Sync('a', 'b', 1, 1));
t('no cb', () => crypto.pbkdf2('a', 'b', 1, 1, 'sha1'));
t('async digest', () => crypto.pbkdf2('a', 'b', 1, 1, 'foo', () => {}));
crypto.pbkdf2('password', 'salt', 4096, 32, 'sha256', (err, key) => {
  late.async = [err, Buffer.isBuffer(key), key.toString('hex')];
});

// scrypt: RFC 7914 section 12 vectors (the small ones) and node's defaults
console.log(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
console.log(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
console.log(crypto.scryptSync('secret', 'salt', 32).toString('hex'));
console.log(crypto.scryptSync('secret', 'salt', 16, { cost: 32, blockSize: 2, parallelization: 3 }).toString('hex'));
t('scrypt N', () => crypto.scryptSync('a', 'b', 64, { N: 3 }));
t('scrypt mem', () => crypto.scryptSync('a', 'b', 64, { N: 2 ** 20 }));
t('scrypt both', () => crypto.scryptSync('a', 'b', 64, { N: 16, cost: 16 }));
t('scrypt keylen', () => crypto.scryptSync('a', 'b', -1));
t('scrypt pw', () => crypto.scryptSync(5, 'b', 1));
crypto.scrypt('secret', 'salt', 24, (err, key) => { late['scrypt async'] = [err, key.toString('hex')]; });
crypto.scrypt('secret', 'salt', 24, { N: 64 }, (err, key) => { late['scrypt async2'] = [err, key.toString('hex')]; });
t('pbkdf2 float iter', () => crypto.pbkdf2Sync('a', 'b', 1.5, 10, 'sha1'));
t('pbkdf2 big keylen', () => crypto.pbkdf2Sync('a', 'b', 1, 2 ** 31, 'sha1'));
t('scrypt maxmem', () => crypto.scryptSync('a', 'b', 8, { N: 16, r: 1, p: 1, maxmem: 1 }));
t('scrypt r type', () => crypto.scryptSync('a', 'b', 8, { N: 16, r: 'x' }));
t('scrypt null opts', () => crypto.scryptSync('a', 'b', 8, null).toString('hex'));
t('scrypt bad cb', () => crypto.scrypt('a', 'b', 8, {}, 'x'));
