// bench/cluster-hello.js: the hello-world server (bench/http-hello.js) run as N cluster workers
// sharing one port (same script under node and nodule).  Usage: cluster-hello.js PORT N
var cluster = require('cluster');
var port = Number(process.argv[2] || 8000);
if (cluster.isPrimary) {
    var n = Number(process.argv[3] || 2);
    var listening = 0;
    cluster.on('listening', function () {
        if (++listening === n) {
            console.log(n + ' workers listening on http://127.0.0.1:' + port + '/');
        }
    });
    for (var i = 0; i < n; i++) {
        cluster.fork();
    }
    process.on('SIGTERM', function () {
        cluster.disconnect(function () { process.exit(0); });
    });
} else {
    require('http').createServer(function (req, res) {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('Hello World');
    }).listen(port, '127.0.0.1');
}
