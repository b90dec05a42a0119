// Proves: the tutorial hello-world server answers a client: status, headers Node adds
// (content-length for end(body), chunked after writeHead), body, 'finish'/'close' on the
// response, keep-alive reuse by the global agent, and server.close.
var http = require('http');
var n = 0;
var server = http.createServer(function (req, res) {
    n++;
    res.on('finish', function () { console.log('res finish', req.url); });
    if (req.url === '/head') {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('Hello World');
        return;
    }
    res.setHeader('X-Count', n);
    res.end('body of ' + req.url);
});
server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    http.get('http://127.0.0.1:' + port + '/one', function (res) {
        console.log(res.statusCode, res.statusMessage, res.httpVersion);
        console.log(res.headers['content-length'], res.headers['x-count'], res.headers.connection, res.headers['keep-alive']);
        var body = '';
        res.setEncoding('utf8');
        res.on('data', function (d) { body += d; });
        res.on('end', function () {
            console.log('body', JSON.stringify(body));
            http.get({ port: port, host: '127.0.0.1', path: '/head' }, function (res2) {
                console.log(res2.statusCode, res2.headers['transfer-encoding'], res2.headers['content-type'], res2.req.reusedSocket);
                var b2 = '';
                res2.on('data', function (d) { b2 += d; });
                res2.on('end', function () {
                    console.log('body', JSON.stringify(b2));
                    server.close(function () { console.log('closed'); });
                    server.closeAllConnections();
                });
            });
        });
    });
});
