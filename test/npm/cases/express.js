const express = require('express');
const http = require('http');
const app = express();
app.use(express.json());
const router = express.Router();
router.get('/item/:id', (req, res) => res.json({ id: req.params.id, q: req.query }));
app.use('/api', router);
app.post('/echo', (req, res) => res.status(201).send({ got: req.body }));
app.get('/boom', () => { throw new Error('bad'); });
app.use((err, req, res, next) => res.status(500).type('text').send('handled ' + err.message));
const server = app.listen(0, '127.0.0.1', async () => {
    const port = server.address().port;
    const call = (path, method, body) => new Promise((resolve) => {
        const req = http.request({ port, host: '127.0.0.1', path, method: method || 'GET',
            headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
            let d = '';
            res.on('data', (c) => { d += c; });
            res.on('end', () => resolve(res.statusCode + ' ' + res.headers['content-type'] + ' ' + d));
        });
        req.end(body);
    });
    console.log(await call('/api/item/7?x=1'));
    console.log(await call('/echo', 'POST', JSON.stringify({ a: [1, 2] })));
    console.log(await call('/boom'));
    console.log((await call('/missing')).split(' ')[0]);
    server.close();
});
