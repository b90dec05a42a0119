// Proves: an unref'd bound socket lets the process exit, ref() after unref() keeps it alive
// until close, and sends made while the socket binds are flushed once it listens.
var dgram = require('dgram');
var idle = dgram.createSocket('udp4');
idle.bind(0, '127.0.0.1', function () {
    console.log('idle listening');
    idle.unref();
});
idle.on('message', function () { console.log('never'); });
var s = dgram.createSocket('udp4');
s.unref();
s.ref();
s.bind(0, '127.0.0.1', function () {
    var port = s.address().port;
    var c = dgram.createSocket('udp4');
    c.send('one', port, '127.0.0.1');
    c.send('two', port, '127.0.0.1', function (err) {
        console.log('sent two', err);
        c.close(function () { console.log('client closed'); });
    });
    console.log('queue while binding', c.getSendQueueCount());
});
var got = 0;
s.on('message', function (msg) {
    console.log('got', msg.toString());
    if (++got === 2) {
        s.close(function () { console.log('closed'); });
    }
});
process.on('exit', function (code) { console.log('exit', code); });
