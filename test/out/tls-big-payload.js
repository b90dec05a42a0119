// Proves: 1 MB goes each way over TLS without loss or reordering: the client writes in uneven
// pieces, the server echoes every chunk back as it arrives (backpressure through pipe), and
// both sides check the byte count and a SHA-256 of what they received.
var tls = require('tls');
var fs = require('fs');
var path = require('path');
var crypto = require('crypto');

var dir = path.join(__dirname, '..', 'fixtures', 'tls');
function read(name) { return fs.readFileSync(path.join(dir, name)); }

var SIZE = 1024 * 1024;
var payload = Buffer.alloc(SIZE);
for (var i = 0; i < SIZE; i++) {
    payload[i] = (i * 7 + (i >> 10)) & 255;
}
var expected = crypto.createHash('sha256').update(payload).digest('hex');

var serverHash = crypto.createHash('sha256');
var serverBytes = 0;
var server = tls.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') },
    function (socket) {
        socket.on('data', function (d) {
            serverBytes += d.length;
            serverHash.update(d);
        });
        socket.pipe(socket);
    });

server.listen(0, '127.0.0.1', function () {
    var clientHash = crypto.createHash('sha256');
    var clientBytes = 0;
    var client = tls.connect({ port: server.address().port, host: '127.0.0.1',
        ca: read('ca-cert.pem'), maxVersion: 'TLSv1.2' }, function () {
        var off = 0;
        var step = 1;
        while (off < SIZE) {
            var n = Math.min(step, SIZE - off);
            client.write(payload.slice(off, off + n));
            off += n;
            step = step * 3 + 1;
        }
        client.end();
    });
    client.on('data', function (d) {
        clientBytes += d.length;
        clientHash.update(d);
    });
    client.on('end', function () {
        console.log('server received', serverBytes, serverHash.digest('hex') === expected);
        console.log('client received', clientBytes, clientHash.digest('hex') === expected);
        server.close(function () { console.log('done'); });
    });
});
