// Proves: a connected socket whose peer is gone: the first send succeeds, the ICMP refusal it
// brings makes the next send fail with 'send ECONNREFUSED' in its callback, not as an 'error'.
var dgram = require('dgram');
var dead = dgram.createSocket('udp4');
dead.bind(0, '127.0.0.1', function () {
    var port = dead.address().port;
    dead.close(function () {
        var c = dgram.createSocket('udp4');
        c.on('error', function (e) { console.log('error event', e.code, e.syscall, e.message); c.close(); });
        c.connect(port, '127.0.0.1', function () {
            c.send('a', function (err) {
                console.log('first send', err && err.code);
                c.send('b', function (err2) {
                    console.log('second send', err2 && err2.code, err2 && err2.syscall, err2 && err2.message);
                    c.close();
                });
            });
        });
    });
});
