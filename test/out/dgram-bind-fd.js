// Proves: bind({ fd }) adopts an open datagram socket (here one from dgram._createSocketHandle,
// bound to 127.0.0.1) and receives on it; a descriptor that is not a UDP socket (a file, a TCP
// server) throws ERR_INVALID_FD_TYPE; a handle's fd is -1 before it has a socket.
var dgram = require('dgram');
var fs = require('fs');
var net = require('net');
var h = dgram._createSocketHandle('127.0.0.1', 0, 'udp4');
console.log('fd', typeof h.fd, h.fd > 2);
var file = fs.openSync(__filename, 'r');
try { dgram.createSocket('udp4').bind({ fd: file }); } catch (e) { console.log(e.name, e.code, e.message); }
fs.closeSync(file);
var s = dgram.createSocket('udp4');
s.bind({ fd: h.fd }, function () {
    var a = s.address();
    console.log('listening on fd', a.address, a.family);
    var c = dgram.createSocket('udp4');
    c.send('via fd', a.port, '127.0.0.1', function () { c.close(); });
});
s.on('message', function (msg, rinfo) {
    console.log('message', msg.toString(), rinfo.address);
    var server = net.createServer().listen(0, '127.0.0.1', function () {
        try { dgram.createSocket('udp4').bind({ fd: server._handle.fd }); } catch (e) { console.log(e.name, e.code, e.message); }
        server.close();
        s.close();
    });
});
