// A Hash used as a stream (piped into, then ended) pushes its digest, and a digest() call after
// that returns the same digest (a second one throws ERR_CRYPTO_HASH_FINALIZED); an Hmac's
// digest() after its stream ended returns an empty digest, as Node's.
const crypto = require('crypto');
const { pipeline } = require('stream/promises');
const { Readable } = require('stream');
(async () => {
    const h = crypto.createHash('sha256');
    await pipeline(Readable.from(['abc', 'def']), h);
    console.log('piped   ', h.digest('hex'));
    console.log('direct  ', crypto.createHash('sha256').update('abcdef').digest('hex'));
    try {
        h.digest('hex');
    } catch (e) {
        console.log(e.code, e.message);
    }
    const h2 = crypto.createHash('md5');
    h2.on('data', (d) => console.log('data    ', d.toString('hex')));
    h2.end('x');
    await new Promise((r) => h2.on('end', r));
    console.log('after   ', h2.digest('base64'));
    const hm = crypto.createHmac('sha256', 'key');
    await pipeline(Readable.from(['a', 'b']), hm);
    console.log('hmac', JSON.stringify(hm.digest('hex')), hm.digest().length, JSON.stringify(hm.digest('hex')));
    console.log('hmac direct', crypto.createHmac('sha256', 'key').update('ab').digest('hex'));
    const hm2 = crypto.createHmac('sha1', 'key');
    hm2.end('z');
    hm2.on('readable', () => {
        const d = hm2.read();
        if (d) console.log('hmac read', d.toString('hex'));
    });
})();
