// crypto KeyObject for secret keys: createSecretKey from a Buffer or a string with an encoding,
// type, symmetricKeySize, export as a buffer or a JWK, equals, inspection, use as an HMAC key;
// createPrivateKey/createPublicKey of something that is not a key give OpenSSL's decoder
// error (as jsonwebtoken relies on), and `new KeyObject()` the argument error.
const crypto = require('crypto');
const k = crypto.createSecretKey(Buffer.from('secret'));
console.log(k, k.type, k.symmetricKeySize, k.export(), k instanceof crypto.KeyObject);
console.log(k.export({ format: 'jwk' }), k.equals(crypto.createSecretKey('secret', 'utf8')),
    k.equals(crypto.createSecretKey(Buffer.from('other'))));
console.log(crypto.createHmac('sha256', k).update('x').digest('hex'));
console.log(crypto.createSecretKey('c2VjcmV0', 'base64').export().toString());
for (const f of ['createPrivateKey', 'createPublicKey']) {
    try {
        crypto[f]('secret');
    } catch (e) {
        console.log(f, e.name, e.code, e.message);
    }
}
try {
    new crypto.KeyObject();
} catch (e) {
    console.log(e.name, e.code, e.message);
}
try {
    crypto.createSecretKey(42);
} catch (e) {
    console.log(e.name, e.code);
}
try {
    k.equals('x');
} catch (e) {
    console.log(e.name, e.code);
}
