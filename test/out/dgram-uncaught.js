// Proves: an 'error' with no listener (EADDRINUSE on bind) is thrown as an uncaught exception
// with Node's message and properties.
var dgram = require('dgram');
var a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', function () {
    var port = a.address().port;
    process.on('uncaughtException', function (e) {
        console.log('uncaught', e.code, e.syscall, e.message.replace(String(port), 'PORT'));
        a.close();
        b.close();
    });
    var b = dgram.createSocket('udp4');
    b.bind(port, '127.0.0.1');
});
