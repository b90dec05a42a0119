// Trailers of chunked bodies: a request's (raw socket client) and a response's (res.addTrailers),
// a chunked body of no data with trailers, and a kept-alive connection's next message, which
// has none.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
        console.log(req.method, req.url, JSON.stringify(body), 'complete', req.complete);
        console.log('  trailers', JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers));
        if (req.url === '/trailers') {
            res.writeHead(200, { 'Trailer': 'X-Sum', 'Transfer-Encoding': 'chunked' });
            res.write('abc');
            res.addTrailers({ 'X-Sum': '123', 'X-Extra': 'a b' });
            res.end();
        } else {
            res.end('ok');
        }
    });
});

function raw(port, text) {
    return new Promise((resolve) => {
        const c = net.connect(port, '127.0.0.1', () => c.end(text));
        c.resume();
        c.on('close', resolve);
    });
}

function get(port, path) {
    return new Promise((resolve) => {
        http.get({ port, path }, (res) => {
            res.setEncoding('utf8');
            let body = '';
            res.on('data', (d) => { body += d; });
            res.on('end', () => {
                console.log('response', JSON.stringify(body), JSON.stringify(res.trailers),
                    JSON.stringify(res.rawTrailers));
                resolve();
            });
        });
    });
}

server.listen(0, '127.0.0.1', async () => {
    const port = server.address().port;
    await raw(port, 'POST /one HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n' +
        'Trailer: X-Check\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\nX-Check: ok\r\nX-Other:  2 \r\n\r\n' +
        'POST /two HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
        '1\r\nz\r\n0\r\n\r\n');
    await raw(port, 'POST /empty HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n' +
        'Connection: close\r\n\r\n0\r\nX-Only: 1\r\n\r\n');
    await get(port, '/trailers');
    await get(port, '/plain');
    server.close();
});
