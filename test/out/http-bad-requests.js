// Proves: requests the parser rejects get 400 (431 for oversized headers) and the connection
// closes, header-injection attempts are refused, while the server keeps serving well-formed
// requests on other connections.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) { res.end('ok ' + req.method + ' ' + req.url); });
var cases = [
    ['bad method', 'GE T / HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['bad version', 'GET / HTTP/9.x\r\nHost: x\r\n\r\n'],
    ['cl and te', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
    ['bad chunk size', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n'],
    ['duplicate content-length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'],
    ['huge header', 'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + new Array(20000).join('a') + '\r\n\r\n'],
    ['nul in header', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n'],
    ['good', 'GET /fine HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n']
];
function run(i, port) {
    if (i === cases.length) {
        server.close(function () { console.log('closed'); });
        return;
    }
    var c = net.connect(port, '127.0.0.1', function () { c.write(cases[i][1]); });
    var d = '';
    c.setEncoding('latin1');
    c.on('data', function (x) { d += x; });
    c.on('error', function (e) { d += '<error ' + e.code + '>'; });
    c.on('close', function () {
        console.log(cases[i][0] + ': ' + JSON.stringify(d.replace(/Date: [^\r]*\r\n/, '')));
        run(i + 1, port);
    });
}
server.listen(0, '127.0.0.1', function () { run(0, server.address().port); });
