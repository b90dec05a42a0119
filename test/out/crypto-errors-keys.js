// Proves the errors of asymmetric keys, sign/verify, RSA encryption and key generation read as
// node's (message, code, library and reason): what is not a key, a public key where a private one
// is needed, DER without or with the wrong type, bad export options, encrypted keys without or
// with a wrong passphrase, bad JWKs, unknown digests, paddings and dsaEncodings, data too large,
// bad OAEP and PKCS#1 ciphertexts, and bad key generation options.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, '..', 'fixtures', 'keys');
const read = (name) => fs.readFileSync(path.join(dir, name), 'utf8');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', r); } catch (e) {
    console.log(label, e instanceof Error, e.name, e.code, JSON.stringify(e.message), e.library, e.reason);
  }
}
const rsaPem = read('rsa-2048.pem');
const rsaPub = read('rsa-2048-pub.pem');
const ecPem = read('ec-prime256v1.pem');
const rsa = crypto.createPrivateKey(rsaPem);
const pub = crypto.createPublicKey(rsaPub);
const msg = Buffer.from('x');

t('garbage', () => crypto.createPrivateKey('hello'));
t('garbage public', () => crypto.createPublicKey('hello'));
t('garbage pem', () => crypto.createPrivateKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'));
t('garbage public pem', () => crypto.createPublicKey('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'));
t('garbage rsa public pem', () => crypto.createPublicKey('-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----\n'));
t('private from public pem', () => crypto.createPrivateKey(rsaPub));
t('private from certificate', () => crypto.createPrivateKey(read('rsa-2048-cert.pem')));
t('der buffer as pem', () => crypto.createPrivateKey(rsa.export({ type: 'pkcs8', format: 'der' })));
t('der without type', () => crypto.createPrivateKey({ key: rsa.export({ type: 'pkcs8', format: 'der' }), format: 'der' }));
t('der pkcs1 as pkcs8', () => crypto.createPrivateKey({ key: rsa.export({ type: 'pkcs1', format: 'der' }), format: 'der', type: 'pkcs8' }));
t('der spki for private', () => crypto.createPrivateKey({ key: rsa.export({ type: 'pkcs8', format: 'der' }), format: 'der', type: 'spki' }));
t('der garbage pkcs8', () => crypto.createPrivateKey({ key: Buffer.from([0x30, 1, 2]), format: 'der', type: 'pkcs8' }));
t('der garbage spki', () => crypto.createPublicKey({ key: Buffer.from([0x30, 1, 2]), format: 'der', type: 'spki' }));
t('der garbage pkcs1', () => crypto.createPrivateKey({ key: Buffer.from([0x30, 1, 2]), format: 'der', type: 'pkcs1' }));
t('bad format', () => crypto.createPrivateKey({ key: rsaPem, format: 'xyz' }));
t('key number', () => crypto.createPrivateKey(5));
t('key.key number', () => crypto.createPrivateKey({ key: 5 }));
t('public key.key number', () => crypto.createPublicKey({ key: 5 }));
t('private from KeyObject', () => crypto.createPrivateKey(rsa));
t('public from public KeyObject', () => crypto.createPublicKey(pub));
t('public from secret', () => crypto.createPublicKey(crypto.createSecretKey(Buffer.alloc(4))));
t('encrypted no passphrase', () => crypto.createPrivateKey(read('rsa-2048-pkcs1-encrypted.pem')));
t('encrypted wrong passphrase', () => crypto.createPrivateKey({ key: read('rsa-2048-pkcs1-encrypted.pem'), passphrase: 'wrong' }));
t('passphrase type', () => crypto.createPrivateKey({ key: rsaPem, passphrase: 5 }));
t('jwk not object', () => crypto.createPrivateKey({ key: 'x', format: 'jwk' }));
t('jwk kty', () => crypto.createPrivateKey({ key: { kty: 'XYZ' }, format: 'jwk' }));
t('jwk rsa no d', () => crypto.createPrivateKey({ key: { kty: 'RSA', n: 'AQAB', e: 'AQAB' }, format: 'jwk' }));
t('jwk n type', () => crypto.createPublicKey({ key: { kty: 'RSA', n: 5, e: 'AQAB' }, format: 'jwk' }));
t('jwk crv', () => crypto.createPrivateKey({ key: { kty: 'EC', crv: 'P-999', x: 'AA', y: 'AA', d: 'AA' }, format: 'jwk' }));
t('jwk okp no crv', () => crypto.createPrivateKey({ key: { kty: 'OKP' }, format: 'jwk' }));
t('jwk bad ec point', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }, format: 'jwk' }));

