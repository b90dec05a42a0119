// bench/http-hello.js: the tutorial hello-world server (same script under node and nodule).
var http = require('http');
var port = Number(process.argv[2] || 8000);
http.createServer(function (req, res) {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Hello World');
}).listen(port, '127.0.0.1', function () {
    console.log('listening on http://127.0.0.1:' + port + '/');
});
