// Proves: the header API and its errors as Node's: setHeader/getHeader/getHeaders/
// getHeaderNames/hasHeader/removeHeader, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_CHAR,
// ERR_HTTP_INVALID_HEADER_VALUE, ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE; incoming
// duplicates joined or dropped by Node's rules, set-cookie as an array, rawHeaders.
var http = require('http');
var net = require('net');
function attempt(label, fn) {
    try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.code, e.name, e.message); }
}
var server = http.createServer(function (req, res) {
    console.log(JSON.stringify(req.headers));
    console.log(JSON.stringify(req.rawHeaders));
    console.log(req.method, req.url, req.httpVersion, req.complete);
    attempt('bad name', function () { res.setHeader('bad name', 'x'); });
    attempt('bad value', function () { res.setHeader('x-a', 'a\r\nInjected: 1'); });
    attempt('undefined value', function () { res.setHeader('x-a', undefined); });
    attempt('empty name', function () { res.setHeader('', 'x'); });
    res.setHeader('X-Multi', ['a', 'b']);
    res.setHeader('Content-Type', 'text/plain');
    console.log(res.getHeader('content-type'), res.hasHeader('X-MULTI'), JSON.stringify(res.getHeaderNames()));
    console.log(JSON.stringify(res.getHeaders()));
    res.removeHeader('x-multi');
    console.log(res.hasHeader('x-multi'), res.headersSent);
    attempt('bad status', function () { res.writeHead(1000); });
    res.writeHead(202, 'Okay', [['X-B', '1'], ['X-C', '2']]);
    console.log(res.headersSent, res.statusCode, res.statusMessage);
    attempt('after sent', function () { res.setHeader('x-late', '1'); });
    res.end();
});
server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1', function () {
        c.write('GET /p?q=1 HTTP/1.1\r\nHost: a\r\nHost: b\r\nAccept: x\r\naccept: y\r\n' +
            'Set-Cookie: s1\r\nSet-Cookie: s2\r\nCookie: c1\r\nCookie: c2\r\nX-Sp:  padded  \r\n' +
            'Content-Type: t1\r\nContent-Type: t2\r\nConnection: close\r\n\r\n');
    });
    var d = '';
    c.on('data', function (x) { d += x; });
    c.on('close', function () {
        console.log(JSON.stringify(d.replace(/Date: [^\r]*\r\n/, '')));
        server.close();
    });
});
