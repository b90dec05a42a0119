// Proves: dgram's errors as Node's: bad socket type, bad ports on send and connect, bad buffer
// arguments, out-of-bounds offset/length, EADDRINUSE on bind without reuseAddr (an 'error'
// event with syscall 'bind'), ERR_SOCKET_ALREADY_BOUND, ERR_SOCKET_DGRAM_NOT_RUNNING after close,
// EBADF from an unbound socket, lookup errors, and that reuseAddr lets two sockets share a port.
var dgram = require('dgram');
function show(label, fn) {
    try {
        fn();
        console.log(label, 'no error');
    } catch (e) {
        console.log(label, e.name, e.code, e.message);
    }
}
show('type', function () { dgram.createSocket('udp5'); });
show('type object', function () { dgram.createSocket({}); });
show('recvBufferSize', function () { dgram.createSocket({ type: 'udp4', recvBufferSize: 1.5 }); });
show('lookup', function () { dgram.createSocket({ type: 'udp4', lookup: 1 }); });
var s = dgram.createSocket('udp4');
show('send port 0', function () { s.send('x', 0, '127.0.0.1'); });
show('send port 70000', function () { s.send('x', 70000, '127.0.0.1'); });
show('send port string', function () { s.send('x', 'abc', '127.0.0.1'); });
show('send no port', function () { s.send('x'); });
show('send number', function () { s.send(5, 1234); });
show('send object', function () { s.send({}, 1234); });
show('send list', function () { s.send(['a', 5], 1234); });
show('send offset', function () { s.send(Buffer.from('abc'), 4, 0, 1234); });
show('send length', function () { s.send(Buffer.from('abc'), 1, 3, 1234); });
show('send address', function () { s.send('x', 1234, 5); });
show('connect port', function () { s.connect(0); });
show('connect address', function () { s.connect(1234, 5); });
show('address unbound', function () { s.address(); });
show('remoteAddress unbound', function () { s.remoteAddress(); });
show('disconnect unbound', function () { s.disconnect(); });
show('setBroadcast unbound', function () { s.setBroadcast(true); });
show('setTTL unbound', function () { s.setTTL(5); });
show('setTTL string', function () { s.setTTL('5'); });
show('setMulticastTTL unbound', function () { s.setMulticastTTL(5); });
show('setMulticastLoopback unbound', function () { s.setMulticastLoopback(true); });
show('setMulticastInterface number', function () { s.setMulticastInterface(1); });
show('addMembership none', function () { s.addMembership(); });
show('dropMembership none', function () { s.dropMembership(); });
show('getRecvBufferSize unbound', function () { s.getRecvBufferSize(); });
show('setSendBufferSize bad', function () { s.setSendBufferSize(-1); });
show('queue', function () { console.log(s.getSendQueueSize(), s.getSendQueueCount()); });
s.close();
show('close twice', function () { s.close(); });
show('send after close', function () { s.send('x', 1234, '127.0.0.1'); });
show('bind after close', function () { s.bind(0); });
show('address after close', function () { s.address(); });
show('ref after close', function () { console.log(s.ref() === s, s.unref() === s); });

var a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', function () {
    var port = a.address().port;
    show('bind twice', function () { a.bind(0); });
    var b = dgram.createSocket('udp4');
    b.on('error', function (e) {
        console.log('bind error', e.code, e.syscall, e.errno === -98, e.address, e.port === port,
            e.message.replace(String(port), 'PORT'));
        b.close();
        var c = dgram.createSocket({ type: 'udp4', reuseAddr: true });
        var d = dgram.createSocket({ type: 'udp4', reuseAddr: true });
        c.bind(0, '127.0.0.1', function () {
            d.bind(c.address().port, '127.0.0.1', function () {
                console.log('reuseAddr shares the port', d.address().port === c.address().port);
                c.close();
                d.close();
                a.close();
                var e2 = dgram.createSocket('udp4');
                e2.bind(0, 'no-such-host.invalid');
                e2.on('error', function (err) {
                    console.log('lookup error', err.code, err.syscall, err.hostname);
                    e2.send('x', 1234, 'no-such-host.invalid', function (err2) {
                        console.log('send lookup error', err2.code, err2.syscall);
                        e2.close(function () { console.log('closed'); });
                    });
                });
            });
        });
    });
    b.bind(port, '127.0.0.1');
});
