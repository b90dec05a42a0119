// cookie 1: parse a Cookie header (decoding, duplicates, quotes) and serialize Set-Cookie with attributes.
const cookie = require('cookie');
console.log({ ...cookie.parse('a=1; b=hello%20world; a=2; c="quoted"; d=%E2%9C%93; bad=%ZZ') });
console.log(cookie.serialize('sid', 'x y;z', { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 3600, expires: new Date(Date.UTC(2030, 0, 2, 3, 4, 5)) }));
console.log(cookie.serialize('p', 'v', { partitioned: true, priority: 'high', domain: 'example.com' }));
try { cookie.serialize('bad name', 'v'); } catch (e) { console.log(e.constructor.name, e.message); }
