// Proves createPrivateKey/createPublicKey read RSA and EC keys (prime256v1, secp384r1, secp521r1,
// secp256k1) from PEM (PKCS#8, PKCS#1, SEC1, SPKI, RSA PUBLIC KEY), DER with format/type, JWK and
// traditional encrypted PEM, public keys from X.509 certificates, a PEM with an EC PARAMETERS
// block or CRLF lines, and export them to every form byte for byte as node: type,
// asymmetricKeyType, asymmetricKeyDetails (publicExponent printed as a string: node's is a BigInt),
// export as pkcs1/pkcs8/sec1/spki in PEM and DER, JWK both ways, equals, public from private.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, '..', 'fixtures', 'keys');
const read = (name) => fs.readFileSync(path.join(dir, name), 'utf8');
function details(k) {
  const d = k.asymmetricKeyDetails;
  return d.publicExponent === undefined ? JSON.stringify(d)
    : JSON.stringify({ modulusLength: d.modulusLength, publicExponent: String(d.publicExponent) });
}
function show(label, k) {
  console.log(label, k.type, k.asymmetricKeyType, details(k), k.symmetricKeySize, k instanceof crypto.KeyObject);
}

for (const name of ['rsa-2048', 'ec-prime256v1', 'ec-secp384r1', 'ec-secp521r1', 'ec-secp256k1']) {
  const rsa = name.startsWith('rsa');
  const priv = crypto.createPrivateKey(read(name + '.pem'));
  show(name, priv);
  const other = crypto.createPrivateKey(read(name + (rsa ? '-pkcs1.pem' : '-sec1.pem')));
  console.log('  same key from', rsa ? 'pkcs1' : 'sec1', other.equals(priv));
  for (const type of rsa ? ['pkcs1', 'pkcs8'] : ['sec1', 'pkcs8']) {
    const pem = priv.export({ type, format: 'pem' });
    console.log(pem);
    const der = priv.export({ type, format: 'der' });
    console.log('  der', type, der.toString('base64'));
    console.log('  der round trip', crypto.createPrivateKey({ key: der, format: 'der', type }).equals(priv));
  }
  console.log('  pkcs8 file', priv.export({ type: 'pkcs8', format: 'pem' }) === read(name + '.pem'));
  const jwk = priv.export({ format: 'jwk' });
  console.log('  jwk', JSON.stringify(jwk));
  console.log('  jwk round trip', crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(priv));

  const pub = crypto.createPublicKey(priv);
  show('  public', pub);
  console.log(pub.export({ type: 'spki', format: 'pem' }));
  console.log('  spki file', pub.export({ type: 'spki', format: 'pem' }) === read(name + '-pub.pem'));
  console.log('  from pem', crypto.createPublicKey(read(name + '-pub.pem')).equals(pub));
  console.log('  from private pem', crypto.createPublicKey(read(name + '.pem')).equals(pub));
  const spki = pub.export({ type: 'spki', format: 'der' });
  console.log('  spki der', spki.toString('hex'));
  console.log('  spki der round trip', crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' }).equals(pub));
  const pjwk = pub.export({ format: 'jwk' });
  console.log('  public jwk', JSON.stringify(pjwk));
  console.log('  public jwk round trip', crypto.createPublicKey({ key: pjwk, format: 'jwk' }).equals(pub));
  console.log('  private vs public equals', priv.equals(pub), pub.equals(priv));
  if (rsa) {
    const pkcs1 = pub.export({ type: 'pkcs1', format: 'pem' });
    console.log(pkcs1);
    console.log('  pkcs1 public file', pkcs1 === read(name + '-pub-pkcs1.pem'));
    console.log('  pkcs1 public pem', crypto.createPublicKey(pkcs1).equals(pub));
    const pkcs1der = pub.export({ type: 'pkcs1', format: 'der' });
    console.log('  pkcs1 public der', crypto.createPublicKey({ key: pkcs1der, format: 'der', type: 'pkcs1' }).equals(pub));
  }
}

const buf = crypto.createPrivateKey(fs.readFileSync(path.join(dir, 'ec-prime256v1.pem')));
show('from a Buffer', buf);
show('from an object', crypto.createPrivateKey({ key: read('rsa-2048.pem'), format: 'pem' }));
show('encrypted pkcs1', crypto.createPrivateKey({ key: read('rsa-2048-pkcs1-encrypted.pem'), passphrase: 'secret' }));
show('encrypted pkcs1 buffer passphrase', crypto.createPrivateKey({ key: read('rsa-2048-pkcs1-encrypted.pem'), passphrase: Buffer.from('secret') }));
console.log(Object.prototype.toString.call(buf), typeof crypto.createPrivateKey(read('rsa-2048.pem')).export);

for (const name of ['rsa-2048', 'ec-prime256v1']) {
  const fromCert = crypto.createPublicKey(read(name + '-cert.pem'));
  show('certificate ' + name, fromCert);
  console.log('  same public key', fromCert.equals(crypto.createPublicKey(read(name + '-pub.pem'))));
  const sig = crypto.sign('sha256', Buffer.from('signed'), crypto.createPrivateKey(read(name + '.pem')));
  console.log('  verify with the certificate', crypto.verify('sha256', Buffer.from('signed'), read(name + '-cert.pem'), sig));
}
show('after EC PARAMETERS', crypto.createPrivateKey(read('ec-secp384r1-with-params.pem')));
console.log('  same key', crypto.createPrivateKey(read('ec-secp384r1-with-params.pem')).equals(crypto.createPrivateKey(read('ec-secp384r1.pem'))));
show('CRLF lines', crypto.createPrivateKey(read('rsa-2048.pem').replace(/\n/g, '\r\n')));
