// Proves: an exception in a request handler with no 'uncaughtException' listener ends the
// process with Node's output and exit status 1.
var http = require('http');
var server = http.createServer(function (req, res) {
    throw new Error('handler failed');
});
server.listen(0, '127.0.0.1', function () {
    http.get({ port: server.address().port, host: '127.0.0.1' }).on('error', function () {});
});
