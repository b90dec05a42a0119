// Proves: request bodies in many chunks (chunked transfer from the client, Content-Length
// bodies), a large body with backpressure on both sides, 'data'/'end' on the request, and the
// client reading a chunked response.
var http = require('http');
var big = new Array(300001).join('x');
var server = http.createServer(function (req, res) {
    var n = 0;
    var chunks = 0;
    req.on('data', function (d) { n += d.length; chunks++; });
    req.on('end', function () {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.write('got ' + req.method + ' ' + n + ' bytes, te=' + req.headers['transfer-encoding'] + ' cl=' + req.headers['content-length']);
        res.end(req.url === '/big' ? big : '');
    });
});
server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var req = http.request({ port: port, host: '127.0.0.1', method: 'POST', path: '/chunked' }, function (res) {
        var body = '';
        res.on('data', function (d) { body += d; });
        res.on('end', function () {
            console.log(res.headers['transfer-encoding'], body);
            var req2 = http.request({ port: port, host: '127.0.0.1', method: 'PUT', path: '/big',
                headers: { 'Content-Length': big.length } }, function (res2) {
                var len = 0;
                res2.on('data', function (d) { len += d.length; });
                res2.on('end', function () {
                    console.log('big response length', len);
                    server.close();
                    server.closeAllConnections();
                });
            });
            var written = req2.write(big);
            console.log('write returned', typeof written);
            req2.end();
        });
    });
    req.write('first,');
    req.write('second,');
    setTimeout(function () { req.end('third'); }, 5);
});
