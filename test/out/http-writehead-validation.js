// writeHead with a headers object: valid headers pass (checked in C when they are plain ASCII),
// anything else goes through the JavaScript validators and throws Node's errors.
const http = require('http');
const cases = [
    { 'Content-Type': 'text/plain', 'X-Number': 5, 'X-Bool': true },
    { 'X-Latin1': 'ok\u00e9' },
    { 'X-Tab': 'a\tb' },
    { 'X-Newline': 'bad\nvalue' },
    { 'X-Nul': 'a\u0000b' },
    { 'bad name': 'v' },
    { '': 'v' },
    { 'X-Undefined': undefined },
    { 'X-Array': ['a', 'b'] },
    { 'X-Array-Bad': ['a', 'b\r'] },
    { 'X-Wide': '\u20ac' },
];
const server = http.createServer((req, res) => {
    const h = cases[Number(req.url.slice(1))];
    try {
        res.writeHead(200, h);
        res.end('ok');
        console.log('accepted', JSON.stringify(h));
    } catch (e) {
        console.log(e.code, e.message);
        res.statusCode = 500;
        res.end();
    }
});
server.listen(0, '127.0.0.1', async () => {
    for (let i = 0; i < cases.length; i++) {
        await new Promise((resolve) => {
            http.get({ port: server.address().port, path: '/' + i }, (res) => {
                res.resume();
                res.on('end', resolve);
            });
        });
    }
    server.close();
});
