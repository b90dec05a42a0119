// Proves: a worker's listen() on a port the primary cannot bind gets the primary's error as
// its server's 'error' (EADDRINUSE, syscall 'bind', with address and port); listen() with
// exclusive: true binds in the worker itself; the worker then ends through process.exit.
var cluster = require('cluster');
var net = require('net');

if (cluster.isWorker) {
    var port = +process.env.BUSY_PORT;
    var server = net.createServer();
    server.on('error', function (err) {
        process.send({ code: err.code, syscall: err.syscall, address: err.address,
            samePort: err.port === port, message: err.message.replace(/\d+$/, 'PORT') });
        var own = net.createServer().listen({ port: 0, host: '127.0.0.1', exclusive: true },
            function () {
                process.send({ exclusive: typeof own.address().port });
                process.exit(0);
            });
    });
    server.listen(port, '127.0.0.1');
    return;
}

var busy = net.createServer().listen(0, '127.0.0.1', function () {
    var worker = cluster.fork({ BUSY_PORT: busy.address().port });
    worker.on('message', function (message) {
        console.log('worker says', JSON.stringify(message));
    });
    worker.on('listening', function (address) {
        console.log('listening', address.addressType, address.address, typeof address.port);
    });
    worker.on('exit', function (code) {
        console.log('exit', code);
        busy.close();
    });
});
