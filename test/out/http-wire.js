// Proves: the exact bytes the server writes for pipelined requests on one raw connection:
// header order, Date/Connection/Keep-Alive, Content-Length vs chunked, HEAD without a body,
// 204 without framing, HTTP/1.0 closing the connection.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) {
    if (req.url === '/chunk') { res.write('a'); res.end('bc'); return; }
    if (req.url === '/head') { res.setHeader('X-A', ['1', '2']); res.writeHead(201, { 'Content-Type': 'text/plain' }); res.end('x'); return; }
    if (req.url === '/204') { res.statusCode = 204; res.end(); return; }
    if (req.url === '/msg') { res.statusMessage = 'Fine'; res.end(); return; }
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Hello World');
});
server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1', function () {
        c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /chunk HTTP/1.1\r\nHost: x\r\n\r\n' +
            'HEAD /head HTTP/1.1\r\nHost: x\r\n\r\nGET /204 HTTP/1.1\r\nHost: x\r\n\r\n' +
            'GET /msg HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.0\r\n\r\n');
    });
    var d = '';
    c.setEncoding('latin1');
    c.on('data', function (x) { d += x; });
    c.on('end', function () {
        console.log(d.replace(/Date: [^\r]*/g, 'Date: X').split('\r\n').join('\\r\\n\n'));
        server.close();
    });
});
