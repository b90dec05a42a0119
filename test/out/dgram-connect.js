// Proves: connected UDP sockets: connect() binds implicitly and emits 'connect', remoteAddress(),
// send without a port, the errors of sending with a port while connected, connecting twice,
// disconnect() and sending with a port again; 'localhost' resolved through dns.lookup.
var dgram = require('dgram');
var server = dgram.createSocket('udp4');
var client = dgram.createSocket('udp4');
var n = 0;
server.on('message', function (msg, rinfo) {
    n++;
    console.log('server got', msg.toString());
    if (n === 2) {
        try { client.send('x', 0, 1, server.address().port, '127.0.0.1'); } catch (e) { console.log(e.code, e.message); }
        try { client.connect(server.address().port); } catch (e) { console.log(e.code, e.message); }
        client.disconnect();
        try { client.remoteAddress(); } catch (e) { console.log(e.code, e.message); }
        try { client.disconnect(); } catch (e) { console.log(e.code, e.message); }
        client.send('after disconnect', server.address().port, 'localhost', function (err, bytes) {
            console.log('sent after disconnect', err, bytes);
        });
    }
    if (n === 3) {
        client.close();
        server.close(connectUnresolvable);
    }
});
server.bind(0, 'localhost', function () {
    var port = server.address().port;
    console.log('server on', server.address().address);
    client.connect(port, 'localhost', function () {
        console.log('connect cb', arguments.length);
        var r = client.remoteAddress();
        console.log('remote', r.address, r.family, r.port === port);
        console.log('local', client.address().address);
        client.send('connected', function (err, bytes) { console.log('sent connected', err, bytes); });
        client.send(Buffer.from('xxpartyy'), 2, 4, function (err, bytes) { console.log('sent connected slice', err, bytes); });
    });
    client.on('connect', function () { console.log('connect event'); });
    console.log('connecting');
});
function connectUnresolvable() {
    var c2 = dgram.createSocket('udp4');
    c2.connect(9, 'no-such-host.invalid', function (err) {
        console.log('connect failed', err.code, err.syscall, err.hostname);
        c2.close();
    });
}
