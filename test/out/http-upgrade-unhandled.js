// Proves: with no 'upgrade' listener, a request asking for an upgrade is an ordinary request
// (answered, and the connection closes after it); a CONNECT with no 'connect' listener has its
// socket destroyed; an HTTP/1.1 request without Host gets 400.  Found by test/fuzz/http.js:
// the upgrade request left the connection open and the process never exited.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) {
    req.resume();
    req.on('end', function () { res.end('served ' + req.url); });
});
var cases = [
    ['upgrade', 'GET /up HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n'],
    ['connect', 'CONNECT a:80 HTTP/1.1\r\nHost: a:80\r\n\r\n'],
    ['no host', 'GET /nohost HTTP/1.1\r\n\r\n'],
    ['no host, 1.0', 'GET /old HTTP/1.0\r\n\r\n']
];
function run(i, port) {
    if (i === cases.length) {
        server.close(function () { console.log('closed'); });
        return;
    }
    var socket = net.connect(port, '127.0.0.1');
    var got = '';
    socket.on('data', function (d) { got += d; });
    socket.on('close', function () {
        var lines = got.split('\r\n');
        console.log(cases[i][0] + ':', JSON.stringify(lines[0]), JSON.stringify(lines[lines.length - 1]));
        run(i + 1, port);
    });
    socket.write(cases[i][1]);
}
server.listen(0, '127.0.0.1', function () { run(0, server.address().port); });
