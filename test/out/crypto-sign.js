// Proves sign/verify as node: RSA PKCS#1 v1.5 signatures (deterministic, printed) for every digest
// and alias, through createSign/createVerify (update in pieces and encodings, as a Writable
// stream) and the one-shot crypto.sign/verify (null digest = sha256, callbacks); RSA-PSS with
// every saltLength form; ECDSA on four curves in DER and ieee-p1363; OpenSSL-made signatures
// verify; a wrong message, key or signature gives false.  Randomised signatures print only
// verify results.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, '..', 'fixtures', 'keys');
const read = (name) => fs.readFileSync(path.join(dir, name));
const rsaPem = read('rsa-2048.pem').toString();
const rsaPub = read('rsa-2048-pub.pem').toString();
const rsa = crypto.createPrivateKey(rsaPem);
const message = read('message.txt');

for (const alg of ['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'md5', 'RSA-SHA256', 'sha256WithRSAEncryption', 'SHA512']) {
  const sig = crypto.createSign(alg).update(message).sign(rsaPem, 'base64');
  console.log(alg, sig);
  console.log('  verify', crypto.createVerify(alg).update(message).verify(rsaPub, sig, 'base64'),
              crypto.verify(alg, message, rsaPub, Buffer.from(sig, 'base64')));
}
const pieces = crypto.createSign('sha256');
pieces.update('nodule signs ');
pieces.update(Buffer.from('this message\n'));
const oneShot = crypto.sign('sha256', message, rsa);
console.log('pieces = one shot', pieces.sign(rsa).equals(oneShot));
console.log('null digest', crypto.sign(null, message, rsa).equals(oneShot), crypto.verify(null, message, rsaPub, oneShot));
console.log('hex input', crypto.createSign('sha256').update('6e6f64756c65', 'hex').sign(rsa, 'hex'));
console.log('latin1 input', crypto.createVerify('sha256').update('nodule', 'latin1')
  .verify(rsaPub, crypto.createSign('sha256').update('nodule').sign(rsa)));
console.log('verify with private', crypto.verify('sha256', message, rsa, oneShot), crypto.verify('sha256', message, rsaPem, oneShot));
console.log('wrong message', crypto.verify('sha256', Buffer.from('other'), rsaPub, oneShot));
const bad = Buffer.from(oneShot);
bad[10] ^= 1;
console.log('wrong signature', crypto.verify('sha256', message, rsaPub, bad), crypto.verify('sha256', message, rsaPub, bad.subarray(1)));
console.log('wrong key', crypto.verify('sha256', message, read('ec-prime256v1-pub.pem'), oneShot));
console.log('object key', crypto.sign('sha1', message, { key: rsaPem, padding: crypto.constants.RSA_PKCS1_PADDING }).toString('hex').slice(0, 32));

const PSS = crypto.constants.RSA_PKCS1_PSS_PADDING;
for (const saltLength of [undefined, crypto.constants.RSA_PSS_SALTLEN_DIGEST, crypto.constants.RSA_PSS_SALTLEN_MAX_SIGN, 0, 20, 32]) {
  const sig = crypto.sign('sha256', message, { key: rsa, padding: PSS, saltLength });
  console.log('pss', saltLength, sig.length,
              crypto.verify('sha256', message, { key: rsaPub, padding: PSS }, sig),
              crypto.verify('sha256', message, { key: rsaPub, padding: PSS, saltLength }, sig),
              crypto.verify('sha256', message, rsaPub, sig));
}
const pssFile = read('rsa-2048-pss-sha256.sig');
console.log('openssl pss', crypto.verify('sha256', message, { key: rsaPub, padding: PSS }, pssFile),
            crypto.verify('sha256', message, { key: rsaPub, padding: PSS, saltLength: 32 }, pssFile),
            crypto.verify('sha256', message, { key: rsaPub, padding: PSS, saltLength: 20 }, pssFile));
const pssSign = crypto.createSign('sha512');
pssSign.write('streamed ');
pssSign.end('data');
const pssSig = pssSign.sign({ key: rsaPem, padding: PSS, saltLength: 10 });
const pssVerify = crypto.createVerify('sha512');
pssVerify.write('streamed data');
pssVerify.end();
console.log('streams', pssVerify.verify({ key: rsaPub, padding: PSS, saltLength: 10 }, pssSig), pssSign instanceof require('stream').Writable);

for (const [curve, digest, size] of [['prime256v1', 'sha256', 32], ['secp384r1', 'sha384', 48], ['secp521r1', 'sha512', 66], ['secp256k1', 'sha256', 32]]) {
  const priv = crypto.createPrivateKey(read('ec-' + curve + '.pem'));
  const pub = read('ec-' + curve + '-pub.pem');
  const der = crypto.sign(digest, message, priv);
  const p1363 = crypto.sign(digest, message, { key: priv, dsaEncoding: 'ieee-p1363' });
  console.log(curve, der[0], p1363.length === 2 * size,
              crypto.verify(digest, message, pub, der),
              crypto.verify(digest, message, { key: pub, dsaEncoding: 'ieee-p1363' }, p1363),
              crypto.verify(digest, message, { key: pub, dsaEncoding: 'der' }, p1363),
              crypto.verify(digest, message, { key: pub, dsaEncoding: 'ieee-p1363' }, der),
              crypto.verify(digest, Buffer.from('x'), pub, der),
              crypto.verify('sha1', message, pub, der));
  const s = crypto.createSign(digest).update(message).sign(priv, 'hex');
  console.log('  createVerify', crypto.createVerify(digest).update(message).verify(pub, s, 'hex'));
}
for (const [file, key, digest] of [['ec-prime256v1-sha256.sig', 'ec-prime256v1-pub.pem', 'sha256'],
  ['ec-secp384r1-sha384.sig', 'ec-secp384r1-pub.pem', 'sha384'], ['ec-secp521r1-sha512.sig', 'ec-secp521r1-pub.pem', 'sha512']]) {
  console.log('openssl', file, crypto.verify(digest, message, read(key), read(file)));
}
const jwkPub = crypto.createPublicKey(read('ec-prime256v1-pub.pem')).export({ format: 'jwk' });
console.log('jwk key', crypto.verify('sha256', message, { key: jwkPub, format: 'jwk' }, read('ec-prime256v1-sha256.sig')));

crypto.sign('sha256', message, rsa, (err, sig) => {
  console.log('async sign', err, sig.equals(oneShot));
  crypto.verify('sha256', message, rsaPub, sig, (err2, ok) => console.log('async verify', err2, ok));
});
console.log('sync first');
