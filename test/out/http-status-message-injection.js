// A status message with CR/LF throws ERR_INVALID_CHAR on every path that sends a head (writeHead,
// end() without writeHead, write() first), so no header can be injected; a custom message and a
// changed http.STATUS_CODES entry reach the status line.
var http = require('http');

var bad = 'Bad\r\nX-Injected: 1';
var steps = [
    function (res) { res.writeHead(200, bad); },
    function (res) { res.statusMessage = bad; res.end('x'); },
    function (res) { res.statusMessage = bad; res.write('x'); },
    function (res) { res.writeHead(201, 'Made It'); res.end('x'); },
    function (res) { http.STATUS_CODES[299] = 'Custom Standard'; res.statusCode = 299; res.end('x'); },
    function (res) { http.STATUS_CODES[299] = 'Changed'; res.writeHead(299); res.end('x'); }
];

var i = 0;
var server = http.createServer(function (req, res) {
    try {
        steps[Number(req.url.slice(1))](res);
    } catch (e) {
        console.log('step ' + req.url.slice(1) + ' throws ' + e.code);
        res.statusMessage = 'Recovered';
        res.statusCode = 500;
        res.end();
    }
});
server.listen(0, '127.0.0.1', function () {
    (function next() {
        if (i === steps.length) {
            server.close();
            return;
        }
        http.get({ port: server.address().port, path: '/' + i }, function (res) {
            console.log(i, res.statusCode, JSON.stringify(res.statusMessage),
                res.headers['x-injected'] === undefined ? 'no injection' : 'INJECTED');
            res.resume();
            res.on('end', function () {
                i++;
                next();
            });
        });
    })();
});
