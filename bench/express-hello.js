// bench/express-hello.js: Express hello-world (same script under node and nodule).  Run from a
// directory whose node_modules has express.  With EXIT_ON_LISTEN=1 it exits once listening, to
// time start-up (require to listening).
var express = require('express');
var port = Number(process.argv[2] || 8000);
var app = express();
app.get('/', function (req, res) {
    res.send('Hello World');
});
var server = app.listen(port, '127.0.0.1', function () {
    if (process.env.EXIT_ON_LISTEN === '1') {
        server.close();
        return;
    }
    console.log('listening on http://127.0.0.1:' + port + '/');
});
