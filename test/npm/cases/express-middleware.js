// Express 4 with the common middleware: cors, helmet 7 (security headers), cookie-parser
// (signed cookies) and compression (gzip of a large response), over real sockets.
const express = require('express');
const cors = require('cors');
const helmet = require('helmet');
const cookieParser = require('cookie-parser');
const compression = require('compression');
const http = require('http');
const zlib = require('zlib');

const app = express();
app.use(helmet());
app.use(cors({ origin: 'http://example.com' }));
app.use(cookieParser('sekret'));
app.use(compression({ threshold: 100 }));
app.get('/cookies', (req, res) => res.json({ cookies: req.cookies, signed: req.signedCookies }));
app.get('/big', (req, res) => res.type('text').send('x'.repeat(5000)));
const server = app.listen(0, '127.0.0.1', async () => {
    const port = server.address().port;
    const get = (path, headers) => new Promise((resolve) => {
        http.get({ port, host: '127.0.0.1', path, headers }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
        });
    });
    const signed = 's:' + 'v.' + require('crypto').createHmac('sha256', 'sekret').update('v').digest('base64').replace(/=+$/, '');
    const a = await get('/cookies', { Origin: 'http://example.com', Cookie: 'plain=1; sig=' + encodeURIComponent(signed) });
    const h = a.res.headers;
    console.log(a.res.statusCode, h['access-control-allow-origin'], h['x-content-type-options'],
        h['x-frame-options'], h['strict-transport-security'], h['x-powered-by']);
    console.log(a.body.toString());
    const b = await get('/big', { 'Accept-Encoding': 'gzip' });
    console.log(b.res.headers['content-encoding'], b.body.length < 5000, zlib.gunzipSync(b.body).length);
    server.close();
});
