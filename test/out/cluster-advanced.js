// Proves: setupPrimary({ serialization: 'advanced' }) carries the cluster's own messages and the
// round-robin connections (handles) over the V8-serialized channel, and user messages keep
// what JSON would lose (a Map, a Date, undefined in an array).
var cluster = require('cluster');
var net = require('net');

if (cluster.isWorker) {
    process.send({ map: new Map([['a', 1]]), date: new Date(0), list: [undefined, 2] });
    net.createServer(function (socket) {
        socket.end('served by worker ' + cluster.worker.id);
    }).listen(0, '127.0.0.1');
    return;
}

cluster.setupPrimary({ serialization: 'advanced' });
var worker = cluster.fork();
worker.on('message', function (message) {
    console.log('map', message.map instanceof Map, message.map.get('a'));
    console.log('date', message.date instanceof Date, message.date.getTime());
    console.log('list', message.list.length, 0 in message.list, message.list[1]);
});
worker.on('listening', function (address) {
    var text = '';
    net.connect(address.port, '127.0.0.1').on('data', function (d) { text += d; })
        .on('end', function () {
            console.log(text);
            worker.disconnect();
        });
});
worker.on('exit', function (code, signal) {
    console.log('exit', code, signal, worker.exitedAfterDisconnect);
});
