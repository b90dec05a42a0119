// Proves: net servers and clients over Unix-domain sockets: listen(path), address() is the path,
// connect({ path }), data both ways, EADDRINUSE on a used path, ENOENT connecting to none, and
// the socket file removed when the server closes.
var net = require('net');
var fs = require('fs');
var path = (process.env.TMPDIR || '/tmp') + '/nd-unix-' + process.pid + '.sock';
var server = net.createServer(function (sock) {
    sock.setEncoding('utf8');
    sock.on('data', function (d) { sock.end('echo ' + d); });
});
server.listen(path, function () {
    console.log('address is path:', server.address() === path, fs.existsSync(path));
    var dup = net.createServer();
    dup.on('error', function (e) {
        console.log('second listen:', e.code, e.syscall);
        var c = net.connect({ path: path }, function () { c.write('hi'); });
        c.setEncoding('utf8');
        c.on('data', function (d) { console.log('client got:', d); });
        c.on('close', function () {
            server.close(function () {
                console.log('file removed:', !fs.existsSync(path));
                var bad = net.connect({ path: path + '.none' });
                bad.on('error', function (e2) { console.log('missing path:', e2.code, e2.syscall); });
            });
        });
    });
    dup.listen(path);
});
