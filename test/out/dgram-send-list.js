// Proves: a datagram gathered from 1000 buffers goes out as one (sendmsg with 1000 iovecs), and
// one from 3000 fails the send callback with EMSGSIZE, as Linux refuses more than 1024 parts.
var dgram = require('dgram');
var r = dgram.createSocket('udp4');
r.on('message', function (m) { console.log('got', m.length); r.close(); });
r.bind(0, '127.0.0.1', function () {
    var c = dgram.createSocket('udp4');
    var many = [];
    for (var i = 0; i < 1000; i++) many.push(Buffer.from('x'));
    c.send(many, r.address().port, '127.0.0.1', function (err, n) { console.log('1000', err && err.code, n);
        many = many.concat(many, many);
        c.send(many, r.address().port, '127.0.0.1', function (err, n) { console.log('3000', err && err.code, n); c.close(); });
    });
});
