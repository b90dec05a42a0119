// Proves: an exception in a request handler with an 'uncaughtException' listener does not stop
// the server: the next request is served.
var http = require('http');
process.on('uncaughtException', function (err) { console.log('caught:', err.message); });
var n = 0;
var server = http.createServer(function (req, res) {
    n++;
    if (n === 1) {
        throw new Error('handler failed');
    }
    res.end('second request served');
});
server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var first = http.get({ port: port, host: '127.0.0.1', agent: false });
    first.setTimeout(200, function () { first.destroy(); });
    first.on('error', function () {
        http.get({ port: port, host: '127.0.0.1', agent: false }, function (res) {
            var body = '';
            res.on('data', function (d) { body += d; });
            res.on('end', function () {
                console.log(body);
                server.close();
                server.closeAllConnections();
            });
        });
    });
});
