// Proves: tls.connect wraps a socket the caller already connected (the socket option), data
// written before the handshake completes arrives after it, pause/resume holds the plaintext
// back, setTimeout fires 'timeout' on the TLS socket when it idles (the timeout option applies
// only to a socket tls.connect makes itself), and
// NODE_TLS_REJECT_UNAUTHORIZED=0 lets an unknown certificate in with Node's warning.
var tls = require('tls');
var net = require('net');
var fs = require('fs');
var path = require('path');

var dir = path.join(__dirname, '..', 'fixtures', 'tls');
function read(name) { return fs.readFileSync(path.join(dir, name)); }

var server = tls.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') },
    function (socket) {
        socket.setEncoding('utf8');
        socket.once('data', function (d) {
            console.log('server got', JSON.stringify(d));
            socket.write('one,');
            socket.write('two');
        });
    });

server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var raw = net.connect(port, '127.0.0.1', function () {
        var socket = tls.connect({ socket: raw, servername: 'localhost', ca: read('ca-cert.pem'),
            maxVersion: 'TLSv1.2', timeout: 100000 }, function () {
            console.log('secureConnect', socket.authorized, socket.servername);
            socket.pause();
            setTimeout(function () {
                var held = socket.read();
                console.log('held while paused', JSON.stringify(String(held)));
                socket.resume();
            }, 50);
        });
        socket.setTimeout(200);
        socket.write('early');
        socket.on('timeout', function () {
            console.log('timeout');
            socket.destroy();
        });
        socket.on('close', function () {
            console.log('close', raw.destroyed);
            unauthorized(port);
        });
    });
});

function unauthorized(port) {
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    process.on('warning', function (w) { console.log('warning:', w.message); });
    var socket = tls.connect({ port: port, host: '127.0.0.1', maxVersion: 'TLSv1.2' }, function () {
        console.log('without a CA:', socket.authorized, socket.authorizationError);
        socket.destroy();
        server.close();
    });
}
