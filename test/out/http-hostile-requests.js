// Hostile requests, each on its own connection: what the server answers (status line only) and
// whether the handler saw it.  Node's parser (llhttp) refuses request smuggling material (CL and
// TE together, a Transfer-Encoding not ending in chunked, "Transfer-Encoding : chunked"), obs-fold,
// bare LF line ends, bad header names and control or non-ASCII bytes in the URL with a 400
// before any handler runs; lib/http.c adds those checks to http-parser.  The last case sends a
// bad head in two writes.
const http = require('http');
const net = require('net');
const cases = [
    ['CL and TE together', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
    ['two Content-Lengths differing', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'],
    ['two Content-Lengths same', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab'],
    ['negative Content-Length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n'],
    ['Content-Length with plus', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +2\r\n\r\nab'],
    ['TE not chunked last', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n'],
    ['TE with space before colon', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n'],
    ['obs-fold header', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n'],
    ['space in header name', 'GET / HTTP/1.1\r\nHost: x\r\nX A: b\r\n\r\n'],
    ['NUL in header value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n'],
    ['bare LF line ends', 'GET / HTTP/1.1\nHost: x\n\n'],
    ['bad chunk size', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nab\r\n0\r\n\r\n'],
    ['chunk extension', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2;x=y\r\nab\r\n0\r\n\r\n'],
    ['HTTP/1.0 no Host', 'GET / HTTP/1.0\r\n\r\n'],
    ['HTTP/2.0 version', 'GET / HTTP/2.0\r\nHost: x\r\n\r\n'],
    ['lowercase method', 'get / HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['unknown method', 'FOO / HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['absolute URL', 'GET http://example.com/a?b HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['URL with space', 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['invalid UTF-8 in URL', 'GET /\u00ff\u00fe HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['long URL 70k', 'GET /' + 'a'.repeat(70000) + ' HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['header value 20k', 'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + 'b'.repeat(20000) + '\r\n\r\n'],
    ['header value 100k', 'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + 'b'.repeat(100000) + '\r\n\r\n'],
    ['3000 headers', 'GET / HTTP/1.1\r\nHost: x\r\n' +
        Array.from({ length: 3000 }, (_, i) => 'X-' + i + ': v\r\n').join('') + '\r\n'],
    ['1500 small headers', 'GET / HTTP/1.1\r\nHost: x\r\n' +
        Array.from({ length: 1500 }, (_, i) => 'X' + i + ':\r\n').join('') + '\r\n'],
    ['UTF-8 in URL', 'GET /caf\u00c3\u00a9 HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['tab in URL', 'GET /a\tb HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['DEL in URL', 'GET /a\u007fb HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['UTF-8 in header value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: caf\u00c3\u00a9\r\n\r\n'],
    ['tab in header value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\tb\r\n\r\n'],
    ['CR alone in value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n'],
    ['tab before colon', 'GET / HTTP/1.1\r\nHost: x\r\nX-A\t: a\r\n\r\n'],
    ['TE gzip then chunked', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n'],
    ['TE identity', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity\r\n\r\n'],
    ['TE xchunked', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n\r\n'],
    ['head split over writes', null],
];
let seen = [];
const server = http.createServer((req, res) => {
    seen.push(req.method + ' ' + req.url.slice(0, 30));
    req.resume();
    req.on('end', () => res.end('ok'));
});
server.listen(0, '127.0.0.1', () => {
    let i = 0;
    (function next() {
        if (i === cases.length) { server.close(); return; }
        const [name, raw] = cases[i++];
        seen = [];
        const s = net.connect(server.address().port, '127.0.0.1', () => {
            if (raw !== null) {
                s.end(Buffer.from(raw, 'latin1'));
                return;
            }
            s.write('GET /split HTTP/1.1\r\nHost: x\r\n');
            setTimeout(() => s.end('X-A: a\n\n'), 50);
        });
        let data = '';
        s.on('data', (d) => { data += d.toString('latin1'); });
        s.on('error', () => {});
        s.on('close', () => {
            console.log(name + ':', JSON.stringify(data.split('\r\n')[0]), 'handler saw', JSON.stringify(seen));
            next();
        });
    })();
});
