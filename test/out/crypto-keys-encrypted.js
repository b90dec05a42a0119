// Proves password-protected private keys as node: OpenSSL's PBES2/AES-256-CBC PKCS#8 and
// traditional AES-128-CBC PEM fixtures read with the passphrase (string or Buffer), a wrong or
// missing passphrase gives OpenSSL's errors, and export with a cipher (pkcs8 PEM and DER, pkcs1,
// sec1; any spelling of the cipher) reads back.  Salts and IVs are random: only headers print.
const c = require('crypto'), fs = require('fs');
const d = require('path').join(__dirname, '..', 'fixtures', 'keys') + '/';
const ref = c.createPrivateKey(fs.readFileSync(d + 'rsa-2048.pem'));
for (const f of ['rsa-2048-encrypted.pem', 'rsa-2048-pkcs1-encrypted.pem']) {
  console.log(f, c.createPrivateKey({ key: fs.readFileSync(d + f), passphrase: 'secret' }).equals(ref));
  try { c.createPrivateKey({ key: fs.readFileSync(d + f, 'utf8'), passphrase: 'wrong' }); } catch (e) { console.log(' wrong', e.code, e.message); }
  try { c.createPrivateKey(fs.readFileSync(d + f, 'utf8')); } catch (e) { console.log(' none', e.code, e.message); }
}
const ec = c.createPrivateKey(fs.readFileSync(d + 'ec-secp384r1.pem'));
for (const k of [ref, ec]) for (const [type, cipher] of [['pkcs8', 'aes-256-cbc'], ['pkcs8', 'AES-128-CBC'], ['pkcs8', 'aes192'], [k === ref ? 'pkcs1' : 'sec1', 'aes-256-cbc'], [k === ref ? 'pkcs1' : 'sec1', 'aes-128-cbc']]) {
  const pem = k.export({ type, format: 'pem', cipher, passphrase: 'top secret' });
  console.log(type, cipher, pem.split('\n').slice(0, 3).map((l) => l.replace(/,[0-9A-F]+$/, ',IV')).join('|').slice(0, 70),
    c.createPrivateKey({ key: pem, passphrase: 'top secret' }).equals(k));
  if (type === 'pkcs8') {
    const derKey = k.export({ type, format: 'der', cipher, passphrase: Buffer.from('top secret') });
    console.log('  der', c.createPrivateKey({ key: derKey, format: 'der', type: 'pkcs8', passphrase: 'top secret' }).equals(k));
  }
}
try { ref.export({ type: 'pkcs8', format: 'pem', cipher: 'nope', passphrase: 'x' }); } catch (e) { console.log(e.code, e.message); }
