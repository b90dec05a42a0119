// Proves: Node's socket errors: ECONNREFUSED on connect (message, code, syscall, address,
// port), EADDRINUSE on listen, bad ports throw ERR_SOCKET_BAD_PORT, net.isIP and friends.
var net = require('net');
console.log(net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('x'), net.isIPv4('1.2.3.4'), net.isIPv6('fe80::1%eth0'), net.isIP('1.2.3.256'));
try { net.createServer().listen(70000); } catch (e) { console.log(e.code, e.name, e.message); }
var a = net.createServer();
a.listen(0, '127.0.0.1', function () {
    var port = a.address().port;
    var b = net.createServer();
    b.on('error', function (e) {
        console.log('listen error:', e.code, e.syscall, e.errno === -98, e.address, e.port === port);
        console.log(e.message.replace(String(port), 'PORT'));
        a.close(function () {
            var c = net.connect(port, '127.0.0.1');
            c.on('error', function (err) {
                console.log('connect error:', err.code, err.syscall, err.address, err.port === port, err.errno === -111);
                console.log(err.message.replace(String(port), 'PORT'));
            });
            c.on('close', function (hadError) { console.log('close', hadError); });
        });
    });
    b.listen(port, '127.0.0.1');
});
