// Proves Hash and Hmac work as Transform streams (write/end/read, 'data'/'finish', pipe) and
// that setEncoding turns the digest into a string, as in node.
const crypto = require('crypto');
const { Readable } = require('stream');
const h = crypto.createHash('sha256');
h.write('hello ');
h.end('world');
console.log('read', h.read().toString('hex'));
const h2 = crypto.createHash('md5');
h2.setEncoding('hex');
h2.on('data', (d) => console.log('data', typeof d, d));
h2.on('finish', () => console.log('finish'));
h2.end(Buffer.from('abc'));
const m = crypto.createHmac('sha1', 'key');
m.on('readable', () => { const d = m.read(); if (d) console.log('hmac', d.toString('base64')); });
m.end('message');
Readable.from(['a', 'b', 'c']).pipe(crypto.createHash('sha1')).on('data', (d) => console.log('pipe', d.toString('hex')));
