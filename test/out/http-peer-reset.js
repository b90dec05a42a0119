// Proves: a client that disconnects while a large response is being written gives the server
// 'close' on the response (never a SIGPIPE death), and the server keeps serving.
var http = require('http');
var net = require('net');
var big = new Array(1 << 20).join('x');
var server = http.createServer(function (req, res) {
    if (req.url === '/big') {
        res.on('close', function () {
            console.log('response closed, finished:', res.writableFinished);
            http.get({ port: server.address().port, host: '127.0.0.1', path: '/small', agent: false }, function (r) {
                var b = '';
                r.on('data', function (d) { b += d; });
                r.on('end', function () { console.log('still serving:', b); server.close(); });
            });
        });
        for (var i = 0; i < 8; i++) {
            res.write(big);
        }
        res.end();
        return;
    }
    res.end('ok');
});
server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1', function () {
        c.write('GET /big HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    c.once('data', function () { c.destroy(); });
});
