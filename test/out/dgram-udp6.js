// Proves: udp6 sockets on ::1: bind, address(), send and receive with IPv6 rinfo, the default
// send address ::1, ipv6Only, and an IPv4 address given to a udp6 socket failing with EINVAL.
var dgram = require('dgram');
var server = dgram.createSocket({ type: 'udp6', ipv6Only: true });
var client = dgram.createSocket('udp6');
var n = 0;
server.on('message', function (msg, rinfo) {
    n++;
    console.log('message', msg.toString(), rinfo.address, rinfo.family, rinfo.size);
    if (n === 2) {
        client.close();
        server.close();
        var bad = dgram.createSocket('udp6');
        bad.on('error', function (e) {
            console.log('error', e.code, e.syscall, e.address, e.message);
            bad.close();
        });
        bad.bind(0, '127.0.0.1');
        var bad4 = dgram.createSocket('udp4');
        bad4.on('error', function (e) {
            console.log('error4', e.code, e.syscall, e.address, e.message);
            bad4.close();
        });
        bad4.bind(0, '::1');
    }
});
server.bind(0, '::1', function () {
    var a = server.address();
    console.log('listening', a.address, a.family, a.port > 0);
    client.send('six', a.port, '::1', function (err, bytes) { console.log('sent', err, bytes); });
    client.send('default', a.port, function (err, bytes) { console.log('sent', err, bytes); });
});