t('export nothing', () => rsa.export());
t('export spki private', () => rsa.export({ type: 'spki', format: 'pem' }));
t('export sec1 rsa', () => rsa.export({ type: 'sec1', format: 'pem' }));
t('export pkcs1 ec', () => crypto.createPrivateKey(ecPem).export({ type: 'pkcs1', format: 'pem' }));
t('export pkcs8 public', () => pub.export({ type: 'pkcs8', format: 'pem' }));
t('export no type', () => pub.export({ format: 'pem' }));
t('export bad format', () => pub.export({ type: 'spki', format: 'xml' }));
t('export passphrase without cipher', () => rsa.export({ type: 'pkcs8', format: 'pem', passphrase: 'x' }));
t('export der pkcs1 cipher', () => rsa.export({ type: 'pkcs1', format: 'der', cipher: 'aes-128-cbc', passphrase: 'x' }));
t('export jwk passphrase', () => rsa.export({ format: 'jwk', passphrase: 'x' }));

t('sign bad digest', () => crypto.sign('nope', msg, rsa));
t('createSign bad digest', () => crypto.createSign('nope'));
t('createSign type', () => crypto.createSign(5));
t('sign with public', () => crypto.sign('sha256', msg, pub));
t('sign with public pem', () => crypto.sign('sha256', msg, rsaPub));
t('sign with secret', () => crypto.sign('sha256', msg, crypto.createSecretKey(Buffer.alloc(3))));
t('sign no key', () => crypto.createSign('sha256').sign());
t('sign twice', () => { const s = crypto.createSign('sha256'); s.sign(rsa); return s.sign(rsa); });
t('update after sign', () => { const s = crypto.createSign('sha256'); s.sign(rsa); return s.update('x'); });
t('sign data type', () => crypto.sign('sha256', 5, rsa));
t('sign callback type', () => crypto.sign('sha256', msg, rsa, 5));
t('salt not integer', () => crypto.sign('sha256', msg, { key: rsa, saltLength: 1.5 }));
t('padding string', () => crypto.sign('sha256', msg, { key: rsa, padding: 'x' }));
t('padding 99', () => crypto.sign('sha256', msg, { key: rsa, padding: 99 }));
t('padding none', () => crypto.sign('sha256', msg, { key: rsa, padding: crypto.constants.RSA_NO_PADDING }));
t('pss salt too long', () => crypto.sign('sha1', msg, { key: rsa, padding: 6, saltLength: 300 }));
t('dsaEncoding', () => crypto.sign('sha256', msg, { key: ecPem, dsaEncoding: 'x' }));
t('verify signature type', () => crypto.verify('sha256', msg, rsaPub, 'x'));
t('verify data type', () => crypto.verify('sha256', 5, rsaPub, Buffer.alloc(1)));
t('verify garbage signature', () => crypto.verify('sha256', msg, rsaPub, Buffer.from('abc')));
t('verify ec garbage signature', () => crypto.verify('sha256', msg, crypto.createPublicKey(ecPem), Buffer.from('abc')));
t('verify hex signature', () => crypto.createVerify('sha256').update('x').verify(rsaPub, 'zz', 'hex'));
t('verify twice', () => { const v = crypto.createVerify('sha256'); v.verify(rsaPub, Buffer.alloc(1)); return v.verify(rsaPub, Buffer.alloc(1)); });

t('decrypt bad oaep', () => crypto.privateDecrypt(rsa, Buffer.alloc(256, 1)));
t('decrypt pkcs1 refused', () => crypto.privateDecrypt({ key: rsa, padding: 1 }, Buffer.alloc(256, 1)));
t('encrypt too long', () => crypto.publicEncrypt(rsaPub, Buffer.alloc(250, 1)));
t('encrypt pkcs1 too long', () => crypto.publicEncrypt({ key: rsaPub, padding: 1 }, Buffer.alloc(250, 1)));
t('privateEncrypt too long', () => crypto.privateEncrypt(rsa, Buffer.alloc(250, 1)));
t('publicDecrypt bad', () => crypto.publicDecrypt(rsaPub, Buffer.alloc(256, 1)));
t('privateDecrypt with public', () => crypto.privateDecrypt(pub, Buffer.alloc(256, 1)));
t('encrypt buffer type', () => crypto.publicEncrypt(rsaPub, 5));
t('oaepHash type', () => crypto.publicEncrypt({ key: rsaPub, oaepHash: 5 }, msg));

t('keygen bad type', () => crypto.generateKeyPairSync('foo', {}));
t('keygen type number', () => crypto.generateKeyPairSync(5, {}));
t('keygen no options', () => crypto.generateKeyPairSync('rsa'));
t('keygen no length', () => crypto.generateKeyPairSync('rsa', {}));
t('keygen bad exponent', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicExponent: -1 }));
t('keygen no curve', () => crypto.generateKeyPairSync('ec', {}));
t('keygen bad curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-257' }));
t('keygen bad paramEncoding', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'x' }));
t('keygen bad public encoding', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: 'pem' }));
t('keygen bad encoding type', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'pkcs1', format: 'pem' } }));
t('keygen bad private encoding', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, privateKeyEncoding: { type: 'spki', format: 'pem' } }));
t('keygen callback', () => crypto.generateKeyPair('ec', { namedCurve: 'P-256' }));
