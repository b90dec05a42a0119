// Proves: a connection that closes without sending a byte is let go quietly and the server goes
// on serving.  Found by test/fuzz/http.js (the empty input): the parser's end-of-stream call
// did arithmetic on a NULL pointer, which UBSan reports.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) { res.end('ok ' + req.url); });
server.on('clientError', function (err) { console.log('clientError', err.code); });
server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var empty = net.connect(port, '127.0.0.1', function () { empty.end(); });
    empty.on('data', function (d) { console.log('unexpected answer', String(d)); });
    empty.on('close', function () {
        http.get({ port: port, host: '127.0.0.1', path: '/after', agent: false }, function (res) {
            res.setEncoding('utf8');
            res.on('data', function (d) { console.log(res.statusCode, d); });
            res.on('end', function () { server.close(function () { console.log('closed'); }); });
        });
    });
});
