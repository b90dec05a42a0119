// jsonwebtoken 9 (HS256/HS512 through crypto.createSecretKey and HMAC; expiry and bad
// signatures), zod 3 (object schemas, refinements, error issues), bcryptjs (hash and compare),
// lru-cache 10 (eviction, ttl-free use), mime 3 (getType, getExtension through RegExp.$1),
// nodemailer 6 (a message built by the JSON transport).
const jwt = require('jsonwebtoken');
const token = jwt.sign({ sub: 'u1', role: 'admin', iat: 1700000000 }, 'secret');
console.log(token);
console.log(jwt.verify(token, 'secret'));
const t512 = jwt.sign({ sub: 'u2' }, 'k2', { algorithm: 'HS512', expiresIn: '1h' });
console.log(jwt.decode(t512, { complete: true }).header, jwt.verify(t512, 'k2').sub);
for (const bad of [[token, 'wrong'], [jwt.sign({ exp: 1 }, 'k'), 'k'], ['not.a.token', 'k']]) {
    try {
        jwt.verify(bad[0], bad[1]);
    } catch (e) {
        console.log(e.name, e.message);
    }
}

const { z } = require('zod');
const User = z.object({
    name: z.string().min(2),
    age: z.number().int().positive(),
    email: z.string().email().optional(),
    tags: z.array(z.enum(['a', 'b'])).default([])
}).strict();
console.log(User.parse({ name: 'ab', age: 3 }));
const bad = User.safeParse({ name: 'a', age: -1.5, email: 'x', extra: 1 });
console.log(bad.success, bad.error.issues.map((i) => i.path.join('.') + ': ' + i.message));
console.log(z.string().transform((s) => s.length).parse('four'), z.union([z.number(), z.string()]).parse('u'));

const bcrypt = require('bcryptjs');
const hash = bcrypt.hashSync('pw', 4);
console.log(hash.length, hash.slice(0, 4), bcrypt.compareSync('pw', hash), bcrypt.compareSync('px', hash));

const { LRUCache } = require('lru-cache');
const cache = new LRUCache({ max: 2 });
cache.set('a', 1);
cache.set('b', 2);
cache.get('a');
cache.set('c', 3);
console.log([...cache.keys()], cache.has('b'), cache.size);

const mime = require('mime');
console.log(mime.getType('x.json'), mime.getType('a/b/c.HTML'), mime.getExtension('text/html; charset=utf-8'),
    mime.getExtension('application/javascript'));

const nodemailer = require('nodemailer');
nodemailer.createTransport({ jsonTransport: true }).sendMail({
    from: 'a@example.com', to: 'b@example.com', subject: 'Hi', text: 'Body', messageId: '<1@example.com>',
    date: new Date(0)
}, (err, info) => {
    const msg = JSON.parse(info.message);
    console.log(err, info.envelope, msg.subject, msg.text, msg.messageId);
});
