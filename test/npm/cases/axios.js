// axios (Node http adapter): GET with params, POST JSON, an error status rejected with the response.
const http = require('http');
const axios = require('axios');
const srv = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => body += c);
    req.on('end', () => {
        res.statusCode = req.url.startsWith('/fail') ? 500 : 200;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ method: req.method, url: req.url, type: req.headers['content-type'] || null, body }));
    });
});
srv.listen(0, '127.0.0.1', async () => {
    const base = 'http://127.0.0.1:' + srv.address().port;
    const r1 = await axios.get(base + '/get', { params: { q: 'a b' } });
    console.log(r1.status, r1.data);
    const r2 = await axios.post(base + '/post', { n: 1 });
    console.log(r2.status, r2.data);
    try {
        await axios.get(base + '/fail');
    } catch (e) {
        console.log('rejected', e.message, e.response.status, e.response.data.url);
    }
    srv.close();
});
