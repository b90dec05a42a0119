// Proves: certificate verification fails as Node's does, with OpenSSL's codes and messages: a
// self-signed server certificate (DEPTH_ZERO_SELF_SIGNED_CERT), a leaf from an unknown CA
// (UNABLE_TO_VERIFY_LEAF_SIGNATURE), a chain ending in an unknown self-signed root
// (SELF_SIGNED_CERT_IN_CHAIN), a name the certificate does not carry
// (ERR_TLS_CERT_ALTNAME_INVALID, for a host name and an IP address); rejectUnauthorized: false
// connects with authorized false and the reason; checkServerIdentity on its own; a server
// requiring a client certificate; a client that hangs up mid-handshake.
var tls = require('tls');
var net = require('net');
var fs = require('fs');
var path = require('path');

var dir = path.join(__dirname, '..', 'fixtures', 'tls');
function read(name) { return fs.readFileSync(path.join(dir, name)); }
var ca = read('ca-cert.pem');
var signed = { key: read('server-key.pem'), cert: read('server-cert.pem') };
var self = { key: read('self-key.pem'), cert: read('self-cert.pem') };
var chained = { key: read('server-key.pem'),
                cert: Buffer.concat([read('server-cert.pem'), read('ca-cert.pem')]) };

var cases = [
    ['self-signed', self, {}],
    ['unknown CA', signed, {}],
    ['unknown root in chain', chained, {}],
    ['host mismatch', signed, { ca: ca, servername: 'example.com' }],
    ['rejectUnauthorized false', self, { rejectUnauthorized: false }],
    ['mismatch allowed', signed, { ca: ca, servername: 'example.com', rejectUnauthorized: false }],
    ['ok', signed, { ca: ca }]
];

function run(i) {
    if (i === cases.length) {
        identity();
        clientCert(0);
        return;
    }
    var name = cases[i][0];
    var server = tls.createServer(cases[i][1], function (socket) { socket.end(); });
    server.on('tlsClientError', function () {});
    server.listen(0, '127.0.0.1', function () {
        var options = Object.assign({ port: server.address().port, host: '127.0.0.1',
            maxVersion: 'TLSv1.2' }, cases[i][2]);
        var socket = tls.connect(options, function () {
            console.log(name + ': secureConnect authorized=' + socket.authorized +
                ' authorizationError=' + socket.authorizationError);
            socket.destroy();
        });
        socket.on('error', function (err) {
            console.log(name + ': error ' + err.code + ': ' + err.message);
            if (err.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
                console.log('  reason: ' + err.reason + ' host: ' + err.host + ' cert CN: ' +
                    err.cert.subject.CN);
            }
        });
        socket.on('close', function () {
            server.close(function () { run(i + 1); });
        });
    });
}

function identity() {
    var cert = { subject: { CN: 'localhost' },
                 subjectaltname: 'DNS:localhost, IP Address:127.0.0.1' };
    var hosts = ['localhost', 'LOCALHOST.', '127.0.0.1', '::1', 'other.test'];
    hosts.forEach(function (h) {
        var err = tls.checkServerIdentity(h, cert);
        console.log('checkServerIdentity', h,
            err === undefined ? 'ok' : err.code + ': ' + err.message);
    });
    var wild = { subject: { CN: 'x' }, subjectaltname: 'DNS:*.example.com' };
    ['a.example.com', 'example.com', 'a.b.example.com'].forEach(function (h) {
        var err = tls.checkServerIdentity(h, wild);
        console.log('wildcard', h, err === undefined ? 'ok' : err.reason);
    });
    var cnOnly = tls.checkServerIdentity('a.test', { subject: { CN: 'b.test' } });
    console.log('cn only:', cnOnly.reason);
    console.log('no name:', tls.checkServerIdentity('a.test', { subject: {} }).reason);
}

/* A server with requestCert: a client with the CA-signed client certificate is authorized;
 * with rejectUnauthorized: false a client without one is let in, unauthorized; with
 * rejectUnauthorized (the default) the handshake fails on both sides. */
function clientCert(step) {
    var options = Object.assign({ ca: ca, requestCert: true, rejectUnauthorized: step !== 1 },
        signed);
    var server = tls.createServer(options, function (socket) {
        var peer = socket.getPeerCertificate();
        console.log('client cert ' + step + ': authorized=' + socket.authorized +
            ' authorizationError=' + socket.authorizationError + ' CN=' +
            (peer.subject ? peer.subject.CN : undefined));
        socket.end();
    });
    server.on('tlsClientError', function (err) {
        console.log('client cert ' + step + ': server tlsClientError ' + err.code);
    });
    server.listen(0, '127.0.0.1', function () {
        var connect = { port: server.address().port, host: '127.0.0.1', ca: ca,
            maxVersion: 'TLSv1.2' };
        if (step === 0) {
            connect.key = read('client-key.pem');
            connect.cert = read('client-cert.pem');
        }
        var socket = tls.connect(connect);
        socket.resume();
        socket.on('error', function (err) {
            console.log('client cert ' + step + ': client error ' + err.code + ': ' + err.reason);
        });
        socket.on('close', function () {
            server.close(function () {
                if (step < 2) {
                    clientCert(step + 1);
                } else {
                    hangUp();
                }
            });
        });
    });
}

/* A TCP client that closes before any handshake: the server reports tlsClientError. */
function hangUp() {
    var server = tls.createServer(signed, function () {
        console.log('unexpected secureConnection');
    });
    server.on('tlsClientError', function (err, socket) {
        console.log('tlsClientError ' + err.code + ': ' + err.message,
            socket instanceof tls.TLSSocket);
        server.close(serverHangsUp);
    });
    server.listen(0, '127.0.0.1', function () {
        var plain = net.connect(server.address().port, '127.0.0.1', function () {
            plain.end();
        });
    });
}

/* A TLS client whose server closes at once. */
function serverHangsUp() {
    var tcp = net.createServer(function (c) { c.destroy(); });
    tcp.listen(0, '127.0.0.1', function () {
        var socket = tls.connect({ port: tcp.address().port, host: '127.0.0.1', ca: ca });
        socket.on('error', function (err) {
            console.log('client error ' + err.code + ': ' + err.message);
            tcp.close();
        });
    });
}

run(0);
