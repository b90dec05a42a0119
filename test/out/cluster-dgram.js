// Proves: UDP sockets in cluster workers are shared through the primary even under SCHED_RR
// (Node's SharedHandle for datagrams): two workers binding port 0 get the same port, each
// receives datagrams on it, 'listening' carries addressType 'udp4'; a socket bound with
// exclusive: true gets a port of its own.
var cluster = require('cluster');
var dgram = require('dgram');

if (cluster.isWorker) {
    var socket = dgram.createSocket('udp4');
    socket.on('message', function (msg, rinfo) {
        socket.send('worker got ' + msg, rinfo.port, rinfo.address);
    });
    socket.bind(0, '127.0.0.1', function () {
        var own = dgram.createSocket('udp4');
        own.bind({ port: 0, address: '127.0.0.1', exclusive: true }, function () {
            process.send({ port: socket.address().port, own: own.address().port });
            own.close();
        });
    });
    return;
}

console.log('policy is RR:', cluster.schedulingPolicy === cluster.SCHED_RR);
var reports = [];
var listening = [];
cluster.on('listening', function (worker, address) {
    listening.push(address.addressType + ' ' + address.address + ' ' + typeof address.port);
});
cluster.on('message', function (worker, message) {
    reports.push(message);
    if (reports.length === 2) {
        check();
    }
});
cluster.fork();
cluster.fork();

function check() {
    var port = reports[0].port;
    console.log('same port:', reports[1].port === port);
    console.log('exclusive ports differ:', reports[0].own !== port && reports[1].own !== port &&
        reports[0].own !== reports[1].own);
    console.log('listening:', listening.join(', '));
    var client = dgram.createSocket('udp4');
    var answers = 0;
    client.on('message', function (msg) {
        if (++answers === 4) {
            console.log('answers:', answers, String(msg).replace(/\d+$/, 'N'));
            client.close();
            cluster.disconnect(function () {
                console.log('disconnected');
            });
        }
    });
    for (var i = 0; i < 4; i++) {
        client.send('ping ' + i, port, '127.0.0.1');
    }
}
