// Proves: a udp4 receiver and sender on 127.0.0.1: bind(0) and address(), strings, Buffers,
// arrays of buffers, offset/length, an empty datagram, a 60000-byte datagram, rinfo fields,
// send callbacks with the byte count, and close callbacks in order.
var dgram = require('dgram');
var server = dgram.createSocket('udp4');
var client = dgram.createSocket('udp4');
var expected = [
    ['hello', 'string'],
    [Buffer.from('buffer'), 'buffer'],
    [[Buffer.from('ab'), 'cd', new Uint8Array([101, 102])], 'array'],
    ['', 'empty'],
];
var got = 0;
server.on('listening', function () {
    var a = server.address();
    console.log('listening', a.address, a.family, typeof a.port, a.port > 0);
    var port = a.port;
    client.send('hello', port, '127.0.0.1', function (err, n) { console.log('sent string', err, n); });
    client.send(Buffer.from('buffer'), port, '127.0.0.1', function (err, n) { console.log('sent buffer', err, n); });
    client.send([Buffer.from('ab'), 'cd', new Uint8Array([101, 102])], port, '127.0.0.1', function (err, n) { console.log('sent array', err, n); });
    client.send(Buffer.from('xxsliceyy'), 2, 5, port, '127.0.0.1', function (err, n) { console.log('sent slice', err, n); });
    client.send('', port, '127.0.0.1', function (err, n) { console.log('sent empty', err, n); });
    client.send([], port, '127.0.0.1', function (err, n) { console.log('sent empty list', err, n); });
    client.send(Buffer.alloc(60000, 120), port, '127.0.0.1', function (err, n) { console.log('sent large', err, n); });
    client.send(new DataView(new ArrayBuffer(3)), port, function (err, n) { console.log('sent dataview default address', err, n); });
});
server.on('message', function (msg, rinfo) {
    got++;
    console.log('message', Buffer.isBuffer(msg), msg.length, msg.length > 100 ? msg[0] + '...' : JSON.stringify(msg.toString()),
        Object.keys(rinfo).join(), rinfo.address, rinfo.family, rinfo.port === client.address().port, rinfo.size);
    if (got === 8) {
        client.close(function () { console.log('client close cb'); });
        server.close(function () { console.log('server close cb 1'); });
        server.on('close', function () { console.log('server close event'); });
        console.log('close called');
    }
});
server.bind(0, '127.0.0.1', function () { console.log('bind cb', this === server); });
process.on('exit', function () { console.log('exit', got); });
