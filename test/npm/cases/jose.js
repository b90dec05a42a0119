// jose 5 on node:crypto KeyObjects: RS256, PS256 and ES256 JWTs signed and verified, PKCS#8 and
// SPKI PEM import, JWK export and import, JWE with dir/A256GCM and RSA-OAEP-256/A128CBC-HS256.
const jose = require('jose');
const crypto = require('crypto');
(async () => {
  const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  for (const [alg, k] of [['RS256', rsa], ['PS256', rsa], ['ES256', ec]]) {
    try {
      const jwt = await new jose.SignJWT({ sub: 'u1' }).setProtectedHeader({ alg }).setIssuedAt(1700000000).sign(k.privateKey);
      const { payload } = await jose.jwtVerify(jwt, k.publicKey);
      console.log(alg, JSON.stringify(payload));
    } catch (e) { console.log(alg, 'error', e.code, e.message); }
  }
  try {
    const pem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' });
    const k = await jose.importPKCS8(pem, 'RS256');
    const spki = await jose.importSPKI(rsa.publicKey.export({ type: 'spki', format: 'pem' }), 'RS256');
    const jwt = await new jose.SignJWT({ a: 1 }).setProtectedHeader({ alg: 'RS256' }).sign(k);
    console.log('pem', JSON.stringify((await jose.jwtVerify(jwt, spki)).payload));
    const jwk = await jose.exportJWK(ec.publicKey);
    console.log('jwk', Object.keys(jwk).join(','));
    const imported = await jose.importJWK(jwk, 'ES256');
    console.log('imported', imported.type, imported.asymmetricKeyType);
  } catch (e) { console.log('pem error', e.code, e.message); }
  try {
    const secret = new TextEncoder().encode('x'.repeat(32));
    const jwe = await new jose.CompactEncrypt(new TextEncoder().encode('hello')).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(secret);
    console.log('jwe', new TextDecoder().decode((await jose.compactDecrypt(jwe, secret)).plaintext));
    const jwe2 = await new jose.CompactEncrypt(new TextEncoder().encode('hello')).setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A128CBC-HS256' }).encrypt(rsa.publicKey);
    console.log('jwe rsa', new TextDecoder().decode((await jose.compactDecrypt(jwe2, rsa.privateKey)).plaintext));
  } catch (e) { console.log('jwe error', e.code, e.message); }
})();
