// passport 0.7 with passport-local, express-validator 7, serve-static 2, raw-body 3,
// negotiator 1, content-type and mime-types over a local Express server.
const express = require('express');
const passport = require('passport');
const LocalStrategy = require('passport-local').Strategy;
const { body, query, validationResult, matchedData } = require('express-validator');
const serveStatic = require('serve-static');
const getRawBody = require('raw-body');
const Negotiator = require('negotiator');
const contentType = require('content-type');
const mime = require('mime-types');
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-static-'));
fs.writeFileSync(path.join(dir, 'hello.txt'), 'static hello\n');
fs.writeFileSync(path.join(dir, 'page.html'), '<p>page</p>');
passport.use(new LocalStrategy((username, password, done) => {
    if (username === 'ann' && password === 'secret') return done(null, { id: 1, username });
    return done(null, false, { message: 'bad credentials' });
}));
const app = express();
app.use(express.json());
app.use(passport.initialize());
app.post('/login', (req, res, next) => {
    passport.authenticate('local', { session: false }, (err, user, info) => {
        if (err) return next(err);
        if (!user) return res.status(401).json(info);
        res.json({ user });
    })(req, res, next);
});
app.post('/signup', body('email').isEmail().normalizeEmail(), body('age').isInt({ min: 18 }).toInt(),
    body('name').trim().notEmpty().escape(), query('ref').optional().isAlpha(), (req, res) => {
        const errors = validationResult(req);
        if (!errors.isEmpty()) return res.status(422).json(errors.array().map((e) => [e.path, e.msg]));
        res.json(matchedData(req));
    });
app.post('/raw', async (req, res) => {
    const ct = contentType.parse(req.headers['content-type']);
    const buf = await getRawBody(req, { length: req.headers['content-length'], limit: '1kb', encoding: ct.parameters.charset || 'utf-8' });
    res.json({ type: ct.type, charset: ct.parameters.charset, body: buf });
});
app.get('/neg', (req, res) => {
    const n = new Negotiator(req);
    res.json({ types: n.mediaTypes(['text/html', 'application/json']), lang: n.language(['en', 'fr']), enc: n.encodings() });
});
app.use('/static', serveStatic(dir, { index: false, etag: false, lastModified: false }));

function request(server, method, p, headers, data) {
    return new Promise((resolve, reject) => {
        const req = http.request({ port: server.address().port, method, path: p, headers }, (res) => {
            let s = '';
            res.setEncoding('utf8');
            res.on('data', (c) => { s += c; });
            res.on('end', () => resolve(res.statusCode + ' ' + (res.headers['content-type'] || '') + ' ' + s.trim()));
        });
        req.on('error', reject);
        req.end(data);
    });
}
const server = app.listen(0, async () => {
    const json = { 'content-type': 'application/json' };
    console.log(await request(server, 'POST', '/login', json, JSON.stringify({ username: 'ann', password: 'secret' })));
    console.log(await request(server, 'POST', '/login', json, JSON.stringify({ username: 'ann', password: 'x' })));
    console.log(await request(server, 'POST', '/login', json, '{}'));
    console.log(await request(server, 'POST', '/signup?ref=abc', json, JSON.stringify({ email: 'Foo@Example.COM', age: '21', name: ' <b>Ann</b> ' })));
    console.log(await request(server, 'POST', '/signup?ref=1', json, JSON.stringify({ email: 'nope', age: 12, name: '' })));
    console.log(await request(server, 'POST', '/raw', { 'content-type': 'text/plain; charset=utf-8' }, 'raw body ü'));
    console.log(await request(server, 'GET', '/neg', { accept: 'application/json;q=0.9, text/html', 'accept-language': 'fr;q=0.8, en', 'accept-encoding': 'gzip, br;q=0.5' }));
    console.log(await request(server, 'GET', '/static/hello.txt', {}), await request(server, 'GET', '/static/page.html', {}));
    console.log(await request(server, 'GET', '/static/missing.txt', {}));
    console.log(mime.lookup('a/b.json'), mime.contentType('html'), mime.extension('image/svg+xml'), mime.charset('text/css'), mime.lookup('x.unknownext'));
    console.log(contentType.format({ type: 'text/html', parameters: { charset: 'utf-8' } }), JSON.stringify(contentType.parse('application/json; charset="UTF-8"')));
    server.close();
    fs.rmSync(dir, { recursive: true });
});
