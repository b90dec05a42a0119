// Proves: a TLS server and client in one script: the handshake (secureConnect and
// secureConnection), authorized with the test CA, getProtocol() (TLS 1.2 on both sides), ALPN
// negotiation, SNI seen by the server, getPeerCertificate() fields, an echo both ways, and the
// end/close sequence.  Each side's events are logged apart and printed at the end, since the
// order between the two sides depends on scheduling.
var tls = require('tls');
var fs = require('fs');
var path = require('path');

var dir = path.join(__dirname, '..', 'fixtures', 'tls');
function read(name) { return fs.readFileSync(path.join(dir, name)); }
var logs = { server: [], client: [] };
function log(side) {
    logs[side].push(Array.prototype.slice.call(arguments, 1).join(' '));
}

var server = tls.createServer({
    key: read('server-key.pem'),
    cert: read('server-cert.pem'),
    ALPNProtocols: ['proto-b', 'proto-a']
}, function (socket) {
    log('server', 'secureConnection', socket.encrypted, socket.getProtocol(),
        socket.alpnProtocol, socket.servername, socket.authorized);
    socket.setEncoding('utf8');
    socket.on('data', function (d) {
        log('server', 'data', JSON.stringify(d));
        socket.write('echo:' + d);
    });
    socket.on('end', function () {
        log('server', 'end');
        socket.end();
    });
    socket.on('close', function () { log('server', 'close'); });
});

server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var client = tls.connect({
        port: port,
        host: '127.0.0.1',
        servername: 'localhost',
        ca: read('ca-cert.pem'),
        maxVersion: 'TLSv1.2',
        ALPNProtocols: ['proto-a', 'proto-c']
    }, function () {
        log('client', 'secureConnect', client.authorized, client.authorizationError,
            client.getProtocol(), client.alpnProtocol, client.encrypted);
        var cert = client.getPeerCertificate();
        console.log('subject', cert.subject);
        console.log('issuer', cert.issuer);
        console.log('san', cert.subjectaltname);
        console.log('valid', cert.valid_from, '/', cert.valid_to);
        console.log('serial', cert.serialNumber, 'ca', cert.ca, 'bits', cert.bits);
        console.log('fingerprint256', cert.fingerprint256.split(':').length, 'bytes',
            Buffer.isBuffer(cert.raw));
        var chain = client.getPeerCertificate(true);
        console.log('issuerCertificate', chain.issuerCertificate.subject.CN,
            chain.issuerCertificate.issuerCertificate === chain.issuerCertificate);
        console.log('remote', client.remoteAddress, client.remotePort === port);
        client.write('hello');
    });
    client.setEncoding('utf8');
    client.on('connect', function () { log('client', 'connect'); });
    client.on('data', function (d) {
        log('client', 'data', JSON.stringify(d));
        client.end();
    });
    client.on('end', function () { log('client', 'end'); });
    client.on('close', function (hadError) {
        log('client', 'close', hadError);
        server.close(function () {
            console.log(logs.server.join('\n'));
            console.log(logs.client.join('\n'));
            console.log('server closed');
        });
    });
});
