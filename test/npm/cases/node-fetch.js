// node-fetch 2: GET and POST against a local server, JSON body, headers, status.
const http = require('http');
const fetch = require('node-fetch');
const srv = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => body += c);
    req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.setHeader('x-seen', req.method);
        res.statusCode = req.url === '/missing' ? 404 : 200;
        res.end(JSON.stringify({ path: req.url, body }));
    });
});
srv.listen(0, '127.0.0.1', async () => {
    const base = 'http://127.0.0.1:' + srv.address().port;
    const r1 = await fetch(base + '/a?x=1');
    console.log(r1.status, r1.ok, r1.headers.get('x-seen'), await r1.json());
    const r2 = await fetch(base + '/post', { method: 'POST', body: 'payload', headers: { 'content-type': 'text/plain' } });
    console.log(r2.status, r2.headers.get('x-seen'), await r2.text());
    const r3 = await fetch(base + '/missing');
    console.log(r3.status, r3.ok, r3.statusText);
    srv.close();
});
