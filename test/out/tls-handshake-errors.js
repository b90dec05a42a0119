// Proves: handshake failures carry OpenSSL's codes (ERR_SSL_* from the reason text) with
// library and reason: a TLS client talking to a plain HTTP server, an HTTP client talking to a
// TLS server (tlsClientError on the server, 'socket hang up' on the client), and no common ALPN
// protocol (the server's error, and the alert the client receives), and a client that resets
// mid-handshake (tlsClientError; the server lives on).
var tls = require('tls');
var net = require('net');
var http = require('http');
var fs = require('fs');
var path = require('path');

var dir = path.join(__dirname, '..', 'fixtures', 'tls');
function read(name) { return fs.readFileSync(path.join(dir, name)); }
var credentials = { key: read('server-key.pem'), cert: read('server-cert.pem') };

function describe(err) {
    return err.code + ' library=' + err.library + ' reason=' + err.reason;
}

var plain = http.createServer(function (req, res) { res.end('plain'); });
plain.listen(0, '127.0.0.1', function () {
    var socket = tls.connect({ port: plain.address().port, host: '127.0.0.1' });
    socket.on('error', function (err) {
        console.log('tls client to http server:', describe(err), Object.keys(err).join());
        plain.close(httpToTls);
    });
});

function httpToTls() {
    var server = tls.createServer(credentials);
    server.on('tlsClientError', function (err, socket) {
        console.log('tls server tlsClientError:', describe(err), socket.encrypted);
    });
    server.listen(0, '127.0.0.1', function () {
        http.get({ port: server.address().port, host: '127.0.0.1' }).on('error', function (err) {
            console.log('http client:', err.code, err.message);
            server.close(noCommonProtocol);
        });
    });
}

function noCommonProtocol() {
    var server = tls.createServer(Object.assign({ ALPNProtocols: ['x'] }, credentials),
        function () { console.log('unexpected secureConnection'); });
    server.on('tlsClientError', function (err) {
        console.log('server without a common protocol:', describe(err));
    });
    server.listen(0, '127.0.0.1', function () {
        var socket = tls.connect({ port: server.address().port, host: '127.0.0.1',
            ca: read('ca-cert.pem'), ALPNProtocols: ['y'], maxVersion: 'TLSv1.2' });
        socket.on('error', function (err) {
            console.log('client without a common protocol:', describe(err));
        });
        socket.on('close', function () { server.close(resetMidHandshake); });
    });
}

function resetMidHandshake() {
    var server = tls.createServer(credentials, function () {
        console.log('unexpected secureConnection');
    });
    server.on('tlsClientError', function (err) {
        console.log('reset mid-handshake:', err.code);
        server.close(function () { console.log('server still fine'); });
    });
    server.listen(0, '127.0.0.1', function () {
        var socket = net.connect(server.address().port, '127.0.0.1', function () {
            /* The first bytes of a ClientHello record, then a reset. */
            socket.write(Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01]));
            setTimeout(function () { socket.resetAndDestroy(); }, 50);
        });
    });
}
