// jsonwebtoken 9 with asymmetric keys: RS256/384/512, PS256/512, ES256/384 tokens signed and
// verified with generated keys as KeyObjects and PEM (sec1, pkcs8, spki), tampered tokens,
// a key of the wrong type, and the async sign callback.
const jwt = require('jsonwebtoken');
const crypto = require('crypto');
const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ec384 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' });
const pemPriv = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' });
const pemPub = rsa.publicKey.export({ type: 'spki', format: 'pem' });
const payload = { sub: 'user-1', admin: true, iat: 1700000000 };
for (const [alg, priv, pub] of [['RS256', pemPriv, pemPub], ['RS384', rsa.privateKey, rsa.publicKey], ['RS512', pemPriv, rsa.publicKey],
  ['PS256', pemPriv, pemPub], ['PS512', rsa.privateKey, pemPub], ['ES256', ec.privateKey, ec.publicKey], ['ES384', ec384.privateKey.export({type:'sec1', format:'pem'}), ec384.publicKey.export({type:'spki', format:'pem'}) ]]) {
  const token = jwt.sign(payload, priv, { algorithm: alg });
  const parts = token.split('.');
  console.log(alg, parts[0], parts[1], parts[2].length > 10);
  console.log('  verify', JSON.stringify(jwt.verify(token, pub, { algorithms: [alg] })));
  try { jwt.verify(token.slice(0, -4) + 'AAAA', pub); } catch (e) { console.log('  tampered', e.name, e.message); }
}
const rs = jwt.sign(payload, pemPriv, { algorithm: 'RS256' });
console.log('deterministic RS256 matches', jwt.verify(rs, pemPub).sub);
try { jwt.verify(rs, ec.publicKey); } catch (e) { console.log('wrong key', e.name, e.message); }
try { jwt.sign(payload, 'secret', { algorithm: 'RS256' }); } catch (e) { console.log('secret for RS256', e.name, e.message); }
jwt.sign(payload, pemPriv, { algorithm: 'RS256' }, (err, tok) => { console.log('async', err, jwt.verify(tok, pemPub).sub); });
