// Proves publicEncrypt/privateDecrypt (OAEP by default, oaepHash, oaepLabel, PKCS#1 v1.5 encrypt),
// privateEncrypt/publicDecrypt (PKCS#1 type 1: deterministic, printed) and RSA_NO_PADDING as node,
// with keys in every form (PEM strings, KeyObjects, objects with padding), and that OpenSSL-made
// OAEP ciphertexts decrypt.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, '..', 'fixtures', 'keys');
const read = (name) => fs.readFileSync(path.join(dir, name));
const privPem = read('rsa-2048.pem').toString();
const pubPem = read('rsa-2048-pub.pem').toString();
const priv = crypto.createPrivateKey(privPem);
const pub = crypto.createPublicKey(pubPem);
const { constants } = crypto;
const text = Buffer.from('attack at dawn');

let ct = crypto.publicEncrypt(pubPem, text);
console.log('oaep', ct.length, crypto.privateDecrypt(privPem, ct).toString());
ct = crypto.publicEncrypt(pub, text);
console.log('oaep key object', crypto.privateDecrypt(priv, ct).toString());
ct = crypto.publicEncrypt(privPem, 'string data');
console.log('encrypt with private pem', crypto.privateDecrypt({ key: priv }, ct).toString());
for (const oaepHash of ['sha1', 'sha256', 'sha512']) {
  ct = crypto.publicEncrypt({ key: pub, oaepHash, oaepLabel: Buffer.from('label') }, text);
  console.log('oaep', oaepHash, crypto.privateDecrypt({ key: priv, oaepHash, oaepLabel: Buffer.from('label') }, ct).toString());
}
console.log('openssl oaep', crypto.privateDecrypt(priv, read('rsa-2048-oaep.bin')).toString().trim(),
            crypto.privateDecrypt({ key: priv, oaepHash: 'sha256' }, read('rsa-2048-oaep-sha256.bin')).toString().trim());
ct = crypto.publicEncrypt({ key: pub, padding: constants.RSA_PKCS1_PADDING }, text);
console.log('pkcs1 encrypt', ct.length);
const maxLen = crypto.publicEncrypt(pub, Buffer.alloc(256 - 42, 7));
console.log('oaep max length', maxLen.length, crypto.privateDecrypt(priv, maxLen).length);

const signed = crypto.privateEncrypt(priv, text);
console.log('privateEncrypt', signed.toString('base64'));
console.log('publicDecrypt', crypto.publicDecrypt(pub, signed).toString(), crypto.publicDecrypt(privPem, signed).toString());
console.log('privateEncrypt pem', crypto.privateEncrypt(privPem, Buffer.alloc(0)).toString('hex').slice(0, 40));
const raw = Buffer.alloc(256, 0);
raw[255] = 5;
const rawCt = crypto.publicEncrypt({ key: pub, padding: constants.RSA_NO_PADDING }, raw);
console.log('no padding', rawCt.toString('hex').slice(0, 64),
            crypto.privateDecrypt({ key: priv, padding: constants.RSA_NO_PADDING }, rawCt).equals(raw));
const rawSig = crypto.privateEncrypt({ key: priv, padding: constants.RSA_NO_PADDING }, raw);
console.log('no padding private', crypto.publicDecrypt({ key: pub, padding: constants.RSA_NO_PADDING }, rawSig).equals(raw));
console.log('hex input', crypto.privateDecrypt(priv, crypto.publicEncrypt({ key: pub, encoding: 'hex' }, '6869')).toString());
