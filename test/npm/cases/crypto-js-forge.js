// crypto-js (hashes, HMAC, AES with a passphrase and with key/iv, encodings) and node-forge
// (sha256, HMAC, base64, AES-CBC, PBKDF2) checked against node:crypto.
const CryptoJS = require('crypto-js');
const forge = require('node-forge');
const crypto = require('crypto');
console.log(CryptoJS.MD5('abc').toString(), CryptoJS.SHA256('abc').toString(CryptoJS.enc.Base64), CryptoJS.SHA512('x').toString().slice(0, 16));
console.log(CryptoJS.HmacSHA256('msg', 'key').toString(), crypto.createHmac('sha256', 'key').update('msg').digest('hex'));
const key = CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f');
const iv = CryptoJS.enc.Hex.parse('0f0e0d0c0b0a09080706050403020100');
const enc = CryptoJS.AES.encrypt('secret text', key, { iv });
const c = crypto.createCipheriv('aes-128-cbc', Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex'), Buffer.from('0f0e0d0c0b0a09080706050403020100', 'hex'));
console.log(enc.toString(), Buffer.concat([c.update('secret text'), c.final()]).toString('base64'));
console.log(CryptoJS.AES.decrypt(enc.toString(), key, { iv }).toString(CryptoJS.enc.Utf8));
const pass = CryptoJS.AES.encrypt('with pass', 'pw');
console.log(CryptoJS.AES.decrypt(pass, 'pw').toString(CryptoJS.enc.Utf8), CryptoJS.enc.Utf16.stringify(CryptoJS.enc.Utf16.parse('hé')));
const md = forge.md.sha256.create(); md.update('abc');
console.log(md.digest().toHex(), forge.util.encode64('hello'), forge.util.decode64('aGk='));
const h = forge.hmac.create(); h.start('sha1', 'k'); h.update('data');
console.log(h.digest().toHex(), crypto.createHmac('sha1', 'k').update('data').digest('hex'));
const fk = forge.util.hexToBytes('000102030405060708090a0b0c0d0e0f');
const cipher = forge.cipher.createCipher('AES-CBC', fk);
cipher.start({ iv: forge.util.hexToBytes('0f0e0d0c0b0a09080706050403020100') });
cipher.update(forge.util.createBuffer('secret text'));
cipher.finish();
console.log(forge.util.encode64(cipher.output.getBytes()));
console.log(forge.util.bytesToHex(forge.pkcs5.pbkdf2('pw', 'salt', 1000, 16)), crypto.pbkdf2Sync('pw', 'salt', 1000, 16, 'sha1').toString('hex'));
