// Proves generateKeyPairSync/generateKeyPair for 'rsa' (modulusLength, publicExponent) and 'ec'
// (every curve name node takes for ours) make working keys of the asked shape, as KeyObjects or
// exported through publicKeyEncoding/privateKeyEncoding (PEM strings, DER Buffers, JWK), and that
// the generated keys sign, verify, encrypt and decrypt.  Keys are random: only their shape prints.
const crypto = require('crypto');
const message = Buffer.from('generated keys');
function details(k) {
  const d = k.asymmetricKeyDetails;
  return d.publicExponent === undefined ? JSON.stringify(d)
    : JSON.stringify({ modulusLength: d.modulusLength, publicExponent: String(d.publicExponent) });
}

let { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
console.log('rsa', publicKey.type, privateKey.type, privateKey.asymmetricKeyType, details(privateKey), details(publicKey));
console.log('  sign', crypto.verify('sha256', message, publicKey, crypto.sign('sha256', message, privateKey)));
console.log('  encrypt', crypto.privateDecrypt(privateKey, crypto.publicEncrypt(publicKey, message)).toString());
console.log('  public of private', crypto.createPublicKey(privateKey).equals(publicKey));
({ publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 768, publicExponent: 3 }));
console.log('rsa e=3', details(privateKey), crypto.verify('sha1', message, publicKey, crypto.sign('sha1', message, privateKey)));

for (const namedCurve of ['P-256', 'prime256v1', 'P-384', 'secp384r1', 'P-521', 'secp521r1', 'secp256k1']) {
  ({ publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve }));
  console.log('ec', namedCurve, privateKey.asymmetricKeyType, details(privateKey), details(publicKey),
              crypto.verify('sha256', message, publicKey, crypto.sign('sha256', message, privateKey)),
              Object.keys(privateKey.export({ format: 'jwk' })).join(','));
}

const pems = crypto.generateKeyPairSync('ec', {
  namedCurve: 'P-256',
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
});
console.log('pem', typeof pems.publicKey, pems.publicKey.split('\n')[0], pems.privateKey.split('\n')[0],
            crypto.verify('sha256', message, pems.publicKey, crypto.sign('sha256', message, pems.privateKey)));
const ders = crypto.generateKeyPairSync('rsa', {
  modulusLength: 1024,
  publicKeyEncoding: { type: 'pkcs1', format: 'der' },
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' }
});
console.log('der', Buffer.isBuffer(ders.publicKey), ders.privateKey.split('\n')[0],
            crypto.createPublicKey({ key: ders.publicKey, format: 'der', type: 'pkcs1' }).asymmetricKeyType);
const sec1 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384', privateKeyEncoding: { type: 'sec1', format: 'der' } });
console.log('sec1', Buffer.isBuffer(sec1.privateKey), sec1.publicKey.type,
            crypto.createPrivateKey({ key: sec1.privateKey, format: 'der', type: 'sec1' }).asymmetricKeyDetails.namedCurve);

crypto.generateKeyPair('ec', { namedCurve: 'P-256' }, (err, pub, priv) => {
  console.log('async ec', err, pub.type, priv.type);
  crypto.generateKeyPair('rsa', { modulusLength: 1024, publicKeyEncoding: { type: 'spki', format: 'pem' } }, (err2, pub2, priv2) => {
    console.log('async rsa', err2, typeof pub2, priv2.type);
  });
});
console.log('sync first');
